"""The auto-layout's parts on their own: row fitting, the local crossing counter, layering of a loop."""

from __future__ import annotations

from itertools import combinations, pairwise

from jcloud_desk.analysis.layout.graph import LayoutGraph
from jcloud_desk.analysis.layout.layering import assign_layers, break_cycles, phase_rank
from jcloud_desk.analysis.layout.local_crossings import LocalCrossings
from jcloud_desk.analysis.layout.rows import fit_rows, lane_rows
from jcloud_desk.domain.process import Flow, Lane, Process, Step
from jcloud_desk.domain.project import Project


def _cost(rows: list[int], wanted: list[int]) -> int:
    return sum(abs(r - w) for r, w in zip(rows, wanted, strict=True))


def test_fit_rows_is_the_closest_strictly_increasing_sequence() -> None:
    assert fit_rows([0, 1, 2]) == [0, 1, 2]
    assert fit_rows([0, 0, 0]) == [-1, 0, 1]  # pooled around the common wish
    for wanted in ([5, 0], [3, 3, 7, 1], [2, 2, 0, 4], [1, -2, 1]):
        rows = fit_rows(wanted)
        assert all(a < b for a, b in pairwise(rows))
        best = min(_cost(list(c), wanted) for c in combinations(range(-6, 12), len(wanted)))
        assert _cost(rows, wanted) == best, wanted


def test_lane_rows_follow_earlier_neighbours() -> None:
    # cell (0, 0) holds step 0; cell (1, 0) holds steps 1 and 2, both wanting step 0's row
    cells = {(0, 0): [0], (1, 0): [1, 2]}
    rows = lane_rows(sorted(cells), lambda key: cells[key], [[], [0], [0]], 3)
    assert rows == [0, -1, 0]  # the branches stack, and the lower one stays on step 0's line


def test_local_crossings_counts_a_cross_once_and_follows_moves() -> None:
    # flows 0-1 and 2-3 between layer 0 and 1 cross (an X); flow 4-5 lies apart in layers 2..3
    pairs = [(0, 1), (2, 3), (4, 5)]
    layer = [0, 1, 0, 1, 2, 3]
    xs = [0.0, 100.0, 0.0, 100.0, 200.0, 300.0]
    ys = [0.0, 100.0, 100.0, 0.0, 0.0, 0.0]
    counter = LocalCrossings(pairs, layer, xs, ys, 4)
    assert counter.count([0]) == 1
    assert counter.count([0, 2]) == 1  # the same pair, counted once
    assert counter.count([4]) == 0
    ys[2], ys[3] = 0.0, 100.0  # uncross in place: the counter reads the caller's lists
    assert counter.count([0]) == 0
    ys[2], ys[3] = 100.0, 0.0
    # move step 1 to layer 3 (x stays): flow 0-1 now also passes layers 2..3; no new crossing there
    layer[1] = 3
    counter.move(1, 1, 3)
    assert counter.count([0]) == 1


def test_a_rework_loop_is_broken_at_its_back_flow_and_layered_left_to_right() -> None:
    project = Project()
    project.process["p"] = Process(id="p", name="p")
    project.lane["l"] = Lane(id="l", process_id="p", name="窓口")
    for step_id in ("a", "b", "c"):
        project.step[step_id] = Step(id=step_id, process_id="p", lane_id="l", label=step_id)
    for source, target in (("a", "b"), ("b", "c"), ("c", "b")):  # c sends the case back to b
        flow_id = f"{source}{target}"
        project.flow[flow_id] = Flow(id=flow_id, process_id="p", source_id=source, target_id=target)
    graph = LayoutGraph.of(project, "p", project.lanes_of("p"), [], project.steps_of("p"))
    rank = phase_rank(graph)
    kept, _order, back = break_cycles(graph, rank)
    assert back == [(2, 1)]
    layer, count, ranges = assign_layers(graph, kept, rank, back)
    assert layer == [0, 1, 2] and count == 3 and ranges == [(0, 2)]


def test_segments_cross_in_floats_agrees_with_the_exact_test_near_degenerate_cases() -> None:
    import random

    from jcloud_desk.analysis.layout.crossings import _exact_cross, segments_cross

    rng = random.Random(2)
    nudges = (0.0, 0.0, 0.0, 1e-7, -1e-7, 4e-7, -6e-7, 1e-6, 2e-6)  # below, at and above a micro-unit
    crossing = 0
    for scale in (1.0, 80.0, 1e4, 5e5):
        for _ in range(5000):
            points = [(rng.randint(0, 6) * scale + rng.choice(nudges), rng.randint(0, 6) * scale + rng.choice(nudges))
                      for _ in range(4)]
            s, t = (points[0], points[1]), (points[2], points[3])
            assert segments_cross(s, t) == _exact_cross(s, t), (s, t)
            crossing += segments_cross(s, t)
    assert crossing > 1000  # the sample holds plenty of crossings, not only misses
