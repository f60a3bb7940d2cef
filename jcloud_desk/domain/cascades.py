"""Edit factories for user actions that touch several entities (one undo step each)."""

from __future__ import annotations

from collections.abc import Iterable

from jcloud_desk.domain.edits import Add, Batch, Edit, Remove, SetFields
from jcloud_desk.domain.project import Project, Ref


def remove_steps(project: Project, step_ids: Iterable[str]) -> Batch:
    """Remove steps with their flows, links and judgments."""
    ids = set(step_ids)
    edits: list[Edit] = []
    for flow in project.flow.values():
        if flow.source_id in ids or flow.target_id in ids:
            edits.append(Remove(Ref("flow", flow.id)))
    for link in project.link.values():
        if link.step_id in ids:
            edits.append(Remove(Ref("link", link.id)))
    for step_id in ids:
        if step_id in project.judgment:
            edits.append(Remove(Ref("judgment", step_id)))
    # workshop notes outlive their step: they stay with the process
    edits.extend(SetFields.of(n, step_id="") for n in project.note.values() if n.step_id in ids)
    edits.extend(Remove(Ref("step", step_id)) for step_id in sorted(ids))
    return Batch(tuple(edits))


def remove_lane(project: Project, lane_id: str, move_steps_to: str = "") -> Batch:
    """Remove a lane; its steps move to ``move_steps_to`` when given, else they are removed too."""
    steps = [s for s in project.step.values() if s.lane_id == lane_id]
    edits: list[Edit] = []
    if move_steps_to:
        edits.extend(SetFields.of(s, lane_id=move_steps_to) for s in steps)
    else:
        edits.extend(remove_steps(project, [s.id for s in steps]).edits)
    edits.append(Remove(Ref("lane", lane_id)))
    return Batch(tuple(edits))


def remove_phase(project: Project, phase_id: str) -> Batch:
    """Remove a phase; its steps stay in their lanes with no phase."""
    edits: list[Edit] = [SetFields.of(s, phase_id="") for s in project.step.values() if s.phase_id == phase_id]
    edits.append(Remove(Ref("phase", phase_id)))
    return Batch(tuple(edits))


def remove_process(project: Project, process_id: str) -> Batch:
    """Remove a process with everything drawn in it."""
    step_ids = [s.id for s in project.steps_of(process_id)]
    edits: list[Edit] = list(remove_steps(project, step_ids).edits)
    edits.extend(Remove(Ref("lane", x.id)) for x in project.lanes_of(process_id))
    edits.extend(Remove(Ref("phase", x.id)) for x in project.phases_of(process_id))
    edits.extend(
        SetFields.of(s, subprocess_id="")
        for s in project.step.values()
        if s.subprocess_id == process_id and s.id not in step_ids
    )
    edits.extend(Remove(Ref("note", n.id)) for n in project.note.values() if n.process_id == process_id)
    edits.append(Remove(Ref("process", process_id)))
    return Batch(tuple(edits))


def remove_catalog(project: Project, catalog_id: str) -> Batch:
    """Remove a catalogue with its items and every link to them."""
    item_ids = {i.id for i in project.items_of(catalog_id)}
    edits: list[Edit] = [Remove(Ref("link", lk.id)) for lk in project.link.values() if lk.item_id in item_ids]
    edits.extend(Remove(Ref("request", r.id)) for r in project.request.values() if r.item_id in item_ids)
    edits.extend(Remove(Ref("item", i)) for i in sorted(item_ids))
    edits.append(Remove(Ref("catalog", catalog_id)))
    return Batch(tuple(edits))


def add_all(entities: Iterable[object]) -> Batch:
    """Add many entities (parents must come before children) as one action."""
    return Batch(tuple(Add(e) for e in entities))
