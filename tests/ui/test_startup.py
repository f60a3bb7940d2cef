"""`jcloud-desk --exit-after-paint [PROJECT]` and what the start-up imports (whole processes, offscreen)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "sample_projects").glob("*.jcdesk"))

#: Modules the first frame does not need: reading/writing Excel, PDF/print output, BPMN, graph layout engines.
DEFERRED = ("openpyxl", "reportlab", "PySide6.QtPrintSupport", "jcloud_desk.ui.export.pdf_report",
            "jcloud_desk.io.reports.report_xlsx", "jcloud_desk.io.forms.vendor_sheet", "jcloud_desk.io.bpmn",
            "pygraphviz", "matplotlib", "pandas")
#: Imported when first used: the docks behind another tab at a first start (built when first shown), the dialogs
#: of the menus, exports and merges, and what sqlite-utils imports for its own command line only.
WHEN_USED = (*(f"jcloud_desk.ui.docks.{name}" for name in (
                 "fitgap_dock", "links_panel", "catalog_dock", "history_dock", "ledger_dock", "dashboard_dock",
                 "notes_dock", "harmonization_dock", "current_forms_dock", "vendor_dock", "option_decisions_dock",
                 "review_dock")),
             *(f"jcloud_desk.ui.dialogs.{name}" for name in (
                 "about_dialog", "settings_dialog", "shortcuts_dialog", "diff_dialog", "flow_import_dialog",
                 "merge_dialog", "prefill_dialog",
                 "thesaurus_dialog", "municipalities_dialog", "process_settings_dialog", "project_settings_dialog")),
             "jcloud_desk.ui.export.diagram_export", "jcloud_desk.services.merge_files", "dateutil.parser",
             # a shown project is read with sqlite3: sqlite-utils waits for the first write
             "sqlite_utils", "jcloud_desk.storage.sqlite_utils_import",
             # the layout engine, the coverage analysis and the suggestion index wait for their first use
             "jcloud_desk.analysis.layout", "jcloud_desk.analysis.coverage", "jcloud_desk.services.suggest_service",
             "jcloud_desk.analysis.matching",
             # the checks run in the event-loop turn after the first frame (their dock fills then)
             "jcloud_desk.analysis.checks",
             # a plain start goes from jcloud_desk.launch to the window: the command line's parser is not built
             "jcloud_desk.cli", "jcloud_desk.cli_output", "jcloud_desk.cli_help")


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", JCLOUD_DESK_CONFIG_DIR=str(tmp_path / "config"))


def _run(arguments: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jcloud_desk", *arguments], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=180)


def _settings(tmp_path: Path) -> dict[str, object]:
    loaded = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_exit_after_paint_with_a_bundled_sample_exits_0_silently_with_it_open(sample: Path, tmp_path: Path) -> None:
    project = tmp_path / sample.name
    shutil.copy(sample, project)
    done = _run(["--exit-after-paint", str(project)], tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    # the window closed with the project open: it remembers the process that was shown
    last_process = _settings(tmp_path)["last_process"]
    assert isinstance(last_process, dict)
    assert last_process.get(str(project.resolve()))


def test_exit_after_paint_without_a_project_opens_the_working_sample(tmp_path: Path) -> None:
    done = _run(["--exit-after-paint"], tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    recent = _settings(tmp_path)["recent_files"]
    assert isinstance(recent, list) and len(recent) == 1
    assert Path(str(recent[0])).parent == tmp_path / "config" / "projects"


def test_exit_after_paint_is_a_gui_flag(tmp_path: Path) -> None:
    done = _run(["gui", "--help"], tmp_path)
    assert done.returncode == 0
    assert "--exit-after-paint" in done.stdout


def test_a_start_does_not_import_what_the_first_frame_does_not_need(tmp_path: Path) -> None:
    project = tmp_path / SAMPLES[0].name
    shutil.copy(SAMPLES[0], project)
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "jcloud_desk", "--exit-after-paint", str(project)],
                          env=_env(tmp_path), capture_output=True, text=True, timeout=180)
    assert (done.returncode, done.stdout) == (0, "")
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "jcloud_desk.ui.window.main_window" in modules and "PySide6.QtWidgets" in modules  # it did start
    loaded = sorted(m for m in modules if any(m == d or m.startswith(d + ".") for d in (*DEFERRED, *WHEN_USED)))
    assert loaded == []


def test_exit_after_paint_with_a_file_that_cannot_be_opened_exits_1_with_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jcdesk"
    broken.write_text("not a project", encoding="utf-8")
    for path in (broken, tmp_path / "missing.jcdesk"):
        done = _run(["--exit-after-paint", str(path)], tmp_path)  # the error box is closed, not waited on
        assert (done.returncode, done.stdout) == (1, "")
        error = [line for line in done.stderr.splitlines() if line.startswith("エラー: ")]
        assert len(error) == 1 and str(path) in error[0], done.stderr


GC_AFTER_START = """
import gc, sys
from jcloud_desk import cli
from jcloud_desk.ui import app

