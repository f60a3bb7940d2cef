"""The Japanese translation is complete, compiled from the committed .ts, and used by the window."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from jcloud_desk.paths import resources_dir
from jcloud_desk.ui.window.main_window import MainWindow

TS = resources_dir() / "i18n" / "jcloud_desk_ja.ts"


def test_no_unfinished_translations() -> None:
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if (t := m.find("translation")) is not None and (t.get("type") == "unfinished" or not t.text)]
    assert not unfinished, f"untranslated strings (run tools/i18n.py): {unfinished}"


def test_every_tr_string_is_in_the_ts_file(tmp_path: Path) -> None:
    """lupdate over the UI sources finds no string that the committed .ts lacks."""
    ts_copy = tmp_path / "check.ts"
    ts_copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (resources_dir().parent / "jcloud_desk" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(ts_copy)], check=True, capture_output=True)
    tree = ET.parse(ts_copy)
    new = [m.findtext("source") for m in tree.iter("message")
           if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]
    assert not new, f"tr() strings missing from the .ts (run tools/i18n.py): {new}"


def test_qm_matches_ts(tmp_path: Path) -> None:
    """The committed .qm is what lrelease builds from the committed .ts."""
    built = tmp_path / "built.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/i18n.py to rebuild the .qm"


def test_window_menus_are_japanese(main_window: MainWindow) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles[0] == "ファイル(&F)"
    assert "表示(&V)" in titles
