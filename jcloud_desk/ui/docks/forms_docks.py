"""The docks of the 帳票 / vendor work, created in one place so the main window places them with one line."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jcloud_desk.ui.docks.current_forms_dock import CurrentFormsDock
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.docks.option_decisions_dock import OptionDecisionsDock
from jcloud_desk.ui.docks.vendor_dock import VendorDock
from jcloud_desk.ui.document import ProjectDocument


def forms_docks(document: ProjectDocument, parent: QWidget) -> list[DocumentDock]:
    """The 帳票 (現行帳票), vendor answers and 標準オプション docks."""
    return [CurrentFormsDock(document, parent), VendorDock(document, parent), OptionDecisionsDock(document, parent)]
