"""The slot placement of the auto-layout on hand-made drawings: a rework staircase, the bend rule, the drawn guard."""

from __future__ import annotations

from jcloud_desk.analysis.layout.crossings import count_crossings
from jcloud_desk.analysis.layout.local_crossings import LocalCrossings
from jcloud_desk.analysis.layout.placement import Drawing, SlotPlacement

TASK = (150.0, 56.0)
GATEWAY = (48.0, 48.0)
PITCH = 80.0
LAYER_X = [0.0, 200.0, 400.0, 600.0, 800.0]
ROW_ZERO = [0.0, 130.0]  # lane 0 has one row, so lane 1's row 0 is 130 below it


def _drawing(steps: list[tuple[int, int, int, tuple[float, float]]],
             flows: list[tuple[int, int]]) -> tuple[Drawing, LocalCrossings, list[tuple[int, int]]]:
    """Steps as (lane, layer, row, size); flows as (source, target). Same-lane forward flows are jogs."""
    lane = [s[0] for s in steps]
    layer = [s[1] for s in steps]
    rows = [s[2] for s in steps]
    xs = [LAYER_X[x] for x in layer]
    ys = [ROW_ZERO[ln] + r * PITCH for ln, r in zip(lane, rows, strict=True)]
    sizes = [s[3] for s in steps]
    fans = [size == GATEWAY for size in sizes]
    jogs: list[list[tuple[int, int]]] = [[] for _ in steps]
    for u, v in flows:
        if lane[u] == lane[v] and layer[u] < layer[v]:
            jogs[u].append((v, 1 if fans[u] else 2))
            jogs[v].append((u, 1 if fans[u] else 2))
    pairs = [(min(u, v), max(u, v)) for u, v in flows]
    drawing = Drawing(len(steps), lane, layer, rows, xs, ys, LAYER_X, ROW_ZERO, PITCH, sizes, fans, flows, jogs)
    return drawing, LocalCrossings(pairs, layer, xs, ys, len(LAYER_X)), pairs


def _straight(d: Drawing, pairs: list[tuple[int, int]]) -> int:
    return count_crossings([((d.xs[u], d.ys[u]), (d.xs[v], d.ys[v])) for u, v in pairs])


# T (lane 0) -> a (lane 0) -> b (lane 1) -> check C (lane 1) -> back to T: the straight rework line from C to T
# crosses the hand-off a -> b; F only gives lane 1 a second row.
STAIRCASE = [(0, 0, 0, TASK), (0, 1, 0, TASK), (1, 2, 0, TASK), (1, 3, 0, GATEWAY), (1, 0, 1, TASK)]
LOOP = [(0, 1), (1, 2), (2, 3), (3, 0)]


def test_the_check_leaves_its_chain_line_and_the_rework_line_crosses_nothing() -> None:
    # b is a gateway here (a join): its flow to C bends once when C leaves the line, worth one crossing
    steps = [*STAIRCASE[:2], (1, 2, 0, GATEWAY), *STAIRCASE[3:]]
    d, counter, pairs = _drawing(steps, LOOP)
    assert _straight(d, pairs) == 1  # what every order of the cells gives
    placement = SlotPlacement(d, counter, lambda v: (d.layer[v], d.layer[v]))
    assert placement.run([0, 1, 2, 3])
    assert d.rows[3] == 1 and d.ys[3] == ROW_ZERO[1] + PITCH  # C one row below b
    assert d.rows[:3] == [0, 0, 0] and d.layer == [0, 1, 2, 3, 0]
    assert _straight(d, pairs) == 0


def test_a_crossing_is_not_traded_for_three_bends() -> None:
    # task b: moving C would bend b -> C (2 bends) and C -> D (1, from a gateway), for one crossing
    d, counter, pairs = _drawing([*STAIRCASE, (1, 4, 0, TASK)], [*LOOP, (3, 5)])
    placement = SlotPlacement(d, counter, lambda v: (d.layer[v], d.layer[v]))
    assert not placement.run([0, 1, 2, 3, 5])
    assert d.rows == [0, 0, 0, 0, 1, 0] and _straight(d, pairs) == 1


def test_a_move_that_adds_a_crossing_as_drawn_is_refused() -> None:
    # G -> H runs along lane 1's second row through the free slot below C: C moving there would sit on that
    # flow, which the app then routes around C, across C's own flows
    steps = [*STAIRCASE[:2], (1, 2, 0, GATEWAY), STAIRCASE[3], (1, 1, 1, TASK), (1, 4, 1, TASK)]
    d, counter, pairs = _drawing(steps, [*LOOP, (4, 5)])
    placement = SlotPlacement(d, counter, lambda v: (d.layer[v], d.layer[v]))
    before = placement.drawn_crossings(3)
    d.ys[3] = ROW_ZERO[1] + PITCH  # try it by hand: fewer straight crossings, more drawn ones
    straight_after, drawn_after = _straight(d, pairs), placement.drawn_crossings(3)
    d.ys[3] = ROW_ZERO[1]
    assert straight_after < _straight(d, pairs) and drawn_after > before
    placement.run([0, 1, 2, 3, 4, 5])
    assert d.rows[3] == 0
    # the same shapes without G -> H: C moves (the drawn guard, not the cost, kept it above)
    d, counter, pairs = _drawing(steps, LOOP)
    assert SlotPlacement(d, counter, lambda v: (d.layer[v], d.layer[v])).run([0, 1, 2, 3])
    assert d.rows[3] == 1


def test_a_step_moves_to_another_layer_within_its_slack() -> None:
    # u -> w and h -> k cross; h (lane 1, no same-lane flow) may take any layer before its successor k: in layer
    # 3 its flow starts right of u -> w and crosses nothing (the fillers only make layers 1 and 3 task-wide)
    steps = [(0, 0, 0, TASK), (1, 2, 0, TASK), (1, 1, 0, TASK), (0, 4, 0, TASK), (0, 3, 0, TASK), (0, 1, 0, TASK)]
    d, counter, pairs = _drawing(steps, [(0, 1), (2, 3)])
    assert _straight(d, pairs) == 1
    placement = SlotPlacement(d, counter, lambda v: (0, 3) if v == 2 else (d.layer[v], d.layer[v]))
    assert placement.run([0, 1, 2, 3])
    assert d.layer[2] == 3 and d.xs[2] == LAYER_X[3] and d.rows[2] == 0
    assert _straight(d, pairs) == 0
