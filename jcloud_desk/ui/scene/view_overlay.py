"""ViewOverlay: what is pinned on top of the diagram — the verdict legend, the presentation key strip and a brief
confirmation of each verdict key.

It is a transparent child of the view laid over the viewport (not a child of the viewport: scrolling moves and
blits the viewport's children, which is how a painted-in overlay got copied mid-diagram). Mouse events pass
through it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

FLASH_MS = 1400
_TEXT = QColor("#1b2733")
_FRAME = QColor("#9fb3c8")


#: While editing, the legend wraps to at most this many lines along the bottom; more become the box top right.
_MAX_COMPACT_ROWS = 2


class ViewOverlay(QWidget):
    """Legend (one line at the bottom while editing, a box top right while presenting), key hint strip (bottom)
    and a flash message (centre)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("viewOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend: list[tuple[QColor, str]] | None = None
        self.hints: list[tuple[str, str]] | None = None
        self.scale = 1.0
        self.flash_text = ""
        self.flash_color = QColor("#1e6fd9")
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.clear_flash)

    # --- content ----------------------------------------------------------------------------------
    def set_legend(self, entries: list[tuple[QColor, str]] | None) -> None:
        """Colour legend entries (None hides the legend)."""
        self.legend = entries
        self.update()

    def set_hints(self, hints: list[tuple[str, str]] | None) -> None:
        """Key → meaning pairs for the strip along the bottom (None hides it)."""
        self.hints = hints
        self.update()

    def set_scale(self, scale: float) -> None:
        """Text size factor (presentation mode: readable from the back of the room)."""
        self.scale = scale
        self.update()

    def flash(self, text: str, color: QColor | None = None, ms: int = FLASH_MS) -> None:
        """Show ``text`` large in the centre for a moment."""
        self.flash_text = text
        self.flash_color = QColor(color) if color is not None else QColor("#1e6fd9")
        self._flash_timer.start(ms)
        self.update()

    def clear_flash(self) -> None:
        """Remove the flash message."""
        self.flash_text = ""
        self.update()

    # --- painting ---------------------------------------------------------------------------------
    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * self.scale * factor))
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        view = self.parentWidget()
        scene = view.scene() if isinstance(view, QGraphicsView) else None
        if self.legend and not getattr(scene, "too_large", False):  # no diagram (too large to draw): no legend
            self._paint_legend(painter)
        if self.hints:
            self._paint_hints(painter)
        if self.flash_text:
            self._paint_flash(painter)
        painter.end()

    @property
    def compact(self) -> bool:
        """While editing (no key strip), the legend is a line (two where one does not fit) along the bottom: it
        covers no steps at the top right, where a 1366-px screen still shows the last phase; presenting, or in a
        view too narrow for two lines, it is a box top right."""
        if self.hints or not self.legend:
            return False
        return len(self._compact_rows(QFontMetricsF(self._font()))) <= _MAX_COMPACT_ROWS

    def _entry_width(self, metrics: QFontMetricsF, text: str) -> float:
        return 16 * self.scale + 6 * self.scale + metrics.horizontalAdvance(text) + 14 * self.scale

    def _compact_rows(self, metrics: QFontMetricsF) -> list[list[int]]:
        """The legend entries (indices) wrapped into lines that fit the view's width."""
        available = self.width() - 16 - 8 * self.scale
        rows: list[list[int]] = [[]]
        used = 0.0
        for index, (_color, text) in enumerate(self.legend or []):
            width = self._entry_width(metrics, text)
            if rows[-1] and used + width > available:
                rows.append([])
                used = 0.0
            rows[-1].append(index)
            used += width
        return rows

    def _row_width(self, metrics: QFontMetricsF, row: list[int]) -> float:
        assert self.legend
        return sum(self._entry_width(metrics, self.legend[i][1]) for i in row) + 8 * self.scale

    def legend_rect(self) -> QRectF:
        """Where the legend box is drawn (empty without a legend)."""
        if not self.legend:
            return QRectF()
        metrics = QFontMetricsF(self._font())
        row_h = metrics.height() + 4 * self.scale
        if self.compact:
            rows = self._compact_rows(metrics)
            width = max(self._row_width(metrics, row) for row in rows)
            height = row_h * len(rows) + 6
            return QRectF(max(4.0, self.width() - width - 8), self.height() - height - 8, width, height)
        width = max(metrics.horizontalAdvance(text) for _c, text in self.legend) + 42 * self.scale
        return QRectF(self.width() - width - 12, 10, width, row_h * len(self.legend) + 10 * self.scale)

    def _paint_legend(self, painter: QPainter) -> None:
        assert self.legend
        painter.setFont(self._font())
        metrics = QFontMetricsF(painter.font())
        row_h = metrics.height() + 4 * self.scale
        swatch = 16 * self.scale
        box = self.legend_rect()
        painter.setPen(QPen(_FRAME, 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box, 6, 6)
        if self.compact:
            for line, row in enumerate(self._compact_rows(metrics)):
                x = box.left() + 6 * self.scale
                top = box.top() + 3 + line * row_h
                for index in row:
                    color, text = self.legend[index]
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(color)
                    painter.drawRect(QRectF(x, top + row_h / 2 - 6 * self.scale, swatch, 12 * self.scale))
                    painter.setPen(_TEXT)
                    left = x + swatch + 6 * self.scale
                    painter.drawText(QRectF(left, top, metrics.horizontalAdvance(text) + 2, row_h),
                                     int(Qt.AlignmentFlag.AlignVCenter), text)
                    x += self._entry_width(metrics, text)
            return
        for i, (color, text) in enumerate(self.legend):
            y = box.top() + 5 * self.scale + i * row_h
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(box.left() + 8 * self.scale, y + (row_h - 12 * self.scale) / 2, swatch,
                                    12 * self.scale))
            painter.setPen(_TEXT)
            left = box.left() + swatch + 14 * self.scale
            painter.drawText(QRectF(left, y, box.right() - left, row_h), int(Qt.AlignmentFlag.AlignVCenter), text)

    def _hint_layout(self, factor: float) -> tuple[QFont, QFont, float, float]:
        """Fonts, padding and total width of the key strip at ``factor`` × the overlay scale."""
        assert self.hints
        key_font, text_font = self._font(factor, bold=True), self._font(factor)
        key_metrics, text_metrics = QFontMetricsF(key_font), QFontMetricsF(text_font)
        pad = 8 * self.scale * factor
        width = pad + sum(key_metrics.horizontalAdvance(key) + 2 * pad + text_metrics.horizontalAdvance(text)
                          + 3 * pad for key, text in self.hints)
        return key_font, text_font, pad, width

    def _paint_hints(self, painter: QPainter) -> None:
        assert self.hints
        factor = 1.0
        key_font, text_font, pad, needed = self._hint_layout(factor)
        while needed > self.width() and factor > 0.55:  # every key stays on the strip: smaller text instead
            factor *= 0.9
            key_font, text_font, pad, needed = self._hint_layout(factor)
        key_metrics, text_metrics = QFontMetricsF(key_font), QFontMetricsF(text_font)
        height = max(key_metrics.height(), text_metrics.height()) + 2 * pad
        strip = QRectF(0, self.height() - height, self.width(), height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(27, 39, 51, 225))
        painter.drawRect(strip)
        x = pad
        for key, text in self.hints:
            key_w = key_metrics.horizontalAdvance(key) + 2 * pad
            text_w = text_metrics.horizontalAdvance(text)
            key_box = QRectF(x, strip.top() + pad / 2, key_w, height - pad)
            painter.setBrush(QColor("#ffffff"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(key_box, 4, 4)
            painter.setFont(key_font)
            painter.setPen(_TEXT)
            painter.drawText(key_box, int(Qt.AlignmentFlag.AlignCenter), key)
            painter.setFont(text_font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(x + key_w + pad / 2, strip.top(), text_w + pad, height),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
            x += key_w + text_w + 3 * pad

    def _paint_flash(self, painter: QPainter) -> None:
        painter.setFont(self._font(2.2, bold=True))
        metrics = QFontMetricsF(painter.font())
        width = min(self.width() - 40.0, metrics.horizontalAdvance(self.flash_text) + 60)
        height = metrics.height() + 36
        box = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setPen(QPen(QColor("#ffffff"), 3))
        painter.setBrush(self.flash_color)
        painter.drawRoundedRect(box, 12, 12)
        painter.setPen(QColor("#ffffff") if self.flash_color.lightnessF() < 0.62 else _TEXT)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.flash_text)
