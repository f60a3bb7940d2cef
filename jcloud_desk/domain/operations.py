"""Edit factories for editor actions: new steps, connections, lane/phase changes, duplication, paste.

Each returns an Edit for one user action (one undo step); none mutates the project.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from jcloud_desk.domain.edits import Add, Batch, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.layout import SHAPE_SIZE, Grid
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import Project

STEP_SPACING = 190.0
CELL_MARGIN = 20.0
#: ``Step.attrs`` key of a duplicated step: the id of the step it was copied from (As-Is ⇄ To-Be pairing).
ORIGIN_STEP_ATTR = "origin_step"


def grid_of(project: Project, process_id: str) -> Grid:
    """The lane × phase grid of one process."""
    return Grid(project.lanes_of(process_id), project.phases_of(process_id), project.steps_of(process_id))


def _free_x(project: Project, lane_id: str, phase_id: str, start: float, kind: StepKind, skip: str = "") -> float:
    """The first cell-relative x at or right of ``start`` where a ``kind`` shape does not overlap a step."""
    width = SHAPE_SIZE[kind][0]
    taken = [(s.x, SHAPE_SIZE[s.kind][0]) for s in project.step.values()
             if s.lane_id == lane_id and s.phase_id == phase_id and s.id != skip]
    x = max(start, width / 2 + CELL_MARGIN)
    moved = True
    while moved:
        moved = False
        for other_x, other_w in taken:
            if abs(other_x - x) < (other_w + width) / 2 + CELL_MARGIN:
                x = other_x + (other_w + width) / 2 + CELL_MARGIN
                moved = True
    return x


def _grow_phase(project: Project, phase_id: str, right_edge: float) -> list[Edit]:
    phase = project.phase.get(phase_id)
    if phase is None or right_edge + CELL_MARGIN <= phase.size:
        return []
    return [SetFields.of(phase, size=float(round(right_edge + CELL_MARGIN)))]


def place_step(project: Project, step: Step) -> tuple[Step, list[Edit]]:
    """Move ``step`` right until it is free in its cell; grow the phase column if needed."""
    x = _free_x(project, step.lane_id, step.phase_id, step.x, step.kind, skip=step.id)
    lane = project.lane.get(step.lane_id)
    y = step.y if lane is None else min(max(step.y, SHAPE_SIZE[step.kind][1] / 2 + 8), lane.size - 30)
    placed = replace(step, x=x, y=y)
    return placed, _grow_phase(project, step.phase_id, x + SHAPE_SIZE[step.kind][0] / 2)


@dataclass(frozen=True, slots=True)
class NewStep:
    """A planned new step and the edit that creates it (with its incoming flow)."""

    step: Step
    edit: Edit

    @property
    def step_id(self) -> str:
        """Id of the step the edit creates."""
        return self.step.id


def new_step(project: Project, process_id: str, lane_id: str, phase_id: str, label: str,
             kind: StepKind = StepKind.TASK, x: float = 0.0, after: str = "", flow_label: str = "") -> NewStep:
    """A step in a lane × phase cell, optionally connected from ``after``."""
    lane = project.lane[lane_id]
    step = Step(id=new_id(), process_id=process_id, lane_id=lane_id, kind=kind, label=label, phase_id=phase_id,
                x=x, y=lane.size / 2, step_no=next_step_no(project, process_id) if kind.is_activity else "")
    placed, grow = place_step(project, step)
    edits: list[Edit] = [*grow, Add(placed)]
    if after:
        edits.append(Add(Flow(id=new_id(), process_id=process_id, source_id=after, target_id=placed.id,
                              label=flow_label)))
    return NewStep(placed, Batch(tuple(edits)))


def next_step_after(project: Project, step_id: str, label: str, lane_offset: int = 0,
                    kind: StepKind = StepKind.TASK, flow_label: str = "") -> NewStep:
    """The capture action: a new step right of ``step_id`` (lane_offset -1/+1 = the lane above/below), connected."""
    source = project.step[step_id]
    lanes = project.lanes_of(source.process_id)
    index = next(i for i, lane in enumerate(lanes) if lane.id == source.lane_id)
    lane = lanes[max(0, min(len(lanes) - 1, index + lane_offset))]
    # stay in the source's phase (the column grows); Ctrl+→ moves the new step on to the next phase
    x = source.x + (STEP_SPACING if lane_offset == 0 else STEP_SPACING * 0.6)
    return new_step(project, source.process_id, lane.id, source.phase_id, label, kind, x, step_id, flow_label)


def next_step_no(project: Project, process_id: str) -> str:
    """The next free step number of a process ("1", "2", …)."""
    numbers = [int(s.step_no) for s in project.step.values()
               if s.process_id == process_id and s.step_no.isdigit()]
    return str(max(numbers, default=0) + 1)


def connect(project: Project, source_id: str, target_id: str, label: str = "") -> Edit:
    """A sequence flow between two steps of one process (message flow across pools)."""
    source, target = project.step[source_id], project.step[target_id]
    if source.process_id != target.process_id:
        raise DomainError("steps of different processes cannot be connected")
    if source_id == target_id:
        raise DomainError("a step cannot be connected to itself")
    pools = {project.lane[s.lane_id].pool for s in (source, target) if s.lane_id in project.lane}
    kind = FlowKind.MESSAGE if len(pools) > 1 else FlowKind.SEQUENCE
    if source.kind.is_artifact or target.kind.is_artifact:
        kind = FlowKind.ASSOCIATION
    return Add(Flow(id=new_id(), process_id=source.process_id, source_id=source_id, target_id=target_id,
                    label=label, kind=kind))


def move_to_lane(project: Project, step_ids: Iterable[str], offset: int) -> Edit | None:
    """Move steps to the lane above (offset -1) or below (+1); None when already at the edge."""
    edits: list[Edit] = []
    for step_id in step_ids:
        step = project.step[step_id]
        lanes = project.lanes_of(step.process_id)
        index = next(i for i, lane in enumerate(lanes) if lane.id == step.lane_id)
        target = index + offset
        if not 0 <= target < len(lanes):
            continue
        lane = lanes[target]
        edits.append(SetFields.of(step, lane_id=lane.id, y=min(step.y, lane.size - 30)))
    return Batch(tuple(edits)) if edits else None


def move_to_phase(project: Project, step_ids: Iterable[str], offset: int) -> Edit | None:
    """Move steps to the next (offset +1) or previous (-1) phase column, keeping them free of overlap."""
    edits: list[Edit] = []
    for step_id in step_ids:
        step = project.step[step_id]
        phases = project.phases_of(step.process_id)
        if not phases:
            continue
        index = next((i for i, ph in enumerate(phases) if ph.id == step.phase_id), -1)
        target = index + offset if index >= 0 else (0 if offset > 0 else -1)
        if not 0 <= target < len(phases):
            continue
        moved = replace(step, phase_id=phases[target].id, x=0.0)
        placed, grow = place_step(project, moved)
        edits.extend(grow)
        edits.append(SetFields.of(step, phase_id=placed.phase_id, x=placed.x))
    return Batch(tuple(edits)) if edits else None


def reorder(items: Sequence[Lane | Phase], moved_id: str, new_index: int) -> Edit | None:
    """Renumber ``sort`` so that ``moved_id`` ends at ``new_index`` (lanes or phases of one process)."""
    ordered = list(items)
    index = next(i for i, x in enumerate(ordered) if x.id == moved_id)
    new_index = max(0, min(len(ordered) - 1, new_index))
    if index == new_index:
        return None
    ordered.insert(new_index, ordered.pop(index))
    edits: list[Edit] = [SetFields.of(x, sort=float(i)) for i, x in enumerate(ordered) if x.sort != float(i)]
    return Batch(tuple(edits))


def add_lane(project: Project, process_id: str, name: str, at_index: int | None = None) -> tuple[str, Edit]:
    """A new lane, appended or inserted at ``at_index``."""
    lanes = project.lanes_of(process_id)
    lane = Lane(id=new_id(), process_id=process_id, name=name, sort=float(len(lanes)),
                pool=lanes[0].pool if lanes else "")
    edits: list[Edit] = [Add(lane)]
    if at_index is not None and at_index < len(lanes):
        shifted = [*lanes[:at_index], lane, *lanes[at_index:]]
        edits.extend(SetFields.of(x, sort=float(i)) for i, x in enumerate(shifted) if x is not lane and x.sort != i)
        edits[0] = Add(replace(lane, sort=float(at_index)))
    return lane.id, Batch(tuple(edits))


def add_phase(project: Project, process_id: str, name: str, at_index: int | None = None) -> tuple[str, Edit]:
    """A new phase column, appended or inserted at ``at_index``."""
    phases = project.phases_of(process_id)
    phase = Phase(id=new_id(), process_id=process_id, name=name, sort=float(len(phases)))
    edits: list[Edit] = [Add(phase)]
    if at_index is not None and at_index < len(phases):
        shifted = [*phases[:at_index], phase, *phases[at_index:]]
        edits.extend(SetFields.of(x, sort=float(i)) for i, x in enumerate(shifted) if x is not phase and x.sort != i)
        edits[0] = Add(replace(phase, sort=float(at_index)))
    return phase.id, Batch(tuple(edits))


def new_process(project: Project, name: str, lanes: Sequence[str] = (), phases: Sequence[str] = (),
                kind: ProcessKind = ProcessKind.AS_IS) -> tuple[str, Edit]:
    """A process with the given lanes and phases."""
    sort = max((p.sort for p in project.process.values()), default=-1.0) + 1.0
    process = Process(id=new_id(), name=name, business=project.meta.business, kind=kind,
                      municipality=project.meta.municipality, sort=sort)
    edits: list[Edit] = [Add(process)]
    edits.extend(Add(Lane(id=new_id(), process_id=process.id, name=n, sort=float(i))) for i, n in enumerate(lanes))
    edits.extend(Add(Phase(id=new_id(), process_id=process.id, name=n, sort=float(i))) for i, n in enumerate(phases))
    return process.id, Batch(tuple(edits))


@dataclass(slots=True)
class Fragment:
    """Copied steps with the flows among them (the clipboard content), independent of any project."""

    steps: list[Step] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    lane_names: dict[str, str] = field(default_factory=dict)
    phase_names: dict[str, str] = field(default_factory=dict)


def copy_fragment(project: Project, step_ids: Iterable[str]) -> Fragment:
    """The selected steps and the flows between them."""
    ids = set(step_ids)
    steps = [copy.deepcopy(project.step[i]) for i in project.step if i in ids]
    flows = [copy.deepcopy(f) for f in project.flow.values() if f.source_id in ids and f.target_id in ids]
    return Fragment(
        steps, flows,
        {s.lane_id: project.lane[s.lane_id].name for s in steps if s.lane_id in project.lane},
        {s.phase_id: project.phase[s.phase_id].name for s in steps if s.phase_id in project.phase},
    )


def paste_fragment(
    project: Project, fragment: Fragment, process_id: str, offset: float = 30.0
) -> tuple[list[str], Edit]:
    """New copies of the fragment's steps and flows in ``process_id``; lanes/phases matched by id, then name."""
    lanes = project.lanes_of(process_id)
    phases = project.phases_of(process_id)
    if not lanes:
        raise DomainError("the process has no lane to paste into")
    lane_by_name = {x.name: x.id for x in lanes}
    phase_by_name = {x.name: x.id for x in phases}
    id_map = {s.id: new_id() for s in fragment.steps}
    edits: list[Edit] = []
    pasted: list[Step] = []
    for step in fragment.steps:
        lane_id = step.lane_id if step.lane_id in {x.id for x in lanes} else lane_by_name.get(
            fragment.lane_names.get(step.lane_id, ""), lanes[0].id)
        phase_id = step.phase_id if step.phase_id in {x.id for x in phases} else phase_by_name.get(
            fragment.phase_names.get(step.phase_id, ""), "")
        same_place = lane_id == step.lane_id and process_id == step.process_id
        new = replace(copy.deepcopy(step), id=id_map[step.id], process_id=process_id, lane_id=lane_id,
                      phase_id=phase_id, x=step.x + (offset if same_place else 0.0),
                      y=step.y + (offset if same_place else 0.0), subprocess_id=step.subprocess_id)
        lane_size = project.lane[lane_id].size
        new.y = min(max(new.y, 30.0), lane_size - 30.0)
        pasted.append(new)
    for step in pasted:
        edits.append(Add(step))
    for flow in fragment.flows:
        edits.append(Add(replace(copy.deepcopy(flow), id=new_id(), process_id=process_id,
                                 source_id=id_map[flow.source_id], target_id=id_map[flow.target_id])))
    return [s.id for s in pasted], Batch(tuple(edits))


