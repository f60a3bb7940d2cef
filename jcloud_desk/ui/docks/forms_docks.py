"""The docks of the 帳票 / vendor work, created in one place so the main window registers them with a loop."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jcloud_desk.ui.commands import PushEdit
from jcloud_desk.ui.docks.current_forms_dock import CurrentFormsDock
from jcloud_desk.ui.docks.option_decisions_dock import OptionDecisionsDock
from jcloud_desk.ui.docks.project_dock import ProjectDock
from jcloud_desk.ui.docks.vendor_dock import VendorDock


def forms_docks(push: PushEdit, parent: QWidget) -> list[ProjectDock]:
    """New docks; each has ``set_project(project | None)`` and ``apply_change(change)``."""
    return [CurrentFormsDock(push, parent), VendorDock(push, parent), OptionDecisionsDock(push, parent)]
