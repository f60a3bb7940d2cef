"""One process indexed once for the rules (steps in display order, a sequence-flow digraph, the links of its
steps) plus the sink the rules write their findings to, so a run stays linear in the size of the project."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from jcloud_desk.analysis.checks.findings import RULE_BY_KEY, Finding
from jcloud_desk.analysis.open_risks import RiskContext
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Step, StepKind
from jcloud_desk.domain.project import Project

_LABEL_MAX = 30


@dataclass(slots=True)
class ProcessContext:
    """One process indexed for the rules, plus the sink the rules write their findings to.

    ``steps`` is in display order (phase, x, lane, y) and ``rank`` is a step's index in it; ``nodes`` are the
    flow nodes among them (artifacts excluded). ``graph`` maps every flow node to the targets of its sequence flows
    (a plain adjacency dict: importing networkx cost the app's cold start more than all the rules take);
    ``out_seq``/``in_seq`` keep every such flow, duplicates included. ``any_flow_count`` counts flows of any kind.
    """

    project: Project
    process_id: str
    enabled: frozenset[str]
    steps: list[Step]
    rank: dict[str, int]
    nodes: list[Step]
    step_by_id: dict[str, Step]
    flows: list[Flow]
    graph: dict[str, list[str]]
    out_seq: dict[str, list[Flow]]
    in_seq: dict[str, list[Flow]]
    any_flow_count: Counter[str]
    links_by_step: Mapping[str, list[Link]]
    findings: list[Finding] = field(default_factory=list)
    _risks: RiskContext | None = None
    _partner: frozenset[str] | None = None

    @property
    def risks(self) -> RiskContext:
        """Open-risk lookups for this run (the runner shares one across processes; else built on first use)."""
        if self._risks is None:
            self._risks = RiskContext(self.project)
        return self._risks

    def partner_steps(self) -> frozenset[str]:
        """Flow nodes of partner pools: pools with no start or end event of their own, when another pool of the
        process has one (an external organisation drawn only by the messages it exchanges, ``domain.pool_ops``).
        Their work is not the municipality's: no reachability, dead-end or mapping findings."""
        if self._partner is None:
            pools = {lane.id: lane.pool for lane in self.project.lanes_of(self.process_id)}
            with_events = {pools[s.lane_id] for s in self.nodes
                           if s.kind in (StepKind.START, StepKind.END) and s.lane_id in pools}
            partner: frozenset[str] = frozenset()
            if len(set(pools.values())) > 1 and with_events:
                partner = frozenset(s.id for s in self.nodes
                                    if s.lane_id in pools and pools[s.lane_id] not in with_events)
            self._partner = partner
        return self._partner

    def on(self, rule: str) -> bool:
        """True when ``rule`` runs."""
        return rule in self.enabled

    def emit(self, rule: str, step_id: str, message: Message, flow_id: str = "") -> None:
        """Record a finding of ``rule`` (with the rule's severity) if the rule is on."""
        if rule in self.enabled:
            self.findings.append(Finding(rule, RULE_BY_KEY[rule].severity, self.process_id, step_id, message, flow_id))

    def lane_of(self, step: Step) -> Lane | None:
        """The step's lane when it exists and belongs to the step's process, else None."""
        lane = self.project.lane.get(step.lane_id)
        return lane if lane is not None and lane.process_id == step.process_id else None

    def name(self, step: Step) -> Message:
        """How a message names a step: 「label」 on one line, or 名前のない<kind> (No.) when it has none."""
        text = " ".join(step.label.split())
        if text:
            return Message.of("step.named", label=f"{text[:_LABEL_MAX]}…" if len(text) > _LABEL_MAX else text)
        if step.step_no.strip():
            return Message.of("step.unnamed_no", kind=step.kind, no=step.step_no)
        return Message.of("step.unnamed", kind=step.kind)

    def lane_name(self, step: Step) -> Message:
        """「lane name」 of the step, or 「（部署なし）」."""
        lane = self.lane_of(step)
        return Message.of("lane.named", name=" ".join(lane.name.split())) if lane is not None else Message("lane.none")


def index_process(
    project: Project,
    process_id: str,
    enabled: frozenset[str],
    steps: list[Step],
    flows: list[Flow],
    links_by_step: Mapping[str, list[Link]],
    risks: RiskContext | None = None,
) -> ProcessContext:
    """Build the per-process index: display order, sequence digraph, flow lists per step."""
    inf = float("inf")
    insertion = {step.id: rank for rank, step in enumerate(steps)}

    def order(step: Step) -> tuple[float, float, float, float, int]:
        phase = project.phase.get(step.phase_id)
        lane = project.lane.get(step.lane_id)
        phase_sort = phase.sort if phase is not None and phase.process_id == process_id else inf
        lane_sort = lane.sort if lane is not None and lane.process_id == process_id else inf
        return (phase_sort, step.x, lane_sort, step.y, insertion[step.id])

    ordered = sorted(steps, key=order)
    step_by_id = {step.id: step for step in ordered}
    nodes = [step for step in ordered if not step.kind.is_artifact]
    node_ids = {step.id for step in nodes}
    graph: dict[str, list[str]] = {step.id: [] for step in nodes}
    out_seq: dict[str, list[Flow]] = defaultdict(list)
    in_seq: dict[str, list[Flow]] = defaultdict(list)
    any_flow_count: Counter[str] = Counter()
    own_flows: list[Flow] = []
    for flow in flows:
        source, target = step_by_id.get(flow.source_id), step_by_id.get(flow.target_id)
        if source is None or target is None:
            continue  # a dangling flow is a storage problem, not a drawing one
        own_flows.append(flow)
        any_flow_count[source.id] += 1
        if target.id != source.id:
            any_flow_count[target.id] += 1
        if flow.kind is FlowKind.SEQUENCE and source.id in node_ids and target.id in node_ids:
            out_seq[source.id].append(flow)
            in_seq[target.id].append(flow)
            graph[source.id].append(target.id)
    return ProcessContext(
        _risks=risks,
        project=project,
        process_id=process_id,
        enabled=enabled,
        steps=ordered,
        rank={step.id: index for index, step in enumerate(ordered)},
        nodes=nodes,
        step_by_id=step_by_id,
        flows=own_flows,
        graph=graph,
        out_seq=out_seq,
        in_seq=in_seq,
        any_flow_count=any_flow_count,
        links_by_step=links_by_step,
    )
