"""PageCanvas: a painter on a PDF writer or printer in 96-dpi units, with running title, page numbers,
headings and wrapped tables (header repeated on every page, cells optionally colour-coded)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from jcloud_desk.ui import theme

translate = QCoreApplication.translate
DPI = 96
#: Colours a table cell by its text (None: no fill), e.g. a verdict column.
CellFill = Callable[[int, str], QColor | None]


class PageCanvas:
    """Pages of one document; ``body`` is the area between running title and page number."""

    def __init__(self, writer: QPagedPaintDevice, title: str, font: QFont) -> None:
        self.writer, self.title, self.font = writer, title, font
        if isinstance(writer, QPrinter):
            # Draw in 96-dpi units, like the PDF. A 1200-dpi printer would resolve every point-sized font at
            # 1200 dpi, and scaling the painter on top of that drew text 12.5 times too large (print preview).
            writer.setResolution(DPI)
        self.painter = QPainter(writer)
        self.number = 1
        self.rect = QRectF(0, 0, writer.width(), writer.height())
        self.body = self.rect.adjusted(0, 28, 0, -28)
        self._decorate()

    def _decorate(self) -> None:
        p = self.painter
        small = QFont(self.font)
        small.setPointSizeF(8)
        p.setFont(small)
        p.setPen(theme.TEXT)
        p.drawText(QRectF(self.rect.left(), self.rect.top(), self.rect.width(), 20),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.title)
        p.drawText(QRectF(self.rect.left(), self.rect.bottom() - 20, self.rect.width(), 20),
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), f"- {self.number} -")

    def new_page(self) -> None:
        """Start the next page (title and number drawn)."""
        self.writer.newPage()
        self.number += 1
        self._decorate()

    def finish(self) -> None:
        """End painting."""
        self.painter.end()

    def font_of(self, size: float, bold: bool = False) -> QFont:
        """The document font at ``size`` points."""
        font = QFont(self.font)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def heading(self, text: str, y: float | None = None) -> float:
        """A bold heading at ``y`` (default: top of the body); returns the y below it."""
        top = self.body.top() if y is None else y
        font = self.font_of(14, bold=True)
        self.painter.setFont(font)
        self.painter.setPen(theme.TEXT)
        height = QFontMetricsF(font).height() + 8
        self.painter.drawText(QRectF(self.body.left(), top, self.body.width(), height),
                              int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        return top + height

    def paragraph(self, text: str, y: float, size: float = 9.5) -> float:
        """Wrapped text across the body; returns the y below it."""
        font = self.font_of(size)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        rect = QRectF(self.body.left(), y, self.body.width(), max(1.0, self.body.bottom() - y))
        used = QFontMetricsF(font).boundingRect(rect, flags, text)
        self.painter.setFont(font)
        self.painter.setPen(theme.TEXT)
        self.painter.drawText(rect, flags, text)
        return y + used.height() + 6

    def table(self, title: str, headers: Sequence[str], widths: Sequence[float],
              rows: Sequence[Sequence[str]], fill: CellFill | None = None, empty_text: str = "",
              top: float | None = None) -> float:
        """A table with wrapped cells under its heading at ``top`` (default: top of the body); the header row
        repeats on every page. Returns the y below the table.

        Without rows it shows ``empty_text`` (default 「記録はありません」) under the heading instead of an
        empty grid."""
        p = self.painter
        font = self.font_of(7.5)
        bold = self.font_of(7.5, bold=True)
        metrics = QFontMetricsF(font)
        total = sum(widths)
        cols = [self.body.width() * w / total for w in widths]
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)

        def row_height(cells: Sequence[str]) -> float:
            return max(metrics.boundingRect(QRectF(0, 0, w - 6, 10_000), flags, c).height()
                       for c, w in zip(cells, cols, strict=False)) + 6

        def draw_row(cells: Sequence[str], y: float, height: float, header: bool) -> None:
            x = self.body.left()
            p.setFont(bold if header else font)
            for index, (cell, w) in enumerate(zip(cells, cols, strict=False)):
                r = QRectF(x, y, w, height)
                color = None if header or fill is None else fill(index, cell)
                p.setPen(QPen(theme.GRID_LINE, 0.5))
                p.setBrush(theme.HEADER_FILL if header else (color if color is not None
                                                              else Qt.BrushStyle.NoBrush))
                p.drawRect(r)
                p.setPen(theme.TEXT)
                p.drawText(r.adjusted(3, 3, -3, -3), flags, cell)
                x += w

        y = self.heading(title, top)
        if not rows:
            return self.paragraph(empty_text or translate("PdfReport", "No records."), y + 4)
        header_h = row_height(headers)
        draw_row(headers, y, header_h, True)
        y += header_h
        for cells in rows:
            height = min(row_height(cells), self.body.height() / 2)
            if y + height > self.body.bottom():
                self.new_page()
                y = self.heading(title + translate("PdfReport", " (continued)"))
                draw_row(headers, y, header_h, True)
                y += header_h
            draw_row(cells, y, height, False)
            y += height
        return y
