"""Unhandled exceptions: log to the user's log folder and show a Japanese dialog with a copyable report.

The project is safe by construction (every applied edit is already committed; a failed edit is never
half-written), so the dialog says so and the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from jcloud_desk import __version__
from jcloud_desk.services.settings import log_dir

translate = QCoreApplication.translate
_log = logging.getLogger("jcloud_desk")


def setup_logging() -> Path:
    """Log to ``<log dir>/jcloud_desk.log``; returns its path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "jcloud_desk.log"
    if not any(isinstance(h, logging.FileHandler) for h in _log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _log.addHandler(handler)
        _log.setLevel(logging.INFO)
    return path


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The text a user can copy and send."""
    import platform  # at a crash, not at every start (~1.2 ms)

    lines = traceback.format_exception(kind, error, tb)
    return (f"jcloud_desk {__version__} / Python {platform.python_version()} / {platform.platform()}\n"
            f"{datetime.now().isoformat(timespec='seconds')}\n\n" + "".join(lines))


class CrashHandler:
    """Installed as ``sys.excepthook`` by the GUI."""

    def __init__(self) -> None:
        self.log_path = setup_logging()
        self.shown = 0

    def install(self) -> None:
        """Become the exception hook."""
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Log, then tell the user."""
        text = report_text(kind, error, tb)
        _log.error("unhandled exception\n%s", text)
        if QApplication.instance() is None or self.shown >= 3:
            sys.__excepthook__(kind, error, tb)
            return
        self.shown += 1
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Critical, translate("CrashHandler", "Unexpected error"),
            translate("CrashHandler", "An unexpected error occurred. Your project is safe: every change made before "
                                      "it is already saved.\nThe details were written to {path}. Please send them "
                                      "to your support contact.").format(path=self.log_path))
        box.setDetailedText(text)
        box.exec()
