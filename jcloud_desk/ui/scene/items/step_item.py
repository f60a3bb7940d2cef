"""StepItem: draws one step in the shape of its kind, with its label and badges."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.layout import SHAPE_SIZE
from jcloud_desk.domain.process import Step, StepKind
from jcloud_desk.ui import theme

_SMALL = (StepKind.START, StepKind.END, StepKind.EVENT, StepKind.GATEWAY, StepKind.GATEWAY_AND)
_LABEL_BELOW_H = 34.0
#: Height of a data store's lid (the ellipse on top of its drum); its label is drawn below it.
_DRUM_LID = 14.0
MIN_TEXT_DETAIL = 0.35
_CENTRED = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
_SMALL_FONTS: dict[str, QFont] = {}


def _small_font(font: QFont) -> QFont:
    """The badge font for ``font`` (cached: paint() runs for every visible step on every frame)."""
    key = font.key()
    small = _SMALL_FONTS.get(key)
    if small is None:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        _SMALL_FONTS[key] = small
    return small


class StepItem(QGraphicsItem):
    """A step centred on its position; small shapes (events, gateways) carry their label below."""

    def __init__(self, step: Step, font: QFont) -> None:
        super().__init__()
        self.step_id = step.id
        self._font = font
        self._step = step
        self._verdict = Verdict.UNASSESSED
        self._show_verdict = False
        self._customization = False
        self._risk = False
        self._link_count = 0
        self._highlight: QColor | None = None
        self._label_fit: tuple[QRectF, QFont] | None = None  # where the label goes, in which font (worked out once)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.update_from(step)

    # --- state -----------------------------------------------------------------------------------
    def update_from(self, step: Step) -> None:
        """Take the step's label and kind."""
        self.prepareGeometryChange()
        self._step = step
        w, h = SHAPE_SIZE[step.kind]
        self._shape_rect = QRectF(-w / 2, -h / 2, w, h)
        self._label_fit = None
        self.setToolTip(step.label)
        self.update()

    def set_fitgap(self, verdict: Verdict, link_count: int, customization: bool, show_verdict: bool,
                   risk: bool = False) -> None:
        """Badges: verdict colour (when the overlay is on), link count, customization flag, open risk ("!")."""
        self._verdict, self._link_count = verdict, link_count
        self._customization, self._show_verdict, self._risk = customization, show_verdict, risk
        self._label_fit = None  # a flag badge moves the step number
        self.update()

    def set_highlight(self, color: QColor | None) -> None:
        """Draw a thick outline of ``color`` around the shape (None removes it); the diff view marks changes."""
        self._highlight = QColor(color) if color is not None else None
        self.update()

    @property
    def highlight(self) -> QColor | None:
        """The highlight outline colour, None when there is none."""
        return self._highlight

    @property
    def shape_rect(self) -> QRectF:
        """The shape's rectangle in item coordinates (label excluded)."""
        return self._shape_rect

    # --- geometry --------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        r = self._shape_rect.adjusted(-6, -12, 6, 6)
        if self._step.kind in _SMALL:
            r = r.united(QRectF(-70, r.bottom(), 140, _LABEL_BELOW_H))
        return r

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._shape_rect)
        return path

    # --- painting --------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        # far out (fit-all of thousands of steps) shapes are a few pixels: no antialiasing, no text
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, detail >= MIN_TEXT_DETAIL)
        if self._highlight is not None:
            painter.setPen(QPen(self._highlight, 4.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._shape_rect.adjusted(-3.5, -3.5, 3.5, 3.5), 11, 11)
        selected = self.isSelected()
        pen = QPen(theme.SELECTION if selected else theme.STEP_LINE, 2.4 if selected else 1.3)
        fill = self._fill()
        painter.setPen(pen)
        painter.setBrush(fill)
        self._paint_shape(painter)
        if detail < MIN_TEXT_DETAIL:
            return
        self._paint_label(painter)
        self._paint_badges(painter)

    def _fill(self) -> QColor:
        if self._show_verdict and self._step.kind.is_activity:
            return theme.VERDICT_COLORS[self._verdict].lighter(165)
        if self._step.kind is StepKind.SYSTEM_TASK:
            return theme.SYSTEM_FILL
        if self._step.kind is StepKind.MANUAL_TASK:
            return theme.MANUAL_FILL
        return theme.STEP_FILL

    def _paint_shape(self, painter: QPainter) -> None:
        r = self._shape_rect
        kind = self._step.kind
        if kind in (StepKind.TASK, StepKind.MANUAL_TASK, StepKind.SYSTEM_TASK, StepKind.SUBPROCESS):
            painter.drawRoundedRect(r, 9, 9)
            if kind is StepKind.SUBPROCESS:
                m = QRectF(-7, r.bottom() - 15, 14, 12)
                painter.drawRect(m)
                painter.drawLine(QPointF(-4, m.center().y()), QPointF(4, m.center().y()))
                painter.drawLine(QPointF(0, m.top() + 2), QPointF(0, m.bottom() - 2))
        elif kind in (StepKind.START, StepKind.END, StepKind.EVENT):
            if kind is StepKind.END:
                painter.setPen(QPen(painter.pen().color(), 3.5))
            painter.drawEllipse(r)
            if kind is StepKind.EVENT:
                painter.drawEllipse(r.adjusted(4, 4, -4, -4))
        elif kind in (StepKind.GATEWAY, StepKind.GATEWAY_AND):
            diamond = QPolygonF([QPointF(0, r.top()), QPointF(r.right(), 0), QPointF(0, r.bottom()),
                                 QPointF(r.left(), 0)])
            painter.drawPolygon(diamond)
            painter.setPen(QPen(theme.STEP_LINE, 2.6))
            if kind is StepKind.GATEWAY_AND:
                painter.drawLine(QPointF(0, -11), QPointF(0, 11))
                painter.drawLine(QPointF(-11, 0), QPointF(11, 0))
            else:
                painter.drawLine(QPointF(-8, -8), QPointF(8, 8))
                painter.drawLine(QPointF(-8, 8), QPointF(8, -8))
        elif kind is StepKind.DOCUMENT:
            path = QPainterPath(QPointF(r.left(), r.top()))
            path.lineTo(r.right(), r.top())
            path.lineTo(r.right(), r.bottom() - 8)
            path.cubicTo(r.right() - r.width() / 4, r.bottom() - 18, r.left() + r.width() / 4, r.bottom() + 4,
                         r.left(), r.bottom() - 6)
            path.closeSubpath()
            painter.drawPath(path)
        elif kind is StepKind.DATA_STORE:
            top = QRectF(r.left(), r.top(), r.width(), _DRUM_LID)
            path = QPainterPath()
            path.moveTo(r.left(), r.top() + _DRUM_LID / 2)
            path.lineTo(r.left(), r.bottom() - _DRUM_LID / 2)
            path.arcTo(QRectF(r.left(), r.bottom() - _DRUM_LID, r.width(), _DRUM_LID), 180, 180)
            path.lineTo(r.right(), r.top() + _DRUM_LID / 2)
            painter.drawPath(path)
            painter.drawEllipse(top)
        elif kind is StepKind.ANNOTATION:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()))
            painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.left() + 10, r.top()))
            painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.left() + 10, r.bottom()))

    def _paint_label(self, painter: QPainter) -> None:
        painter.setPen(theme.TEXT)
        painter.setFont(self._font)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        text = self._step.label
        if self._step.kind in _SMALL:
            rect = QRectF(-70, self._shape_rect.bottom() + 2, 140, _LABEL_BELOW_H)
            align = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
            if text:
                # a light plate keeps the label readable where a flow passes under it
                used = painter.boundingRect(rect, align, text).adjusted(-2, 0, 2, 0)
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 215))
                painter.drawRoundedRect(used, 3, 3)
                painter.restore()
            painter.drawText(rect, align, text)
            return
        if self._step.kind is StepKind.ANNOTATION:
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(self.label_rect(), flags, text)
            return
        if self._label_fit is None:
            self._label_fit = self._fit_label()
        rect, font = self._label_fit
        painter.setFont(font)
        painter.drawText(rect, flags, text)

    def _fit_label(self) -> tuple[QRectF, QFont]:
        """Where a label drawn inside the shape goes and in which font: centred in ``label_rect``, unless its
        glyphs would touch the step number's (a long label of three lines): then below the number, in the badge
        font when it does not fit there otherwise. A data store's name too long for the drum takes the badge font."""
        rect, text, small = self.label_rect(), self._step.label, _small_font(self._font)
        metrics = QFontMetricsF(self._font)
        fits = metrics.boundingRect(rect, _CENTRED, text)
        if self._step.kind is StepKind.DATA_STORE:
            return rect, (self._font if fits.height() <= rect.height() else small)
        if not (self._step.step_no and self._step.kind.is_activity):
            return rect, self._font
        number = QFontMetricsF(small).boundingRect(self.badge_rects()["number"], int(Qt.AlignmentFlag.AlignLeft),
                                                   self._step.step_no)
        if not fits.intersects(number):
            return rect, self._font
        below = QRectF(rect.left(), number.bottom() + 1, rect.width(), rect.bottom() - number.bottom() - 1)
        if metrics.boundingRect(below, _CENTRED, text).height() <= below.height():
            return below, self._font
        return below, small

    def badge_rects(self) -> dict[str, QRectF]:
        """Where the badges go, in item coordinates: the step number, the C / ! flag and the link count."""
        r = self._shape_rect
        flagged = self._customization or self._risk
        return {"number": QRectF(r.left() + (14 if flagged else 5), r.top() + 1, 30, 14),  # beside the flag
                "flag": QRectF(r.left() - 6, r.top() - 9, 18, 18),
                "links": QRectF(r.right() - 22, r.top() - 8, 22, 15)}

    def label_rect(self) -> QRectF:
        """Where the label of a step drawn with its label inside goes (a data store's: below the drum's lid)."""
        if self._step.kind is StepKind.ANNOTATION:
            return self._shape_rect.adjusted(8, 2, -2, -2)
        if self._step.kind is StepKind.DATA_STORE:
            return self._shape_rect.adjusted(3, _DRUM_LID + 1, -3, -_DRUM_LID / 2)
        return self._shape_rect.adjusted(6, 4, -6, -4)

    def _paint_badges(self, painter: QPainter) -> None:
        painter.setFont(_small_font(self._font))
        flag = ("#c0392b", "C") if self._customization else ("#8e44ad", "!") if self._risk else None
        places = self.badge_rects()
        if self._step.step_no and self._step.kind.is_activity:
            painter.setPen(QColor("#5b6b7b"))
            painter.drawText(places["number"], int(Qt.AlignmentFlag.AlignLeft), self._step.step_no)
        if self._link_count:
            badge = places["links"]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#3b6ea8"))
            painter.drawRoundedRect(badge, 7, 7)
            painter.setPen(QColor("white"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self._link_count))
        if flag is not None:  # a customization (C) or an open risk (!) at the top left
            badge = places["flag"]
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(QColor(flag[0]))
            painter.drawEllipse(badge)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), flag[1])
        if self._show_verdict and self._step.kind.is_activity:
            r = self._shape_rect
            strip = QRectF(r.left() + 8, r.bottom() - 5, r.width() - 16, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.VERDICT_COLORS[self._verdict])
            painter.drawRoundedRect(strip, 2, 2)
