"""The docks of the 帳票 / vendor work, declared in one place so the main window places them with one line.

They are built when first shown (``ui.window.lazy_docks``): each spec names the dock class (also its object name
and the translation context of its title), its module and the dock's own title text.
"""

from __future__ import annotations

from jcloud_desk.ui.window.lazy_docks import DockSpec

#: The 帳票 (現行帳票), vendor answers and 標準オプション docks.
FORMS_DOCKS = (
    DockSpec("CurrentFormsDock", "jcloud_desk.ui.docks.current_forms_dock", "Forms"),
    DockSpec("VendorDock", "jcloud_desk.ui.docks.vendor_dock", "Vendor answers"),
    DockSpec("OptionDecisionsDock", "jcloud_desk.ui.docks.option_decisions_dock", "Standard options"),
)
