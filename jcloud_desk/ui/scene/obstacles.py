"""Obstacles: the step rectangles flow routing must avoid, indexed by vertical columns."""

from __future__ import annotations

import math

from jcloud_desk.domain.layout import Rect

_COLUMN = 400.0  # width of the columns of the obstacle index, in scene units


class Obstacles:
    """The step rectangles the routing sees, by id, with an index of vertical columns.

    ``route`` tests obstacles only for backward flows, and only those overlapping the x-range of both shapes;
    ``around`` returns every rectangle of the columns that range touches (a superset), so a flow costs a few
    dozen rectangles instead of all steps of the process. The scene keeps it current wherever it positions a
    step item, and for the dragged items on every mouse move.
    """

    def __init__(self) -> None:
        self.rects: dict[str, Rect] = {}
        self._columns: dict[int, set[str]] = {}

    def clear(self) -> None:
        """Forget every rectangle."""
        self.rects.clear()
        self._columns.clear()

    @staticmethod
    def _span(left: float, right: float) -> range:
        return range(math.floor(left / _COLUMN), math.floor(right / _COLUMN) + 1)

    def put(self, step_id: str, rect: Rect) -> None:
        """Record (or move) one step's rectangle."""
        old = self.rects.get(step_id)
        if old == rect:
            return
        if old is not None:
            self.discard(step_id)
        self.rects[step_id] = rect
        for column in self._span(rect.x, rect.x + rect.w):
            self._columns.setdefault(column, set()).add(step_id)

    def discard(self, step_id: str) -> None:
        """Forget one step."""
        old = self.rects.pop(step_id, None)
        if old is None:
            return
        for column in self._span(old.x, old.x + old.w):
            members = self._columns.get(column)
            if members is not None:
                members.discard(step_id)
                if not members:
                    del self._columns[column]

    def around(self, left: float, right: float) -> list[Rect]:
        """Every rectangle whose x-range may overlap ``left``..``right`` (all of the columns it touches)."""
        ids: set[str] = set()
        for column in self._span(left, right):
            ids.update(self._columns.get(column, ()))
        return [self.rects[step_id] for step_id in ids]
