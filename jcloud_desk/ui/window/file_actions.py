"""FileActions: opening, creating and continuing project files (new, open, recent, save as, close), the settings,
the print preview and the about box. The open file becomes the document's project; the last process and zoom
of each file are remembered in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from jcloud_desk.services.errors import FileProblem, ProjectFileError
from jcloud_desk.services.project_service import PROJECT_SUFFIX, OpenProject, ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.error_text import storage_error_text
from jcloud_desk.ui.scene.process_view import ProcessView


class FileActions(QObject):
    """The File menu's project commands."""

    read_only_file_opened = Signal()  # a read-only project file was opened read-only without asking
    settings_changed = Signal()  # after the settings dialog changed settings or forgot learned links

    def __init__(self, window: QWidget, document: ProjectDocument, service: ProjectService, settings: Settings,
                 store: SettingsStore, view: ProcessView) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.service, self.settings, self.store = service, settings, store
        self._view = view

    # --- opening and closing ---------------------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project file, offering read-only access when another instance edits it."""
        try:
            opened = self.service.open(path, read_only=read_only)
        except ProjectFileError as error:
            if error.problem is FileProblem.READ_ONLY_FILE:  # nothing to ask: it can only be read
                if not self.open_path(path, read_only=True):
                    return False
                self.read_only_file_opened.emit()  # the bar above the diagram says so and offers Save As
                return True
            if not error.offers_read_only:
                QtWidgets.QMessageBox.critical(self._window, self.tr("Cannot open project"), storage_error_text(error))
                return False
            # in use, or a folder that cannot be locked
            answer = QtWidgets.QMessageBox.question(self._window, self.tr("Project in use"),
                                                    storage_error_text(error) + "\n\n" + self.tr("Open read-only?"))
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        self.show_project(opened)
        return True

    def show_project(self, opened: OpenProject) -> None:
        """Make ``opened`` the document's project, at the process and zoom it was left with."""
        self.close()
        key = str(opened.path.resolve())
        self._document.set_opened(opened, self.settings.last_process.get(key, ""))
        zoom = self.settings.zoom.get(key)
        if zoom:
            self._view.set_zoom(zoom)
        if not opened.read_only:
            self.settings.add_recent(opened.path)
            self.store.save(self.settings)

    def close(self) -> None:
        """Remember the process and zoom of the open file, then close it."""
        opened = self._document.opened
        if opened is None:
            return
        key = str(opened.path.resolve())
        self.settings.last_process[key] = self._document.process_id
        self.settings.zoom[key] = round(self._view.zoom(), 3)
        self.store.save(self.settings)
        self._document.close()

    def save_as(self, path: Path) -> bool:
        """Continue the project in ``path`` (the way out after a write failure)."""
        if self._document.opened is None:
            return False
        try:
            opened = self.service.save_as(self._document.opened, path)
        except ProjectFileError as error:
            QtWidgets.QMessageBox.critical(self._window, self.tr("Cannot save project"), storage_error_text(error))
            return False
        self._document.continue_in(opened)
        self.settings.add_recent(opened.path)
        self.store.save(self.settings)
        return True

    # --- dialogs ---------------------------------------------------------------------------------
    def fill_recent_menu(self, menu: QMenu) -> None:
        """Refresh File ▸ Open recent."""
        menu.clear()
        for path in self.settings.recent_files:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        if not self.settings.recent_files:
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def new_project_dialog(self) -> None:
        """Ask for a name and a file, then create and open the project."""
        from jcloud_desk.ui.dialogs.new_project_dialog import NewProjectDialog  # not needed at start

        dialog = NewProjectDialog(self._window)
        if not dialog.exec():
            return
        path_text, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self._window, self.tr("Create project file"), dialog.name.text() + PROJECT_SUFFIX,
            self.tr("jcloud_desk project (*.jcdesk)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_suffix(PROJECT_SUFFIX)
        try:
            opened = self.service.new_project(path, dialog.name.text(), dialog.municipality.text(),
                                              dialog.business.currentText())
        except ProjectFileError as error:
            QtWidgets.QMessageBox.critical(self._window, self.tr("Cannot create project"), storage_error_text(error))
            return
        self.show_project(opened)

    def open_dialog(self) -> None:
        """Pick a project file and open it."""
        path_text, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self._window, self.tr("Open project"), "", self.tr("jcloud_desk project (*.jcdesk);;All files (*)"))
        if path_text:
            self.open_path(Path(path_text))

    def save_as_dialog(self) -> None:
        """Copy the project to a new file and continue there."""
        opened = self._document.opened
        if opened is None:
            return
        suggestion = str(opened.path.with_name(opened.path.stem + "_copy.jcdesk"))
        path_text, _filter = QtWidgets.QFileDialog.getSaveFileName(self._window, self.tr("Save project as"), suggestion,
                                                                   self.tr("jcloud_desk project (*.jcdesk)"))
        if path_text:
            self.save_as(Path(path_text))

    def show_about(self) -> None:
        """Version, licences and attributions."""
        from jcloud_desk.ui.dialogs.about_dialog import AboutDialog  # not needed at start

        AboutDialog(self._window).exec()

    def show_settings(self) -> None:
        """User name, language and learning suggestions (``settings_changed`` when they changed)."""
        from jcloud_desk.ui.dialogs.settings_dialog import SettingsDialog  # not needed at start

        dialog = SettingsDialog(self.settings, self._window)
        accepted = dialog.exec()
        if accepted:
            dialog.apply_to(self.settings)
            self.store.save(self.settings)
        if accepted or dialog.cleared:
            self.settings_changed.emit()

    def print_preview(self) -> None:
        """Print the current process (fitted to the page, tiled when large) with a preview."""
        project = self._document.project
        if project is None:
            return
        from PySide6.QtGui import QPageLayout, QPageSize  # imported here: not needed at start-up (~1.3 ms)
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from jcloud_desk.ui.export.pdf_report import print_diagrams

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
        process_id = self._document.process_id
        preview = QPrintPreviewDialog(printer, self._window)
        preview.paintRequested.connect(lambda p: print_diagrams(p, project, [process_id], self._window.font()))
        preview.exec()