def duplicate_process(project: Project, process_id: str, kind: ProcessKind = ProcessKind.TO_BE,
                      name: str = "") -> tuple[str, Edit]:
    """A full copy of a process (lanes, phases, steps, flows, links, judgments) as a new variant.

    Every entity gets a new id; the copy's ``origin_id`` is the source process id and each copied step keeps
    the id of its source step in ``attrs[ORIGIN_STEP_ATTR]`` (``analysis.process_diff`` pairs steps by it).
    """
    source = project.process[process_id]
    new_pid = new_id()
    edits: list[Edit] = [Add(replace(copy.deepcopy(source), id=new_pid, kind=kind, origin_id=source.id,
                                     name=name or source.name,
                                     sort=max(p.sort for p in project.process.values()) + 1.0))]
    id_map: dict[str, str] = {}
    for lane in project.lanes_of(process_id):
        id_map[lane.id] = new_id()
        edits.append(Add(replace(copy.deepcopy(lane), id=id_map[lane.id], process_id=new_pid)))
    for phase in project.phases_of(process_id):
        id_map[phase.id] = new_id()
        edits.append(Add(replace(copy.deepcopy(phase), id=id_map[phase.id], process_id=new_pid)))
    steps = project.steps_of(process_id)
    for step in steps:
        id_map[step.id] = new_id()
    for step in steps:
        edits.append(Add(replace(copy.deepcopy(step), id=id_map[step.id], process_id=new_pid,
                                 lane_id=id_map[step.lane_id], phase_id=id_map.get(step.phase_id, ""),
                                 attrs={**step.attrs, ORIGIN_STEP_ATTR: step.id})))
    for flow in project.flows_of(process_id):
        edits.append(Add(replace(copy.deepcopy(flow), id=new_id(), process_id=new_pid,
                                 source_id=id_map[flow.source_id], target_id=id_map[flow.target_id])))
    step_ids = {s.id for s in steps}
    for link in project.link.values():
        if link.step_id in step_ids:
            edits.append(Add(replace(copy.deepcopy(link), id=new_id(), step_id=id_map[link.step_id])))
    for judgment in project.judgment.values():
        if judgment.id in step_ids:
            edits.append(Add(replace(copy.deepcopy(judgment), id=id_map[judgment.id])))
    return new_pid, Batch(tuple(edits))


