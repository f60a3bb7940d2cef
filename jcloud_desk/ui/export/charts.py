"""Stacked verdict bars painted with QPainter: shared by the dashboard widget and the PDF report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.ui import theme

VERDICT_ORDER = (Verdict.FIT, Verdict.FIT_CONFIG, Verdict.FIT_OPTION, Verdict.PARTIAL, Verdict.GAP,
                 Verdict.OUT_OF_SCOPE, Verdict.UNASSESSED)


def paint_legend(painter: QPainter, rect: QRectF, labels: Sequence[str], font: QFont) -> float:
    """Colour swatches with labels in one or more rows; returns the height used."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    x, y = rect.left(), rect.top()
    row_h = metrics.height() + 4
    for verdict, label in zip(VERDICT_ORDER, labels, strict=False):
        width = 14 + 4 + metrics.horizontalAdvance(label) + 14
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + row_h
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.VERDICT_COLORS[verdict])
        painter.drawRect(QRectF(x, y + (row_h - 12) / 2, 14, 12))
        painter.setPen(theme.TEXT)
        painter.drawText(QRectF(x + 18, y, width, row_h), int(Qt.AlignmentFlag.AlignVCenter), label)
        x += width
    painter.restore()
    return y + row_h - rect.top()


def paint_verdict_bars(painter: QPainter, rect: QRectF, rows: Sequence[tuple[str, Sequence[int]]],
                       font: QFont, bar_height: float = 22.0, total_format: str = "{n}") -> float:
    """One horizontal 100 % bar per row (name, counts in VERDICT_ORDER); returns the height used.

    ``total_format`` renders the row total (e.g. 「{n} 件」, translated by the caller)."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    name_w = min(rect.width() * 0.32, max((metrics.horizontalAdvance(n) for n, _ in rows), default=0) + 12)
    count_w = metrics.horizontalAdvance(total_format.format(n=9999)) + 10
    bar_w = max(10.0, rect.width() - name_w - count_w)
    y = rect.top()
    for name, counts in rows:
        total = sum(counts)
        painter.setPen(theme.TEXT)
        painter.drawText(QRectF(rect.left(), y, name_w - 6, bar_height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_w - 6))
        x = rect.left() + name_w
        for verdict, count in zip(VERDICT_ORDER, counts, strict=False):
            if total and count:
                w = bar_w * count / total
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.VERDICT_COLORS[verdict])
                painter.drawRect(QRectF(x, y + 3, w, bar_height - 6))
                if w > metrics.horizontalAdvance(str(count)) + 4:
                    painter.setPen(QColor("white") if verdict not in (Verdict.UNASSESSED,) else theme.TEXT)
                    painter.drawText(QRectF(x, y, w, bar_height), int(Qt.AlignmentFlag.AlignCenter), str(count))
                x += w
        painter.setPen(QPen(theme.GRID_LINE, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(rect.left() + name_w, y + 3, bar_w, bar_height - 6))
        painter.setPen(theme.TEXT)
        painter.drawText(QRectF(rect.left() + name_w + bar_w + 6, y, count_w, bar_height),
                         int(Qt.AlignmentFlag.AlignVCenter), total_format.format(n=total))
        y += bar_height
    painter.restore()
    return y - rect.top()
