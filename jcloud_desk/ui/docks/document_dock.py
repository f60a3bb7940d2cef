"""DocumentDock: the base of every dock that shows the open project.

A dock subscribes to its ``ProjectDocument`` itself; the window only places it. A subclass says what it follows
and implements up to four hooks:

* ``follows`` — which context changes call ``on_context``: ``"process"`` (the current process),
  ``"selection"`` (the selected steps), both, or neither;
* ``kinds`` — the entity kinds (``Ref.kind``) whose changes make it refresh (empty: every change);
* ``refresh_delay`` — milliseconds to wait before refreshing after a change (edits come in bursts; 0 = at once);
* ``refresh_hidden`` — False: while the dock is hidden, a change only marks it stale; it catches up when shown;
* ``read_after_paint`` — True: a project opened in a shown window is read in the next turn of the event loop,
  after the window has painted it (the diagram first; what this dock computes follows a moment later).

A dock that is hidden in a shown window (a tab behind another, or closed) when a project is opened does not read
it: ``on_project`` runs when the dock is first shown (or ``ensure_current`` is called), and context changes and
edits before that are skipped (the project is read as it is then), so opening a project (the start-up first of
all) computes only the docks on screen. ``document.lazy_docks = False`` reads it in every dock at once (and turns
``read_after_paint`` off).

Hooks: ``on_project(project)`` after another project was opened (default: ``on_context``), ``on_context(project,
process_id, step_ids)``, ``on_change(change)`` (default: ``schedule_refresh`` when a kind it cares about was
touched) and ``refresh()``. ``self._push(edit, text)`` pushes an edit on the document's undo stack.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.after_paint import AfterPaint
from jcloud_desk.ui.document import ProjectDocument


class DocumentDock(QDockWidget):
    """A dock following one document."""

    follows: ClassVar[frozenset[str]] = frozenset()
    kinds: ClassVar[frozenset[str]] = frozenset()
    refresh_delay: ClassVar[int] = 0
    refresh_hidden: ClassVar[bool] = True
    read_after_paint: ClassVar[bool] = False

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._push = document.push
        self._stale = False
        self._project_pending = False  # a project was opened while hidden: on_project runs once shown
        self._after_paint = AfterPaint(self, self.ensure_current)  # read_after_paint: waiting for the window's paint
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.refresh_delay)
        self._refresh_timer.timeout.connect(self.refresh)
        document.project_replaced.connect(self._project_replaced)
        document.changed.connect(self._changed)
        if "process" in self.follows:
            document.process_changed.connect(self._context_changed)
        if "selection" in self.follows:
            document.selection_changed.connect(self._context_changed)
        self.visibilityChanged.connect(self._visibility_changed)

    # --- hooks -----------------------------------------------------------------------------------
    def on_project(self, project: Project | None) -> None:
        """Another project was opened (None: closed); by default shows its current context."""
        self.on_context(project, self.document.process_id, list(self.document.selection))

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """The current process or the selection changed (as far as ``follows`` says)."""

    def on_change(self, change: Change) -> None:
        """An edit was applied (or undone); by default refreshes when it touched a kind in ``kinds``."""
        if self.cares(change):
            self.schedule_refresh()

    def refresh(self) -> None:
        """Re-read what the dock shows from the project."""

    def catch_up(self) -> None:
        """Shown again after changes were skipped while hidden (``refresh_hidden`` False)."""
        self.refresh()

    # --- helpers ---------------------------------------------------------------------------------
    def cares(self, change: Change) -> bool:
        """Whether ``change`` touched an entity kind this dock shows."""
        return not self.kinds or bool(change.kinds() & self.kinds)

    def schedule_refresh(self) -> None:
        """Refresh now, after ``refresh_delay``, or (hidden, ``refresh_hidden`` False) once shown again."""
        if not self.refresh_hidden and self.out_of_sight():
            self._stale = True
            return
        if self.refresh_delay:
            self._refresh_timer.start()
        else:
            self.refresh()

    def read_open_project(self) -> None:
        """The dock was just built, after the project was opened (LazyDocks): read it now, before it is placed
        and shown (its widgets then size themselves to what they show, as when built at start)."""
        if self.document.opened is not None:
            self._refresh_timer.stop()
            self._stale = self._project_pending = False
            self.on_project(self.document.project)

    def ensure_current(self) -> None:
        """Read the open project now if it was opened while the dock was hidden (for callers that use the dock's
        contents without showing it)."""
        self._after_paint.cancel()
        if self._project_pending:
            self._project_pending = False
            self.on_project(self.document.project)

    def out_of_sight(self) -> bool:
        """Whether the dock is not on screen: hidden or (``document.lazy_docks``) a tab behind another — Qt keeps
        those visible, moved out of sight, the way ``visibilityChanged`` tells them apart."""
        if not self.isVisible():
            return True
        geometry = self.geometry()
        return self.document.lazy_docks and not self.isFloating() and (geometry.right() < 0 or geometry.bottom() < 0)

    def _hidden_in_shown_window(self) -> bool:
        return self.document.lazy_docks and self.out_of_sight() and self.window().isVisible()

    def _project_replaced(self) -> None:
        self._refresh_timer.stop()
        self._after_paint.cancel()  # a project opened a moment ago and not read yet
        self._stale = False
        self._project_pending = self._hidden_in_shown_window()
        if self._project_pending:
            return
        if self._read_after_paint():
            self._project_pending = True  # until then, context changes and edits are read with the project
            self._after_paint.schedule(self.window())
            return
        self.on_project(self.document.project)

    def _read_after_paint(self) -> bool:
        return (self.read_after_paint and self.document.lazy_docks and self.document.project is not None
                and self.window().isVisible())

    def _changed(self, change: Change) -> None:
        if not self._project_pending:
            self.on_change(change)

    def _context_changed(self, *_args: object) -> None:
        if not self._project_pending:
            self.on_context(self.document.project, self.document.process_id, list(self.document.selection))

    def _visibility_changed(self, visible: bool) -> None:
        if not visible:
            return
        if self._project_pending:
            self._stale = False
            self.ensure_current()
        elif self._stale:
            self._stale = False
            self.catch_up()
