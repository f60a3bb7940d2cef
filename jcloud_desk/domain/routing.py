"""Orthogonal routing of a flow between two step rectangles (floats only; the UI just draws the points)."""

from __future__ import annotations

import itertools

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


def _hits(a: Point, b: Point, obstacles: list[Rect]) -> bool:
    """True if the axis-parallel segment a–b passes through an obstacle (2 px tolerance at its edges)."""
    x1, x2 = sorted((a[0], b[0]))
    y1, y2 = sorted((a[1], b[1]))
    return any(x1 < o.x + o.w - 2 and x2 > o.x + 2 and y1 < o.y + o.h - 2 and y2 > o.y + 2 for o in obstacles)


def _clear(points: list[Point], obstacles: list[Rect]) -> bool:
    return not any(_hits(a, b, obstacles) for a, b in itertools.pairwise(points))


def _forward(start: Point, end: Point, others: list[Rect]) -> list[Point]:
    """Right side → left side: one vertical jog at an x where no step is in the way, else around above/below."""
    # only steps within the x-range between the two ends can be in the way
    others = [o for o in others if o.x < end[0] and o.x + o.w > start[0]]
    if abs(start[1] - end[1]) < 1.0:
        direct = [start, end]
        if _clear(direct, others):
            return direct
        blocking = [o for o in others if _hits(start, end, [o])]
        above = min(o.y for o in blocking) - _GAP
        below = max(o.y + o.h for o in blocking) + _GAP
        for y in (above, below):
            detour = [start, (start[0] + _GAP, start[1]), (start[0] + _GAP, y), (end[0] - _GAP, y),
                      (end[0] - _GAP, end[1]), end]
            if _clear(detour, others):
                return detour
        return direct
    top, bottom = min(start[1], end[1]), max(start[1], end[1])
    others = [o for o in others if o.y < bottom and o.y + o.h > top]
    mid = (start[0] + end[0]) / 2
    lo, hi = start[0] + _GAP / 2, end[0] - _GAP / 2
    candidates = [mid, lo + _GAP / 2, hi - _GAP / 2]
    for o in others:
        candidates += [o.x - _GAP, o.x + o.w + _GAP]
    for x in sorted((c for c in candidates if lo <= c <= hi), key=lambda c: abs(c - mid)):
        points = [start, (x, start[1]), (x, end[1]), end]
        if _clear(points, others):
            return points
    return [start, (mid, start[1]), (mid, end[1]), end]


def route(source: Rect, target: Rect, obstacles: list[Rect] | None = None, fan_out: bool = False) -> list[Point]:
    """A polyline of horizontal and vertical segments from ``source`` to ``target``.

    Forward flows leave on the right and enter on the left with one vertical jog, placed where no other step is
    in the way (a straight flow blocked by a step goes around it); flows to a step in the
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
        others = [o for o in obstacles or [] if o is not source and o is not target]
        return _forward(_right(source), _left(target), others)
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
