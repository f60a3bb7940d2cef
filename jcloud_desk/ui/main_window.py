"""MainWindow: composes the diagram, docks, menus and status bar; delegates the work to controllers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.summary import verdict_counts
from jcloud_desk.domain.edits import Change, Edit
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.storage.errors import LockUnavailableError, ProjectLockedError, ProjectWriteError, StorageError
from jcloud_desk.ui import theme
from jcloud_desk.ui.commands import EditCommand, SessionBridge
from jcloud_desk.ui.docks.catalog_dock import CatalogDock
from jcloud_desk.ui.docks.checks_dock import ChecksDock
from jcloud_desk.ui.docks.dashboard_dock import DashboardDock
from jcloud_desk.ui.docks.fitgap_dock import FitGapDock
from jcloud_desk.ui.docks.harmonization_dock import HarmonizationDock
from jcloud_desk.ui.docks.ledger_dock import LedgerDock
from jcloud_desk.ui.docks.notes_dock import NotesDock
from jcloud_desk.ui.docks.overview_dock import OverviewDock
from jcloud_desk.ui.docks.process_list_dock import ProcessListDock
from jcloud_desk.ui.docks.properties_dock import PropertiesDock
from jcloud_desk.ui.editor_actions import EditorActions
from jcloud_desk.ui.editor_controller import EditorController
from jcloud_desk.ui.error_text import storage_error_text
from jcloud_desk.ui.export.charts import VERDICT_ORDER
from jcloud_desk.ui.find_bar import FindBar
from jcloud_desk.ui.labels import verdict_label
from jcloud_desk.ui.layout_runner import LayoutRunner
from jcloud_desk.ui.presentation import PresentationMode
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView
from jcloud_desk.ui.structure_controller import StructureController
from jcloud_desk.ui.transfer_dialogs import TransferDialogs
from jcloud_desk.ui.window_dialogs import WindowDialogs
from jcloud_desk.ui.window_menus import WindowMenus
from jcloud_desk.ui.window_state import WindowState, scroll_when_short


class MainWindow(QMainWindow):
    """One window shows one open project."""

    recent_menu: QMenu
    verdict_action: QAction

    def __init__(self, service: ProjectService, store: SettingsStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.service, self.store, self.settings = service, store, settings
        self.opened: OpenProject | None = None
        self._bridge: SessionBridge | None = None
        self.undo_stack = QUndoStack(self)
        self.scene: ProcessScene | None = None
        self.view: ProcessView | None = None
        self.controller: EditorController | None = None
        self.editor_actions = EditorActions(self, lambda: self.controller)
        self.structure = StructureController(self, lambda: self.opened.project if self.opened else None,
                                             lambda: self.scene.process_id if self.scene else "", self.push_edit)
        self.structure.process_created.connect(self._select_process_later)
        self.structure.phase_added.connect(self._reveal_phase)
        self.layout_runner = LayoutRunner(self, self.push_edit, self.undo_stack.index)
        self.layout_runner.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_docks()
        self._build_central()
        self._build_status_bar()
        self.dialogs = WindowDialogs(self)
        self.transfer = TransferDialogs(self)
        self.presentation = PresentationMode(self)
        self.menus = WindowMenus(self)
        self.menus.build()
        self.undo_stack.indexChanged.connect(lambda _i: self._update_status())
        scroll_when_short(self.docks())
        self.window_state = WindowState(self, settings, store, self.default_dock_sizes)
        self.window_state.restore()
        self._update_title()

    # --- composition -------------------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.process_dock = ProcessListDock(self)
        self.process_dock.process_selected.connect(self.show_process)
        self.process_dock.context_menu_requested.connect(lambda pid, pos: self.menus.show_process_menu(pid, pos))
        self.process_dock.process_activated.connect(lambda pid: self.structure.process_settings(pid))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.process_dock)
        self.overview_dock = OverviewDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.overview_dock)
        self.properties_dock = PropertiesDock(self.push_edit, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.fitgap_dock = FitGapDock(self.push_edit, self._step_history, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.fitgap_dock)
        self.catalog_dock = CatalogDock(self.push_edit, self)
        self.catalog_dock.step_activated.connect(self.reveal_step)
        self.fitgap_dock.links.item_activated.connect(self._show_catalog_item)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.catalog_dock)
        self.checks_dock = ChecksDock(self.push_edit, self)
        self.checks_dock.finding_activated.connect(self.reveal_step)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        self.ledger_dock = LedgerDock(self.push_edit, self)
        self.ledger_dock.step_activated.connect(self.reveal_step)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.ledger_dock)
        self.tabifyDockWidget(self.checks_dock, self.ledger_dock)
        self.checks_dock.raise_()
        self.dashboard_dock = DashboardDock(self)
        self.dashboard_dock.step_activated.connect(self.reveal_step)
        self.dashboard_dock.item_activated.connect(self._show_catalog_item)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dashboard_dock)
        self.tabifyDockWidget(self.ledger_dock, self.dashboard_dock)
        self.checks_dock.raise_()
        self.notes_dock = NotesDock(self.push_edit, self.service.current_user, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.notes_dock)
        self.tabifyDockWidget(self.dashboard_dock, self.notes_dock)
        self.harmonization_dock = HarmonizationDock(self.push_edit, self)
        self.harmonization_dock.step_activated.connect(self.reveal_step)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.harmonization_dock)
        self.tabifyDockWidget(self.ledger_dock, self.harmonization_dock)
        self.checks_dock.raise_()
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("HistoryDock")
        history = QUndoView(self.undo_stack, self.history_dock)
        history.setEmptyLabel(self.tr("<opened>"))
        self.history_dock.setWidget(history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.properties_dock, self.fitgap_dock)
        self.tabifyDockWidget(self.fitgap_dock, self.catalog_dock)
        self.tabifyDockWidget(self.catalog_dock, self.history_dock)
        self.properties_dock.raise_()

    def default_dock_sizes(self) -> None:
        """Dock sizes of a first start (later runs restore the user's): the Fit&Gap form needs ~350 px."""
        height = self.height()
        self.resizeDocks([self.process_dock, self.properties_dock], [230, 350], Qt.Orientation.Horizontal)
        self.resizeDocks([self.process_dock, self.overview_dock, self.checks_dock],
                         [int(height * 0.45), 150, max(170, int(height * 0.24))], Qt.Orientation.Vertical)

    def docks(self) -> list[QDockWidget]:
        """Every dock (for the View menu)."""
        return [self.process_dock, self.overview_dock, self.properties_dock, self.fitgap_dock, self.catalog_dock,
                self.history_dock, self.checks_dock, self.ledger_dock, self.dashboard_dock, self.notes_dock,
                self.harmonization_dock]

    def _step_history(self, step_id: str) -> list[dict[str, object]]:
        return self.opened.step_history(step_id) if self.opened is not None else []

    def _show_catalog_item(self, item_id: str) -> None:
        self.catalog_dock.show()
        self.catalog_dock.raise_()
        self.catalog_dock.select_item(item_id)

    def _build_central(self) -> None:
        self._central = QWidget(self)
        self._central_layout = QVBoxLayout(self._central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._placeholder = QLabel(self.tr("Open or create a project (File menu)."), self._central)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)  # a one-line label would keep the docks from their remembered sizes
        self._central_layout.addWidget(self._placeholder, 1)
        self.find_bar = FindBar(self._central)
        self.find_bar.find_requested.connect(lambda text: self.controller.find(text) if self.controller else None)
        self.find_bar.closed.connect(lambda: self.view.setFocus() if self.view else None)
        self._central_layout.addWidget(self.find_bar)
        self.setCentralWidget(self._central)

    def _build_status_bar(self) -> None:
        self._status_counts = QLabel(self)
        self._status_save = QLabel(self)
        self._status_zoom = QLabel(self)
        self._status_zoom.setMinimumWidth(56)
        for label in (self._status_counts, self._status_save, self._status_zoom):
            self.statusBar().addPermanentWidget(label)

    # --- project lifecycle --------------------------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project file, offering read-only access when another instance edits it."""
        try:
            opened = self.service.open(path, read_only=read_only)
        except (ProjectLockedError, LockUnavailableError) as error:  # in use, or a folder that cannot be locked
            answer = QMessageBox.question(self, self.tr("Project in use"),
                                          storage_error_text(error) + "\n\n" + self.tr("Open read-only?"))
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
        self.view = ProcessView(self.scene, self._central)
        self.view.setObjectName("processView")
        self.view.zoom_changed.connect(lambda z: self._status_zoom.setText(f"{z * 100:.0f}%"))
        self.controller = EditorController(self.scene, self.view, self.push_edit)
        self.controller.open_process_requested.connect(self.process_dock.select_process)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.editor_actions.attach_to(self.view)
        self.scene.editing_changed.connect(self.editor_actions.set_editing)
        self.scene.selected_steps_changed.connect(self._on_selection)
        self.scene.context_menu_requested.connect(self.menus.show_scene_menu)
        self.scene.lane_dropped.connect(self.structure.reorder_lane)
        self.scene.lane_resized.connect(self.structure.resize_lane)
        self.scene.phase_resized.connect(self.structure.resize_phase)
        self.scene.phase_dropped.connect(self._reorder_phase)
        self.scene.lane_header_activated.connect(self.structure.rename_lane)
        self.scene.phase_header_activated.connect(self.structure.rename_phase)
        if self._placeholder is not None:
            self._central_layout.removeWidget(self._placeholder)
            self._placeholder.hide()
            self._placeholder.deleteLater()
            self._placeholder = None  # type: ignore[assignment]
        self._central_layout.insertWidget(0, self.view, 1)
        self.overview_dock.overview.follow(self.view)
        key = str(opened.path.resolve())
        remembered = self.settings.last_process.get(key, "")
        processes = opened.project.processes()
        current = remembered if remembered in opened.project.process else (processes[0].id if processes else "")
        self.process_dock.populate(opened.project, current)
        self.catalog_dock.set_project(opened.project)
        self.ledger_dock.set_project(opened.project)
        self.harmonization_dock.set_project(opened.project)
        self.show_process(current)
        zoom = self.settings.zoom.get(key)
        if zoom:
            self.view.set_zoom(zoom)
        if not opened.read_only:
            self.settings.add_recent(opened.path)
            self.store.save(self.settings)
        self.apply_verdicts()
        self.presentation.show_overlay(self.presentation.active)
        self.view.show()
        self.view.setFocus()
        self._update_title()
        self._update_status()

    def _on_selection(self, step_ids: list[str]) -> None:
        project = self.opened.project if self.opened else None
        self.properties_dock.show_step(project, step_ids)
        self.fitgap_dock.show_step(project, step_ids)
        self.notes_dock.show_context(project, self.scene.process_id if self.scene else "", step_ids)

    def _reorder_phase(self, phase_id: str, new_index: int) -> None:
        project = self.opened.project if self.opened else None
        if project is None or phase_id not in project.phase:
            return
        from jcloud_desk.domain.operations import reorder

        edit = reorder(project.phases_of(project.phase[phase_id].process_id), phase_id, new_index)
        if edit is not None:
            self.push_edit(edit, self.tr("Reorder phases"))

    def _close_current(self) -> None:
        if self.opened is None:
            return
        self._remember_view()
        self.undo_stack.clear()
        self.properties_dock.show_step(None, [])
        self.fitgap_dock.show_step(None, [])
        self.catalog_dock.set_project(None)
        self.ledger_dock.set_project(None)
        self.harmonization_dock.set_project(None)
        self.checks_dock.show_process(None, "")
        self.dashboard_dock.show_process(None, "")
        self.notes_dock.show_context(None, "", [])
        self.overview_dock.overview.follow(None)
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
        if self.scene is not None:
            self.scene.blockSignals(True)  # freed later by Python's GC: it must not call into deleted docks
        self.view, self.scene, self.controller = None, None, None
        self.opened.close()
        self.opened = None
        if self._bridge is not None:
            self._bridge.deleteLater()
            self._bridge = None

    def _remember_view(self) -> None:
        if self.opened is None or self.scene is None or self.view is None:
            return
        key = str(self.opened.path.resolve())
        self.settings.last_process[key] = self.scene.process_id
        self.settings.zoom[key] = round(self.view.zoom(), 3)
        self.store.save(self.settings)

    def show_process(self, process_id: str) -> None:
        """Draw one process and fit it into the view."""
        if self.scene is None or self.view is None:
            return
        self.scene.set_process(process_id)
        self.view.fit_readable()
        self.checks_dock.show_process(self.opened.project if self.opened else None, process_id)
        self.dashboard_dock.show_process(self.opened.project if self.opened else None, process_id)
        self.notes_dock.show_context(self.opened.project if self.opened else None, process_id, [])
        self._update_status()

    def reveal_step(self, process_id: str, step_id: str) -> None:
        """Show a step: switch process if needed, select it and centre it."""
        if self.scene is None or self.view is None:
            return
        if process_id and process_id != self.scene.process_id:
            self.process_dock.select_process(process_id)
        if step_id in self.scene.step_items:
            self.scene.select_steps([step_id])
            self.view.stop_auto_fit()
            self.view.centerOn(self.scene.step_items[step_id])
            self.view.setFocus()

    def _reveal_phase(self, phase_id: str) -> None:
        """A new phase column is often appended off-screen: scroll to it."""
        if self.scene is not None and self.view is not None and phase_id in self.scene.phase_items:
            self.view.stop_auto_fit()
            self.view.ensureVisible(self.scene.phase_items[phase_id], 40, 40)

    def _select_process_later(self, process_id: str) -> None:
        if self.opened is not None:
            self.process_dock.populate(self.opened.project, process_id)
            self.show_process(process_id)

    def push_edit(self, edit: Edit, text: str) -> None:
        """Apply an edit as one undoable command."""
        if self.opened is None:
            return
        if self.opened.read_only:
            self.statusBar().showMessage(self.tr("The project is open read-only."), 5000)
            return
        self.undo_stack.push(EditCommand(self.opened.session, edit, text))

    # --- dialogs ----------------------------------------------------------------------------------
    def save_as(self, path: Path) -> bool:
        """Continue the project in ``path`` (the way out after a write failure)."""
        if self.opened is None:
            return False
        try:
            self.opened = self.service.save_as(self.opened, path)
        except StorageError as error:
            QMessageBox.critical(self, self.tr("Cannot save project"), storage_error_text(error))
            return False
        self.settings.add_recent(self.opened.path)
        self.store.save(self.settings)
        self._update_title()
        self._update_status()
        return True

    def open_find_bar(self) -> None:
        """Ctrl+F."""
        self.find_bar.open_bar()

    # --- view helpers -------------------------------------------------------------------------------
    def fit_all(self) -> None:
        """Fit the whole process into the view."""
        if self.view is not None:
            self.view.fit_all()

    def zoom_to(self, factor: float) -> None:
        """Absolute zoom."""
        if self.view is not None:
            self.view.set_zoom(factor)

    def zoom_by(self, factor: float) -> None:
        """Relative zoom."""
        if self.view is not None:
            self.view.zoom_by(factor)

    def auto_layout(self) -> None:
        """Lay out the current process (one undo step)."""
        if self.opened is not None and self.scene is not None and not self.opened.read_only:
            self.layout_runner.run(self.opened.project, self.scene.process_id)

    def toggle_verdicts(self, checked: bool) -> None:
        """The user switched the verdict colour overlay (remembered; presentation mode keeps it on anyway)."""
        self.settings.show_verdicts = checked
        self.store.save(self.settings)
        self.apply_verdicts()

    def apply_verdicts(self) -> None:
        """Show verdict colours and their legend when switched on or while presenting."""
        shown = self.verdict_action.isChecked() or self.presentation.active
        if self.scene is not None:
            self.scene.set_show_verdicts(shown)
        if self.view is not None:
            legend = [(theme.VERDICT_COLORS[v], verdict_label(v)) for v in VERDICT_ORDER] if shown else None
            self.view.set_legend(legend)

    # --- reacting to the model ----------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if self.scene is not None:
            self.scene.apply_change(change)
        project = self.opened.project if self.opened else None
        if project is not None and change.kinds() & {"process", "step"}:
            current = self.scene.process_id if self.scene else ""
            if current not in project.process:
                processes = project.processes()
                current = processes[0].id if processes else ""
                self.show_process(current)
            self.process_dock.populate(project, current)
        self.properties_dock.refresh()
        self.fitgap_dock.refresh()
        if change.kinds() & {"link", "item", "catalog", "info"}:
            self.catalog_dock.refresh()
        self.checks_dock.schedule_refresh()
        self.ledger_dock.apply_change(change)
        self.dashboard_dock.schedule_refresh()
        self.harmonization_dock.schedule_refresh()
        if change.kinds() & {"note", "step"}:
            self.notes_dock.refresh()
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
                u=counts[Verdict.UNASSESSED.value], g=counts[Verdict.GAP.value]))
        if self.opened.read_only:
            self._status_save.setText(self.tr("Read-only"))
        elif self.opened.session.detached:
            self._status_save.setText(self.tr("NOT SAVED — use Save As"))
        else:
            self._status_save.setText(self.tr("Saved automatically"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presentation.set_active(False)
        self.window_state.save()
        self._close_current()
        super().closeEvent(event)
