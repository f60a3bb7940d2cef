"""The project's chosen vendor in the UI: the combo that chooses it (project settings dialog, vendor dock) and the
caption that names it, saying when the project has not chosen one (then the vendor with the most answers counts).

Which vendor counts is decided by ``analysis.vendor_index.chosen_vendor`` only; this module just shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from jcloud_desk.analysis.vendor_index import VendorIndex, fallback_vendor, vendors
from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.project_ops import configure_project

translate = QCoreApplication.translate


def fill_vendor_choice(combo: QComboBox, project: Project | None) -> None:
    """Offer "not chosen" (data "") and every imported vendor, the project's setting selected; no signals."""
    combo.blockSignals(True)
    combo.clear()
    if project is not None:
        fallback = fallback_vendor(project)
        combo.addItem(translate("VendorChoice", "Not chosen: the vendor with the most answers ({vendor})").format(
            vendor=fallback) if fallback else translate("VendorChoice", "Not chosen (no vendor answers imported)"),
            "")
        names = vendors(project)
        setting = project.meta.vendor
        for name in names if not setting or setting in names else [*names, setting]:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(setting)))
        combo.setToolTip(combo.currentText())  # a narrow combo elides the "not chosen" entry
    combo.setEnabled(combo.count() > 1)
    combo.blockSignals(False)


def selected_vendor(combo: QComboBox) -> str:
    """The vendor chosen in a combo filled by ``fill_vendor_choice`` ("" = not chosen)."""
    return str(combo.currentData() or "")


def vendor_choice_edit(project: Project, combo: QComboBox) -> Edit | None:
    """The edit setting the project's vendor to the combo's choice (None when unchanged)."""
    return configure_project(project, vendor=selected_vendor(combo))


def vendor_caption(index: VendorIndex) -> str:
    """The vendor's name, with "(most answers; none chosen)" when the project has not chosen it."""
    if index.chosen or not index.vendor:
        return index.vendor
    return translate("VendorChoice", "{vendor} (most answers; no vendor chosen)").format(vendor=index.vendor)
