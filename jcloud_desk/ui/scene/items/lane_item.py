"""LaneItem and PhaseHeaderItem: the swimlane grid behind the steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER
from jcloud_desk.ui import theme


class LaneItem(QGraphicsItem):
    """A horizontal band with its 部署 name in a header on the left."""

    def __init__(self, lane_id: str, name: str, rect: QRectF, index: int, font: QFont,
                 external: bool = False) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.external = external  # an external organisation: a pool of its own (domain.pool_ops)
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
        painter.setBrush(theme.EXTERNAL_LANE_FILL if self.external else theme.LANE_FILL[self._index % 2])
        painter.drawRect(r)
        header = QRectF(r.left(), r.top(), LANE_HEADER, r.height())
        painter.setBrush(theme.EXTERNAL_HEADER_FILL if self.external else theme.HEADER_FILL)
        painter.drawRect(header)
        text_box = header.adjusted(6, 4, -6, -4)
        if self.external:
            painter.setPen(QPen(theme.POOL_BOUNDARY, 3.0))  # the pool boundary: messages cross it, work does not
            painter.drawLine(r.topLeft(), r.topRight())
            painter.drawLine(r.bottomLeft(), r.bottomRight())
            caption = QFont(self._font)
            caption.setPointSizeF(max(7.0, self._font.pointSizeF() * 0.9))
            painter.setFont(caption)
            painter.setPen(theme.TEXT)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignBottom),
                             external_caption())
            text_box = text_box.adjusted(0, 0, 0, -14)
        painter.setPen(theme.TEXT)
        bold = QFont(self._font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), self._name)


def external_caption() -> str:
    """The small caption under the name of a lane in a pool of its own (an external organisation, another BPMN
    participant)."""
    return QCoreApplication.translate("LaneItem", "(own pool)")


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
