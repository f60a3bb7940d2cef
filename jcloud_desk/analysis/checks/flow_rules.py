"""Flow rules of the live checks: start/end, reachability, lanes and pools, gateways, loops, labels.

Covers domain.md §10 items 1, 6, 7 and 8 (a native subset of bpmnlint). Every rule reads the per-process index
built by ``jcloud_desk.analysis.checks.context`` and reports through ``ProcessContext.emit``.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from jcloud_desk.analysis.checks.context import ProcessContext
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import FlowKind, Step, StepKind

#: Characters that are invisible in a label but not ``str.isspace`` (zero-width space, joiners, BOM).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
#: Kinds that may stay unnamed: the shape says everything.
_MAY_BE_UNNAMED = (StepKind.START, StepKind.END, StepKind.GATEWAY_AND)
#: How many steps a loop message names before it says ほかN件.
_LOOP_NAMES = 3
def normalize_label(text: str) -> str:
    """Label as compared by the checks: NFKC (全角英数・半角カナ), no whitespace of any width, case-folded."""
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return "".join(folded.split()).casefold()


def is_blank_label(text: str) -> bool:
    """True for a label that says nothing: empty, blanks only, or only 「?」「？」."""
    return not normalize_label(text).strip("?")


def check_flow(ctx: ProcessContext) -> None:
    """Run every flow rule on one process."""
    _check_start_end(ctx)
    _check_lanes(ctx)
    _check_connectivity(ctx)
    _check_gateways_and_splits(ctx)
    _check_loops(ctx)
    _check_flows(ctx)
    _check_labels(ctx)


def _is_disconnected(ctx: ProcessContext, node: Step) -> bool:
    """A flow node without any flow (of any kind)."""
    return ctx.any_flow_count[node.id] == 0


def _subsumed(ctx: ProcessContext, node: Step) -> bool:
    """True when ``disconnected`` already reports this flow node, so the structural rules stay quiet about it."""
    return ctx.on("disconnected") and _is_disconnected(ctx, node)


def _check_start_end(ctx: ProcessContext) -> None:
    """no_start / no_end, once something has been drawn."""
    kinds = {node.kind for node in ctx.nodes}
    if not kinds:
        return
    if StepKind.START not in kinds:
        ctx.emit("no_start", "", Message("check.no_start"))
    if StepKind.END not in kinds:
        ctx.emit("no_end", "", Message("check.no_end"))


def _check_lanes(ctx: ProcessContext) -> None:
    """outside_lane: the lane is missing or belongs to another process (a step is drawn in its lane × phase cell)."""
    if not ctx.on("outside_lane"):
        return
    for step in ctx.steps:
        if ctx.lane_of(step) is None:
            ctx.emit("outside_lane", step.id, Message.of("check.outside_lane", step=ctx.name(step)))


#: ``attrs["bpmn_type"]`` of an imported event-based gateway.
EVENT_BASED = "eventBasedGateway"


def _check_connectivity(ctx: ProcessContext) -> None:
    """disconnected, unreachable (from any start over sequence flows) and dead_end.

    An intermediate event with no flow in (毎月末, 通知を受信), and a step that only a message flow leads to (the
    転入通知 arrives from the other municipality), start work on their own, so they count as starts for
    reachability; with no start event at all nothing is reported as unreachable (``no_start`` says it). Steps of
    a partner pool (an external organisation drawn only by the messages it exchanges: a pool with no start or end
    event, ``domain.pool_ops``) are neither unreachable nor dead ends.
    """
    partner = ctx.partner_steps()
    reached: set[str] = set()
    has_start = any(node.kind is StepKind.START for node in ctx.nodes)
    if has_start and ctx.on("unreachable"):
        message_in = {flow.target_id for flow in ctx.flows if flow.kind is FlowKind.MESSAGE}
        roots = [
            node.id
            for node in ctx.nodes
            if node.kind is StepKind.START
            or (not ctx.in_seq.get(node.id) and (node.kind is StepKind.EVENT or node.id in message_in))
        ]
        reached.update(roots)
        frontier = roots
        adjacency = ctx.graph
        while frontier:
            node = frontier.pop()
            for successor in adjacency[node]:
                if successor not in reached:
                    reached.add(successor)
                    frontier.append(successor)
    for step in ctx.nodes:
        if _is_disconnected(ctx, step):
            ctx.emit("disconnected", step.id, Message.of("check.disconnected", step=ctx.name(step)))
            if ctx.on("disconnected"):
                continue
        if step.id in partner:
            continue
        if has_start and step.id not in reached:
            ctx.emit("unreachable", step.id, Message.of("check.unreachable", step=ctx.name(step)))
        if step.kind is not StepKind.END and not ctx.out_seq.get(step.id):
            ctx.emit("dead_end", step.id, Message.of("check.dead_end", step=ctx.name(step)))


def _check_gateways_and_splits(ctx: ProcessContext) -> None:
    """gateway_single_out, unlabelled_branch, superfluous_gateway and implicit_split."""
    for step in ctx.nodes:
        outgoing = ctx.out_seq.get(step.id, [])
        incoming = ctx.in_seq.get(step.id, [])
        if not step.kind.is_gateway:
            targets = {flow.target_id for flow in outgoing}
            if len(targets) >= 2:
                ctx.emit(
                    "implicit_split",
                    step.id,
                    Message.of("check.implicit_split", step=ctx.name(step), n=len(targets)),
                )
            continue
        # a decision with two or more flows in is a merge: one flow out is right for it
        single_out = step.kind is StepKind.GATEWAY and len(outgoing) < 2 and len(incoming) < 2
        if single_out and not _subsumed(ctx, step):
            if outgoing:
                message = Message.of("check.gateway_single_out", step=ctx.name(step))
            else:
                message = Message.of("check.gateway_no_out", step=ctx.name(step))
            ctx.emit("gateway_single_out", step.id, message)
        # an event-based gateway (BPMN) is decided by which event comes first: its branches have no condition
        if step.kind is StepKind.GATEWAY and len(outgoing) >= 2 and step.attrs.get("bpmn_type") != EVENT_BASED:
            for flow in outgoing:
                if is_blank_label(flow.label):
                    target = ctx.step_by_id[flow.target_id]
                    ctx.emit(
                        "unlabelled_branch",
                        step.id,
                        Message.of("check.unlabelled_branch", source=ctx.name(step), target=ctx.name(target)),
                        flow.id,
                    )
        if len(incoming) == 1 and len(outgoing) == 1 and not (single_out and ctx.on("gateway_single_out")):
            ctx.emit(
                "superfluous_gateway",
                step.id,
                Message.of("check.superfluous_gateway", step=ctx.name(step)),
            )


def _check_loops(ctx: ProcessContext) -> None:
    """loop_without_gateway: a strongly connected part (or a self-loop) of the sequence graph with no gateway."""
    if not ctx.on("loop_without_gateway"):
        return
    for component in strongly_connected_components(ctx.graph):
        if len(component) == 1:
            (node,) = component
            if node not in ctx.graph[node]:
                continue
        members = sorted((ctx.step_by_id[node] for node in component), key=lambda s: ctx.rank[s.id])
        if any(member.kind.is_gateway for member in members):
            continue
        names = tuple(ctx.name(member) for member in members[:_LOOP_NAMES])
        more = Message.of("more", n=len(members) - _LOOP_NAMES) if len(members) > _LOOP_NAMES else ""
        ctx.emit(
            "loop_without_gateway",
            members[0].id,
            Message.of("check.loop_without_gateway", names=names, more=more),
        )


def strongly_connected_components(successors: Mapping[str, Sequence[str]]) -> Iterator[list[str]]:
    """The strongly connected components of a digraph given as node → successors (Tarjan, iterative).

    Every successor must be a key. Components come out in reverse topological order; a single node is a
    component of its own (it is a loop only when it is its own successor).
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in successors:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(successors[root]))]
        while work:
            node, pending = work[-1]
            for child in pending:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors[child])))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    yield component


