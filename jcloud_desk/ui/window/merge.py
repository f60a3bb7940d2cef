"""File ▸ Save a copy for a municipality / Merge another project file: hand out copies, merge them back.

Each municipality fills in its own copy offline; the copies keep the snapshot they started from, so merging one
back (``services.merge_files``) knows what each side changed. The merge is one undoable command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from jcloud_desk.services.errors import ProjectFileError
from jcloud_desk.services.project_service import PROJECT_SUFFIX, ProjectService
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.error_text import storage_error_text
from jcloud_desk.ui.labels import in_ui_language


class MergeActions(QObject):
    """Distributing copies of the open project and merging other copies into it."""

    def __init__(self, window: QWidget, document: ProjectDocument, service: ProjectService) -> None:
        super().__init__(window)
        self.w = window
        self._document = document
        self._service = service

    def distribute_copy(self, path: Path | None = None) -> bool:
        """Write a copy for a municipality (the current project stays open)."""
        opened = self._document.opened
        if opened is None:
            return False
        if path is None:
            suggestion = opened.path.with_name(opened.path.stem + "_" + self.tr("municipality") + PROJECT_SUFFIX)
            text, _f = QtWidgets.QFileDialog.getSaveFileName(self.w, self.tr("Save a copy for a municipality"),
                                                             str(suggestion), self.tr("jcloud_desk project (*.jcdesk)"))
            if not text:
                return False
            path = Path(text) if Path(text).suffix == PROJECT_SUFFIX else Path(text).with_suffix(PROJECT_SUFFIX)
        try:
            self._service.distribute_copy(opened, path)
        except ProjectFileError as error:
            QtWidgets.QMessageBox.critical(self.w, self.tr("Cannot save the copy"), storage_error_text(error))
            return False
        QtWidgets.QMessageBox.information(
            self.w, self.tr("Copy saved"),
            self.tr("Copy written: {path}\n\nWhen it comes back, merge it with File ▸ Merge another project file.")
            .format(path=path))
        return True

    def merge_file(self, path: Path | None = None) -> bool:
        """Pick another project file, show what comes in and the conflicts, apply as one undoable command."""
        opened = self._document.opened
        if opened is None:
            return False
        if opened.read_only:
            QtWidgets.QMessageBox.information(self.w, self.tr("Read-only"), self.tr("The project is open read-only."))
            return False
        if path is None:
            text, _f = QtWidgets.QFileDialog.getOpenFileName(self.w, self.tr("Merge another project file"), "",
                                                             self.tr("jcloud_desk project (*.jcdesk);;All files (*)"))
            if not text:
                return False
            path = Path(text)
        try:
            from jcloud_desk.services.merge_files import plan_file_merge  # not needed at start

            plan = plan_file_merge(opened, path)
        except ProjectFileError as error:
            QtWidgets.QMessageBox.critical(self.w, self.tr("Cannot merge"), storage_error_text(error))
            return False
        except ValueError as error:  # a MergeError is worded in the UI language
            QtWidgets.QMessageBox.warning(self.w, self.tr("Cannot merge"), in_ui_language(error))
            return False
        if plan.is_noop():
            QtWidgets.QMessageBox.information(
                self.w, self.tr("Nothing to merge"),
                self.tr("{file} has nothing that this project lacks.").format(file=plan.source))
            return False
        from jcloud_desk.ui.dialogs.merge_dialog import MergeDialog  # not needed at start

        dialog = MergeDialog(plan, self.w)
        if not dialog.exec():
            return False
        self._document.push(dialog.edit(), self.tr("Merge {file}").format(file=plan.source))
        self._document.message.emit(self.tr("Merged: {file}").format(file=plan.source), 8000)
        return True
