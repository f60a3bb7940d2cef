"""LazyDocks: docks that are built when first shown, not at start.

Most docks start as a tab behind another one. Until such a dock is first on screen (its tab picked, or the dock
opened from the View menu) the window holds its place with a ``DockSlot``: an empty dock with the same object
name and title, so the tab, the View menu entry and the saved window layout are there from the first frame. When
the slot comes on screen (or a caller asks for the dock) the dock's module is imported, the dock is built and
put exactly where the slot was (the window's layout is saved and restored around the swap: same tab order,
same current tab, same sizes), and it reads the open project. Start-up imports and builds only the docks it
shows.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Generic, NamedTuple, Protocol, TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.window_state import keep_dock_tabs_whole, scroll_when_cramped

D = TypeVar("D", bound=QDockWidget)


class DockSpec(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """Where a dock class lives and the title it gives itself (``self.tr`` source text, context = its class)."""

    name: str  # the class name, also the dock's object name (its key in the saved layout)
    module: str
    title: str

    def translated_title(self) -> str:
        """The title as the dock will show it."""
        return QCoreApplication.translate(self.name, self.title)


class DockSlot(QDockWidget):
    """Holds a dock's place until the dock is built; asks for it once on screen."""

    wanted = Signal(str)  # the spec's name

    def __init__(self, spec: DockSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.name)
        self.setWindowTitle(spec.translated_title())
        self.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        geometry = self.geometry()
        on_screen = self.isFloating() or (geometry.right() >= 0 and geometry.bottom() >= 0)
        if visible and on_screen:
            self.wanted.emit(self.spec.name)


class LazyDocks(QObject):
    """The lazily built docks of one window."""

    replaced = Signal(object, object)  # the slot, the dock built in its place (before the slot goes)

    def __init__(self, window: QMainWindow, document: ProjectDocument) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._specs: dict[str, DockSpec] = {}
        self._slots: dict[str, DockSlot] = {}
        self._built: dict[str, QDockWidget] = {}
        self._prepare: list[Callable[[QDockWidget], None]] = []

    def place(self, spec: DockSpec, area: Qt.DockWidgetArea, tab_with: QDockWidget | None = None) -> DockSlot:
        """Put the slot of ``spec`` in ``area`` (as a tab next to ``tab_with``)."""
        slot = DockSlot(spec, self._window)
        slot.wanted.connect(self._wanted)
        self._specs[spec.name] = spec
        self._slots[spec.name] = slot
        self._window.addDockWidget(area, slot)
        if tab_with is not None:
            self._window.tabifyDockWidget(tab_with, slot)
        return slot

    def on_build(self, prepare: Callable[[QDockWidget], None]) -> None:
        """Call ``prepare(dock)`` for every dock built (before it reads the project and is placed)."""
        self._prepare.append(prepare)

    def current(self, name: str) -> QDockWidget:
        """The dock if built, else its slot (what the window shows now)."""
        return self._built.get(name) or self._slots[name]

    def is_built(self, name: str) -> bool:
        """Whether the dock itself exists already."""
        return name in self._built

    def get(self, name: str) -> QDockWidget:
        """The dock, built now if it was not yet."""
        dock = self._built.get(name)
        return dock if dock is not None else self._build(name)

    def _wanted(self, name: str) -> None:
        # after the signal that reported the slot on screen (the layout is still being applied), before the
        # window repaints (an update request is a low-priority event)
        QTimer.singleShot(0, self, lambda: self.get(name))

    def _build(self, name: str) -> QDockWidget:
        spec = self._specs[name]
        # building can take a moment (the Fit&Gap dock loads the analyser for its suggestions): say so
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dock_class = getattr(importlib.import_module(spec.module), spec.name)
            dock: QDockWidget = dock_class(self._document, self._window)
            for prepare in self._prepare:
                prepare(dock)
            read = getattr(dock, "read_open_project", None)
            if callable(read):
                read()
        finally:
            QApplication.restoreOverrideCursor()
        scroll_when_cramped([dock])  # before it is placed: its minimum size must not grow its dock area
        window, slot = self._window, self._slots.pop(name)
        self._built[name] = dock
        state = window.saveState()
        self.replaced.emit(slot, dock)
        window.tabifyDockWidget(slot, dock)  # into the slot's tab group: no new row that would resize the window
        window.removeDockWidget(slot)
        slot.setParent(None)  # gone before restoreState looks for the dock by its object name
        slot.deleteLater()
        window.restoreState(state)  # the slot's tab position, the current tabs and the sizes
        keep_dock_tabs_whole(window, [dock])  # restoreState made new tab bars
        return dock


class HasLazyDocks(Protocol):
    """A window whose lazily built docks are ``lazy``."""

    lazy: LazyDocks


class BuiltDock(Generic[D]):
    """A window's class attribute: the dock of ``spec``, built when first asked for (``window.ledger_dock``)."""

    def __init__(self, spec: DockSpec) -> None:
        self.spec = spec

    @overload
    def __get__(self, window: None, owner: type) -> BuiltDock[D]: ...

    @overload
    def __get__(self, window: HasLazyDocks, owner: type) -> D: ...

    def __get__(self, window: HasLazyDocks | None, owner: type) -> BuiltDock[D] | D:
        if window is None:
            return self
        return cast(D, window.lazy.get(self.spec.name))
