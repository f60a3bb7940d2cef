"""Live checks (municipal lint rules, domain.md §10): a Project in, a sorted list of Findings out.

Pure (stdlib + the domain). Every rule has a stable snake_case key (``RULES``) that appears in CLI JSON
and in ``ProjectInfo.disabled_checks``. Each process is indexed once (steps, flows, a sequence-flow digraph, the
links of its steps) and the rules in ``check_rules_flow`` and ``check_rules_fitgap`` read that index, so a run
stays linear in the size of the project.

Overlaps are reported once: while ``disconnected`` is on, a node without any flow is not also reported as
``unreachable``, ``dead_end`` or ``gateway_single_out``; while ``gateway_single_out`` is on, a decision gateway
with one flow in and one out is not also ``superfluous_gateway``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from jcloud_desk.analysis.check_rules_fitgap import check_coverage, check_fitgap
from jcloud_desk.analysis.check_rules_flow import check_flow, kind_name
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Step
from jcloud_desk.domain.project import Project


class Severity(StrEnum):
    """How bad a finding is; findings sort errors first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by one rule. ``step_id`` is '' when the finding is not about one step."""

    rule: str
    severity: Severity
    process_id: str
    step_id: str
    message: str
    flow_id: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: stable key, default severity and a short Japanese title."""

    key: str
    severity: Severity
    title: str


RULES: tuple[Rule, ...] = (
    Rule("no_start", Severity.ERROR, "開始イベントがない"),
    Rule("no_end", Severity.ERROR, "終了イベントがない"),
    Rule("outside_lane", Severity.ERROR, "部署（レーン）に属していない手順"),
    Rule("cross_pool_flow", Severity.ERROR, "プールをまたぐ順序フロー"),
    Rule("disconnected", Severity.WARNING, "どの流れにもつながっていない手順"),
    Rule("unreachable", Severity.WARNING, "開始からたどり着けない手順"),
    Rule("dead_end", Severity.WARNING, "先に進む流れがない手順（行き止まり）"),
    Rule("gateway_single_out", Severity.WARNING, "行き先が1つ以下の分岐"),
    Rule("unlabelled_branch", Severity.WARNING, "条件名のない分岐の流れ"),
    Rule("implicit_split", Severity.WARNING, "分岐ゲートウェイを使わない分岐"),
    Rule("loop_without_gateway", Severity.WARNING, "分岐を通らないループ"),
    Rule("duplicate_flow", Severity.WARNING, "重複した流れ"),
    Rule("message_in_pool", Severity.WARNING, "同じプール内のメッセージフロー"),
    Rule("empty_label", Severity.WARNING, "名前が空または「？」の手順"),
    Rule("duplicate_label", Severity.WARNING, "同じ部署内で名前が重複した手順"),
    Rule("superfluous_gateway", Severity.INFO, "不要な分岐ゲートウェイ"),
    Rule("gap_without_resolution", Severity.ERROR, "対応方針のない一部適合・ギャップ"),
    Rule("customization_without_justification", Severity.ERROR, "理由のないカスタマイズ"),
    Rule("gap_without_owner", Severity.WARNING, "担当者のない一部適合・ギャップ"),
    Rule("unmapped_task", Severity.INFO, "機能に対応付けられていない作業"),
    Rule("unreferenced_mandatory", Severity.INFO, "どの手順からも参照されていない実装必須機能"),
)

RULE_BY_KEY: dict[str, Rule] = {rule.key: rule for rule in RULES}

_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_RULE_RANK = {rule.key: rank for rank, rule in enumerate(RULES)}
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

    def on(self, rule: str) -> bool:
        """True when ``rule`` runs."""
        return rule in self.enabled

    def emit(self, rule: str, step_id: str, message: str, flow_id: str = "") -> None:
        """Record a finding of ``rule`` (with the rule's severity) if the rule is on."""
        if rule in self.enabled:
            self.findings.append(Finding(rule, RULE_BY_KEY[rule].severity, self.process_id, step_id, message, flow_id))

    def lane_of(self, step: Step) -> Lane | None:
        """The step's lane when it exists and belongs to the step's process, else None."""
        lane = self.project.lane.get(step.lane_id)
        return lane if lane is not None and lane.process_id == step.process_id else None

    def name(self, step: Step) -> str:
        """How a message names a step: 「label」 on one line, or 名前のない<kind> (No.) when it has none."""
        text = " ".join(step.label.split())
        if text:
            return f"「{text[:_LABEL_MAX]}…」" if len(text) > _LABEL_MAX else f"「{text}」"
        number = f"（No.{step.step_no}）" if step.step_no.strip() else ""
        return f"名前のない{kind_name(step.kind)}{number}"

    def lane_name(self, step: Step) -> str:
        """「lane name」 of the step, or 「（部署なし）」."""
        lane = self.lane_of(step)
        return f"「{' '.join(lane.name.split())}」" if lane is not None else "「（部署なし）」"


def run_checks(project: Project, process_id: str | None = None, disabled: Iterable[str] | None = None) -> list[Finding]:
    """Run every enabled rule on one process (or all, plus project-level rules) and return sorted findings.

    ``disabled`` defaults to ``project.meta.disabled_checks``; unknown keys are ignored. Findings are sorted by
    process (display order; project-level findings last), severity, then step order (the sort is stable, so
    ties keep the order the rules found them in).
    """
    if process_id is not None and process_id not in project.process:
        raise UnknownEntityError("process", process_id)
    off = set(project.meta.disabled_checks if disabled is None else disabled)
    enabled = frozenset(rule.key for rule in RULES if rule.key not in off)

    steps_by_process: dict[str, list[Step]] = defaultdict(list)
    for step in project.step.values():
        steps_by_process[step.process_id].append(step)
    flows_by_process: dict[str, list[Flow]] = defaultdict(list)
    for flow in project.flow.values():
        flows_by_process[flow.process_id].append(flow)
    links_by_step: dict[str, list[Link]] = defaultdict(list)
    for link in project.link.values():
        links_by_step[link.step_id].append(link)

    processes = project.processes()
    chosen = [p for p in processes if process_id is None or p.id == process_id]
    findings: list[Finding] = []
    step_rank: dict[str, int] = {}
    for process in chosen:
        context = _index_process(
            project, process.id, enabled, steps_by_process[process.id], flows_by_process[process.id], links_by_step
        )
        step_rank.update((step_id, rank + 1) for step_id, rank in context.rank.items())
        check_flow(context)
        check_fitgap(context)
        findings.extend(context.findings)
    if process_id is None and processes and "unreferenced_mandatory" in enabled:
        findings.extend(
            Finding("unreferenced_mandatory", RULE_BY_KEY["unreferenced_mandatory"].severity, "", "", message)
            for message in check_coverage(project, links_by_step)
        )

    process_rank = {p.id: rank for rank, p in enumerate(processes)}
    flow_rank = {flow_id: rank for rank, flow_id in enumerate(project.flow, start=1)}
    findings.sort(
        key=lambda f: (
            process_rank.get(f.process_id, len(processes)),
            _SEVERITY_RANK[f.severity],
            step_rank.get(f.step_id, 0),
            _RULE_RANK[f.rule],
            flow_rank.get(f.flow_id, 0),
        )
    )
    return findings


def _index_process(
    project: Project,
    process_id: str,
    enabled: frozenset[str],
    steps: list[Step],
    flows: list[Flow],
    links_by_step: Mapping[str, list[Link]],
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
