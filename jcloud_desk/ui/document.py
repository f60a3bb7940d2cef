"""ProjectDocument: the open project of one window, its undo stack, the current process and the selection.

Everything in the window that shows or changes the project subscribes to the document itself (the scene, every
dock, every controller and window part), the way orange-canvas-core's ``CanvasScene.set_scheme`` connects to its
scheme. Nobody forwards changes to anybody: an edit pushed here is applied by the edit session, which persists it,
and the session's change comes back as ``changed`` to every subscriber.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.services.edit_session import EditSession
from jcloud_desk.services.project_service import OpenProject
from jcloud_desk.ui.commands import EditCommand


class ProjectDocument(QObject):
    """One open project (or none) with its undo stack, current process and selected steps."""

    changed = Signal(object)  # Change, after the current process was made valid again
    process_changed = Signal(str)  # the current process id
    selection_changed = Signal(list)  # ids of the selected steps, in selection order
    project_replaced = Signal()  # another project was opened (or the project was closed)
    write_failed = Signal(object)  # ProjectWriteError: the change is kept in memory, the file is not written
    saved_as = Signal()  # the project continues in another file
    message = Signal(str, int)  # a status line text and how long to show it (ms)
    reveal_requested = Signal(str, str)  # process id, step id: show this step in the diagram
    item_requested = Signal(str)  # catalogue item id: show it in the catalogue

    def __init__(self, user: Callable[[], str] = lambda: "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user = user  # who edits: the author of workshop notes
        self.undo_stack = QUndoStack(self)
        # docks hidden in a shown window when a project is opened read it once first shown (DocumentDock)
        self.lazy_docks = True
        self.opened: OpenProject | None = None
        self.history_note = ""  # why the kept undo history was cleared last (a note code, '' when it was not)
        self.process_id = ""
        self.selection: list[str] = []

    # --- the open project ---------------------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        """The in-memory project (None when nothing is open)."""
        return self.opened.project if self.opened is not None else None

    @property
    def read_only(self) -> bool:
        """True when the project is open without the write lock (or nothing is open)."""
        return self.opened is None or self.opened.read_only

    @property
    def detached(self) -> bool:
        """True when writing failed and the project lives only in memory until Save As."""
        return self.opened is not None and self.opened.session.detached

    def set_opened(self, opened: OpenProject | None, process_id: str = "") -> None:
        """Show ``opened`` (closing the current project) with ``process_id`` (else the first) as current."""
        self._close_current()
        self.opened = opened
        self.history_note = ""
        if opened is not None:
            session = opened.session
            session.subscribe(lambda change: self._on_session_change(session, change))
            session.subscribe_errors(lambda error: self._on_write_error(session, error))
            self._restore_history(opened)
        self.process_id = self._valid_process(process_id)
        self.selection = []
        self.project_replaced.emit()

    def _restore_history(self, opened: OpenProject) -> None:
        """Put the actions the file kept back on the undo stack (Ctrl+Z undoes the last session's work)."""
        entries, self.history_note = opened.session.undo_history()
        if opened.read_only:
            return
        for text, inverse in entries:
            self.undo_stack.push(EditCommand.restored(opened.session, text, inverse))

    def close(self) -> None:
        """Close the project (the window shows nothing)."""
        if self.opened is not None:
            self.set_opened(None)

    def continue_in(self, opened: OpenProject) -> None:
        """The same session goes on in another file (Save As): nothing is redrawn, the undo history stays."""
        self.opened = opened
        self.saved_as.emit()

    def _close_current(self) -> None:
        self.undo_stack.clear()
        if self.opened is not None:
            self.opened.close()
            self.opened = None

    def step_history(self, step_id: str) -> list[dict[str, Any]]:
        """Who changed this step's Fit&Gap data, when, from what to what (empty when nothing is open)."""
        return self.opened.step_history(step_id) if self.opened is not None else []

    # --- editing -------------------------------------------------------------------------------------
    def push(self, edit: Edit, text: str) -> bool:
        """Apply ``edit`` as one undoable command labelled ``text`` (refused while read-only)."""
        if self.opened is None:
            return False
        if self.opened.read_only:
            self.message.emit(self.tr("The project is open read-only."), 5000)
            return False
        self.undo_stack.push(EditCommand(self.opened.session, edit, text))
        return True

    def _current(self, session: EditSession) -> bool:
        return self.opened is not None and self.opened.session is session

    def _on_session_change(self, session: EditSession, change: Change) -> None:
        if not self._current(session):
            return
        if self.process_id not in session.project.process:
            self.set_process(self._valid_process(""))
        self.changed.emit(change)

    def _on_write_error(self, session: EditSession, error: Exception) -> None:
        if self._current(session):
            self.write_failed.emit(error)

    # --- current process and selection --------------------------------------------------------------
    def _valid_process(self, process_id: str) -> str:
        project = self.project
        if project is None:
            return ""
        if process_id in project.process:
            return process_id
        processes = project.processes()
        return processes[0].id if processes else ""

    def set_process(self, process_id: str) -> None:
        """Make ``process_id`` the current process (the selection is cleared)."""
        had_selection = bool(self.selection)
        self.process_id = process_id
        self.selection = []
        self.process_changed.emit(process_id)
        if had_selection:
            self.selection_changed.emit([])

    def set_selection(self, step_ids: list[str]) -> None:
        """The selected steps (in selection order); subscribers are told only when it differs."""
        if list(step_ids) == self.selection:
            return
        self.selection = list(step_ids)
        self.selection_changed.emit(list(step_ids))

    def reveal(self, process_id: str, step_id: str) -> None:
        """Ask the diagram to show a step (switching process when needed)."""
        self.reveal_requested.emit(process_id, step_id)

    def show_item(self, item_id: str) -> None:
        """Ask the catalogue to show an item."""
        self.item_requested.emit(item_id)
