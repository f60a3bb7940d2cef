"""FlowItem: a routed polyline with an arrow head and an optional label (はい / いいえ).

Built from Qt's own path, polygon and text items so that painting stays in C++: a fit-all view of a large
process paints thousands of flows per frame.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from jcloud_desk.domain.process import FlowKind
from jcloud_desk.ui import theme

HEAD_SIZE = 9.0


class FlowItem(QGraphicsPathItem):
    """A flow between two steps; the scene gives it the routed points."""

    def __init__(self, flow_id: str, kind: FlowKind, label: str, font: QFont) -> None:
        super().__init__()
        self.flow_id = flow_id
        self._kind = kind
        self._label = label
        self._font = font
        self._points: list[QPointF] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        self._head = QGraphicsPolygonItem(self)
        self._head.setPen(QPen(Qt.PenStyle.NoPen))
        self._plate: QGraphicsRectItem | None = None  # created for labelled flows only (most have none)
        self._text: QGraphicsSimpleTextItem | None = None
        self._styled_selected = False
        self._apply_style()

    def _apply_style(self) -> None:
        self._styled_selected = self.isSelected()
        color = theme.SELECTION if self._styled_selected else theme.FLOW_LINE
        pen = QPen(color, 2.0 if self.isSelected() else 1.3)
        if self._kind is not FlowKind.SEQUENCE:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self._head.setBrush(color)

    def set_route(self, points: list[tuple[float, float]], kind: FlowKind, label: str) -> None:
        """Take new points and text."""
        self._kind, self._label = kind, label
        self._points = [QPointF(x, y) for x, y in points]
        path = QPainterPath()
        if self._points:
            path.moveTo(self._points[0])
            for p in self._points[1:]:
                path.lineTo(p)
        self.setPath(path)
        self._apply_style()
        self._place_head()
        self._place_label()

    def _place_head(self) -> None:
        if len(self._points) < 2 or self._kind is FlowKind.ASSOCIATION:
            self._head.setVisible(False)
            return
        tip, before = self._points[-1], self._points[-2]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        left = QPointF(tip.x() - HEAD_SIZE * math.cos(angle - 0.42), tip.y() - HEAD_SIZE * math.sin(angle - 0.42))
        right = QPointF(tip.x() - HEAD_SIZE * math.cos(angle + 0.42), tip.y() - HEAD_SIZE * math.sin(angle + 0.42))
        self._head.setPolygon(QPolygonF([tip, left, right]))
        self._head.setVisible(True)

    def _place_label(self) -> None:
        if not self._label or len(self._points) < 2:
            if self._plate is not None:
                self._plate.setVisible(False)
            return
        if self._plate is None or self._text is None:
            self._plate = QGraphicsRectItem(self)
            self._plate.setPen(QPen(Qt.PenStyle.NoPen))
            self._plate.setBrush(theme.LANE_FILL[0])
            self._text = QGraphicsSimpleTextItem(self._plate)
            self._text.setFont(self._font)
            self._text.setBrush(theme.TEXT)
        metrics = QFontMetricsF(self._font)
        w = metrics.horizontalAdvance(self._label) + 8
        h = metrics.height() + 2
        a, b = self._points[0], self._points[1]
        if abs(a.y() - b.y()) < 0.5:  # first segment horizontal: label above it
            x, y = a.x() + 4, a.y() - h - 1
        else:
            x, y = a.x() + 4, (a.y() + b.y()) / 2 - h / 2
        self._plate.setRect(x, y, w, h)
        self._text.setText(self._label)
        self._text.setPos(x + 4, y + 1)
        self._plate.setVisible(True)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self.path())

    def sync_selection_style(self) -> None:
        """Redraw in the selection colour (or back); the scene calls it when the selection changed."""
        if self._styled_selected != self.isSelected():
            self._apply_style()
