"""Undo/redo: one generic QUndoCommand wraps any domain edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jcloud_desk.domain.edits import Edit
from jcloud_desk.services.edit_session import EditSession

#: How a model or panel hands a document change to ``ProjectDocument.push``: the edit and the text the Edit
#: menu shows for it («元に戻す: …»). Nothing writes the project any other way.
PushEdit = Callable[[Edit, str], object]


class EditCommand(QUndoCommand):
    """Pushing it applies the edit; undo applies the inverse returned by the last apply. Both go through the
    session's undo log, so the file keeps the history (``restored`` rebuilds a command from it)."""

    def __init__(self, session: EditSession, edit: Edit | None, text: str, inverse: Edit | None = None) -> None:
        super().__init__(text)
        self._session = session
        self._edit = edit
        self._inverse = inverse
        self._text = text

    @classmethod
    def restored(cls, session: EditSession, text: str, inverse: Edit) -> EditCommand:
        """An action of an earlier session, already applied: pushing it only puts it on the stack."""
        return cls(session, None, text, inverse)

    @property
    def applied(self) -> Edit | None:
        """The edit this command (re)does (None for an action restored from an earlier session)."""
        return self._edit

    @property
    def inverse(self) -> Edit | None:
        """The inverse of the last apply (None before the first redo)."""
        return self._inverse

    def redo(self) -> None:
        if self._edit is None:  # restored: applied in an earlier session
            return
        self._inverse = self._session.do(self._edit, self._text)

    def undo(self) -> None:
        assert self._inverse is not None
        self._edit = self._session.undo(self._inverse)
