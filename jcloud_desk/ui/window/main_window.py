"""MainWindow: composes the document, the diagram, the docks, the window parts and the menus — nothing else.

Each part subscribes to the ProjectDocument itself; adding a dock is one line in ``_build_docks`` (a
``DocumentDock`` subclass needs no other wiring). The docks that start behind another tab are built when first
shown (``LazyDocks``; a ``DockSpec`` names their module and title); ``window.ledger_dock`` and the like build
them on demand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.after_paint import AfterPaint
from jcloud_desk.ui.docks.checks_dock import ChecksDock
from jcloud_desk.ui.docks.forms_docks import FORMS_DOCKS
from jcloud_desk.ui.docks.overview_dock import OverviewDock
from jcloud_desk.ui.docks.process_list_dock import ProcessListDock
from jcloud_desk.ui.docks.properties_dock import PropertiesDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.structure_controller import StructureController
from jcloud_desk.ui.window.diagram import DiagramPart
from jcloud_desk.ui.window.dock_specs import (
    CATALOG,
    DASHBOARD,
    FITGAP,
    HARMONIZATION,
    HISTORY,
    LEDGER,
    NOTES,
    REVIEW,
)
from jcloud_desk.ui.window.file_actions import FileActions
from jcloud_desk.ui.window.lazy_docks import BuiltDock, LazyDocks
from jcloud_desk.ui.window.menus import WindowMenus
from jcloud_desk.ui.window.merge import MergeActions
from jcloud_desk.ui.window.presentation import PresentationMode
from jcloud_desk.ui.window.shortcuts import WindowShortcuts
from jcloud_desk.ui.window.status import StatusPart
from jcloud_desk.ui.window.suggestions import SuggestionActions
from jcloud_desk.ui.window.transfer import TransferActions
from jcloud_desk.ui.window_state import WindowState, keep_dock_tabs_whole, scroll_when_cramped

if TYPE_CHECKING:
    from jcloud_desk.ui.docks.catalog_dock import CatalogDock
    from jcloud_desk.ui.docks.dashboard_dock import DashboardDock
    from jcloud_desk.ui.docks.document_dock import DocumentDock
    from jcloud_desk.ui.docks.fitgap_dock import FitGapDock
    from jcloud_desk.ui.docks.harmonization_dock import HarmonizationDock
    from jcloud_desk.ui.docks.history_dock import HistoryDock
    from jcloud_desk.ui.docks.ledger_dock import LedgerDock
    from jcloud_desk.ui.docks.links_panel import LinksPanel
    from jcloud_desk.ui.docks.notes_dock import NotesDock
    from jcloud_desk.ui.docks.review_dock import ReviewDock

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
D = TypeVar("D", bound=QDockWidget)
#: The smallest the window can be (above what its docks need; below a 1024×600 netbook screen), and the bottom
#: docks' share of its height at a first start (their tables show four rows or so at 768 px).
MINIMUM_WINDOW_SIZE, BOTTOM_SHARE = (640, 480), 0.3


class MainWindow(WindowShortcuts, QMainWindow):
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
        self.suggestions = SuggestionActions(self, self.document, self._links_panel, settings)
        self.file_actions.settings_changed.connect(self.suggestions.settings_changed)
        self.menus = WindowMenus(self, self.document, self.file_actions, self.transfer, self.merge,
                                 self.structure, self.diagram, self.presentation, self.docks, self.suggestions)
        self.lazy.replaced.connect(self.menus.replace_dock)
        self.document.item_requested.connect(self._item_requested)
        self.process_dock.context_menu_requested.connect(self.menus.show_process_menu)
        self.process_dock.process_activated.connect(lambda pid: self.structure.process_settings(pid))
        self.overview_dock.overview.follow(self.diagram.view)
        # a project opened in the shown window draws its minimap in the turn after the window has painted it (as
        # the checks); another process shown draws it at once; edits re-render it a moment later
        self._overview_after_paint = AfterPaint(self, self._render_overview)
        self.document.project_replaced.connect(self._render_overview_after_paint)
        self.document.process_changed.connect(self._render_overview)
        scroll_when_cramped(self.docks())
        self.window_state = WindowState(self, settings, store, self.default_dock_sizes)
        self.window_state.restore()
        keep_dock_tabs_whole(self, self.docks())

    # --- composition -------------------------------------------------------------------------------
    def _build_docks(self) -> None:
        d = self.document
        self.lazy = LazyDocks(self, d)
        self.lazy.on_build(self._dock_built)
        lazy = self.lazy.place
        self.process_dock = self._place(ProcessListDock(d, self), LEFT)
        self.overview_dock = self._place(OverviewDock(self), LEFT)
        self.properties_dock = self._place(PropertiesDock(d, self), RIGHT)
        fitgap = lazy(FITGAP, RIGHT)
        catalog = lazy(CATALOG, RIGHT)
        self.checks_dock = self._place(ChecksDock(d, self), BOTTOM)
        ledger = lazy(LEDGER, BOTTOM, self.checks_dock)
        dashboard = lazy(DASHBOARD, BOTTOM, ledger)
        notes = lazy(NOTES, BOTTOM, dashboard)
        harmonization = lazy(HARMONIZATION, BOTTOM, ledger)
        for spec in FORMS_DOCKS:
            lazy(spec, BOTTOM, harmonization)
        lazy(REVIEW, BOTTOM, notes)
        self.checks_dock.raise_()
        history = lazy(HISTORY, RIGHT)
        self.tabifyDockWidget(self.properties_dock, fitgap)
        self.tabifyDockWidget(fitgap, catalog)
        self.tabifyDockWidget(catalog, history)
        self.properties_dock.raise_()

    def _dock_built(self, dock: QDockWidget) -> None:
        """Wiring of a dock built later (LazyDocks), before it reads the project."""
        name = dock.objectName()
        if name == DASHBOARD.name:
            cast("DashboardDock", dock).review_requested.connect(self._reveal_review)
        elif name == FITGAP.name and hasattr(self, "suggestions"):
            self.suggestions.links_built(cast("FitGapDock", dock).links)

    def _item_requested(self, item_id: str) -> None:
        if not self.lazy.is_built(CATALOG.name):  # once built, the catalogue dock answers requests itself
            self.catalog_dock.reveal_item(item_id)

    def _reveal_review(self) -> None:
        self.review_dock.reveal()

    def _links_panel(self) -> LinksPanel:
        return self.fitgap_dock.links

    def default_dock_sizes(self) -> None:
        """Dock sizes of a first start (later runs restore the user's): the Fit&Gap form needs ~350 px."""
        height = self.height()
        self.resizeDocks([self.process_dock, self.properties_dock], [230, 350], Qt.Orientation.Horizontal)
        self.resizeDocks([self.process_dock, self.overview_dock, self.checks_dock],
                         [int(height * 0.45), 150, max(200, int(height * BOTTOM_SHARE))], Qt.Orientation.Vertical)

    def _render_overview(self) -> None:
        self._overview_after_paint.cancel()  # drawn now: a pending drawing after the first frame is not needed
        if self.overview_dock.isVisible():
            self.overview_dock.overview.render_now()

    def _render_overview_after_paint(self) -> None:
        if self.document.lazy_docks and self.isVisible():
            self._overview_after_paint.schedule(self)
        else:
            self._render_overview()

    def _place(self, dock: D, area: Qt.DockWidgetArea, tab_with: QDockWidget | None = None) -> D:
        """Add ``dock`` to ``area`` (as a tab next to ``tab_with``)."""
        self.addDockWidget(area, dock)
        if tab_with is not None:
            self.tabifyDockWidget(tab_with, dock)
        return dock

    def docks(self) -> list[QDockWidget]:
        """Every dock as the window shows it now, a dock not built yet as its slot (the View menu, presentation
        mode)."""
        current = self.lazy.current
        return [self.process_dock, self.overview_dock, self.properties_dock,
                *(current(s.name) for s in (FITGAP, CATALOG, HISTORY)), self.checks_dock,
                *(current(s.name) for s in (LEDGER, DASHBOARD, NOTES, HARMONIZATION, *FORMS_DOCKS, REVIEW))]

    # --- the docks built when first shown (built now when asked for) ---------------------------------
    fitgap_dock: BuiltDock[FitGapDock] = BuiltDock(FITGAP)
    catalog_dock: BuiltDock[CatalogDock] = BuiltDock(CATALOG)
    history_dock: BuiltDock[HistoryDock] = BuiltDock(HISTORY)
    ledger_dock: BuiltDock[LedgerDock] = BuiltDock(LEDGER)
    dashboard_dock: BuiltDock[DashboardDock] = BuiltDock(DASHBOARD)
    notes_dock: BuiltDock[NotesDock] = BuiltDock(NOTES)
    harmonization_dock: BuiltDock[HarmonizationDock] = BuiltDock(HARMONIZATION)
    review_dock: BuiltDock[ReviewDock] = BuiltDock(REVIEW)  # 要再確認 (re-check after revision)

    @property
    def forms_docks(self) -> list[DocumentDock]:
        """The 帳票 (現行帳票), vendor answers and 標準オプション docks."""
        return [cast("DocumentDock", self.lazy.get(spec.name)) for spec in FORMS_DOCKS]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presentation.set_active(False)  # the remembered layout is the normal one, with its docks
        self.window_state.save()
        self.file_actions.close()
        super().closeEvent(event)
