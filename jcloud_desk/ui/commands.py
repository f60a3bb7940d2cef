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
    """Pushing it applies the edit; undo applies the inverse returned by the last apply."""

    def __init__(self, session: EditSession, edit: Edit, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._edit = edit
        self._inverse: Edit | None = None

    @property
    def applied(self) -> Edit:
        """The edit this command (re)does."""
        return self._edit

    @property
    def inverse(self) -> Edit | None:
        """The inverse of the last apply (None before the first redo)."""
        return self._inverse

    def redo(self) -> None:
        self._inverse = self._session.apply(self._edit)

    def undo(self) -> None:
        assert self._inverse is not None
        self._edit = self._session.apply(self._inverse)
