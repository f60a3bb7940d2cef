"""Orthogonal routing of a flow between two step rectangles (floats only; the UI just draws the points)."""

from __future__ import annotations

from jcloud_desk.domain.layout import Rect

Point = tuple[float, float]
_GAP = 16.0


def _right(r: Rect) -> Point:
    return r.x + r.w, r.y + r.h / 2


def _left(r: Rect) -> Point:
    return r.x, r.y + r.h / 2


def _top(r: Rect) -> Point:
    return r.x + r.w / 2, r.y


def _bottom(r: Rect) -> Point:
    return r.x + r.w / 2, r.y + r.h


def route(source: Rect, target: Rect, obstacles: list[Rect] | None = None, fan_out: bool = False) -> list[Point]:
    """A polyline of horizontal and vertical segments from ``source`` to ``target``.

    Forward flows leave on the right and enter on the left with one vertical jog; flows to a step in the
    same column leave top/bottom; backward flows (rework loops) go around above both shapes, or below
    when an obstacle sits in the way above. With ``fan_out`` (gateways), a forward flow to a step clearly
    above or below leaves from the top or bottom corner, so the branches (and their はい / いいえ labels)
    start apart.
    """
    sx, sy = source.center
    tx, ty = target.center
    if fan_out and target.x >= source.x + source.w / 2 and abs(ty - sy) > source.h / 2 + 2:
        start = _top(source) if ty < sy else _bottom(source)
        end = _left(target) if target.x >= source.x + source.w / 2 + _GAP else (_bottom(target) if ty < sy
                                                                                  else _top(target))
        if end[0] == target.x:  # enter from the left: down/up, then across
            return [start, (start[0], end[1]), end]
        return [start, (start[0], (start[1] + end[1]) / 2), (end[0], (start[1] + end[1]) / 2), end]
    if target.x >= source.x + source.w + _GAP:  # forward
        start, end = _right(source), _left(target)
        if abs(start[1] - end[1]) < 1.0:
            return [start, end]
        mid_x = (start[0] + end[0]) / 2
        return [start, (mid_x, start[1]), (mid_x, end[1]), end]
    if abs(sx - tx) < (source.w + target.w) / 2:  # same column: vertical
        if ty > sy:
            start, end = _bottom(source), _top(target)
        else:
            start, end = _top(source), _bottom(target)
        if abs(start[0] - end[0]) < 1.0:
            return [start, end]
        mid_y = (start[1] + end[1]) / 2
        return [start, (start[0], mid_y), (end[0], mid_y), end]
    # backward: loop around above (or below when blocked)
    above = min(source.y, target.y) - 2 * _GAP
    below = max(source.y + source.h, target.y + target.h) + 2 * _GAP
    left_x, right_x = min(target.x, source.x), max(source.x + source.w, target.x + target.w)
    blocked = any(o.y < above + 4 and o.y + o.h > above - 4 and o.x < right_x and o.x + o.w > left_x
                  for o in obstacles or [])
    y = below if blocked else above
    start = _bottom(source) if blocked else _top(source)
    end = _bottom(target) if blocked else _top(target)
    return [start, (start[0], y), (end[0], y), end]