seen = []
shown = app.open_after_first_frame


def watched(qt_app, window, path, read_only=False, loaded=None):
    seen.append(gc.isenabled())  # during the start
    def then():
        seen.append(gc.isenabled())  # once the project is shown
        if loaded is not None:
            loaded()
    shown(qt_app, window, path, read_only, then)


app.open_after_first_frame = watched
code = cli.main(["gui", "--smoke", sys.argv[1]])
print(code, seen)
"""


def _last_line_of(script: str, tmp_path: Path) -> str:
    """Run ``script`` on a copy of the first sample in a fresh process; the last line it printed."""
    project = tmp_path / SAMPLES[0].name
    shutil.copy(SAMPLES[0], project)
    done = subprocess.run([sys.executable, "-c", script, str(project)], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_garbage_collection_is_off_while_the_gui_starts_and_on_once_the_project_is_shown(tmp_path: Path) -> None:
    assert _last_line_of(GC_AFTER_START, tmp_path) == "0 [False, True]"


PREPARED_AFTER_START = """
import hashlib, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from jcloud_desk.ui import app

path = Path(sys.argv[1])
before = hashlib.sha256(path.read_bytes()).hexdigest()
store = app.SettingsStore()
settings = store.load()
qt_app = app.create_application(sys.argv[:1], settings)
window = app.build_main_window(settings, store)
seen = []
app.open_after_first_frame(qt_app, window, path, loaded=lambda: seen.append("sqlite_utils" in sys.modules))
QTimer.singleShot(app.PREPARE_EDITS_AFTER_MS + 700, qt_app.quit)
qt_app.exec()
window.close()
print(seen, "sqlite_utils" in sys.modules, hashlib.sha256(path.read_bytes()).hexdigest() == before)
"""


def test_what_the_first_edit_writes_with_is_loaded_when_idle_after_the_start_without_writing(tmp_path: Path) -> None:
    # not for the first frame, loaded a moment after it, and the file is not written by it
    assert _last_line_of(PREPARED_AFTER_START, tmp_path) == "[False] True True"


#: Qt classes the first frame does not need. PySide6 creates a class (and its enums: QIcon's ThemeIcon has 151
#: members, QGradient's Preset 169) when its name is first imported or an overload check needs it; the dialogs
#: are reached at call time, buttons get their text after construction, brushes are passed as colours.
NOT_CREATED_AT_START = ("QMessageBox", "QFileDialog", "QInputDialog", "QDialogButtonBox", "QCheckBox", "QGradient",
                        "QIcon", "QTreeWidgetItemIterator")
CLASSES_AT_START = """
import sys
from PySide6 import QtCore, QtGui, QtWidgets
from jcloud_desk.ui import app

store = app.SettingsStore()
settings = store.load()
qt_app = app.create_application(sys.argv[:1], settings)
window = app.build_main_window(settings, store)
made = []
def shown():
    made.extend(name for module in (QtCore, QtGui, QtWidgets) for name, value in vars(module).items()
                if isinstance(value, type))
    qt_app.quit()
app.open_after_first_frame(qt_app, window, __import__("pathlib").Path(sys.argv[1]), loaded=shown)
qt_app.exec()
window.close()
print(sorted(set(made) & set(sys.argv[2].split())), "QMainWindow" in made, "QGraphicsView" in made)
"""


def test_the_first_frame_creates_none_of_the_qt_classes_it_does_not_need(tmp_path: Path) -> None:
    project = tmp_path / SAMPLES[0].name
    shutil.copy(SAMPLES[0], project)
    done = subprocess.run([sys.executable, "-c", CLASSES_AT_START, str(project), " ".join(NOT_CREATED_AT_START)],
                          env=_env(tmp_path), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[] True True"
