"""Auto-layout: steps keep lane and phase, nothing overlaps, chains are straight, undo is exact; crossing counter."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from itertools import pairwise

import pytest

from benchmarks.swimlane_graphs import PROCESS_ID, swimlane_project
from jcloud_desk.analysis.layout.autolayout import (
    MIN_LANE_SIZE,
    MIN_PHASE_SIZE,
    ROW_PITCH,
    LayoutCancelled,
    auto_layout,
    plan_layout,
)
from jcloud_desk.analysis.layout.budget import WORK_LIMIT
from jcloud_desk.analysis.layout.crossings import Segment, count_crossings
from jcloud_desk.domain.edits import Batch, SetFields
from jcloud_desk.domain.layout import Grid, Rect
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, Step, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.services.edit_session import EditSession
from tests.factories import small_project

P = "p"


def _project(lanes: Sequence[str], phases: Sequence[str] = ()) -> Project:
    project = Project()
    project.process[P] = Process(id=P, name="flow")
    for i, lane in enumerate(lanes):
        project.lane[lane] = Lane(id=lane, process_id=P, name=lane, sort=float(i))
    for i, phase in enumerate(phases):
        project.phase[phase] = Phase(id=phase, process_id=P, name=phase, sort=float(i))
    return project


def _step(project: Project, step_id: str, lane: str, kind: StepKind = StepKind.TASK, phase: str = "",
          x: float = 110.0, y: float = 65.0) -> None:
    project.step[step_id] = Step(id=step_id, process_id=P, lane_id=lane, kind=kind, phase_id=phase, x=x, y=y)


def _flow(project: Project, source: str, target: str, kind: FlowKind = FlowKind.SEQUENCE) -> None:
    flow_id = f"{source}->{target}"
    project.flow[flow_id] = Flow(id=flow_id, process_id=P, source_id=source, target_id=target, kind=kind)


def _chain(project: Project, ids: list[str]) -> None:
    for source, target in pairwise(ids):
        _flow(project, source, target)


def _apply(project: Project, process_id: str = P) -> Grid:
    EditSession(project).apply(auto_layout(project, process_id))
    return Grid(project.lanes_of(process_id), project.phases_of(process_id))


def _centres(project: Project, grid: Grid, process_id: str = P) -> dict[str, tuple[float, float]]:
    return {s.id: grid.step_center(s) for s in project.steps_of(process_id)}


def _overlaps(rects: list[Rect]) -> list[tuple[Rect, Rect]]:
    """Pairs of overlapping rectangles (sweep over x, so large layouts stay cheap)."""
    found = []
    ordered = sorted(rects, key=lambda r: r.x)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.x >= a.x + a.w:
                break
            if b.y < a.y + a.h and a.y < b.y + b.h:
                found.append((a, b))
    return found


def _rework_project() -> Project:
    """start → A → split ⟨B1 | B2 (other lane)⟩ → join → C → check ⟨back to A | end⟩."""
    project = _project(["desk", "office"])
    _step(project, "start", "desk", StepKind.START)
    _step(project, "a", "desk")
    _step(project, "split", "desk", StepKind.GATEWAY)
    _step(project, "b1", "desk")
    _step(project, "b2", "office")
    _step(project, "join", "desk", StepKind.GATEWAY)
    _step(project, "c", "desk")
    _step(project, "check", "desk", StepKind.GATEWAY)
    _step(project, "end", "desk", StepKind.END)
    _chain(project, ["start", "a", "split", "b1", "join", "c", "check", "end"])
    _chain(project, ["split", "b2", "join"])
    _flow(project, "check", "a")  # rework loop
    return project


# --- layout invariants ------------------------------------------------------------------------------
@pytest.mark.parametrize("phases", [0, 4])
def test_steps_keep_lane_and_phase_and_never_overlap(phases: int) -> None:
    project, _stats = swimlane_project(300, phases=phases, seed=3)
    before = {s.id: (s.lane_id, s.phase_id) for s in project.steps_of(PROCESS_ID)}
    grid = _apply(project, PROCESS_ID)
    steps = project.steps_of(PROCESS_ID)
    assert {s.id: (s.lane_id, s.phase_id) for s in steps} == before
    assert not _overlaps([grid.step_rect(s) for s in steps])
    for step in steps:  # inside its own lane band
        rect, band = grid.step_rect(step), grid.lane_rect(step.lane_id)
        assert band.y <= rect.y and rect.y + rect.h <= band.y + band.h


def test_phases_stay_ordered() -> None:
    project, _stats = swimlane_project(300, phases=5, seed=11)
    grid = _apply(project, PROCESS_ID)
    for step in project.steps_of(PROCESS_ID):
        rect, column = grid.step_rect(step), grid.phase_rect(step.phase_id)
        assert column.x <= rect.x and rect.x + rect.w <= column.x + column.w, step.id
    assert all(p.size >= MIN_PHASE_SIZE for p in project.phases_of(PROCESS_ID))
    assert all(lane.size >= MIN_LANE_SIZE for lane in project.lanes_of(PROCESS_ID))


def test_flow_into_an_earlier_phase_and_an_unphased_step() -> None:
    project = _project(["desk", "office"], ["receive", "review", "issue"])
    _step(project, "s", "desk", StepKind.START, "receive")
    _step(project, "t", "desk", phase="review")
    _step(project, "u", "office")  # no phase: placed by its neighbours
    _step(project, "v", "desk", phase="issue")
    _step(project, "w", "office", phase="receive")
    _chain(project, ["s", "t", "u", "v", "w"])  # v -> w flows back into the first phase
    grid = _apply(project)
    centre = _centres(project, grid)
    for step in project.steps_of(P):
        if step.phase_id:
            assert grid.phase_rect(step.phase_id).contains(centre[step.id][0], 100.0)
    assert centre["s"][0] < centre["t"][0] < centre["u"][0] < centre["v"][0]
    assert centre["u"][0] < grid.width


def test_chain_is_one_horizontal_line_left_to_right() -> None:
    project = _project(["desk"])
    ids = ["start", "t1", "t2", "gate", "t3", "end"]
    kinds = [StepKind.START, StepKind.TASK, StepKind.MANUAL_TASK, StepKind.GATEWAY, StepKind.TASK, StepKind.END]
    for i, (step_id, kind) in enumerate(zip(reversed(ids), reversed(kinds), strict=True)):
        _step(project, step_id, "desk", kind, x=50.0 + 200 * i, y=40.0 + 10 * i)  # drawn right to left
    _chain(project, ids)
    grid = _apply(project)
    centre = _centres(project, grid)
    assert len({centre[s][1] for s in ids}) == 1  # no bends
    xs = [centre[s][0] for s in ids]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    rects = [grid.step_rect(project.step[s]) for s in ids]
    assert all(a.x + a.w < b.x for a, b in pairwise(rects))


def test_rework_loop_and_gateway_branch() -> None:
    project = _rework_project()
    plan = plan_layout(project, P)
    assert plan.reversed_flows == 1  # only check -> a is drawn backwards
    grid = _apply(project)
    centre = _centres(project, grid)
    forward = ["start", "a", "split", "b1", "join", "c", "check", "end"]
    assert all(centre[a][0] < centre[b][0] for a, b in pairwise(forward))
    assert centre["split"][0] < centre["b2"][0] < centre["join"][0]
    assert centre["b1"][0] == centre["b2"][0]  # both branches in one layer
    main_line = {centre[s][1] for s in forward}
    assert len(main_line) == 1  # the main line stays straight; b2 hands off to the other lane
    assert centre["b2"][1] > centre["b1"][1]


def test_rework_into_a_gateway_branch_reverses_the_rework_flow() -> None:
    """A plain DFS entering the loop through the other branch would reverse b -> join instead."""
    project = _project(["desk", "office"])
    for step_id in ["start", "split", "a", "b", "join", "c", "check", "end"]:
        kind = StepKind.GATEWAY if step_id in ("split", "join", "check") else StepKind.TASK
        _step(project, step_id, "office" if step_id == "b" else "desk", kind)
    _chain(project, ["start", "split", "a", "join", "c", "check", "end"])
    _chain(project, ["split", "b", "join"])
    _flow(project, "check", "b")  # rework back into the second branch
    assert plan_layout(project, P).reversed_flows == 1
    centre = _centres(project, _apply(project))
    assert centre["split"][0] < centre["b"][0] < centre["join"][0] < centre["check"][0]
    assert centre["a"][0] == centre["b"][0]


def test_branches_in_one_lane_stack_and_the_lane_grows() -> None:
    project = _project(["desk"])
    for step_id in ["start", "split", "x", "y", "z", "join", "end"]:
        _step(project, step_id, "desk", StepKind.GATEWAY if step_id in ("split", "join") else StepKind.TASK)
    _chain(project, ["start", "split", "x", "join", "end"])
    _chain(project, ["split", "y", "join"])
    _chain(project, ["split", "z", "join"])
    grid = _apply(project)
    centre = _centres(project, grid)
    assert centre["x"][0] == centre["y"][0] == centre["z"][0]
    ys = sorted(centre[s][1] for s in ("x", "y", "z"))
    assert ys[1] - ys[0] == ys[2] - ys[1] == ROW_PITCH
    assert centre["split"][1] == centre["join"][1] == ys[1]  # the middle branch continues straight
    assert project.lane["desk"].size == MIN_LANE_SIZE + 2 * ROW_PITCH


def test_artifact_goes_next_to_its_partner() -> None:
    project = _project(["desk", "system"])
    _step(project, "start", "desk", StepKind.START)
    _step(project, "task", "desk")
    _step(project, "form", "desk", StepKind.DOCUMENT, x=900.0)
    _step(project, "store", "system", StepKind.DATA_STORE, x=1000.0)
    _step(project, "end", "desk", StepKind.END)
    _chain(project, ["start", "task", "end"])
    _flow(project, "task", "form", FlowKind.ASSOCIATION)
    _flow(project, "store", "task", FlowKind.ASSOCIATION)
    grid = _apply(project)
    centre = _centres(project, grid)
    assert centre["form"] == (centre["task"][0], centre["task"][1] + ROW_PITCH)
    assert centre["store"][0] == centre["task"][0]
    assert not _overlaps([grid.step_rect(s) for s in project.steps_of(P)])


def test_other_processes_are_untouched_and_empty_process_gives_empty_batch() -> None:
    project = small_project()
    project.process["other"] = Process(id="other", name="empty")
    assert auto_layout(project, "other") == Batch(())
    snapshot = copy.deepcopy(project)
    batch = auto_layout(project, "proc-1")
    for edit in batch.edits:
        assert isinstance(edit, SetFields)
        kind, entity_id = edit.ref
        assert project.get(edit.ref).process_id == "proc-1", (kind, entity_id)
        assert {name for name, _value in edit.values} <= {"x", "y", "size"}
    assert project == snapshot  # computing a layout changes nothing


def test_layout_is_stable() -> None:
    project = _rework_project()
    _apply(project)
    assert auto_layout(project, P) == Batch(())  # a second run has nothing left to move


def test_large_process_is_valid_and_quick() -> None:
    project, stats = swimlane_project(2000, phases=6, seed=9)
    plan = plan_layout(project, PROCESS_ID)
    # work is counted, not timed: 2,000 steps stay inside the budget (about 320,000 units here, a third of
    # them the slot placement)
    assert plan.work + plan.mandatory_work < WORK_LIMIT * 3 // 4
    assert plan.virtual_steps < 2 * len(project.steps_of(PROCESS_ID))
    batch = auto_layout(project, PROCESS_ID)
    EditSession(project).apply(batch)
    grid = Grid(project.lanes_of(PROCESS_ID), project.phases_of(PROCESS_ID))
    steps = project.steps_of(PROCESS_ID)
    assert not _overlaps([grid.step_rect(s) for s in steps])
    for step in steps:
        rect, column = grid.step_rect(step), grid.phase_rect(step.phase_id)
        assert column.x <= rect.x and rect.x + rect.w <= column.x + column.w
    assert plan_layout(project, PROCESS_ID).reversed_flows >= stats.back_flows * 0.9


def test_refinements_never_add_crossings() -> None:
    for seed in (1, 2, 3):
        project, _stats = swimlane_project(400, seed=seed)
        unrefined = plan_layout(project, PROCESS_ID, refine=False).crossings
        assert plan_layout(project, PROCESS_ID).crossings <= unrefined <= plan_layout(
            project, PROCESS_ID, passes=0).crossings


# --- undo, cancel, progress -------------------------------------------------------------------------
def test_apply_then_inverse_restores_the_project_exactly() -> None:
    project, _stats = swimlane_project(200, phases=3, seed=5)
    original = copy.deepcopy(project)
    session = EditSession(project)
    batch = auto_layout(project, PROCESS_ID)
    assert batch.edits
    inverse = session.apply(batch)
    assert project != original
    redo = session.apply(inverse)
    assert project == original
    session.apply(redo)
    assert auto_layout(project, PROCESS_ID) == Batch(())


def test_cancel_raises_and_changes_nothing() -> None:
    project = _rework_project()
    original = copy.deepcopy(project)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(LayoutCancelled):
        auto_layout(project, P, cancel=cancel)
    assert calls == 3
    assert project == original


def test_progress_rises_to_one() -> None:
    seen: list[float] = []
    auto_layout(_rework_project(), P, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


# --- crossing minimisation --------------------------------------------------------------------------
def _crossing_prone() -> Project:
    """Two sources in the upper lane; the first one hands off to the lower lane, the second stays.

    In discovery order ``a`` sits above ``b``, so a→c (down to the other lane) crosses b→d (straight).
    """
    project = _project(["upper", "lower"])
    _step(project, "a", "upper", x=10.0)
    _step(project, "b", "upper", x=20.0)
    _step(project, "c", "lower")
    _step(project, "d", "upper")
    _flow(project, "a", "c")
    _flow(project, "b", "d")
    return project


def test_barycenter_ordering_removes_a_crossing() -> None:
    project = _crossing_prone()
    assert plan_layout(project, P, passes=0).crossings == 1
    plan = plan_layout(project, P)
    assert plan.crossings == 0
    grid = _apply(project)
    centre = _centres(project, grid)
    assert centre["b"][1] < centre["a"][1]  # a moved next to the lane it hands off to
    assert centre["b"][1] == centre["d"][1]
    segments: list[Segment] = [(centre["a"], centre["c"]), (centre["b"], centre["d"])]
    assert count_crossings(segments) == 0


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        pytest.param([((0, 0), (2, 2)), ((0, 2), (2, 0))], 1, id="X"),
        pytest.param([((0, 0), (2, 0)), ((0, 1), (2, 1))], 0, id="parallel"),
        pytest.param([((0, 0), (2, 2)), ((0, 0), (2, 0))], 0, id="shared endpoint"),
        pytest.param([((0, 0), (2, 2)), ((2, 2), (4, 0))], 0, id="chained"),
        pytest.param([((0, 0), (2, 0)), ((1, 0), (1, 3))], 0, id="T touch"),
        pytest.param([((0, 0), (4, 0)), ((1, 0), (3, 0))], 0, id="collinear overlap"),
        pytest.param([((0, 1), (4, 1)), ((2, 0), (2, 3))], 1, id="vertical"),
        pytest.param([((0, 0), (4, 4)), ((0, 4), (4, 0)), ((2, 0), (2, 4))], 3, id="three through one point"),
        pytest.param([((0, 0), (4, 4)), ((0, 4), (4, 0)), ((0, 1), (4, 1))], 3, id="triangle"),
        pytest.param([((0, 0), (10, 1)), ((1, 5), (9, -5)), ((3, 3), (5, -3))], 3, id="strips"),
        pytest.param([], 0, id="empty"),
    ],
)
def test_count_crossings(segments: list[Segment], expected: int) -> None:
    assert count_crossings(segments) == expected


def test_count_crossings_matches_brute_force() -> None:
    import random

    def orient(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> int:
        value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (value > 0) - (value < 0)

    def proper(s: Segment, t: Segment) -> bool:
        (a, b), (c, d) = s, t
        if len({a, b, c, d}) < 4:
            return False
        return orient(a, b, c) * orient(a, b, d) < 0 and orient(c, d, a) * orient(c, d, b) < 0

    rng = random.Random(4)
    for _ in range(300):
        points = [(float(rng.randint(0, 6)), float(rng.randint(0, 6))) for _ in range(8)]
        segments: list[Segment] = []
        for _ in range(10):
            a, b = rng.sample(points, 2)
            if a != b:
                segments.append((a, b))
        brute = sum(proper(s, t) for i, s in enumerate(segments) for t in segments[i + 1 :])
        assert count_crossings(segments) == brute, segments
