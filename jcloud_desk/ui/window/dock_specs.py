"""The docks the window builds when first shown (``LazyDocks``): their object name, module and title.

Only the docks in front of their tab group at a first start are built with the window; these start as a
``DockSlot`` and are built when their tab is picked or the window's attribute (``window.ledger_dock``) is asked.
"""

from __future__ import annotations

from jcloud_desk.ui.docks.forms_docks import FORMS_DOCKS
from jcloud_desk.ui.window.lazy_docks import DockSpec


def _spec(name: str, module: str, title: str) -> DockSpec:
    return DockSpec(name, f"jcloud_desk.ui.docks.{module}", title)


#: Docks built when first shown; ``title`` is the dock's own ``self.tr`` text (tests compare them). Only the
#: docks in front of their tab group at a first start are built with the window.
FITGAP = _spec("FitGapDock", "fitgap_dock", "Fit&&Gap")
CATALOG = _spec("CatalogDock", "catalog_dock", "Catalogue")
HISTORY = _spec("HistoryDock", "history_dock", "History")
LEDGER = _spec("LedgerDock", "ledger_dock", "Fit&&Gap ledger")
DASHBOARD = _spec("DashboardDock", "dashboard_dock", "Dashboard")
NOTES = _spec("NotesDock", "notes_dock", "Workshop notes")
HARMONIZATION = _spec("HarmonizationDock", "harmonization_dock", "Group harmonization")
REVIEW = _spec("ReviewDock", "review_dock", "Re-check after revision")  # 要再確認 (revisions)
LAZY_DOCKS = (FITGAP, CATALOG, HISTORY, LEDGER, DASHBOARD, NOTES, HARMONIZATION, *FORMS_DOCKS, REVIEW)
