"""operations.start_event: the counterpart of an end event for keyboard capture."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.operations import start_event
from jcloud_desk.domain.process import StepKind
from tests.factories import small_project


def test_start_before_a_step_is_left_of_it_in_its_lane_and_connected() -> None:
    project = small_project()
    target = project.step["s-check"]
    planned = start_event(project, "proc-1", "来庁", before="s-check")
    planned.edit.apply(project, Change())
    start = project.step[planned.step_id]
    assert start.kind is StepKind.START and start.label == "来庁" and start.step_no == ""
    assert (start.lane_id, start.phase_id) == (target.lane_id, target.phase_id)
    assert [f.target_id for f in project.flow.values() if f.source_id == start.id] == ["s-check"]


def test_start_without_a_step_goes_to_the_first_lane_and_phase() -> None:
    project = small_project()
    planned = start_event(project, "proc-1", "")
    lanes, phases = project.lanes_of("proc-1"), project.phases_of("proc-1")
    assert (planned.step.lane_id, planned.step.phase_id) == (lanes[0].id, phases[0].id)
    project.process["proc-2"] = replace(project.process["proc-1"], id="proc-2", name="空")  # no lanes yet
    with pytest.raises(DomainError):
        start_event(project, "proc-2", "")
