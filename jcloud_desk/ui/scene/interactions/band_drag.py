"""BandDrag: dragging a lane or phase header to reorder it, or its far edge to resize it.

Lanes are stacked along y and phases along x; the gesture is the same on either axis. While the mouse
moves, a dashed guide line shows where the band will land (or where its new edge will be); the release
is one reorder or resize through ``BandCommands`` (the same commands as the Process menu).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER, Rect
from jcloud_desk.ui import theme
from jcloud_desk.ui.band_commands import BandCommands, BandKind
from jcloud_desk.ui.scene.interactions.base import Interaction
from jcloud_desk.ui.scene.process_scene import ProcessScene

EDGE_GRIP = 6.0  # how close to a band's far edge a press starts a resize, in scene units
DRAG_THRESHOLD = 8.0  # a shorter header drag is a click, not a move


class _Gesture(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    kind: BandKind  # "lane" (moves along y) or "phase" (moves along x)
    resize: bool
    band_id: str
    start: float  # the band's top/left edge when resizing, else the press coordinate


class BandDrag(Interaction):
    """The header gesture of one scene: claimed on press, a guide while moving, one edit on release."""

    def __init__(self, scene: ProcessScene, bands: BandCommands) -> None:
        self._scene = scene
        self._bands = bands
        self._gesture: _Gesture | None = None
        self._guide: QGraphicsLineItem | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Start a gesture if the press is on a lane or phase header."""
        pos, scene = event.scenePos(), self._scene
        kind: BandKind
        if pos.x() < LANE_HEADER and pos.y() >= PHASE_HEADER:
            kind, band_id = "lane", scene.lane_at(pos)
        elif pos.y() < PHASE_HEADER and pos.x() >= LANE_HEADER:
            kind, band_id = "phase", scene.phase_at(pos)
        else:
            return False
        if not band_id:
            return False
        near, far = self._extent(kind, band_id)
        if abs(self._coord(kind, pos) - far) <= EDGE_GRIP:
            self._gesture = _Gesture(kind, True, band_id, near)
        else:
            self._gesture = _Gesture(kind, False, band_id, self._coord(kind, pos))
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Show where the band would land (or its new edge)."""
        gesture, pos = self._gesture, event.scenePos()
        if gesture is None:
            return
        if gesture.resize:
            self._show_guide(gesture.kind, self._coord(gesture.kind, pos))
            return
        index = self._drop_index(gesture.kind, pos)
        rects = self._rects(gesture.kind)
        if index < len(rects):
            edge = rects[index].y if gesture.kind == "lane" else rects[index].x
        else:
            edge = self._scene.grid.height if gesture.kind == "lane" else self._scene.grid.width
        self._show_guide(gesture.kind, edge)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        """End the gesture: the resize or the reorder (nothing for a click or a drop in place)."""
        gesture, self._gesture = self._gesture, None
        if self._guide is not None:
            self._scene.removeItem(self._guide)
            self._guide = None
        if gesture is None:
            return
        pos = event.scenePos()
        coord = self._coord(gesture.kind, pos)
        if gesture.resize:
            self._bands.resize(gesture.kind, gesture.band_id, coord - gesture.start)
            return
        if abs(coord - gesture.start) <= DRAG_THRESHOLD:
            return
        index = self._drop_index(gesture.kind, pos)
        grid = self._scene.grid
        order = [band.id for band in (grid.lanes if gesture.kind == "lane" else grid.phases)]
        current = order.index(gesture.band_id)
        new_index = index - 1 if index > current else index
        if new_index != current:
            self._bands.reorder(gesture.kind, gesture.band_id, new_index)

    # --- geometry along the gesture's axis -------------------------------------------------------------
    @staticmethod
    def _coord(kind: str, pos: QPointF) -> float:
        return pos.y() if kind == "lane" else pos.x()

    def _rects(self, kind: str) -> list[Rect]:
        grid = self._scene.grid
        if kind == "lane":
            return [grid.lane_rect(band.id) for band in grid.lanes]
        return [grid.phase_rect(band.id) for band in grid.phases]

    def _extent(self, kind: str, band_id: str) -> tuple[float, float]:
        grid = self._scene.grid
        if kind == "lane":
            rect = grid.lane_rect(band_id)
            return rect.y, rect.y + rect.h
        rect = grid.phase_rect(band_id)
        return rect.x, rect.x + rect.w

    def _drop_index(self, kind: str, pos: QPointF) -> int:
        """How many bands have their middle before ``pos`` (the insertion index)."""
        coord = self._coord(kind, pos)
        if kind == "lane":
            return sum(1 for r in self._rects(kind) if coord > r.y + r.h / 2)
        return sum(1 for r in self._rects(kind) if coord > r.x + r.w / 2)

    def _show_guide(self, kind: str, at: float) -> None:
        """A dashed line across the grid at ``at`` (horizontal for lanes, vertical for phases)."""
        if self._guide is None:
            self._guide = QGraphicsLineItem()
            self._guide.setPen(QPen(theme.SELECTION, 3, Qt.PenStyle.DashLine))
            self._guide.setZValue(200)
            self._scene.addItem(self._guide)
        grid = self._scene.grid
        if kind == "lane":
            self._guide.setLine(0, at, grid.width, at)
        else:
            self._guide.setLine(at, 0, at, grid.height)
