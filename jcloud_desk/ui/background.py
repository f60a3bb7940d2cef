"""BackgroundTask: run a pure computation off the GUI thread with progress and cancel.

The function receives only data it owns (e.g. a deep copy of the project) — never the live domain — and
returns a result; the GUI thread turns that result into an edit. Nothing is mutated from the worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Work = Callable[[Callable[[], bool], Callable[[float], None]], Any]


class _Worker(QThread):
    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel_event: threading.Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = cancel_event

    def run(self) -> None:
        try:
            result = self._work(self._cancel.is_set, self.progressed.emit)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One run of ``work(cancelled, progress)`` in a QThread; signals arrive in the GUI thread."""

    progressed = Signal(float)
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = _Worker(work, self._cancel, self)
        self._thread.progressed.connect(self.progressed)
        self._thread.succeeded.connect(self.finished)
        self._thread.failed.connect(self.failed)

    def start(self) -> None:
        """Begin."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread ends (tests, shutdown)."""
        return self._thread.wait(ms)

    @property
    def running(self) -> bool:
        """True while the thread runs."""
        return self._thread.isRunning()
