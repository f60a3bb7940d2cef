"""A QApplication for headless commands (render, PDF reports): offscreen when there is no display."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from jcloud_desk.services.settings import SettingsStore
from jcloud_desk.ui.app import FONT_FAMILY_FALLBACKS, install_translators, load_bundled_fonts


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen without a display) with the bundled font."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["jcloud-desk"])
    families = load_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies([*families, *FONT_FAMILY_FALLBACKS])
    font.setPointSizeF(10.0)
    app.setFont(font)
    language = SettingsStore().load().language
    app._jcloud_translators = install_translators(app, language)  # type: ignore[attr-defined]
    return app


def diagram_font() -> QFont:
    """The font of exported diagrams and reports: the bundled IPAexGothic (then the usual Japanese fonts) at
    9.5 pt whatever the application font is, so the CLI, the tests and the reference images draw alike."""
    if FONT_FAMILY_FALLBACKS[0] not in QFontDatabase.families():
        load_bundled_fonts()
    font = QFont(QApplication.font())
    font.setFamilies(list(FONT_FAMILY_FALLBACKS))
    font.setPointSizeF(9.5)
    return font
