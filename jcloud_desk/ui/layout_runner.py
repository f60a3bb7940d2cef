"""LayoutRunner: the auto-layout action — computed on a snapshot (in the background with progress and cancel
for large processes), then pushed as one undoable edit if the project did not change meanwhile."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jcloud_desk.domain.project import Project
from jcloud_desk.ui.background import BackgroundTask
from jcloud_desk.ui.document import ProjectDocument

if TYPE_CHECKING:  # the layout engine is imported when a layout first runs, not at start
    from jcloud_desk.analysis.layout.autolayout import LayoutPlan

BACKGROUND_FROM_STEPS = 300


class LayoutRunner(QObject):
    """Runs one layout at a time."""

    message = Signal(str)
    done = Signal(bool)  # True when an edit was pushed

    def __init__(self, parent: QWidget, document: ProjectDocument) -> None:
        super().__init__(parent)
        self._parent = parent
        self._push = document.push
        self._revision = document.undo_stack.index
        self._document = document
        self.message.connect(self._tell)
        self.task: BackgroundTask | None = None
        self._dialog: QProgressDialog | None = None

    def _tell(self, text: str) -> None:
        self._document.message.emit(text, 8000)

    def run(self, project: Project, process_id: str) -> None:
        """Lay out ``process_id``; large processes go to a worker thread with a progress dialog."""
        if self.task is not None or process_id not in project.process:
            return
        from jcloud_desk.analysis.layout.autolayout import LayoutCancelled, plan_layout

        size = len(project.steps_of(process_id))
        if size < BACKGROUND_FROM_STEPS:
            try:
                plan = plan_layout(project, process_id)
            except LayoutCancelled:
                return
            self._apply(project, process_id, plan, self._revision())
            return
        snapshot = copy.deepcopy(project)
        started_at = self._revision()
        task = BackgroundTask(lambda cancelled, progress: plan_layout(snapshot, process_id, cancel=cancelled,
                                                                      progress=progress), self)
        dialog = QProgressDialog(self.tr("Laying out {n} steps...").format(n=size), self.tr("Cancel"), 0, 100,
                                 self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)
        task.progressed.connect(lambda f: dialog.setValue(int(f * 100)))
        task.finished.connect(lambda plan: self._finish(project, process_id, plan, started_at))
        task.failed.connect(self._failed)
        self.task, self._dialog = task, dialog
        task.start()

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
        self.task, self._dialog = None, None

    def _finish(self, project: Project, process_id: str, plan: LayoutPlan, started_at: int) -> None:
        self._close()
        self._apply(project, process_id, plan, started_at)

    def _failed(self, error: object) -> None:
        self._close()
        from jcloud_desk.analysis.layout.autolayout import LayoutCancelled

        if isinstance(error, LayoutCancelled):
            self.message.emit(self.tr("Auto-layout cancelled; nothing changed."))
        else:
            self.message.emit(self.tr("Auto-layout failed: {error}").format(error=error))
        self.done.emit(False)

    def _apply(self, project: Project, process_id: str, plan: LayoutPlan, started_at: int) -> None:
        if self._revision() != started_at or process_id not in project.process:
            self.message.emit(self.tr("The flow changed during the layout; run it again."))
            self.done.emit(False)
            return
        from jcloud_desk.analysis.layout.autolayout import plan_edits

        edit = plan_edits(project, process_id, plan)
        if edit.edits:
            self._push(edit, self.tr("Auto-layout"))
        self.message.emit(self.tr("Auto-layout: {n} edge crossings.").format(n=plan.crossings))
        self.done.emit(bool(edit.edits))
