"""Orthogonal flow routes: forward, same column, backward loops, gateway fan-out, obstacles."""

from __future__ import annotations

import itertools

from jcloud_desk.domain.layout import Rect
from jcloud_desk.domain.routing import route


def _orthogonal(points: list[tuple[float, float]]) -> bool:
    return all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(points))


def _crosses(points: list[tuple[float, float]], box: Rect) -> bool:
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        if left < box.x + box.w and right > box.x and top < box.y + box.h and bottom > box.y:
            return True
    return False


A = Rect(0, 0, 100, 50)


def test_forward_leaves_right_and_enters_left() -> None:
    target = Rect(300, 120, 100, 50)
    points = route(A, target)
    assert points[0] == (100, 25) and points[-1] == (300, 145) and _orthogonal(points)


def test_forward_goes_around_a_step_in_the_way() -> None:
    target = Rect(400, 0, 100, 50)
    blocker = Rect(200, 0, 100, 50)
    points = route(A, target, [A, target, blocker])
    assert _orthogonal(points) and points[0] == (100, 25) and points[-1] == (400, 25)
    assert len(points) > 2 and not _crosses(points, blocker)
    assert route(A, target) == [(100, 25), (400, 25)], "nothing in the way: straight"


def test_the_jog_avoids_a_tall_step_between() -> None:
    target, post = Rect(400, 120, 100, 50), Rect(230, 60, 40, 40)  # right where the middle jog would be
    assert route(A, target)[1][0] == 250.0
    points = route(A, target, [A, target, post])
    assert _orthogonal(points) and not _crosses(points, post) and points[1][0] != 250.0


def test_same_column_is_vertical() -> None:
    below = Rect(0, 200, 100, 50)
    assert route(A, below) == [(50, 50), (50, 200)]
    assert route(below, A) == [(50, 200), (50, 50)]


def test_backward_loops_above_or_below_when_blocked() -> None:
    source = Rect(300, 100, 100, 50)
    target = Rect(0, 100, 100, 50)
    above = route(source, target)
    assert _orthogonal(above) and min(y for _x, y in above) < 100
    lid = Rect(50, 60, 300, 30)
    below = route(source, target, [source, target, lid])
    assert max(y for _x, y in below) > 150


def test_gateway_branches_fan_out_from_top_and_bottom() -> None:
    gateway = Rect(0, 100, 50, 50)
    up, down = Rect(200, 0, 100, 50), Rect(200, 200, 100, 50)
    to_up, to_down = route(gateway, up, fan_out=True), route(gateway, down, fan_out=True)
    assert to_up[0] == (25, 100) and to_down[0] == (25, 150)
    assert _orthogonal(to_up) and _orthogonal(to_down)
