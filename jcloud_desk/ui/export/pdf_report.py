"""PdfReport: the Fit&Gap report as PDF — cover, summary with chart, every process diagram fitted to
A4/A3 landscape (tiled over several pages when too large to read), the ledger tables and, when a To-Be was
copied from another process, the As-Is → To-Be differences. Fonts embedded."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from jcloud_desk.domain.layout import LANE_HEADER
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_model import ReportData
from jcloud_desk.ui import theme
from jcloud_desk.ui.export.charts import paint_legend, paint_verdict_bars
from jcloud_desk.ui.export.diagram_export import DiagramExporter

translate = QCoreApplication.translate
DPI = 96
MIN_DIAGRAM_SCALE = 0.55  # below this, labels get too small on paper: tile the diagram


class _Pages:
    """A painter on a PDF writer or printer with page numbers and a running title."""

    def __init__(self, writer: QPagedPaintDevice, title: str, font: QFont) -> None:
        self.writer, self.title, self.font = writer, title, font
        self.painter = QPainter(writer)
        self.number = 1
        scale = writer.logicalDpiX() / DPI
        if abs(scale - 1.0) > 0.01:  # printers: draw in 96-dpi units like the PDF
            self.painter.scale(scale, scale)
        self.rect = QRectF(0, 0, writer.width() / scale, writer.height() / scale)
        self.body = self.rect.adjusted(0, 28, 0, -28)
        self._decorate()

    def _decorate(self) -> None:
        p = self.painter
        small = QFont(self.font)
        small.setPointSizeF(8)
        p.setFont(small)
        p.setPen(theme.TEXT)
        p.drawText(
            QRectF(self.rect.left(), self.rect.top(), self.rect.width(), 20),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        p.drawText(
            QRectF(self.rect.left(), self.rect.bottom() - 20, self.rect.width(), 20),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            f"- {self.number} -",
        )

    def new_page(self) -> None:
        self.writer.newPage()
        self.number += 1
        self._decorate()

    def finish(self) -> None:
        self.painter.end()


def _heading(pages: _Pages, text: str, y: float) -> float:
    font = QFont(pages.font)
    font.setPointSizeF(14)
    font.setBold(True)
    pages.painter.setFont(font)
    pages.painter.setPen(theme.TEXT)
    height = QFontMetricsF(font).height() + 8
    pages.painter.drawText(
        QRectF(pages.body.left(), y, pages.body.width(), height),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text,
    )
    return y + height


def _table(
    pages: _Pages, title: str, headers: Sequence[str], widths: Sequence[float], rows: Sequence[Sequence[str]]
) -> None:
    """A table with wrapped cells; the header repeats on every page."""
    p = pages.painter
    font = QFont(pages.font)
    font.setPointSizeF(7.5)
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(font)
    total = sum(widths)
    cols = [pages.body.width() * w / total for w in widths]
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)

    def row_height(cells: Sequence[str]) -> float:
        return (
            max(
                metrics.boundingRect(QRectF(0, 0, w - 6, 10_000), flags, c).height()
                for c, w in zip(cells, cols, strict=False)
            )
            + 6
        )

    def draw_row(cells: Sequence[str], y: float, height: float, header: bool) -> None:
        x = pages.body.left()
        p.setFont(bold if header else font)
        for cell, w in zip(cells, cols, strict=False):
            r = QRectF(x, y, w, height)
            p.setPen(QPen(theme.GRID_LINE, 0.5))
            p.setBrush(theme.HEADER_FILL if header else Qt.BrushStyle.NoBrush)
            p.drawRect(r)
            p.setPen(theme.TEXT)
            p.drawText(r.adjusted(3, 3, -3, -3), flags, cell)
            x += w

    y = _heading(pages, title, pages.body.top())
    header_h = row_height(headers)
    draw_row(headers, y, header_h, True)
    y += header_h
    for cells in rows:
        height = min(row_height(cells), pages.body.height() / 2)
        if y + height > pages.body.bottom():
            pages.new_page()
            y = _heading(pages, title + translate("PdfReport", " (continued)"), pages.body.top())
            draw_row(headers, y, header_h, True)
            y += header_h
        draw_row(cells, y, height, False)
        y += height


def _diagram_pages(pages: _Pages, project: Project, process_id: str, font: QFont) -> None:
    exporter = DiagramExporter(project, process_id, font, show_verdicts=True)
    source = exporter.source_rect
    title = project.process[process_id].name
    area = QRectF(pages.body.left(), pages.body.top() + 34, pages.body.width(), pages.body.height() - 34)
    scale = min(area.width() / source.width(), area.height() / source.height())
    cols = rows = 1
    if scale < MIN_DIAGRAM_SCALE:
        cols = math.ceil(source.width() * MIN_DIAGRAM_SCALE / area.width())
        rows = math.ceil(source.height() * MIN_DIAGRAM_SCALE / area.height())
    tile_w, tile_h = source.width() / cols, source.height() / rows
    overlap = 40.0  # scene px repeated at tile edges so a step cut by one tile appears whole in the next
    header_w = LANE_HEADER - source.left()
    count = cols * rows
    for row in range(rows):
        for col in range(cols):
            index = row * cols + col + 1
            label = title if count == 1 else translate("PdfReport", "{name} (part {i} of {n})").format(
                name=title, i=index, n=count)
            _heading(pages, label, pages.body.top())
            left = source.left() + col * tile_w - (overlap if col else 0)
            top = source.top() + row * tile_h - (overlap if row else 0)
            tile = QRectF(left, top, tile_w + (overlap if col else 0), tile_h + (overlap if row else 0))
            tile = tile.intersected(source)
            target = QRectF(area)
            if col:  # repeat the lane names on every tile so each page reads on its own
                tile_scale = min(area.width() / (tile.width() + header_w), area.height() / tile.height())
                strip = QRectF(source.left(), tile.top(), header_w, tile.height())
                strip_target = QRectF(area.left(), area.top(), header_w * tile_scale, tile.height() * tile_scale)
                exporter.scene.render(pages.painter, strip_target, strip, Qt.AspectRatioMode.IgnoreAspectRatio)
                target = QRectF(strip_target.right(), area.top(), tile.width() * tile_scale,
                                tile.height() * tile_scale)
            exporter.scene.render(pages.painter, target, tile, Qt.AspectRatioMode.KeepAspectRatio)
            if index < count:
                pages.new_page()


def print_diagrams(device: QPagedPaintDevice, project: Project, process_ids: list[str], font: QFont) -> None:
    """Paint the given processes on a printer (or any paged device), tiled like the PDF report."""
    pages = _Pages(device, project.meta.name, font)
    for index, process_id in enumerate(process_ids):
        if index:
            pages.new_page()
        _diagram_pages(pages, project, process_id, font)
    pages.finish()


def write_pdf_report(project: Project, data: ReportData, path: Path, font: QFont, paper: str = "A4") -> Path:
    """Write the whole report; ``paper`` is 'A4' or 'A3' (landscape)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp.pdf")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    size = QPageSize(QPageSize.PageSizeId.A3 if paper.upper() == "A3" else QPageSize.PageSizeId.A4)
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(data.title)
    writer.setCreator("jcloud_desk")
    pages = _Pages(writer, data.title, font)
    p = pages.painter
    # cover
    big = QFont(font)
    big.setPointSizeF(26)
    big.setBold(True)
    p.setFont(big)
    p.drawText(
        QRectF(pages.body.left(), pages.body.top() + pages.body.height() * 0.25, pages.body.width(), 80),
        int(Qt.AlignmentFlag.AlignCenter),
        data.title,
    )
    normal = QFont(font)
    normal.setPointSizeF(13)
    p.setFont(normal)
    lines = [
        translate("PdfReport", "Municipality: {m}").format(m=data.municipality or "—"),
        translate("PdfReport", "Business: {b}").format(b=data.business or "—"),
        translate("PdfReport", "Date: {d}").format(d=data.generated_at),
    ]
    p.drawText(
        QRectF(pages.body.left(), pages.body.top() + pages.body.height() * 0.45, pages.body.width(), 120),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
        "\n".join(lines),
    )
    # summary
    pages.new_page()
    y = _heading(pages, translate("PdfReport", "Summary: verdicts per process"), pages.body.top())
    chart_font = QFont(font)
    chart_font.setPointSizeF(9)
    y += paint_legend(p, QRectF(pages.body.left(), y, pages.body.width(), 60), data.verdicts, chart_font) + 6
    rows = [(line.process, line.counts) for line in data.summary]
    y += (
        paint_verdict_bars(
            p,
            QRectF(pages.body.left(), y, pages.body.width(), pages.body.height()),
            rows,
            chart_font,
            26,
            translate("PdfReport", "{n} steps"),
        )
        + 14
    )
    p.setFont(chart_font)
    facts = [
        translate("PdfReport", "Customizations: {n}").format(n=len(data.customizations)),
        translate("PdfReport", "Mandatory items no step references: {n}").format(n=len(data.unreferenced)),
    ]
    for line in data.summary:
        rate = "—" if line.fit_rate is None else f"{line.fit_rate * 100:.0f}%"
        facts.append(translate("PdfReport", "{process}: fit rate {rate}").format(process=line.process, rate=rate))
    p.drawText(
        QRectF(pages.body.left(), y, pages.body.width(), pages.body.bottom() - y),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        "\n".join(facts),
    )
    # diagrams
    for process in project.processes():
        pages.new_page()
        _diagram_pages(pages, project, process.id, font)
    # tables
    pages.new_page()
    _table(
        pages,
        translate("PdfReport", "Fit&Gap ledger"),
        [
            translate("PdfReport", str(h))
            for h in (
                QT_TRANSLATE_NOOP("PdfReport", "Process"),
                QT_TRANSLATE_NOOP("PdfReport", "Lane"),
                QT_TRANSLATE_NOOP("PdfReport", "Step"),
                QT_TRANSLATE_NOOP("PdfReport", "Function ID"),
                QT_TRANSLATE_NOOP("PdfReport", "Function"),
                QT_TRANSLATE_NOOP("PdfReport", "Class"),
                QT_TRANSLATE_NOOP("PdfReport", "Verdict"),
                QT_TRANSLATE_NOOP("PdfReport", "Resolution"),
                QT_TRANSLATE_NOOP("PdfReport", "Rationale"),
                QT_TRANSLATE_NOOP("PdfReport", "Owner"),
                QT_TRANSLATE_NOOP("PdfReport", "Due"),
            )
        ],
        [8, 7, 12, 8, 14, 6, 6, 8, 16, 6, 6],
        [
            (
                r.process,
                r.lane,
                f"{r.step_no} {r.step}".strip(),
                r.item_code,
                r.item_title,
                r.impl_class,
                r.verdict,
                r.resolution,
                r.rationale,
                r.owner,
                r.due_on,
            )
            for r in data.ledger
        ],
    )
    pages.new_page()
    _table(
        pages,
        translate("PdfReport", "Customizations"),
        [
            translate("PdfReport", str(h))
            for h in (
                QT_TRANSLATE_NOOP("PdfReport", "Process"),
                QT_TRANSLATE_NOOP("PdfReport", "Lane"),
                QT_TRANSLATE_NOOP("PdfReport", "Step"),
                QT_TRANSLATE_NOOP("PdfReport", "Reasons"),
                QT_TRANSLATE_NOOP("PdfReport", "Function ID"),
                QT_TRANSLATE_NOOP("PdfReport", "Resolution"),
                QT_TRANSLATE_NOOP("PdfReport", "Justification"),
                QT_TRANSLATE_NOOP("PdfReport", "Decision"),
            )
        ],
        [8, 7, 12, 14, 10, 8, 22, 6],
        [
            (c.process, c.lane, c.step, c.reasons, c.item_codes, c.resolution, c.justification, c.decision)
            for c in data.customizations
        ],
    )
    pages.new_page()
    _table(
        pages,
        translate("PdfReport", "Mandatory items no step references"),
        [
            translate("PdfReport", str(h))
            for h in (
                QT_TRANSLATE_NOOP("PdfReport", "Function ID"),
                QT_TRANSLATE_NOOP("PdfReport", "Function"),
                QT_TRANSLATE_NOOP("PdfReport", "Chapter"),
                QT_TRANSLATE_NOOP("PdfReport", "Requirement"),
            )
        ],
        [10, 16, 20, 40],
        [(u.code, u.title, u.path, u.requirement) for u in data.unreferenced],
    )
    if data.diff:
        pages.new_page()
        _table(
            pages,
            translate("PdfReport", "Differences (As-Is → To-Be)"),
            [
                translate("PdfReport", str(h))
                for h in (
                    QT_TRANSLATE_NOOP("PdfReport", "As-Is process"),
                    QT_TRANSLATE_NOOP("PdfReport", "To-Be process"),
                    QT_TRANSLATE_NOOP("PdfReport", "Change"),
                    QT_TRANSLATE_NOOP("PdfReport", "Step"),
                    QT_TRANSLATE_NOOP("PdfReport", "Before"),
                    QT_TRANSLATE_NOOP("PdfReport", "After"),
                )
            ],
            [10, 10, 8, 18, 16, 16],
            [(d.process_from, d.process_to, d.change, d.step, d.before, d.after) for d in data.diff],
        )
    if data.forms:
        pages.new_page()
        _table(
            pages,
            translate("PdfReport", "Forms (standard forms and forms used today)"),
            [
                translate("PdfReport", str(h))
                for h in (
                    QT_TRANSLATE_NOOP("PdfReport", "Form ID"),
                    QT_TRANSLATE_NOOP("PdfReport", "Standard form"),
                    QT_TRANSLATE_NOOP("PdfReport", "Class"),
                    QT_TRANSLATE_NOOP("PdfReport", "Steps using it"),
                    QT_TRANSLATE_NOOP("PdfReport", "Form used today"),
                    QT_TRANSLATE_NOOP("PdfReport", "Difference"),
                    QT_TRANSLATE_NOOP("PdfReport", "Route"),
                )
            ],
            [9, 14, 9, 18, 14, 10, 12],
            [(f.code, f.title, f.impl_class, f.steps, f.current, f.difference, f.route) for f in data.forms],
        )
    pages.finish()
    tmp.replace(path)
    return path


def write_minutes_pdf(project: Project, path: Path, font: QFont) -> Path:
    """The workshop minutes (決定事項, 宿題, コメント) as an A4 landscape PDF."""
    from jcloud_desk.domain.workshop import NoteKind
    from jcloud_desk.io.reports.minutes_xlsx import HEADERS, SHEETS, minutes_rows

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp.pdf")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    title = translate("PdfReport", "{name} workshop minutes").format(name=project.meta.name)
    writer.setTitle(title)
    writer.setCreator("jcloud_desk")
    pages = _Pages(writer, title, font)
    widths = {NoteKind.DECISION: [10, 12, 40, 8, 8], NoteKind.ACTION: [10, 12, 30, 8, 7, 6, 8, 8],
              NoteKind.COMMENT: [10, 12, 40, 8, 8]}
    for index, kind in enumerate(SHEETS):
        if index:
            pages.new_page()
        _table(pages, SHEETS[kind], HEADERS[kind], widths[kind], minutes_rows(project, kind))
    pages.finish()
    tmp.replace(path)
    return path
