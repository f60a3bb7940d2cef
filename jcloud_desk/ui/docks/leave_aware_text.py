"""LeaveAwareText: a multi-line text field that commits when the user leaves it (Enter adds a line)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class LeaveAwareText(QPlainTextEdit):
    """Calls ``on_leave`` whenever it loses focus."""

    def __init__(self, on_leave: Callable[[], None], parent: QWidget | None = None, max_height: int = 80) -> None:
        super().__init__(parent)
        self._on_leave = on_leave
        self.setMaximumHeight(max_height)
        self.setTabChangesFocus(True)  # Tab moves to the next field, as in the rest of the form

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._on_leave()
