"""Cascading removals: each one Batch that leaves no dangling reference and undoes exactly."""

from __future__ import annotations

import copy

from jcloud_desk.domain.cascades import add_all, remove_catalog, remove_lane, remove_phase, remove_process, remove_steps
from jcloud_desk.domain.edits import Batch, Change, parent_refs
from jcloud_desk.domain.project import Project
from tests.factories import small_project


def _dangling(project: Project) -> list[str]:
    return [f"{kind} {entity.id} -> {field} {ref}" for kind in ("step", "flow", "link", "judgment", "lane", "phase",
                                                                 "item", "note")
            for entity in project.table(kind).values()
            for field, ref in parent_refs(entity) if not project.has(ref)]


def _check(project: Project, edit: Batch) -> Project:
    before = copy.deepcopy(project)
    inverse = edit.apply(project, Change())
    assert not _dangling(project)
    after = copy.deepcopy(project)
    inverse.apply(project, Change())
    assert project == before
    return after


def test_remove_steps_takes_flows_links_and_judgments() -> None:
    after = _check(small_project(), remove_steps(small_project(), ["s-check"]))
    assert "s-check" not in after.step and "s-check" not in after.judgment
    assert not [f for f in after.flow.values() if "s-check" in (f.source_id, f.target_id)]
    assert not [lk for lk in after.link.values() if lk.step_id == "s-check"]


def test_remove_lane_moves_or_removes_its_steps() -> None:
    moved = _check(small_project(), remove_lane(small_project(), "lane-window", move_steps_to="lane-system"))
    assert {s.lane_id for s in moved.step.values()} == {"lane-system"}
    removed = _check(small_project(), remove_lane(small_project(), "lane-window"))
    assert all(s.lane_id == "lane-system" for s in removed.step.values())


def test_remove_phase_keeps_steps_without_phase() -> None:
    project = small_project()
    in_phase = [s.id for s in project.step.values() if s.phase_id == "ph-review"]
    after = _check(project, remove_phase(project, "ph-review"))
    assert in_phase and all(after.step[s].phase_id == "" for s in in_phase)


def test_remove_process_and_catalog() -> None:
    after = _check(small_project(), remove_process(small_project(), "proc-1"))
    assert not after.process and not after.step and not after.lane
    project = small_project()
    catalog_id = next(iter(project.catalog))
    after = _check(project, remove_catalog(project, catalog_id))
    assert not after.item and not after.link


def test_add_all_adds_parents_first() -> None:
    source = small_project()
    empty = Project()
    entities = [*source.process.values(), *source.lane.values(), *source.phase.values(), *source.step.values()]
    after = _check(empty, add_all(entities))
    assert set(after.step) == set(source.step)
