"""FlowItem: draws a routed polyline with an arrow head and an optional label (はい / いいえ)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jcloud_desk.domain.process import FlowKind
from jcloud_desk.ui import theme

FAR_DETAIL = 0.35


class FlowItem(QGraphicsItem):
    """A flow between two steps; the scene gives it the routed points."""

    def __init__(self, flow_id: str, kind: FlowKind, label: str, font: QFont) -> None:
        super().__init__()
        self.flow_id = flow_id
        self._kind = kind
        self._label = label
        self._font = font
        self._points: list[QPointF] = []
        self._path = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)

    def set_route(self, points: list[tuple[float, float]], kind: FlowKind, label: str) -> None:
        """Take new points and text."""
        self.prepareGeometryChange()
        self._kind, self._label = kind, label
        self._points = [QPointF(x, y) for x, y in points]
        path = QPainterPath()
        if self._points:
            path.moveTo(self._points[0])
            for p in self._points[1:]:
                path.lineTo(p)
        self._path = path
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-12, -12, 12, 12).united(self._label_rect())

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self._path)

    def _label_rect(self) -> QRectF:
        if not self._label or len(self._points) < 2:
            return QRectF()
        metrics = QFontMetricsF(self._font)
        w = metrics.horizontalAdvance(self._label) + 8
        h = metrics.height() + 2
        a, b = self._points[0], self._points[1]
        if abs(a.y() - b.y()) < 0.5:  # first segment horizontal: label above it
            return QRectF(a.x() + 4, a.y() - h - 1, w, h)
        return QRectF(a.x() + 4, (a.y() + b.y()) / 2 - h / 2, w, h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if len(self._points) < 2:
            return
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        far = detail < FAR_DETAIL
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not far)
        color = theme.SELECTION if self.isSelected() else theme.FLOW_LINE
        pen = QPen(color, 2.0 if self.isSelected() else 1.3)
        if self._kind is not FlowKind.SEQUENCE:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if far:
            return  # heads and labels are sub-pixel at this scale
        self._paint_head(painter, color)
        if self._label:
            painter.setFont(self._font)
            rect = self._label_rect()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(theme.LANE_FILL[0]))
            painter.drawRect(rect)
            painter.setPen(theme.TEXT)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._label)

    def _paint_head(self, painter: QPainter, color: QColor) -> None:
        if self._kind is FlowKind.ASSOCIATION:
            return
        tip, before = self._points[-1], self._points[-2]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        size = 9.0
        left = QPointF(tip.x() - size * math.cos(angle - 0.42), tip.y() - size * math.sin(angle - 0.42))
        right = QPointF(tip.x() - size * math.cos(angle + 0.42), tip.y() - size * math.sin(angle + 0.42))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([tip, left, right]))
