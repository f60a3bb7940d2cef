"""MainWindow: composes the diagram, docks, menus and status bar; delegates the work to services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from jcloud_desk.analysis.summary import verdict_counts
from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.services.project_service import PROJECT_SUFFIX, OpenProject, ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.storage.errors import ProjectLockedError, ProjectWriteError, StorageError
from jcloud_desk.ui.commands import EditCommand, SessionBridge
from jcloud_desk.ui.dialogs.about_dialog import AboutDialog
from jcloud_desk.ui.dialogs.new_project_dialog import NewProjectDialog
from jcloud_desk.ui.docks.process_list_dock import ProcessListDock
from jcloud_desk.ui.error_text import storage_error_text
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView


class MainWindow(QMainWindow):
    """One window shows one open project."""

    def __init__(self, service: ProjectService, store: SettingsStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._service = service
        self._store = store
        self._settings = settings
        self.opened: OpenProject | None = None
        self._bridge: SessionBridge | None = None
        self.undo_stack = QUndoStack(self)
        self.scene: ProcessScene | None = None
        self.view: ProcessView | None = None
        self.process_dock = ProcessListDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.process_dock)
        self.process_dock.process_selected.connect(self.show_process)
        self._status_counts = QLabel(self)
        self._status_save = QLabel(self)
        self._status_zoom = QLabel(self)
        for label in (self._status_counts, self._status_save, self._status_zoom):
            self.statusBar().addPermanentWidget(label)
        self._placeholder = QLabel(self.tr("Open or create a project (File menu)."), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._placeholder)
        self._build_menus()
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.resize(1400, 860)
        self._update_title()

    # --- menus -----------------------------------------------------------------------------------
    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self._action(self.tr("&New project..."), self.new_project_dialog,
                                         QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open..."), self.open_dialog, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self._action(self.tr("Save &as..."), self.save_as_dialog,
                                         QKeySequence.StandardKey.SaveAs))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Fit all"), self.fit_all, "Ctrl+0"))
        view_menu.addAction(self._action(self.tr("&Actual size (100%)"), lambda: self._zoom_to(1.0), "Ctrl+1"))
        view_menu.addAction(self._action(self.tr("Zoom &in"), lambda: self._zoom_by(1.25),
                                         QKeySequence.StandardKey.ZoomIn))
        view_menu.addAction(self._action(self.tr("Zoom &out"), lambda: self._zoom_by(0.8),
                                         QKeySequence.StandardKey.ZoomOut))
        self.verdict_action = self._action(self.tr("&Verdict colours"), self._toggle_verdicts, "Ctrl+Shift+V")
        self.verdict_action.setCheckable(True)
        view_menu.addAction(self.verdict_action)
        view_menu.addSeparator()
        view_menu.addAction(self.process_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About jcloud_desk"), self.show_about))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._settings.recent_files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        if not self._settings.recent_files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- project lifecycle --------------------------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project file, offering read-only access when another instance edits it."""
        try:
            opened = self._service.open(path, read_only=read_only)
        except ProjectLockedError as error:
            answer = QMessageBox.question(
                self, self.tr("Project in use"),
                storage_error_text(error) + "\n\n" + self.tr("Open read-only?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except StorageError as error:
            QMessageBox.critical(self, self.tr("Cannot open project"), storage_error_text(error))
            return False
        self.set_project(opened)
        return True

    def set_project(self, opened: OpenProject) -> None:
        """Show ``opened`` (closing the current project)."""
        self._close_current()
        self.opened = opened
        self._bridge = SessionBridge(opened.session, self)
        self._bridge.changed.connect(self._on_change)
        self._bridge.write_failed.connect(self._on_write_failed)
        font = QFont(self.font())
        font.setPointSizeF(9.5)
        self.scene = ProcessScene(opened.project, self.push_edit, font)
        self.view = ProcessView(self.scene, self)
        self.view.setObjectName("processView")
        self.view.zoom_changed.connect(lambda z: self._status_zoom.setText(f"{z * 100:.0f}%"))
        self.setCentralWidget(self.view)
        self._placeholder = None  # type: ignore[assignment]
        key = str(opened.path.resolve())
        remembered = self._settings.last_process.get(key, "")
        processes = opened.project.processes()
        current = remembered if remembered in opened.project.process else (processes[0].id if processes else "")
        self.process_dock.populate(opened.project, current)
        self.show_process(current)
        zoom = self._settings.zoom.get(key)
        if zoom:
            self.view.set_zoom(zoom)
        if not opened.read_only:
            self._settings.add_recent(opened.path)
            self._store.save(self._settings)
        self._update_title()
        self._update_status()

    def _close_current(self) -> None:
        if self.opened is None:
            return
        self._remember_view()
        self.undo_stack.clear()
        self.opened.close()
        self.opened = None
        if self._bridge is not None:
            self._bridge.deleteLater()
            self._bridge = None

    def _remember_view(self) -> None:
        if self.opened is None or self.scene is None or self.view is None:
            return
        key = str(self.opened.path.resolve())
        self._settings.last_process[key] = self.scene.process_id
        self._settings.zoom[key] = round(self.view.zoom(), 3)
        self._store.save(self._settings)

    def show_process(self, process_id: str) -> None:
        """Draw one process and fit it into the view."""
        if self.scene is None or self.view is None:
            return
        self.scene.set_process(process_id)
        self.view.fit_all()
        self._update_status()

    def push_edit(self, edit: Edit, text: str) -> None:
        """Apply an edit as one undoable command."""
        if self.opened is None:
            return
        self.undo_stack.push(EditCommand(self.opened.session, edit, text))

    # --- dialogs ----------------------------------------------------------------------------------
    def new_project_dialog(self) -> None:
        """Ask for a name and a file, then create and open the project."""
        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        path_text, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Create project file"), dialog.name.text() + PROJECT_SUFFIX,
            self.tr("jcloud_desk project (*.jcdesk)"))
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_suffix(PROJECT_SUFFIX)
        try:
            opened = self._service.new_project(path, dialog.name.text(), dialog.municipality.text(),
                                               dialog.business.currentText())
        except StorageError as error:
            QMessageBox.critical(self, self.tr("Cannot create project"), storage_error_text(error))
            return
        self.set_project(opened)

    def open_dialog(self) -> None:
        """Pick a project file and open it."""
        path_text, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("jcloud_desk project (*.jcdesk);;All files (*)"))
        if path_text:
            self.open_path(Path(path_text))

    def save_as_dialog(self) -> None:
        """Copy the project to a new file and continue there."""
        if self.opened is None:
            return
        path_text, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), str(self.opened.path.with_name(self.opened.path.stem + "_copy.jcdesk")),
            self.tr("jcloud_desk project (*.jcdesk)"))
        if not path_text:
            return
        try:
            self.opened = self._service.save_as(self.opened, Path(path_text))
        except StorageError as error:
            QMessageBox.critical(self, self.tr("Cannot save project"), storage_error_text(error))
            return
        self._settings.add_recent(self.opened.path)
        self._store.save(self._settings)
        self._update_title()
        self._update_status()

    def show_about(self) -> None:
        """Version, licences and attributions."""
        AboutDialog(self).exec()

    # --- view helpers -------------------------------------------------------------------------------
    def fit_all(self) -> None:
        """Fit the whole process into the view."""
        if self.view is not None:
            self.view.fit_all()

    def _zoom_to(self, factor: float) -> None:
        if self.view is not None:
            self.view.set_zoom(factor)

    def _zoom_by(self, factor: float) -> None:
        if self.view is not None:
            self.view.zoom_by(factor)

    def _toggle_verdicts(self, checked: bool) -> None:
        if self.scene is not None:
            self.scene.set_show_verdicts(checked)

    # --- reacting to the model ----------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if self.scene is not None:
            self.scene.apply_change(change)
        if self.opened is not None and change.kinds() & {"process", "step"}:
            self.process_dock.populate(self.opened.project, self.scene.process_id if self.scene else "")
        self._update_status()

    def _on_write_failed(self, error: ProjectWriteError) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), storage_error_text(error))
        self._update_title()
        self._update_status()

    def _update_title(self) -> None:
        if self.opened is None:
            self.setWindowTitle("jcloud_desk")
            return
        suffix = ""
        if self.opened.read_only:
            suffix = self.tr(" [read-only]")
        elif self.opened.session.detached:
            suffix = self.tr(" [NOT SAVED]")
        self.setWindowTitle(f"{self.opened.project.meta.name} — {self.opened.path.name}{suffix} — jcloud_desk")

    def _update_status(self) -> None:
        if self.opened is None:
            self._status_counts.setText("")
            return
        project = self.opened.project
        counts = verdict_counts(project)
        self._status_counts.setText(
            self.tr("Processes {p}  |  Steps {s}  |  Links {l}  |  Not assessed {u}  |  Gaps {g}").format(
                p=len(project.process), s=len(project.step), l=len(project.link),
                u=counts[Verdict.UNASSESSED.value], g=counts[Verdict.GAP.value])
        )
        if self.opened.read_only:
            self._status_save.setText(self.tr("Read-only"))
        elif self.opened.session.detached:
            self._status_save.setText(self.tr("NOT SAVED — use Save As"))
        else:
            self._status_save.setText(self.tr("Saved automatically"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_current()
        super().closeEvent(event)
