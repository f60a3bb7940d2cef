"""GUI entry point: QApplication, translations, bundled font, composition root."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from jcloud_desk import start_trace
from jcloud_desk.paths import resources_dir
from jcloud_desk.services.errors import ProjectFileError
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore, data_dir
from jcloud_desk.ui.crash_handler import CrashHandler
from jcloud_desk.ui.labels import set_language
from jcloud_desk.ui.main_window import MainWindow
from jcloud_desk.ui.mime import CATALOG_ITEM_MIME, FRAGMENT_MIME
from jcloud_desk.ui.qt_translations import QtTranslationGaps

FONT_FAMILY_FALLBACKS = ["IPAexGothic", "IPAGothic", "Yu Gothic UI", "Meiryo UI", "Noto Sans CJK JP"]
#: Bundled font files the system may have installed already (scripts/setup.sh installs fonts-ipaexfont-gothic):
#: then they are not read again, 6 MB at every start (benchmarks/fresh_install_bench.py)
SYSTEM_FONT_FAMILIES = {"ipaexg.ttf": "IPAexGothic"}


def load_bundled_fonts() -> list[str]:
    """Register the fonts in resources/fonts the system does not have; return their family names."""
    families: list[str] = []
    installed = set(QFontDatabase.families())
    for path in sorted((resources_dir() / "fonts").glob("*.tt[fc]")):
        if SYSTEM_FONT_FAMILIES.get(path.name, "") in installed:
            families.append(SYSTEM_FONT_FAMILIES[path.name])
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and the app's translations for ``language`` ('en' = none).

    Qt's catalogue (qtbase) comes from Qt's TranslationsPath; QtTranslationGaps fills the texts it misses (the
    Qt 6 file dialog). Translators are searched newest first, so the gap filler is installed first."""
    translators: list[QTranslator] = []
    set_language(language)
    if language == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(QLocale(language), "qtbase", "_", qt_dir):
        gaps = QtTranslationGaps(qtbase, None if language == "ja" else {}, app)
        app.installTranslator(gaps)
        translators.append(gaps)
        app.installTranslator(qtbase)
        translators.append(qtbase)
    ours = QTranslator(app)
    if ours.load(QLocale(language), "jcloud_desk", "_", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def release_clipboard() -> None:
    """Drop clipboard data this process put there. PySide6 crashes at exit (SIGSEGV) while the clipboard still
    holds a QMimeData created from Python; other applications' clipboard contents are left alone."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    ours = data is not None and any(data.hasFormat(f) for f in (FRAGMENT_MIME, CATALOG_ITEM_MIME))
    if clipboard.ownsClipboard() or ours:
        clipboard.clear()


def create_application(argv: list[str], settings: Settings) -> QApplication:
    """The QApplication with fonts and translators installed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("jcloud_desk")
    app.aboutToQuit.connect(release_clipboard)
    app.setOrganizationName("jcloud_desk")
    families = load_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies([*families, *FONT_FAMILY_FALLBACKS])
    font.setPointSizeF(10.0)
    app.setFont(font)
    app._jcloud_translators = install_translators(app, settings.language)  # type: ignore[attr-defined]
    return app


def build_main_window(settings: Settings, store: SettingsStore) -> MainWindow:
    """Compose services and the window."""
    service = ProjectService(user=settings.display_user)
    return MainWindow(service, store, settings)


def startup_project(service: ProjectService, settings: Settings, requested: Path | None) -> Path | None:
    """The file to open at start: the requested one, the last one, or the user's copy of the sample."""
    if requested is not None:
        return requested
    for recent in settings.recent_files:
        if Path(recent).exists():
            return Path(recent)
    try:
        return service.ensure_working_sample(data_dir())
    except (ProjectFileError, OSError):
        return None


def _smoke_report(window: MainWindow) -> int:
    """Print what the window shows and return the exit code of a smoke run (0 = a project with steps is drawn)."""
    opened = window.opened
    if opened is None or window.scene is None:
        print("smoke: no project open", file=sys.stderr)
        return 1
    image = window.grab()
    print(f"smoke ok: {len(opened.project.process)} processes, {len(window.scene.step_items)} steps drawn, "
          f"window {image.width()}x{image.height()}, title {window.windowTitle()!r}")
    return 0 if window.scene.step_items else 1


class ExitAfterPaint(QObject):
    """Quits the application with exit code 0 right after ``window`` paints (its children paint in the same pass)
    once ``arm`` was called: `jcloud-desk --exit-after-paint` times a whole start, first frame with the project
    included.

    While the project opens (``guard``), a message box it raises (the file cannot be opened, or is in use) is closed
    at once and its text kept: the run then ends with exit code 1 and that text on stderr instead of waiting for
    a click."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._armed = False
        self.failure = ""
        self._watch = QTimer(self)
        self._watch.setInterval(0)
        self._watch.timeout.connect(self._close_message_box)

    def guard(self) -> None:
        """Watch for message boxes until ``arm``."""
        self._watch.start()

    def _close_message_box(self) -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.inherits("QMessageBox"):  # (isinstance would create the class at start)
            assert isinstance(box, QtWidgets.QMessageBox)
            self.failure = self.failure or " ".join(box.text().split())
            box.reject()

    def arm(self) -> None:
        """Wait for the next paint of the window (asked for now, so it comes even if nothing changed); after a
        failed open, exit 1 instead."""
        if self._armed:
            return
        self._armed = True
        self._watch.stop()
        if self.failure:
            print(f"エラー: {self.failure}", file=sys.stderr)
            QTimer.singleShot(0, lambda: self._app.exit(1))
            return
        # on the window alone, not the application: an application-wide filter is handed every event of every
        # object, and converting Qt's private event classes (a queued call, a deferred delete) makes PySide6
        # create every class of QtCore, QtGui and QtWidgets with their enums (~10 ms of enum creation alone) —
        # a cost the timed start would have and a normal start does not. The window paints before its children
        # in the same pass, and the exit is queued after that pass.
        self._window.installEventFilter(self)
        self._window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            start_trace.mark("shown")
            # the event loop returns once this paint is flushed to the screen; a zero timer instead would also
            # run the work queued for after the first frame (AfterPaint: the checks), which is not the first frame
            self._app.exit(0)
        return False


#: How long after the project is shown the GUI loads what the first edit writes with (idle time).
PREPARE_EDITS_AFTER_MS = 300


def prepare_for_edits(window: MainWindow) -> None:
    """Let the open project load what its first edit writes with (no-op without a writable project)."""
    if window.opened is not None:
        window.opened.prepare_for_edits()


def open_after_first_frame(app: QApplication, window: MainWindow, path: Path | None, read_only: bool = False,
                           loaded: Callable[[], None] | None = None) -> None:
    """Show the window chrome at once and open ``path`` once it is on screen (the event loop has painted it):
    on a busy office machine loading the project takes seconds, and no window at all looks like a failed start.
    ``loaded`` is called when the project is open (at once when there is none).

    The garbage collector runs again from then on (``cmd_gui`` turns it off for the imports and the first frame)."""

    def shown() -> None:
        gc.enable()
        # once the user sees the project: load what the first edit writes with, so that the first drag does not
        QTimer.singleShot(PREPARE_EDITS_AFTER_MS, lambda: prepare_for_edits(window))
        if loaded is not None:
            loaded()

    window.show()
    if path is None:
        shown()
        return
    window.statusBar().showMessage(window.tr("Opening {name}...").format(name=path.name))
    app.processEvents()  # paint the empty window now
    start_trace.mark("chrome")

    def load() -> None:
        window.open_path(path, read_only=read_only)
        window.statusBar().clearMessage()
        shown()

    QTimer.singleShot(0, load)


def exit_now(code: int) -> NoReturn:
    """End the process at once with ``code`` once the window is closed (project closed, lock released, settings
    saved): logs and output are flushed, the interpreter's teardown of every module and Qt object is skipped."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(project: Path | None = None, read_only: bool = False, smoke: bool = False,
         exit_after_paint: bool = False) -> int:
    """Start the GUI; returns the exit code. ``smoke`` opens the project, draws it once and exits;
    ``exit_after_paint`` runs the normal start and exits 0 after the first frame with the project (prints nothing)."""
    gc.freeze()  # what the imports made lives as long as the process: later collections need not walk it
    store = SettingsStore()
    settings = store.load()
    app = create_application(sys.argv[:1], settings)
    crash_handler = CrashHandler()
    crash_handler.install()
    window = build_main_window(settings, store)
    start_trace.mark("window")
    path = startup_project(ProjectService(user=settings.display_user), settings, project)
    exit_after = ExitAfterPaint(app, window) if exit_after_paint else None
    if exit_after is not None:
        exit_after.guard()
    open_after_first_frame(app, window, path, read_only, exit_after.arm if exit_after is not None else None)
    if smoke:
        app.processEvents()  # runs the pending load
        app.processEvents()
        code = _smoke_report(window)
        window.close()
        return code
    code = app.exec()
    if exit_after is not None:
        window.close()
    return code
