"""MainWindow: composes the document, the diagram, the docks, the window parts and the menus — nothing else.

Each part subscribes to the ProjectDocument itself; adding a dock is one line in ``_build_docks`` (a
``DocumentDock`` subclass needs no other wiring).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from jcloud_desk.domain.edits import Edit
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.docks.catalog_dock import CatalogDock
from jcloud_desk.ui.docks.checks_dock import ChecksDock
from jcloud_desk.ui.docks.dashboard_dock import DashboardDock
from jcloud_desk.ui.docks.fitgap_dock import FitGapDock
from jcloud_desk.ui.docks.forms_docks import forms_docks
from jcloud_desk.ui.docks.harmonization_dock import HarmonizationDock
from jcloud_desk.ui.docks.history_dock import HistoryDock
from jcloud_desk.ui.docks.ledger_dock import LedgerDock
from jcloud_desk.ui.docks.notes_dock import NotesDock
from jcloud_desk.ui.docks.overview_dock import OverviewDock
from jcloud_desk.ui.docks.process_list_dock import ProcessListDock
from jcloud_desk.ui.docks.properties_dock import PropertiesDock
from jcloud_desk.ui.docks.review_dock import ReviewDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.editor_controller import EditorController
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView
from jcloud_desk.ui.structure_controller import StructureController
from jcloud_desk.ui.window.diagram import DiagramPart
from jcloud_desk.ui.window.file_actions import FileActions
from jcloud_desk.ui.window.menus import WindowMenus
from jcloud_desk.ui.window.merge import MergeActions
from jcloud_desk.ui.window.presentation import PresentationMode
from jcloud_desk.ui.window.status import StatusPart
from jcloud_desk.ui.window.suggestions import SuggestionActions
from jcloud_desk.ui.window.transfer import TransferActions
from jcloud_desk.ui.window_state import WindowState, keep_dock_tabs_whole, scroll_when_cramped

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
D = TypeVar("D", bound=QDockWidget)


#: The smallest the window can be made (above what its docks need; below a 1024×600 netbook screen).
MINIMUM_WINDOW_SIZE = (640, 480)


class MainWindow(QMainWindow):
    """One window shows one open project."""

    def __init__(self, service: ProjectService, store: SettingsStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        # a fixed floor, so that dock contents that grow on load do not change the window's size limits
        self.setMinimumSize(*MINIMUM_WINDOW_SIZE)
        self.service, self.store, self.settings = service, store, settings
        self.document = ProjectDocument(service.current_user, self)
        self.structure = StructureController(self, self.document)
        # the Fit&Gap form and its suggestions get the window's full height (1366×768 laptops)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self._build_docks()
        self.diagram = DiagramPart(self, self.document, self.structure, settings, store)
        self.setCentralWidget(self.diagram.central)
        self.status = StatusPart(self, self.document, self.diagram.view)
        self.file_actions = FileActions(self, self.document, service, settings, store, self.diagram.view)
        banner = self.diagram.read_only_banner
        banner.save_as_requested.connect(self.file_actions.save_as_dialog)
        self.file_actions.read_only_file_opened.connect(banner.show_file_reason)
        self.transfer = TransferActions(self, self.document, self.diagram.scene)
        self.merge = MergeActions(self, self.document, service)
        self.presentation = PresentationMode(self, self.document, self.diagram, self.docks)
        self.suggestions = SuggestionActions(self, self.document, self.fitgap_dock.links, settings)
        self.file_actions.settings_changed.connect(self.suggestions.settings_changed)
        self.menus = WindowMenus(self, self.document, self.file_actions, self.transfer, self.merge,
                                 self.structure, self.diagram, self.presentation, self.docks, self.suggestions)
        self.process_dock.context_menu_requested.connect(self.menus.show_process_menu)
        self.process_dock.process_activated.connect(lambda pid: self.structure.process_settings(pid))
        self.overview_dock.overview.follow(self.diagram.view)
        scroll_when_cramped(self.docks())
        self.window_state = WindowState(self, settings, store, self.default_dock_sizes)
        self.window_state.restore()
        keep_dock_tabs_whole(self, self.docks())

    # --- composition -------------------------------------------------------------------------------
    def _build_docks(self) -> None:
        d = self.document
        self.process_dock = self._place(ProcessListDock(d, self), LEFT)
        self.overview_dock = self._place(OverviewDock(self), LEFT)
        self.properties_dock = self._place(PropertiesDock(d, self), RIGHT)
        self.fitgap_dock = self._place(FitGapDock(d, self), RIGHT)
        self.catalog_dock = self._place(CatalogDock(d, self), RIGHT)
        self.checks_dock = self._place(ChecksDock(d, self), BOTTOM)
        self.ledger_dock = self._place(LedgerDock(d, self), BOTTOM, self.checks_dock)
        self.dashboard_dock = self._place(DashboardDock(d, self), BOTTOM, self.ledger_dock)
        self.notes_dock = self._place(NotesDock(d, self), BOTTOM, self.dashboard_dock)
        self.harmonization_dock = self._place(HarmonizationDock(d, self), BOTTOM, self.ledger_dock)
        self.forms_docks = [self._place(dock, BOTTOM, self.harmonization_dock) for dock in forms_docks(d, self)]
        self.review_dock = self._place(ReviewDock(d, self), BOTTOM, self.notes_dock)  # 要再確認 (revisions)
        self.dashboard_dock.review_requested.connect(self.review_dock.reveal)
        self.checks_dock.raise_()
        self.history_dock = self._place(HistoryDock(d, self), RIGHT)
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

    def _place(self, dock: D, area: Qt.DockWidgetArea, tab_with: QDockWidget | None = None) -> D:
        """Add ``dock`` to ``area`` (as a tab next to ``tab_with``)."""
        self.addDockWidget(area, dock)
        if tab_with is not None:
            self.tabifyDockWidget(tab_with, dock)
        return dock

    def docks(self) -> list[QDockWidget]:
        """Every dock (for the View menu and presentation mode)."""
        return [self.process_dock, self.overview_dock, self.properties_dock, self.fitgap_dock, self.catalog_dock,
                self.history_dock, self.checks_dock, self.ledger_dock, self.dashboard_dock, self.notes_dock,
                self.harmonization_dock, *self.forms_docks, self.review_dock]

    # --- shortcuts for callers and tests ----------------------------------------------------------
    @property
    def opened(self) -> OpenProject | None:
        """The open project file (None when nothing is open)."""
        return self.document.opened

    @property
    def undo_stack(self) -> QUndoStack:
        """The document's undo stack."""
        return self.document.undo_stack

    @property
    def scene(self) -> ProcessScene:
        """The diagram's scene."""
        return self.diagram.scene

    @property
    def view(self) -> ProcessView:
        """The diagram's view."""
        return self.diagram.view

    @property
    def controller(self) -> EditorController:
        """The diagram's editing commands."""
        return self.diagram.controller

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project file (offering read-only access when it is in use)."""
        return self.file_actions.open_path(path, read_only)

    def push_edit(self, edit: Edit, text: str) -> bool:
        """Apply an edit as one undoable command."""
        return self.document.push(edit, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presentation.set_active(False)  # the remembered layout is the normal one, with its docks
        self.window_state.save()
        self.file_actions.close()
        super().closeEvent(event)
