"""StatusPart: the window title, the status bar (counts, save state, zoom, messages) and the warning after a
failed write — all read from the document."""

from __future__ import annotations

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from jcloud_desk.analysis.summary import verdict_counts
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.services.errors import ProjectFileError
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.error_text import storage_error_text
from jcloud_desk.ui.scene.process_view import ProcessView


class StatusPart(QObject):
    """Keeps the title and the status bar of ``window`` up to date."""

    def __init__(self, window: QMainWindow, document: ProjectDocument, view: ProcessView) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.counts = QLabel(window)
        self.save_state = QLabel(window)
        self.zoom = QLabel(window)
        self.zoom.setMinimumWidth(56)
        for label in (self.counts, self.save_state, self.zoom):
            window.statusBar().addPermanentWidget(label)
        # bound methods only: Qt drops a connection when its receiver is deleted, a lambda it cannot see
        view.zoom_changed.connect(self._show_zoom)
        document.message.connect(self._show_message)
        document.project_replaced.connect(self.update_all)
        document.saved_as.connect(self.update_all)
        document.process_changed.connect(self.update_status)
        document.changed.connect(self.update_status)
        document.undo_stack.indexChanged.connect(self.update_status)
        document.write_failed.connect(self._write_failed)
        self.update_title()

    def _show_zoom(self, zoom: float) -> None:
        self.zoom.setText(f"{zoom * 100:.0f}%")

    def _show_message(self, text: str, msecs: int) -> None:
        self._window.statusBar().showMessage(text, msecs)

    def update_all(self) -> None:
        """Title and status line."""
        self.update_title()
        self.update_status()

    def _write_failed(self, error: ProjectFileError) -> None:
        QtWidgets.QMessageBox.warning(self._window, self.tr("Not saved"), storage_error_text(error))
        self.update_all()

    def update_title(self) -> None:
        """Project name, file name and read-only / not-saved state."""
        opened = self._document.opened
        if opened is None:
            self._window.setWindowTitle("jcloud_desk")
            return
        suffix = ""
        if opened.read_only:
            suffix = self.tr(" [read-only]")
        elif opened.session.detached:
            suffix = self.tr(" [NOT SAVED]")
        self._window.setWindowTitle(f"{opened.project.meta.name} — {opened.path.name}{suffix} — jcloud_desk")

    def update_status(self, *_why: object) -> None:
        """Counts and the save state."""
        opened = self._document.opened
        if opened is None:
            self.counts.setText("")
            return
        project = opened.project
        counts = verdict_counts(project)
        self.counts.setText(
            self.tr("Processes {p}  |  Steps {s} (tasks judged: {t})  |  Links {l}  |  Not assessed {u}  |  Gaps {g}")
            .format(p=len(project.process), s=len(project.step),
                    t=sum(1 for step in project.step.values() if step.kind.is_activity), l=len(project.link),
                u=counts[Verdict.UNASSESSED.value], g=counts[Verdict.GAP.value]))
        if opened.read_only:
            self.save_state.setText(self.tr("Read-only"))
        elif opened.session.detached:
            self.save_state.setText(self.tr("NOT SAVED — use Save As"))
        else:
            self.save_state.setText(self.tr("Saved automatically"))
