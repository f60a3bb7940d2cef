"""LaneItem and PhaseHeaderItem: the swimlane grid behind the steps."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER
from jcloud_desk.ui import theme


class LaneItem(QGraphicsItem):
    """A horizontal band with its 部署 name in a header on the left."""

    def __init__(self, lane_id: str, name: str, rect: QRectF, index: int, font: QFont) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._name = name
        self._rect = rect
        self._index = index
        self._font = font
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        painter.setPen(QPen(theme.GRID_LINE, 1.0))
        painter.setBrush(theme.LANE_FILL[self._index % 2])
        painter.drawRect(r)
        header = QRectF(r.left(), r.top(), LANE_HEADER, r.height())
        painter.setBrush(theme.HEADER_FILL)
        painter.drawRect(header)
        painter.setPen(theme.TEXT)
        bold = QFont(self._font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(header.adjusted(6, 4, -6, -4),
                         int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), self._name)


class PhaseHeaderItem(QGraphicsItem):
    """A 工程 column: header cell at the top and a dashed separator down through all lanes."""

    def __init__(self, phase_id: str, name: str, rect: QRectF, font: QFont) -> None:
        super().__init__()
        self.phase_id = phase_id
        self._name = name
        self._rect = rect
        self._font = font
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        header = QRectF(r.left(), r.top(), r.width(), PHASE_HEADER)
        painter.setPen(QPen(theme.GRID_LINE, 1.0))
        painter.setBrush(theme.HEADER_FILL)
        painter.drawRect(header)
        dashed = QPen(theme.GRID_LINE, 1.0, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(r.topRight(), r.bottomRight())
        painter.setPen(theme.TEXT)
        bold = QFont(self._font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(header, int(Qt.AlignmentFlag.AlignCenter), self._name)
