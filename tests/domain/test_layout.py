"""The lane × phase grid: which cell holds a point, where a step is drawn, clamping outside the grid."""

from __future__ import annotations

import pytest

from jcloud_desk.domain.layout import LANE_HEADER, NO_PHASE_WIDTH, PHASE_HEADER, SHAPE_SIZE, Grid, Rect
from jcloud_desk.domain.process import Lane, Phase, Step, StepKind
from tests.factories import small_project


def _grid() -> Grid:
    project = small_project()
    return Grid(project.lanes_of("proc-1"), project.phases_of("proc-1"))


def test_grid_extent() -> None:
    grid = _grid()
    assert grid.height == PHASE_HEADER + 130.0 * 2
    assert grid.width == LANE_HEADER + 220.0 * 3


def test_lane_and_phase_rects() -> None:
    grid = _grid()
    assert grid.lane_rect("lane-system") == Rect(0.0, PHASE_HEADER + 130.0, grid.width, 130.0)
    assert grid.phase_rect("ph-review") == Rect(LANE_HEADER + 220.0, 0.0, 220.0, grid.height)


@pytest.mark.parametrize(
    ("y", "lane"),
    [
        (-1000.0, "lane-window"),  # above the grid: clamped to the first lane
        (0.0, "lane-window"),  # in the phase header
        (PHASE_HEADER, "lane-window"),
        (PHASE_HEADER + 129.9, "lane-window"),
        (PHASE_HEADER + 130.0, "lane-system"),  # the boundary belongs to the lower lane
        (PHASE_HEADER + 259.9, "lane-system"),
        (PHASE_HEADER + 260.0, "lane-system"),  # below the grid: clamped to the last lane
        (10_000.0, "lane-system"),
    ],
)
def test_lane_at_clamps(y: float, lane: str) -> None:
    found = _grid().lane_at(y)
    assert found is not None and found.id == lane


@pytest.mark.parametrize(
    ("x", "phase"),
    [(-5.0, "ph-receive"), (LANE_HEADER + 1.0, "ph-receive"), (LANE_HEADER + 220.0, "ph-review"),
     (LANE_HEADER + 659.0, "ph-issue"), (99_999.0, "ph-issue")],
)
def test_phase_at_clamps(x: float, phase: str) -> None:
    found = _grid().phase_at(x)
    assert found is not None and found.id == phase


def test_empty_grid() -> None:
    grid = Grid([], [])
    assert grid.lane_at(50.0) is None
    assert grid.phase_at(50.0) is None
    assert grid.width == LANE_HEADER + NO_PHASE_WIDTH
    assert grid.cell_at(200.0, 100.0) == ("", "", 200.0 - LANE_HEADER, 100.0 - PHASE_HEADER)


def test_cell_at_inside() -> None:
    grid = _grid()
    lane, phase, x, y = grid.cell_at(LANE_HEADER + 220.0 + 30.0, PHASE_HEADER + 130.0 + 40.0)
    assert (lane, phase, x, y) == ("lane-system", "ph-review", 30.0, 40.0)


def test_cell_at_outside_gives_clamped_cell_and_relative_offset() -> None:
    grid = _grid()
    lane, phase, x, y = grid.cell_at(-10.0, -20.0)
    assert (lane, phase) == ("lane-window", "ph-receive")
    assert (x, y) == (-10.0 - LANE_HEADER, -20.0 - PHASE_HEADER)
    lane, phase, x, y = grid.cell_at(5000.0, 5000.0)
    assert (lane, phase) == ("lane-system", "ph-issue")
    assert (x, y) == (5000.0 - LANE_HEADER - 440.0, 5000.0 - PHASE_HEADER - 130.0)


def test_without_phases_the_lane_spans_the_width() -> None:
    lanes = [Lane(id="a", process_id="p", name="A"), Lane(id="b", process_id="p", name="B", size=50.0)]
    grid = Grid(lanes, [])
    assert grid.cell_at(500.0, PHASE_HEADER + 140.0) == ("b", "", 500.0 - LANE_HEADER, 10.0)


def test_step_center_and_rect() -> None:
    project = small_project()
    grid = _grid()
    step = project.step["s-input"]  # lane-system × ph-review, default x=110, y=65
    assert grid.step_center(step) == (LANE_HEADER + 220.0 + 110.0, PHASE_HEADER + 130.0 + 65.0)
    w, h = SHAPE_SIZE[StepKind.SYSTEM_TASK]
    cx, cy = grid.step_center(step)
    assert grid.step_rect(step) == Rect(cx - w / 2, cy - h / 2, w, h)
    assert grid.step_rect(step).contains(cx, cy)
    assert grid.step_rect(step).center == (cx, cy)


def test_step_center_round_trips_through_cell_at() -> None:
    project = small_project()
    grid = _grid()
    for step in project.step.values():
        cx, cy = grid.step_center(step)
        assert grid.cell_at(cx, cy) == (step.lane_id, step.phase_id, step.x, step.y), step.id


def test_step_without_phase_is_measured_from_the_lane_header() -> None:
    grid = _grid()
    step = Step(id="s", process_id="proc-1", lane_id="lane-window", phase_id="", x=10.0, y=20.0)
    assert grid.step_center(step) == (LANE_HEADER + 10.0, PHASE_HEADER + 20.0)


def test_every_step_kind_has_a_shape() -> None:
    assert set(SHAPE_SIZE) == set(StepKind)


def test_lanes_of_custom_sizes() -> None:
    lanes = [Lane(id="a", process_id="p", name="A", size=40.0), Lane(id="b", process_id="p", name="B", size=60.0)]
    phases = [Phase(id="x", process_id="p", name="X", size=100.0)]
    grid = Grid(lanes, phases)
    assert grid.height == PHASE_HEADER + 100.0
    found = [grid.cell_at(LANE_HEADER + 1, PHASE_HEADER + dy)[0] for dy in (0.0, 39.0, 40.0, 99.0)]
    assert found == ["a", "a", "b", "b"]


def test_forward_flow_jogs_where_no_step_is_in_the_way() -> None:
    from jcloud_desk.domain.layout import Rect
    from jcloud_desk.domain.routing import route

    source, target = Rect(0, 0, 100, 40), Rect(400, 200, 100, 40)
    blocker = Rect(200, 60, 100, 200)  # stands where the middle jog would run
    points = route(source, target, [source, target, blocker])
    xs = {x for x, _ in points[1:-1]}
    assert all(not (blocker.x < x < blocker.x + blocker.w) for x in xs), points
    assert points[0] == (100, 20) and points[-1] == (400, 220)


def test_straight_flow_goes_around_a_step_in_between() -> None:
    from jcloud_desk.domain.layout import Rect
    from jcloud_desk.domain.routing import route

    source, target = Rect(0, 0, 100, 40), Rect(500, 0, 100, 40)
    blocker = Rect(250, 0, 100, 40)
    points = route(source, target, [blocker])
    assert len(points) == 6, points
    detour_y = points[2][1]
    assert detour_y < 0 or detour_y > 40
    assert route(source, target, []) == [(100, 20), (500, 20)]
