"""Printing and images: PNG labels at 150/300 dpi are drawn at the scale of the diagram (never clipped), print
preview text has the size it has in the PDF report. Measured on the pixels and on the printed PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.export.diagram_export import SCENE_DPI, DiagramExporter
from jcloud_desk.ui.export.diagram_pages import plan_for
from jcloud_desk.ui.export.headless import diagram_font
from jcloud_desk.ui.export.pdf_pages import PageCanvas
from jcloud_desk.ui.export.pdf_report import print_diagrams

BOXED = (StepKind.TASK, StepKind.MANUAL_TASK, StepKind.SYSTEM_TASK)
DARK = 70  # grey level of label ink (theme.TEXT is ~40; fills, badges and step numbers are lighter)


def _ink_box(gray: QImage, rect: QRectF) -> QRectF | None:
    """Bounding box (pixels) of the dark pixels inside ``rect``."""
    data = bytes(gray.constBits())
    line = gray.bytesPerLine()
    left, top = max(0, int(rect.left())), max(0, int(rect.top()))
    right, bottom = min(gray.width(), int(rect.right())), min(gray.height(), int(rect.bottom()))
    table = bytes(1 if value < DARK else 0 for value in range(256))
    xs: list[int] = []
    ys: list[int] = []
    for y in range(top, bottom):
        row = data[y * line + left:y * line + right].translate(table)
        first = row.find(1)
        if first >= 0:
            xs += [left + first, left + row.rfind(1)]
            ys.append(y)
    if not ys:
        return None
    return QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def _label_boxes(project: Project, process_name: str, dpi: int) -> dict[str, tuple[QRectF, QRectF]]:
    """Step id → (label ink box, step shape) in scene units for every boxed step with a label."""
    process = project.process_named(process_name)
    assert process is not None
    exporter = DiagramExporter(project, process.id, diagram_font())
    image = exporter.render_image(dpi).convertToFormat(QImage.Format.Format_Grayscale8)
    source = exporter.source_rect
    scale = dpi / SCENE_DPI
    boxes: dict[str, tuple[QRectF, QRectF]] = {}
    for step_id, item in exporter.scene.step_items.items():
        if project.step[step_id].kind not in BOXED or not project.step[step_id].label:
            continue
        shape = item.mapRectToScene(item.shape_rect)
        # inside the rounded border, in image coordinates
        inner = shape.adjusted(4.5, 4.5, -4.5, -4.5).translated(-source.left(), -source.top())
        ink = _ink_box(image, QRectF(inner.left() * scale, inner.top() * scale, inner.width() * scale,
                                     inner.height() * scale))
        assert ink is not None, f"no label drawn in {project.step[step_id].label!r} at {dpi} dpi"
        boxes[step_id] = (QRectF(ink.left() / scale + source.left(), ink.top() / scale + source.top(),
                                 ink.width() / scale, ink.height() / scale), shape)
    return boxes


@pytest.mark.parametrize("dpi", [150, 300])
def test_png_labels_keep_the_diagram_scale_and_stay_inside_their_step(sample: Project, dpi: int,
                                                                      qapp: object) -> None:
    # the reference at twice the scene's resolution: at 96 dpi the thin strokes of a label in the small badge
    # font (a long one, below the step number) stay lighter than DARK and its ink box comes out too narrow
    reference = _label_boxes(sample, "転入届", 192)
    measured = _label_boxes(sample, "転入届", dpi)
    assert measured.keys() == reference.keys() and len(measured) >= 15
    for step_id, (ink, shape) in measured.items():
        label = sample.step[step_id].label
        text_area = shape.adjusted(6, 4, -6, -4)  # where StepItem lays the label out
        # not clipped: the ink ends inside the label area with room to spare on at least one side each way
        assert text_area.adjusted(-1, -1, 1, 1).contains(ink), (label, dpi, ink, text_area)
        assert ink.width() < text_area.width() - 1 or ink.height() < text_area.height() - 1, (label, dpi)
        # scaled once: the text bounds (in diagram units) of 192 dpi — as many lines (height), about as wide
        # (hinting moves a glyph or two); text scaled twice would be 1.5–3 times larger and wrap elsewhere
        base = reference[step_id][0]
        assert abs(ink.width() - base.width()) <= 8 and abs(ink.height() - base.height()) <= 3, (
            label, dpi, ink, base)


def test_png_carries_its_resolution(sample: Project, tmp_path: Path, qapp: object) -> None:
    process = sample.process_named("転出届")
    assert process is not None
    out = DiagramExporter(sample, process.id, diagram_font()).write_png(tmp_path / "a.png", 300)
    image = QImage(str(out))
    assert round(image.dotsPerMeterX() * 0.0254) == 300


def _word_heights(pdf: Path) -> dict[str, list[float]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    heights: dict[str, list[float]] = {}
    for line in html.splitlines():
        if "<word " not in line:
            continue
        attrs = dict(part.split("=", 1) for part in line.split("<word ", 1)[1].split(">")[0].split())
        word = line.split(">", 1)[1].split("<", 1)[0]
        heights.setdefault(word, []).append(float(attrs["yMax"].strip('"')) - float(attrs["yMin"].strip('"')))
    return heights


def _a3_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    return printer


def test_printed_text_has_its_point_size(sample: Project, tmp_path: Path, qapp: object) -> None:
    """A 1200-dpi printer (the preview's) prints the 8 pt page number at 8 pt and labels at 9.5 pt × scale."""
    process = sample.process_named("転入届")
    assert process is not None
    out = tmp_path / "printed.pdf"
    printer = _a3_printer(out)
    assert printer.resolution() > 300
    print_diagrams(printer, sample, [process.id], diagram_font())
    heights = _word_heights(out)
    page_number = max(heights["1"])  # 「- 1 -」, the largest "1" (others are step numbers and badges)
    assert 5 <= page_number <= 12, heights["1"]
    probe = PageCanvas(_a3_printer(tmp_path / "probe.pdf"), "", diagram_font())
    scale = plan_for(probe, DiagramExporter(sample, process.id, diagram_font())).scale
    probe.finish()
    label = heights["記録"]  # second line of 「届出書受付・届出日を記録」
    assert all(0.7 * 9.5 * scale <= h <= 1.6 * 9.5 * scale for h in label), (label, scale)


def test_print_preview_paints_pages_at_96_dpi(sample: Project, qtbot: object, tmp_path: Path) -> None:
    process = sample.process_named("転入届")
    assert process is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    painted: list[int] = []

    def paint(device: QPrinter) -> None:
        print_diagrams(device, sample, [process.id], diagram_font())
        painted.append(device.resolution())

    preview.paintRequested.connect(paint)
    preview.updatePreview()
    assert painted == [96]
    probe = PageCanvas(_a3_printer(tmp_path / "probe.pdf"), "", diagram_font())
    pages = plan_for(probe, DiagramExporter(sample, process.id, diagram_font())).pages
    probe.finish()
    assert preview.pageCount() == pages >= 1
