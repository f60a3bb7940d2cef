"""The Qt fixtures of ``tests/ui`` (offscreen QApplication with the Japanese translators, ``main_window``)."""

from __future__ import annotations

from tests.ui.conftest import _japanese_app, main_window, qapp_args  # noqa: F401 - re-exported pytest fixtures
