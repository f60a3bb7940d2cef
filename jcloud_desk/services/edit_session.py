"""EditSession: applies edits to the open project, persists each at once, and tells one listener."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.services.errors import ProjectFileError, file_error
from jcloud_desk.storage.errors import ProjectWriteError
from jcloud_desk.storage.repository import ProjectRepository

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

    def subscribe(self, listener: ChangeListener) -> None:
        """Call ``listener(change)`` after every applied edit."""
        self._listeners.append(listener)

    def subscribe_errors(self, listener: ErrorListener) -> None:
        """Call ``listener(error)`` when persisting fails."""
        self._error_listeners.append(listener)

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``, persist it, notify, and return its inverse."""
        change = Change()
        inverse = edit.apply(self.project, change)
        self._persist(change)
        for listener in list(self._listeners):
            listener(change)
        return inverse

    def _persist(self, change: Change) -> None:
        if self.detached or self.repository is None:
            return
        try:
            self.repository.persist(
                self.project, change, user=self._user(), at=datetime.now().isoformat(timespec="seconds")
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
