"""WindowDialogs: the main window's file and help dialogs (new, open, save as, recent, settings, print, about)
and the suggestion dialogs (pre-fill links, thesaurus)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jcloud_desk.services.project_service import PROJECT_SUFFIX
from jcloud_desk.services.suggest_service import UserThesaurus
from jcloud_desk.storage.errors import StorageError
from jcloud_desk.ui.dialogs.about_dialog import AboutDialog
from jcloud_desk.ui.dialogs.new_project_dialog import NewProjectDialog
from jcloud_desk.ui.dialogs.prefill_dialog import PrefillDialog
from jcloud_desk.ui.dialogs.settings_dialog import SettingsDialog
from jcloud_desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from jcloud_desk.ui.dialogs.thesaurus_dialog import ThesaurusDialog
from jcloud_desk.ui.error_text import storage_error_text
from jcloud_desk.ui.export.pdf_report import print_diagrams

if TYPE_CHECKING:
    from jcloud_desk.ui.main_window import MainWindow


class WindowDialogs(QObject):
    """Dialogs opened from the File and Help menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def fill_recent_menu(self) -> None:
        """Refresh File ▸ Open recent."""
        self.w.recent_menu.clear()
        for path in self.w.settings.recent_files:
            action = self.w.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.w.open_path(Path(p)))
        if not self.w.settings.recent_files:
            self.w.recent_menu.addAction(self.tr("(none)")).setEnabled(False)


    def new_project_dialog(self) -> None:
        """Ask for a name and a file, then create and open the project."""
        dialog = NewProjectDialog(self.w)
        if not dialog.exec():
            return
        path_text, _filter = QFileDialog.getSaveFileName(
            self.w, self.tr("Create project file"), dialog.name.text() + PROJECT_SUFFIX,
            self.tr("jcloud_desk project (*.jcdesk)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_suffix(PROJECT_SUFFIX)
        try:
            opened = self.w.service.new_project(path, dialog.name.text(), dialog.municipality.text(),
                                               dialog.business.currentText())
        except StorageError as error:
            QMessageBox.critical(self.w, self.tr("Cannot create project"), storage_error_text(error))
            return
        self.w.set_project(opened)


    def open_dialog(self) -> None:
        """Pick a project file and open it."""
        path_text, _filter = QFileDialog.getOpenFileName(
            self.w, self.tr("Open project"), "", self.tr("jcloud_desk project (*.jcdesk);;All files (*)"))
        if path_text:
            self.w.open_path(Path(path_text))


    def save_as_dialog(self) -> None:
        """Copy the project to a new file and continue there."""
        if self.w.opened is None:
            return
        suggestion = str(self.w.opened.path.with_name(self.w.opened.path.stem + "_copy.jcdesk"))
        path_text, _filter = QFileDialog.getSaveFileName(self.w, self.tr("Save project as"), suggestion,
                                                         self.tr("jcloud_desk project (*.jcdesk)"))
        if path_text:
            self.w.save_as(Path(path_text))


    def show_about(self) -> None:
        """Version, licences and attributions."""
        AboutDialog(self.w).exec()


    def show_shortcuts(self) -> None:
        """F1: the keyboard cheat sheet."""
        ShortcutsDialog([*self.w.editor_actions.actions.values(), *self.w.menus.window_actions], self.w).exec()


    def show_settings(self) -> None:
        """User name and language."""
        dialog = SettingsDialog(self.w.settings, self.w)
        accepted = dialog.exec()
        if accepted:
            dialog.apply_to(self.w.settings)
            self.w.store.save(self.w.settings)
        if accepted or dialog.cleared:
            links = self.w.fitgap_dock.links
            links.learning = self.w.settings.learn_from_links
            links.reset_suggestions()


    def prefill_links(self) -> None:
        """Review the best item for every unlinked step; the accepted links are one undoable edit."""
        if self.w.opened is None:
            return
        project = self.w.opened.project
        service = self.w.fitgap_dock.links.suggest_service(project)
        dialog = PrefillDialog(service, self.w.scene.process_id if self.w.scene is not None else None, self.w)
        if dialog.exec() and dialog.result_edit is not None:
            self.w.push_edit(dialog.result_edit, self.tr("Pre-fill links"))

    def edit_thesaurus(self) -> None:
        """The user's thesaurus for suggestions (import / export CSV)."""
        links = self.w.fitgap_dock.links
        user = links.suggest_service(self.w.opened.project).user_thesaurus if self.w.opened else UserThesaurus()
        dialog = ThesaurusDialog(user, self.w)
        if dialog.exec() and dialog.saved:
            links.reset_suggestions()

    def print_preview(self) -> None:
        """Print the current process (fitted to the page, tiled when large) with a preview."""
        if self.w.opened is None or self.w.scene is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
        project, process_id = self.w.opened.project, self.w.scene.process_id
        preview = QPrintPreviewDialog(printer, self.w)
        preview.paintRequested.connect(lambda p: print_diagrams(p, project, [process_id], self.w.font()))
        preview.exec()
