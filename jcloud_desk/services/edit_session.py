"""EditSession: applies edits to the open project, persists each at once, and tells one listener."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.services.errors import ProjectFileError, file_error
from jcloud_desk.storage.errors import ProjectWriteError
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.undo_log import LIMIT as UNDO_LIMIT
from jcloud_desk.storage.undo_log import NOTE_EXTERNAL, NOTE_MERGED, UndoOp

__all__ = ["NOTE_EXTERNAL", "NOTE_MERGED", "EditSession"]

ChangeListener = Callable[[Change], None]
ErrorListener = Callable[[ProjectFileError], None]


class EditSession:
    """The single way to change an open project.

    Each ``apply`` mutates the in-memory project, then commits the touched rows in one transaction
    (autosave per edit). If writing fails (disk full, file moved), the in-memory project keeps the change,
    the session stops writing to that file (``detached``) and the error listener is told, so the user can
    "Save As" elsewhere without losing anything.
    """

    def __init__(
        self,
        project: Project,
        repository: ProjectRepository | None = None,
        user: Callable[[], str] = lambda: "",
    ) -> None:
        self.project = project
        self.repository = repository
        self._user = user
        self._listeners: list[ChangeListener] = []
        self._error_listeners: list[ErrorListener] = []
        self.detached = repository is None or repository.read_only
        self.last_error: ProjectFileError | None = None
        self._log_size = 0 if repository is None else repository.undo_log_size()

    def subscribe(self, listener: ChangeListener) -> None:
        """Call ``listener(change)`` after every applied edit."""
        self._listeners.append(listener)

    def subscribe_errors(self, listener: ErrorListener) -> None:
        """Call ``listener(error)`` when persisting fails."""
        self._error_listeners.append(listener)

    def apply(self, edit: Edit, note: str = NOTE_EXTERNAL) -> Edit:
        """Apply ``edit`` outside the editor's undo history (CLI, imports by script), persist it, notify, and
        return its inverse. The file's undo history no longer fits and is cleared, leaving ``note``."""
        clear = UndoOp("clear", note) if self._log_size else None
        self._log_size = 0
        return self._apply(edit, clear)

    def do(self, edit: Edit, text: str) -> Edit:
        """Apply a user action (the Edit menu calls it ``text``); its inverse goes on the file's undo log."""
        change = Change()
        inverse = edit.apply(self.project, change)
        self._log_size = min(self._log_size + 1, UNDO_LIMIT)
        self._finish(change, UndoOp("push", text, inverse))
        return inverse

    def undo(self, inverse: Edit) -> Edit:
        """Undo the newest action by applying its ``inverse``; the undo log loses its newest entry."""
        self._log_size = max(self._log_size - 1, 0)
        return self._apply(inverse, UndoOp("pop"))

    def undo_history(self) -> tuple[list[tuple[str, Edit]], str]:
        """The actions the file can still undo (oldest first, as (text, inverse)) and the note left where the
        history was last cleared ('' when none)."""
        if self.repository is None:
            return [], ""
        entries, note = self.repository.undo_history()
        return [(e.text, e.inverse) for e in entries], note

    def _apply(self, edit: Edit, undo: UndoOp | None) -> Edit:
        change = Change()
        inverse = edit.apply(self.project, change)
        self._finish(change, undo)
        return inverse

    def _finish(self, change: Change, undo: UndoOp | None) -> None:
        self._persist(change, undo)
        for listener in list(self._listeners):
            listener(change)

    def _persist(self, change: Change, undo: UndoOp | None = None) -> None:
        if self.detached or self.repository is None:
            return
        try:
            self.repository.persist(
                self.project, change, user=self._user(), at=datetime.now().isoformat(timespec="seconds"),
                undo=undo,
            )
        except ProjectWriteError as raised:
            error = file_error(raised)
            self.detached = True
            self.last_error = error
            for listener in list(self._error_listeners):
                listener(error)

    def attach(self, repository: ProjectRepository) -> None:
        """Continue autosaving into ``repository`` (after Save As wrote the full project there)."""
        self.repository = repository
        self.detached = repository.read_only
        self.last_error = None
        self._log_size = repository.undo_log_size()
