"""Edit factories of domain/operations.py on the small project: each builds one undoable edit."""

from __future__ import annotations

import copy

import pytest

from jcloud_desk.domain import operations
from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.process import FlowKind, ProcessKind, StepKind
from jcloud_desk.domain.project import Project
from tests.factories import small_project


def _apply_and_undo(project: Project, edit: Edit) -> None:
    """Apply ``edit``, check its inverse restores the project exactly, then apply it again."""
    before = copy.deepcopy(project)
    inverse = edit.apply(project, Change())
    after = copy.deepcopy(project)
    inverse.apply(project, Change())
    assert project == before
    edit.apply(project, Change())
    assert project == after


def test_next_step_after_connects_and_numbers() -> None:
    project = small_project()
    number = operations.next_step_no(project, "proc-1")
    planned = operations.next_step_after(project, "s-check", "受付印を押す")
    _apply_and_undo(project, planned.edit)
    step = project.step[planned.step_id]
    assert step.lane_id == "lane-window" and step.phase_id == project.step["s-check"].phase_id
    assert step.x > project.step["s-check"].x and step.step_no == number
    assert operations.next_step_no(project, "proc-1") == str(int(number) + 1)
    assert any(f.source_id == "s-check" and f.target_id == step.id for f in project.flow.values())
    below = operations.next_step_after(project, "s-check", "入力", lane_offset=1)
    assert below.step.lane_id == "lane-system"


def test_connect_refuses_self_and_other_processes() -> None:
    project = small_project()
    edit = operations.connect(project, "s-start", "s-input")
    _apply_and_undo(project, edit)
    assert any(f.kind is FlowKind.SEQUENCE and f.target_id == "s-input" for f in project.flow.values())
    with pytest.raises(DomainError):
        operations.connect(project, "s-start", "s-start")
    other, add = operations.new_process(project, "転出届", ["窓口"], ["受付"])
    add.apply(project, Change())
    planned = operations.new_step(project, other, project.lanes_of(other)[0].id, "", "x")
    planned.edit.apply(project, Change())
    with pytest.raises(DomainError):
        operations.connect(project, "s-start", planned.step_id)


def test_move_to_lane_and_phase_stop_at_the_edges() -> None:
    project = small_project()
    down = operations.move_to_lane(project, ["s-check"], 1)
    assert down is not None
    _apply_and_undo(project, down)
    assert project.step["s-check"].lane_id == "lane-system"
    assert operations.move_to_lane(project, ["s-check"], 1) is None, "already the last lane"
    first_phase = project.phases_of("proc-1")[0].id
    assert operations.move_to_phase(project, [s.id for s in project.steps_of("proc-1")
                                              if s.phase_id == first_phase][:1], -1) is None
    right = operations.move_to_phase(project, ["s-check"], 1)
    assert right is not None
    _apply_and_undo(project, right)


def test_reorder_renumbers_only_what_moved() -> None:
    project = small_project()
    phases = project.phases_of("proc-1")
    assert operations.reorder(phases, phases[0].id, 0) is None
    edit = operations.reorder(phases, phases[0].id, 99)  # clamped to the end
    assert edit is not None
    _apply_and_undo(project, edit)
    assert [p.id for p in project.phases_of("proc-1")] == [phases[1].id, phases[2].id, phases[0].id]


def test_add_lane_and_phase_at_an_index() -> None:
    project = small_project()
    lane_id, edit = operations.add_lane(project, "proc-1", "審査担当", at_index=1)
    _apply_and_undo(project, edit)
    assert [x.id for x in project.lanes_of("proc-1")][1] == lane_id
    phase_id, edit = operations.add_phase(project, "proc-1", "決裁", at_index=0)
    _apply_and_undo(project, edit)
    assert project.phases_of("proc-1")[0].id == phase_id


def test_copy_and_paste_keep_inner_flows_with_new_ids() -> None:
    project = small_project()
    fragment = operations.copy_fragment(project, ["s-check", "s-issue"])
    assert {s.id for s in fragment.steps} == {"s-check", "s-issue"}
    assert all(f.source_id in {"s-check", "s-issue"} and f.target_id in {"s-check", "s-issue"}
               for f in fragment.flows)
    new_ids, edit = operations.paste_fragment(project, fragment, "proc-1")
    _apply_and_undo(project, edit)
    assert not set(new_ids) & {"s-check", "s-issue"} and all(i in project.step for i in new_ids)
    assert len([f for f in project.flow.values() if f.source_id in new_ids]) == len(fragment.flows)


def test_duplicate_process_keeps_origins() -> None:
    project = small_project()
    new_id, edit = operations.duplicate_process(project, "proc-1", ProcessKind.TO_BE, "見直し後")
    _apply_and_undo(project, edit)
    copy_ = project.process[new_id]
    assert copy_.origin_id == "proc-1" and copy_.kind is ProcessKind.TO_BE and copy_.name == "見直し後"
    origins = {s.attrs[operations.ORIGIN_STEP_ATTR] for s in project.steps_of(new_id)}
    assert origins == {s.id for s in project.steps_of("proc-1")}
    assert len(project.steps_of(new_id)) == len(project.steps_of("proc-1"))


@pytest.mark.parametrize("mode", ["left", "hcenter", "right", "top", "vcenter", "bottom", "hdistribute",
                                  "vdistribute"])
def test_align_is_undoable_and_refuses_unknown_modes(mode: str) -> None:
    project = small_project()
    ids = ["s-start", "s-check", "s-input"]
    edit = operations.align(project, ids, mode)
    if edit is not None:
        _apply_and_undo(project, edit)
    assert operations.align(project, ids[:1], mode) is None
    with pytest.raises(DomainError):
        operations.align(project, ids, "diagonal")


def test_new_step_kinds_without_numbers() -> None:
    project = small_project()
    planned = operations.new_step(project, "proc-1", "lane-window", "", "", StepKind.END)
    assert planned.step.step_no == ""
    _apply_and_undo(project, planned.edit)
