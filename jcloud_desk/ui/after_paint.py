"""Run something once a window has painted: work the first frame need not wait for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``callback`` once, in the event-loop turn after ``window``'s next paint (asked for now), unless
    ``cancel`` is called first. A zero timer alone is not enough: Qt may deliver it before the pending paint."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        window.update()

    def cancel(self) -> None:
        """Do not call the callback."""
        self._callback = None
        self._stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._stop()
            QTimer.singleShot(0, self._run)
        return False

    def _stop(self) -> None:
        self._window.removeEventFilter(self)

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self.deleteLater()
        if callback is not None:
            callback()
