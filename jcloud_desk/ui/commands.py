"""Undo/redo: one generic QUndoCommand wraps any domain edit; SessionBridge turns changes into a signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.services.edit_session import EditSession
from jcloud_desk.storage.errors import ProjectWriteError

#: How widgets and controllers hand a document change to the main window's undo stack: the edit and the
#: text the Edit menu shows for it («元に戻す: …»). Nothing writes the project any other way.
PushEdit = Callable[[Edit, str], None]


class EditCommand(QUndoCommand):
    """Pushing it applies the edit; undo applies the inverse returned by the last apply."""

    def __init__(self, session: EditSession, edit: Edit, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._edit = edit
        self._inverse: Edit | None = None

    def redo(self) -> None:
        self._inverse = self._session.apply(self._edit)

    def undo(self) -> None:
        assert self._inverse is not None
        self._edit = self._session.apply(self._inverse)


class SessionBridge(QObject):
    """The only subscriber of an EditSession: re-emits changes and write errors as Qt signals."""

    changed = Signal(object)
    write_failed = Signal(object)

    def __init__(self, session: EditSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        session.subscribe(self._on_change)
        session.subscribe_errors(self._on_error)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def _on_error(self, error: ProjectWriteError) -> None:
        self.write_failed.emit(error)
