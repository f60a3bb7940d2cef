"""Screenshots of the catalogue import dialog with a two-sheet workbook (機能要件 + 帳票要件) on a simulated screen.

Usage: .venv/bin/python tools/screenshot_catalog_import.py WIDTH HEIGHT OUT_DIR   (e.g. 1366 768 /tmp/shots)

It runs on an offscreen screen of WIDTH×HEIGHT (set before Qt loads), writes a workbook from the bundled catalogue
(197 機能, sheet 「機能要件」) and 帳票一覧 (10 帳票, sheet 「帳票要件」), opens the dialog as the window would
(Japanese UI) and saves ``import_functions.png``, ``import_forms.png`` (the 帳票 tab) and
``import_forms_problems.png`` (帳票ID unmapped), prefixed with the size.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_workbook(path: Path) -> Path:
    """The bundled catalogue and 帳票一覧 as the two sheets of one workbook."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    catalogs = ROOT / "resources" / "catalogs"
    for title, name in (("機能要件", "juki-std-v1-ch3.csv"), ("帳票要件", "juki-std-v1-ch3-forms.csv")):
        sheet = workbook.create_sheet(title)
        with (catalogs / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                sheet.append(row)
    workbook.save(path)
    return path


def _shoot(width: int, height: int, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtTest import QTest

    from jcloud_desk.services.settings import Settings
    from jcloud_desk.ui.app import create_application
    from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JCLOUD_DESK_CONFIG_DIR"] = folder
        app = create_application(["screenshot"], Settings(language="ja"))
        path = write_workbook(Path(folder) / "住民記録_機能・帳票要件.xlsx")
        dialog = CatalogImportDialog(None, path)
        dialog.show()
        QTest.qWait(200)
        screen = app.primaryScreen().availableGeometry()
        frame = dialog.frameGeometry()
        print(f"screen {screen.width()}x{screen.height()}, dialog {frame.width()}x{frame.height()}, "
              f"preview rows visible: functions table height {dialog.table.viewport().height()} px")
        dialog.grab().save(str(out / f"{width}x{height}_import_functions.png"))
        dialog.sheet_tabs.setCurrentIndex(1)
        QTest.qWait(100)
        dialog.grab().save(str(out / f"{width}x{height}_import_forms.png"))
        dialog.form_columns.fields["title"].setCurrentIndex(dialog.form_columns.fields["title"].findData("帳票概要"))
        dialog.form_columns.fields["code"].setCurrentIndex(0)  # unmapped: the problem list appears
        QTest.qWait(100)
        dialog.grab().save(str(out / f"{width}x{height}_import_forms_problems.png"))
        dialog.close()
    print(f"wrote {out}")


def main() -> int:
    """Simulate the screen, then take the shots."""
    width, height, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        _shoot(width, height, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
