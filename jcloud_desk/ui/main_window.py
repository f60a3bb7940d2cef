"""Where ``MainWindow`` used to live; it is composed in ``jcloud_desk.ui.window`` now (kept for old imports)."""

from __future__ import annotations

from jcloud_desk.ui.window.main_window import MainWindow

__all__ = ["MainWindow"]
