"""WindowState: the main window's geometry and dock layout across runs, and a first window that fits its screen.

The geometry and QMainWindow.saveState() (dock sizes, places, the raised tab of each tab group) are kept in the
user settings as base64 text. Without a remembered geometry (first start) the window takes the preferred size
but never more than the available area of the screen it opens on, and is centred there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QTabBar

from jcloud_desk.services.settings import Settings, SettingsStore

PREFERRED_SIZE = QSize(1440, 900)
SCREEN_MARGIN = 24  # keep the frame (title bar, borders) on the screen too


def fitted_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The preferred size shrunk to ``available`` (minus a margin for the frame), centred in it."""
    width = min(preferred.width(), max(400, available.width() - SCREEN_MARGIN))
    height = min(preferred.height(), max(300, available.height() - 2 * SCREEN_MARGIN))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def scroll_when_cramped(docks: Iterable[QDockWidget], max_min_height: int = 150, max_min_width: int = 360) -> None:
    """Put the content of a dock that would not shrink below ``max_min_height`` × ``max_min_width`` into a scroll
    area: docks stacked on a 768-px screen, or a wide toolbar in a bottom dock beside the side docks, otherwise
    force the window larger than the screen."""
    for dock in docks:
        content = dock.widget()
        if content is None or isinstance(content, QScrollArea):
            continue
        hint = content.minimumSizeHint()
        if hint.height() <= max_min_height and hint.width() <= max_min_width:
            continue
        scroll = QScrollArea(dock)
        scroll.setObjectName(f"{dock.objectName()}Scroll")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        dock.setWidget(scroll)


def unelide_dock_tabs(window: QMainWindow) -> None:
    """Dock tab bars show whole names and scroll when they do not fit (「チェ…」 says nothing in a workshop)."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window:  # the main window's own dock tab bars, not tab widgets inside docks
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)


def keep_dock_tabs_whole(window: QMainWindow, docks: Iterable[QDockWidget]) -> None:
    """``unelide_dock_tabs`` now and whenever a dock moves (Qt makes tab bars as docks are tabified)."""
    unelide_dock_tabs(window)
    for dock in docks:
        dock.dockLocationChanged.connect(lambda _area: QTimer.singleShot(0, lambda: unelide_dock_tabs(window)))


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


class WindowState:
    """Restores and remembers one window (leave full-screen modes before ``save``)."""

    def __init__(self, window: QMainWindow, settings: Settings, store: SettingsStore,
                 default_docks: Callable[[], None] | None = None) -> None:
        self.window, self.settings, self.store = window, settings, store
        self._default_docks = default_docks

    def restore(self) -> None:
        """Apply the remembered geometry and dock layout, or fit the window to its screen."""
        w = self.window
        layout = w.layout()
        if layout is not None:
            layout.activate()  # else the minimum height is that of all docks stacked, tabs not yet formed
        restored = bool(self.settings.window_geometry) and w.restoreGeometry(_decode(self.settings.window_geometry))
        screen = w.screen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1440, 900)
        if not restored or not available.intersects(w.geometry()):
            w.setGeometry(fitted_geometry(available))
        elif w.width() > available.width() or w.height() > available.height():
            w.setGeometry(fitted_geometry(available, w.size()))  # remembered on a larger screen
        restored_docks = bool(self.settings.window_state) and w.restoreState(_decode(self.settings.window_state))
        if not restored_docks and self._default_docks is not None:
            self._default_docks()

    def save(self) -> None:
        """Remember the geometry and dock layout now."""
        self.settings.window_geometry = _encode(self.window.saveGeometry())
        self.settings.window_state = _encode(self.window.saveState())
        self.store.save(self.settings)
