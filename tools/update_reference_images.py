"""Re-render tests/data/reference_images/*.png from the bundled sample (after an intended drawing change).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/update_reference_images.py — then look at every image.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jcloud_desk.paths import default_sample_path  # noqa: E402
from jcloud_desk.services.project_service import ProjectService  # noqa: E402
from jcloud_desk.ui.export.diagram_export import DiagramExporter  # noqa: E402
from jcloud_desk.ui.export.headless import diagram_font, ensure_application  # noqa: E402

OUT = ROOT / "tests" / "data" / "reference_images"
DPI = 60


def reference_name(index: int) -> str:
    """File name of the reference image of the index-th sample process."""
    return f"sample_process_{index + 1}.png"


def main() -> None:
    """Render every sample process at DPI with verdict colours on."""
    ensure_application()
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        OUT.mkdir(parents=True, exist_ok=True)
        for index, process in enumerate(opened.project.processes()):
            image = DiagramExporter(opened.project, process.id, diagram_font(), show_verdicts=True).render_image(DPI)
            image.save(str(OUT / reference_name(index)))
            print(f"{reference_name(index)}: {process.name} {image.width()}x{image.height()}")
    finally:
        opened.close()


if __name__ == "__main__":
    main()