def align(project: Project, step_ids: Sequence[str], mode: str) -> Edit | None:
    """Align steps on one line ('left', 'hcenter', 'right', 'top', 'vcenter', 'bottom') or distribute them
    evenly ('hdistribute', 'vdistribute'); lane and phase follow the new absolute positions."""
    steps = [project.step[i] for i in step_ids]
    if len(steps) < 2:
        return None
    grid = grid_of(project, steps[0].process_id)
    rects = {s.id: grid.step_rect(s) for s in steps}
    targets: dict[str, tuple[float, float]] = {s.id: rects[s.id].center for s in steps}
    if mode in ("left", "hcenter", "right"):
        ref = {"left": min(r.x for r in rects.values()),
               "right": max(r.x + r.w for r in rects.values()),
               "hcenter": sum(r.center[0] for r in rects.values()) / len(rects)}[mode]
        for s in steps:
            r = rects[s.id]
            cx = ref + r.w / 2 if mode == "left" else ref - r.w / 2 if mode == "right" else ref
            targets[s.id] = (cx, r.center[1])
    elif mode in ("top", "vcenter", "bottom"):
        ref = {"top": min(r.y for r in rects.values()),
               "bottom": max(r.y + r.h for r in rects.values()),
               "vcenter": sum(r.center[1] for r in rects.values()) / len(rects)}[mode]
        for s in steps:
            r = rects[s.id]
            cy = ref + r.h / 2 if mode == "top" else ref - r.h / 2 if mode == "bottom" else ref
            targets[s.id] = (r.center[0], cy)
    elif mode in ("hdistribute", "vdistribute"):
        axis = 0 if mode == "hdistribute" else 1
        ordered = sorted(steps, key=lambda s: rects[s.id].center[axis])
        first, last = rects[ordered[0].id].center[axis], rects[ordered[-1].id].center[axis]
        gap = (last - first) / (len(ordered) - 1)
        for i, s in enumerate(ordered):
            c = list(rects[s.id].center)
            c[axis] = first + gap * i
            targets[s.id] = (c[0], c[1])
    else:
        raise DomainError(f"unknown alignment {mode!r}")
    edits: list[Edit] = []
    for s in steps:
        lane_id, phase_id, x, y = grid.cell_at(*targets[s.id])
        if (lane_id, phase_id, round(x, 1), round(y, 1)) != (s.lane_id, s.phase_id, round(s.x, 1), round(s.y, 1)):
            edits.append(SetFields.of(s, lane_id=lane_id, phase_id=phase_id, x=round(x, 1), y=round(y, 1)))
    return Batch(tuple(edits)) if edits else None


def start_event(project: Project, process_id: str, label: str, before: str = "") -> NewStep:
    """A start event: left of ``before`` in its lane and phase, connected to it; without ``before``, at the
    left of the first lane and phase."""
    if before:
        target = project.step[before]
        planned = new_step(project, process_id, target.lane_id, target.phase_id, label, StepKind.START,
                           x=target.x - STEP_SPACING)
        flow = Add(Flow(id=new_id(), process_id=process_id, source_id=planned.step_id, target_id=before))
        return NewStep(planned.step, Batch((planned.edit, flow)))
    lanes, phases = project.lanes_of(process_id), project.phases_of(process_id)
    if not lanes:
        raise DomainError("a start event needs a lane")
    return new_step(project, process_id, lanes[0].id, phases[0].id if phases else "", label, StepKind.START)