def _check_flows(ctx: ProcessContext) -> None:
    """duplicate_flow, cross_pool_flow and message_in_pool."""
    seen: set[tuple[str, str]] = set()
    for flow in ctx.flows:
        source, target = ctx.step_by_id[flow.source_id], ctx.step_by_id[flow.target_id]
        if flow.kind is FlowKind.SEQUENCE:
            pair = (source.id, target.id)
            if pair in seen:
                ctx.emit(
                    "duplicate_flow",
                    source.id,
                    Message.of("check.duplicate_flow", source=ctx.name(source), target=ctx.name(target)),
                    flow.id,
                )
            seen.add(pair)
        source_lane, target_lane = ctx.lane_of(source), ctx.lane_of(target)
        if source_lane is None or target_lane is None:
            continue  # outside_lane reports it; the pool is unknown
        same_pool = source_lane.pool == target_lane.pool
        if flow.kind is FlowKind.SEQUENCE and not same_pool:
            ctx.emit(
                "cross_pool_flow",
                source.id,
                Message.of("check.cross_pool_flow", source=ctx.name(source), target=ctx.name(target)),
                flow.id,
            )
        elif flow.kind is FlowKind.MESSAGE and same_pool:
            ctx.emit(
                "message_in_pool",
                source.id,
                Message.of("check.message_in_pool", source=ctx.name(source), target=ctx.name(target)),
                flow.id,
            )


def _check_labels(ctx: ProcessContext) -> None:
    """empty_label (start, end and parallel gateways exempt) and duplicate_label (activities of one lane)."""
    groups: dict[tuple[str, str], list[Step]] = defaultdict(list)
    for step in ctx.steps:
        if is_blank_label(step.label):
            if step.kind not in _MAY_BE_UNNAMED:
                kind, lane = step.kind, ctx.lane_name(step)
                if normalize_label(step.label):
                    message = Message.of("check.empty_label_blank", step=ctx.name(step), kind=kind, lane=lane)
                else:
                    message = Message.of("check.empty_label", kind=kind, lane=lane)
                ctx.emit("empty_label", step.id, message)
        elif step.kind.is_activity:
            groups[(step.lane_id, normalize_label(step.label))].append(step)
    if not ctx.on("duplicate_label"):
        return
    for members in groups.values():
        if len(members) < 2:
            continue
        for step in members:
            ctx.emit(
                "duplicate_label",
                step.id,
                Message.of("check.duplicate_label", lane=ctx.lane_name(step), step=ctx.name(step), n=len(members)),
            )

