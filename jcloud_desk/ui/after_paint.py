"""Run something once a window has painted: work the first frame need not wait for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``callback`` in the event-loop turn after a window's next paint, once per ``schedule`` (a later
    ``schedule`` replaces a pending one; ``cancel`` withdraws it). A zero timer alone is not enough: Qt may deliver
    it before the pending paint."""

    def __init__(self, owner: QObject, callback: Callable[[], None]) -> None:
        super().__init__(owner)
        self._callback = callback
        self._window: QWidget | None = None  # watched for its next paint
        self._due = False  # painted: the callback runs in the next turn

    @property
    def pending(self) -> bool:
        """Whether the callback is still to come."""
        return self._window is not None or self._due

    def schedule(self, window: QWidget) -> None:
        """Call the callback after ``window``'s next paint (asked for now)."""
        self.cancel()
        self._window = window
        window.installEventFilter(self)
        window.update()

    def cancel(self) -> None:
        """Do not call the callback (no-op when nothing is pending)."""
        self._due = False
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self.cancel()
            self._due = True
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._due:
            self._due = False
            self._callback()
