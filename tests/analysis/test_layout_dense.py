"""Dense graphs: the auto-layout's work is bounded by its budget (counted in units, not timed) and the
result stays a valid layout (every step in its lane and phase, no two shapes overlapping)."""

from __future__ import annotations

import pytest

from benchmarks.layout_bench import complete_digraph
from benchmarks.swimlane_graphs import PROCESS_ID, swimlane_project
from jcloud_desk.analysis.layout.autolayout import auto_layout, plan_layout
from jcloud_desk.analysis.layout.budget import VIRTUAL_LIMIT, WORK_LIMIT, BudgetSpent, WorkBudget
from jcloud_desk.analysis.layout.local_crossings import LocalCrossings
from jcloud_desk.domain.layout import Grid, Rect
from jcloud_desk.domain.project import Project
from jcloud_desk.services.edit_session import EditSession

P = "p"


def _complete(n: int, lanes: int = 3, phases: int = 2) -> Project:
    return complete_digraph(n, lanes, phases, process_id=P)


def _assert_valid(project: Project, process_id: str = P) -> None:
    before = {s.id: (s.lane_id, s.phase_id) for s in project.steps_of(process_id)}
    EditSession(project).apply(auto_layout(project, process_id))
    grid = Grid(project.lanes_of(process_id), project.phases_of(process_id))
    steps = project.steps_of(process_id)
    assert {s.id: (s.lane_id, s.phase_id) for s in steps} == before
    rects: list[Rect] = sorted((grid.step_rect(s) for s in steps), key=lambda r: r.x)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if b.x >= a.x + a.w:
                break
            assert not (b.y < a.y + a.h and a.y < b.y + b.h), (a, b)
    for step in steps:
        rect, band = grid.step_rect(step), grid.lane_rect(step.lane_id)
        assert band.y <= rect.y and rect.y + rect.h <= band.y + band.h, step.id
        if step.phase_id:
            column = grid.phase_rect(step.phase_id)
            assert column.x <= rect.x and rect.x + rect.w <= column.x + column.w, step.id


def test_complete_digraph_of_100_tasks_stays_within_the_budget_and_is_valid() -> None:
    project = _complete(100)
    plan = plan_layout(project, P)
    assert plan.work <= WORK_LIMIT
    assert plan.virtual_steps <= VIRTUAL_LIMIT
    # the budget is what stopped it: without it the same graph does far more work
    unbounded = plan_layout(project, P, work_limit=2 * WORK_LIMIT, virtual_limit=2 * VIRTUAL_LIMIT)
    assert unbounded.work > WORK_LIMIT
    assert unbounded.virtual_steps > VIRTUAL_LIMIT
    _assert_valid(project)


@pytest.mark.parametrize("limit", [0, 1_000, 50_000, 200_000])
def test_any_work_limit_is_respected_and_the_layout_stays_valid(limit: int) -> None:
    project = _complete(30, lanes=2, phases=3)
    plan = plan_layout(project, P, work_limit=limit)
    assert plan.work <= limit
    assert plan.mandatory_work > 0  # the first full count always runs
    assert len(plan.positions) == 30


def test_more_budget_never_gives_more_crossings() -> None:
    project = _complete(30, lanes=2, phases=3)
    counts = [plan_layout(project, P, work_limit=limit).crossings for limit in (0, 20_000, 200_000, 600_000)]
    assert counts == sorted(counts, reverse=True)
    assert counts[-1] < counts[0]


def test_virtual_limit_caps_the_row_holders_and_stays_valid() -> None:
    project = _complete(30, lanes=1, phases=0)
    assert plan_layout(project, P).virtual_steps > 50
    plan = plan_layout(project, P, virtual_limit=50)
    assert plan.virtual_steps <= 50
    _assert_valid(project)


def test_ordinary_processes_are_not_cut_short() -> None:
    for size, seed in ((500, 7), (2000, 1)):
        project, _stats = swimlane_project(size, phases=4, seed=seed)
        plan = plan_layout(project, PROCESS_ID, restarts=0)
        assert plan.work < WORK_LIMIT * 2 // 3
        assert plan == plan_layout(project, PROCESS_ID, restarts=0, work_limit=100 * WORK_LIMIT)


def test_restarts_keep_the_best_order_within_the_budget() -> None:
    project, _stats = swimlane_project(600, phases=3, seed=4)
    single = plan_layout(project, PROCESS_ID, restarts=0)
    several = plan_layout(project, PROCESS_ID, restarts=3)
    # restarts choose the order (measured on stacked cells); the placement after it is a local search from there
    assert several.ordering_crossings <= single.ordering_crossings
    assert several.crossings < several.ordering_crossings and single.crossings < single.ordering_crossings
    assert single.work < several.work <= WORK_LIMIT
    assert plan_layout(project, PROCESS_ID, restarts=3) == several  # seeded: the same every run


def test_local_crossings_stops_exactly_at_the_budget() -> None:
    # two crossing flows 0-1 and 2-3 between layers 0 and 1
    pairs = [(0, 1), (2, 3)]
    layer, xs, ys = [0, 1, 0, 1], [0.0, 10.0, 0.0, 10.0], [0.0, 10.0, 10.0, 0.0]
    budget = WorkBudget(limit=1)
    counter = LocalCrossings(pairs, layer, xs, ys, 2, budget)
    assert counter.count([0]) == 1
    assert budget.spent == 1
    with pytest.raises(BudgetSpent):
        counter.count([0])
    assert budget.spent == 1 and budget.left == 0
