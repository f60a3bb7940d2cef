"""As-Is → To-Be comparison of two processes: which steps were added, removed, moved, relabelled, put in another
lane or phase, given another kind, verdict or resolution, which catalogue links and which flows changed.

Steps are paired in three passes:

1. ``Step.attrs["origin_step"]`` — ``domain.operations.duplicate_process`` records the id of the step each
   copy was made from (a step pasted twice keeps the attribute; the first claimant wins, the others fall
   through to the next passes);
2. the same normalised label (NFKC, no white space, case folded) in a lane of the same name;
3. the same non-empty normalised label in any lane (so a lane change is found without origin attributes).

Several candidates for one key pair in reading order (lane, then left to right). Unpaired steps of the
``from`` process are removed, unpaired steps of the ``to`` process are added. A paired step can carry several
deltas. "moved" is reported only when lane and phase stay the same and the cell-relative centre moved by more
than ``MOVE_THRESHOLD``; a lane or phase change is reported as such instead. Flows are paired by their
(paired) end points.

``StepDelta.before`` / ``after`` hold raw values (names, enum values, ``"x,y"``, item codes) so that each
front end can word them; ``value_ja`` and ``change_ja`` word them in Japanese for the CLI and the reports.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from jcloud_desk.analysis.labels import label
from jcloud_desk.analysis.messages import in_language, render, worded
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR
from jcloud_desk.domain.process import Flow, Step, StepKind
from jcloud_desk.domain.project import Project

#: A paired step whose cell-relative centre moved farther than this (scene units) counts as moved.
MOVE_THRESHOLD = 30.0


class DeltaKind(StrEnum):
    """What changed about one step (a paired step can have several)."""

    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    RELABELLED = "relabelled"
    LANE_CHANGED = "lane_changed"
    PHASE_CHANGED = "phase_changed"
    KIND_CHANGED = "kind_changed"
    VERDICT_CHANGED = "verdict_changed"
    RESOLUTION_CHANGED = "resolution_changed"
    LINK_ADDED = "link_added"
    LINK_REMOVED = "link_removed"


class FlowChange(StrEnum):
    """What happened to a flow."""

    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class StepDelta:
    """One change of one step. ``from_step_id`` is '' for an added step, ``to_step_id`` '' for a removed one;
    ``label`` is the To-Be label where the step exists there, else the As-Is label."""

    kind: DeltaKind
    from_step_id: str
    to_step_id: str
    label: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class FlowDelta:
    """A flow that exists on one side only; ``source`` / ``target`` are the labels of its end steps."""

    kind: FlowChange
    from_flow_id: str
    to_flow_id: str
    source: str
    target: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class ProcessDiff:
    """The differences from one process (As-Is) to another (To-Be)."""

    from_id: str
    to_id: str
    from_name: str
    to_name: str
    steps: tuple[StepDelta, ...] = ()
    flows: tuple[FlowDelta, ...] = ()
    #: Paired steps: As-Is step id → To-Be step id.
    pairs: dict[str, str] = field(default_factory=dict)

    @property
    def unchanged(self) -> int:
        """Number of paired steps without any delta."""
        changed = {d.to_step_id for d in self.steps if d.to_step_id}
        return sum(1 for to_id in self.pairs.values() if to_id not in changed)

    @property
    def is_empty(self) -> bool:
        """True when the two processes do not differ."""
        return not self.steps and not self.flows

    def summary(self) -> dict[str, int]:
        """Counts per step delta kind (every kind present), then flow_added, flow_removed and unchanged."""
        counts = {kind.value: 0 for kind in DeltaKind}
        for delta in self.steps:
            counts[delta.kind.value] += 1
        for flow in self.flows:
            counts[f"flow_{flow.kind.value}"] = counts.get(f"flow_{flow.kind.value}", 0) + 1
        counts.setdefault("flow_added", 0)
        counts.setdefault("flow_removed", 0)
        counts["unchanged"] = self.unchanged
        return counts

    def deltas_of(self, step_id: str) -> list[StepDelta]:
        """The deltas of one step, named by its id on either side."""
        return [d for d in self.steps if step_id in (d.from_step_id, d.to_step_id)]


def normalise_label(label: str) -> str:
    """The label as compared for pairing: NFKC, white space removed, case folded."""
    return "".join(unicodedata.normalize("NFKC", label).split()).casefold()


def _reading_order(project: Project, process_id: str) -> list[Step]:
    lanes = project.lanes_of(process_id)
    grid = Grid(lanes, project.phases_of(process_id))
    rank = {lane.id: index for index, lane in enumerate(lanes)}

    def key(step: Step) -> tuple[Any, ...]:
        x, y = grid.step_center(step)
        return rank.get(step.lane_id, len(rank)), x, y, step.id

    return sorted(project.steps_of(process_id), key=key)


def _lane_name(project: Project, step: Step) -> str:
    lane = project.lane.get(step.lane_id)
    return lane.name if lane else ""


def _phase_name(project: Project, step: Step) -> str:
    phase = project.phase.get(step.phase_id)
    return phase.name if phase else ""


def _pair_by(
    pairs: dict[str, str], from_steps: list[Step], to_steps: list[Step], key: Callable[[Step], str | None]
) -> None:
    """Pair still unpaired steps with equal keys, in reading order (``None`` keys never pair)."""
    paired_to = set(pairs.values())
    waiting: dict[str, list[str]] = defaultdict(list)
    for step in to_steps:
        k = key(step)
        if step.id not in paired_to and k is not None:
            waiting[k].append(step.id)
    for step in from_steps:
        k = key(step)
        if step.id in pairs or k is None or not waiting.get(k):
            continue
        pairs[step.id] = waiting[k].pop(0)


def pair_steps(project: Project, from_id: str, to_id: str) -> dict[str, str]:
    """As-Is step id → To-Be step id for every step the two processes share (see the module docstring)."""
    from_steps = _reading_order(project, from_id)
    to_steps = _reading_order(project, to_id)
    from_ids = {s.id for s in from_steps}
    pairs: dict[str, str] = {}
    for step in to_steps:
        origin = step.attrs.get(ORIGIN_STEP_ATTR, "")
        if origin in from_ids and origin not in pairs and origin != step.id:
            pairs[origin] = step.id
    _pair_by(pairs, from_steps, to_steps,
             lambda s: f"{normalise_label(s.label)}\x1f{normalise_label(_lane_name(project, s))}")
    _pair_by(pairs, from_steps, to_steps, lambda s: normalise_label(s.label) or None)
    return pairs


def _position(step: Step) -> str:
    return f"{round(step.x)},{round(step.y)}"


def _place(project: Project, step: Step) -> str:
    phase = _phase_name(project, step)
    lane = _lane_name(project, step)
    return worded("diff.lane_phase", lane=lane, phase=phase) if phase else lane


def _link_codes(project: Project, step_id: str) -> dict[str, str]:
    """Item code (the id when the item is gone) → item title of the links of one step."""
    codes: dict[str, str] = {}
    for link in project.links_of_step(step_id):
        item = project.item.get(link.item_id)
        codes[item.code if item else link.item_id] = item.title if item else ""
    return codes


def _pair_deltas(project: Project, old: Step, new: Step) -> list[StepDelta]:
    def delta(kind: DeltaKind, before: str, after: str) -> StepDelta:
        return StepDelta(kind, old.id, new.id, new.label, before, after)

    deltas: list[StepDelta] = []
    lane_changed = _lane_name(project, old) != _lane_name(project, new)
    phase_changed = _phase_name(project, old) != _phase_name(project, new)
    if not lane_changed and not phase_changed and math.hypot(new.x - old.x, new.y - old.y) > MOVE_THRESHOLD:
        deltas.append(delta(DeltaKind.MOVED, _position(old), _position(new)))
    if old.label != new.label:
        deltas.append(delta(DeltaKind.RELABELLED, old.label, new.label))
    if lane_changed:
        deltas.append(delta(DeltaKind.LANE_CHANGED, _lane_name(project, old), _lane_name(project, new)))
    if phase_changed:
        deltas.append(delta(DeltaKind.PHASE_CHANGED, _phase_name(project, old), _phase_name(project, new)))
    if old.kind != new.kind:
        deltas.append(delta(DeltaKind.KIND_CHANGED, old.kind.value, new.kind.value))
    old_verdict, new_verdict = project.verdict_of(old.id), project.verdict_of(new.id)
    if old_verdict != new_verdict:
        deltas.append(delta(DeltaKind.VERDICT_CHANGED, old_verdict.value, new_verdict.value))
    old_j, new_j = project.judgment.get(old.id), project.judgment.get(new.id)
    old_res = old_j.resolution if old_j else Resolution.NONE
    new_res = new_j.resolution if new_j else Resolution.NONE
    if old_res != new_res:
        deltas.append(delta(DeltaKind.RESOLUTION_CHANGED, old_res.value, new_res.value))
    old_links, new_links = _link_codes(project, old.id), _link_codes(project, new.id)
    deltas.extend(delta(DeltaKind.LINK_ADDED, "", code) for code in sorted(set(new_links) - set(old_links)))
    deltas.extend(delta(DeltaKind.LINK_REMOVED, code, "") for code in sorted(set(old_links) - set(new_links)))
    return deltas


def _flow_deltas(project: Project, from_id: str, to_id: str, pairs: dict[str, str]) -> list[FlowDelta]:
    def label_of(step_id: str) -> str:
        step = project.step.get(step_id)
        return step.label if step else ""

    def end_points(flow: Flow) -> tuple[str, str]:
        return pairs.get(flow.source_id, "-" + flow.source_id), pairs.get(flow.target_id, "-" + flow.target_id)

    to_flows: dict[tuple[str, str], list[Flow]] = defaultdict(list)
    for flow in project.flows_of(to_id):
        to_flows[(flow.source_id, flow.target_id)].append(flow)
    deltas: list[FlowDelta] = []
    for flow in project.flows_of(from_id):
        same = to_flows.get(end_points(flow))
        if same:
            same.pop(0)
            continue
        deltas.append(FlowDelta(FlowChange.REMOVED, flow.id, "", label_of(flow.source_id),
                                label_of(flow.target_id), flow.label))
    remaining = {f.id for flows in to_flows.values() for f in flows}
    deltas.extend(
        FlowDelta(FlowChange.ADDED, "", flow.id, label_of(flow.source_id), label_of(flow.target_id), flow.label)
        for flow in project.flows_of(to_id) if flow.id in remaining
    )
    return deltas


def diff_processes(project: Project, from_id: str, to_id: str) -> ProcessDiff:
    """The changes from process ``from_id`` (As-Is) to ``to_id`` (To-Be); raises UnknownEntityError."""
    old_process, new_process = project.get_process(from_id), project.get_process(to_id)
    pairs = pair_steps(project, from_id, to_id)
    to_order = _reading_order(project, to_id)
    to_rank = {step.id: rank for rank, step in enumerate(to_order)}
    keyed: list[tuple[tuple[int, int, int], list[StepDelta]]] = []
    anchor = -1
    for from_rank, old in enumerate(_reading_order(project, from_id)):
        if old.id in pairs:
            anchor = to_rank[pairs[old.id]]
            continue
        # a removed step is listed after the To-Be step that follows the As-Is step before it
        keyed.append(((anchor, 1, from_rank),
                      [StepDelta(DeltaKind.REMOVED, old.id, "", old.label, _place(project, old), "")]))
    paired_by_to = {to: old for old, to in pairs.items()}
    for new in to_order:
        old_id = paired_by_to.get(new.id)
        if old_id is None:
            deltas = [StepDelta(DeltaKind.ADDED, "", new.id, new.label, "", _place(project, new))]
        else:
            deltas = _pair_deltas(project, project.step[old_id], new)
        if deltas:
            keyed.append(((to_rank[new.id], 0, 0), deltas))
    keyed.sort(key=lambda entry: entry[0])
    return ProcessDiff(
        from_id=from_id,
        to_id=to_id,
        from_name=old_process.name,
        to_name=new_process.name,
        steps=tuple(d for _key, deltas in keyed for d in deltas),
        flows=tuple(_flow_deltas(project, from_id, to_id, pairs)),
        pairs=pairs,
    )


def origin_pairs(project: Project) -> list[tuple[str, str]]:
    """(As-Is id, To-Be id) of every process whose ``origin_id`` names another process, in display order."""
    return [(p.origin_id, p.id) for p in project.processes()
            if p.origin_id and p.origin_id != p.id and p.origin_id in project.process]


# --- JSON and Japanese wording ------------------------------------------------------------------------------
def to_json(diff: ProcessDiff) -> dict[str, Any]:
    """The diff as JSON-ready data with stable keys (``jcloud-desk diff --json``)."""
    return {
        "from": diff.from_name,
        "to": diff.to_name,
        "summary": diff.summary(),
        "steps": [
            {"change": d.kind.value, "label": d.label, "from_step": d.from_step_id, "to_step": d.to_step_id,
             "before": d.before, "after": d.after}
            for d in diff.steps
        ],
        "flows": [
            {"change": f.kind.value, "source": f.source, "target": f.target, "label": f.label,
             "from_flow": f.from_flow_id, "to_flow": f.to_flow_id}
            for f in diff.flows
        ],
    }


def change_name(kind: DeltaKind | FlowChange, language: str = "ja") -> str:
    """The name of a change in ``language``: 追加, 削除, 位置変更, … (流れの追加 / 流れの削除 for flows)."""
    if isinstance(kind, FlowChange):
        return render(Message(f"diff.flow.{kind.value}"), language)
    return render(Message(f"diff.change.{DeltaKind(kind).value}"), language)


def change_ja(kind: DeltaKind | FlowChange) -> str:
    """Japanese name of a change: 追加, 削除, 位置変更, … (流れの追加 / 流れの削除 for flows)."""
    return change_name(kind)


def value_text(kind: DeltaKind, value: str, language: str = "ja") -> str:
    """A ``before`` / ``after`` value worded for people in ``language`` (enum values translated)."""
    if not value:
        return ""
    if kind is DeltaKind.VERDICT_CHANGED:
        return label(Verdict(value), language)
    if kind is DeltaKind.RESOLUTION_CHANGED:
        return label(Resolution(value), language)
    if kind is DeltaKind.KIND_CHANGED:
        return label(StepKind(value), language)
    if kind is DeltaKind.MOVED:
        return render(Message.of("diff.position", value=value.replace(",", ", ")), language)
    return in_language(value, language)


def value_ja(kind: DeltaKind, value: str) -> str:
    """A ``before`` / ``after`` value worded for a committee sheet (enum values translated)."""
    return value_text(kind, value)


def summary_text(diff: ProcessDiff, language: str = "ja") -> str:
    """「追加 1 件、判定変更 2 件、流れの追加 1 件」 (「なし」 when nothing changed) in ``language``."""
    counts = diff.summary()
    parts = [Message.of("diff.count", change=change_name(kind, language), n=counts[kind.value])
             for kind in DeltaKind if counts[kind.value]]
    parts += [Message.of("diff.count", change=change_name(kind, language), n=counts["flow_" + kind.value])
              for kind in FlowChange if counts["flow_" + kind.value]]
    return render(Message.of("list", items=tuple(parts)), language) if parts else \
        render(Message("diff.nothing"), language)


def summary_ja(diff: ProcessDiff) -> str:
    """「追加 1 件、判定変更 2 件、流れの追加 1 件」 (「なし」 when nothing changed)."""
    return summary_text(diff)


def link_value_ja(project: Project, code: str) -> str:
    """「機能ID 機能名」 for an item code of a link delta (the code alone when no catalogue has it)."""
    title = next((i.title for i in project.item.values() if i.code == code), "")
    return f"{code} {title}".strip()


def describe(diff: ProcessDiff, project: Project | None = None, language: str = "ja"
             ) -> Iterable[tuple[str, str, str, str]]:
    """(変更, 手順, 変更前, 変更後) per change in ``language``: steps first, then flows; link values name the item
    when ``project`` is given."""
    for d in diff.steps:
        before, after = value_text(d.kind, d.before, language), value_text(d.kind, d.after, language)
        if project is not None and d.kind in (DeltaKind.LINK_ADDED, DeltaKind.LINK_REMOVED):
            before = link_value_ja(project, d.before) if d.before else ""
            after = link_value_ja(project, d.after) if d.after else ""
        yield change_name(d.kind, language), d.label, before, after
    for f in diff.flows:
        where = Message.of("diff.flow_step_label", source=f.source, target=f.target, label=f.label) if f.label \
            else Message.of("diff.flow_step", source=f.source, target=f.target)
        yield change_name(f.kind, language), render(where, language), "", ""


def describe_ja(diff: ProcessDiff, project: Project | None = None) -> Iterable[tuple[str, str, str, str]]:
    """(変更, 手順, 変更前, 変更後) per change: steps first, then flows; link values name the item when
    ``project`` is given."""
    return describe(diff, project)
