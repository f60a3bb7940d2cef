"""Property test: BPMN export → import is the identity on our subset (random processes; schema-valid)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcloud_desk.domain.layout import SHAPE_SIZE
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import Project
from tests.io.test_bpmn_export import as_project, assert_same, picture, round_trip
from tests.io.test_bpmn_export import schema as schema  # the fixture, requested by name

# names the editor can produce: not blank (dialogs strip them); XML cannot carry control characters
LABEL = st.text(alphabet=st.sampled_from("受付審査入力交付住民窓口システムABC 123-（）?？"), min_size=1,
                max_size=12).filter(lambda t: t.strip() == t and t != "")
NOTES = st.text(alphabet=st.sampled_from("備考メモ abc\n"), max_size=8)


@st.composite
def processes(draw: st.DrawFn) -> Project:
    """One random process: 1–3 lanes, 0–3 phases, 1–10 steps of any kind, flows of every kind."""
    project = Project()
    project.process["p"] = Process("p", draw(LABEL), business="住民記録", kind=draw(st.sampled_from(ProcessKind)),
                                   municipality=draw(st.sampled_from(["", "みどり市"])), notes=draw(NOTES))
    lanes = [Lane(f"l{i}", "p", draw(LABEL), float(i), size=draw(st.sampled_from([130.0, 160.0, 200.0])))
             for i in range(draw(st.integers(1, 3)))]
    phases = [Phase(f"h{i}", "p", draw(LABEL), float(i), size=draw(st.sampled_from([220.0, 400.0])))
              for i in range(draw(st.integers(0, 3)))]
    project.lane.update((x.id, x) for x in lanes)
    project.phase.update((x.id, x) for x in phases)
    count = draw(st.integers(1, 10))
    for i in range(count):
        kind = draw(st.sampled_from(StepKind))
        lane = draw(st.sampled_from(lanes))
        phase = draw(st.sampled_from(["", *(p.id for p in phases)])) if phases else ""
        w, h = SHAPE_SIZE[kind]
        x = w / 2 + 10 + 170.0 * i if not phase else w / 2 + 10  # spread along the lane; one per cell column
        y = draw(st.floats(h / 2 + 5, lane.size - h / 2 - 5))
        attrs = draw(st.dictionaries(st.sampled_from(["owner", "forms", "minutes_per_case"]), LABEL, max_size=2))
        project.step[f"s{i}"] = Step(f"s{i}", "p", lane.id, kind, f"{draw(LABEL)}#{i}", phase, x, y,
                                     step_no=str(i + 1) if kind.is_activity else "", attrs=attrs)
    step_ids = list(project.step)
    for j in range(draw(st.integers(0, 2 * count))):
        source, target = draw(st.sampled_from(step_ids)), draw(st.sampled_from(step_ids))
        if source == target:
            continue
        kind = draw(st.sampled_from(FlowKind))
        project.flow[f"f{j}"] = Flow(f"f{j}", "p", source, target, draw(st.sampled_from(["", "はい", "いいえ"])), kind)
    # one step per phase cell keeps shapes apart (overlapping shapes are not a case the editor produces)
    seen: set[tuple[str, str]] = set()
    for step_id in step_ids:
        step = project.step[step_id]
        if step.phase_id and (step.lane_id, step.phase_id) in seen:
            step.phase_id = ""
            step.x = SHAPE_SIZE[step.kind][0] / 2 + 10 + 170.0 * int(step_id[1:])
        elif step.phase_id:
            seen.add((step.lane_id, step.phase_id))
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project=processes())
def test_export_then_import_is_the_identity(project: Project, schema: Any) -> None:
    before = picture(project, "p")
    imported = round_trip(project, "p", schema)
    after = as_project(imported)
    assert len(after.process) == 1
    assert_same(before, picture(after, after.processes()[0].id))


def test_the_property_notices_a_lost_flow(schema: Any) -> None:
    """Guard: the comparison fails when a flow goes missing."""
    project = Project()
    project.process["p"] = Process("p", "転入届")
    project.lane["l"] = Lane("l", "p", "窓口")
    project.step["a"] = Step("a", "p", "l", StepKind.TASK, "受付#0", "", 90.0, 65.0)
    project.step["b"] = Step("b", "p", "l", StepKind.TASK, "審査#1", "", 400.0, 65.0)
    project.flow["f"] = Flow("f", "p", "a", "b", "はい")
    before = picture(project, "p")
    after = as_project(round_trip(project, "p", schema))
    assert_same(before, picture(after, after.processes()[0].id))
    after.flow.clear()
    with pytest.raises(AssertionError):
        assert_same(before, picture(after, after.processes()[0].id))
