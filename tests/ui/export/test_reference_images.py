"""Each sample process renders like its stored reference image (tools/update_reference_images.py writes them;
look at them after any intended drawing change). Tolerance: same size, ≤ 0.5 % of pixels differ noticeably."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.export.diagram_export import DiagramExporter
from jcloud_desk.ui.export.headless import diagram_font

REFERENCES = Path(__file__).resolve().parents[2] / "data" / "reference_images"
DPI = 60
TOLERANCE = 0.005  # share of sampled pixels allowed to differ (font hinting); no verdict colours: 2–4 %


def _differing_share(a: QImage, b: QImage, threshold: int = 48) -> float:
    """Share of pixels whose RGB differs by more than ``threshold`` in any channel (sampled on a grid)."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    total = differing = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            total += 1
            if any(abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) > threshold for s in (0, 8, 16)):
                differing += 1
    return differing / total if total else 0.0


def _processes() -> list[tuple[int, str]]:
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        return [(i, p.id) for i, p in enumerate(opened.project.processes())]
    finally:
        opened.close()


@pytest.mark.parametrize(("index", "process_id"), _processes())
def test_sample_process_matches_reference(index: int, process_id: str, qapp: object) -> None:
    reference = QImage(str(REFERENCES / f"sample_process_{index + 1}.png"))
    assert not reference.isNull(), "run tools/update_reference_images.py and look at the images"
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        image = DiagramExporter(opened.project, process_id, diagram_font(), show_verdicts=True).render_image(DPI)
    finally:
        opened.close()
    assert (image.width(), image.height()) == (reference.width(), reference.height())
    share = _differing_share(image, reference)
    assert share <= TOLERANCE, f"{share:.2%} of pixels differ from the reference"
    blank = QImage(image.size(), QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    assert _differing_share(image, blank) > 0.05, "the drawing is (nearly) blank"


def test_the_comparison_notices_a_changed_drawing(qapp: object) -> None:
    """Guard: rendering without the verdict colours must not pass as the reference."""
    index, process_id = _processes()[0]
    reference = QImage(str(REFERENCES / f"sample_process_{index + 1}.png"))
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        image = DiagramExporter(opened.project, process_id, diagram_font(), show_verdicts=False).render_image(DPI)
    finally:
        opened.close()
    assert _differing_share(image, reference) > TOLERANCE
