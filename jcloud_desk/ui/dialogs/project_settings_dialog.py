"""ProjectSettingsDialog: the project's name, municipality, 団体区分, business, description and chosen vendor.

The 団体区分 decides which 実装区分 applies to items whose class depends on it (「本機能は、一般市区町村においては
実装してもしなくても良い。」); a project that has not set it is evaluated as 一般市, and the dialog says so.
The vendor combo lists the vendors whose answers were imported; its first entry leaves the choice open (the vendor
with the most answers counts, named in the entry). OK keeps one edit of the changed fields in ``result_edit``
(None when nothing changed) for the caller to push.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.project_ops import configure_project
from jcloud_desk.ui.dialogs.new_project_dialog import BUSINESSES
from jcloud_desk.ui.labels import municipality_type_label
from jcloud_desk.ui.vendor_choice import fill_vendor_choice, selected_vendor


class ProjectSettingsDialog(QDialog):
    """Edits the project's own settings; ``result_edit`` holds the edit after OK."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectSettingsDialog")
        self.setWindowTitle(self.tr("Project settings"))
        self._project = project
        self.result_edit: Edit | None = None
        meta = project.meta
        form = QFormLayout(self)
        self.name = QLineEdit(meta.name, self)
        self.municipality = QLineEdit(meta.municipality, self)
        self.municipality.setPlaceholderText(self.tr("e.g. みどり市"))
        self.municipality_type = QComboBox(self)
        self.municipality_type.setObjectName("municipalityType")
        for kind in MunicipalityType:
            self.municipality_type.addItem(municipality_type_label(kind), kind.value)
        self.municipality_type.setCurrentIndex(self.municipality_type.findData(meta.municipality_type.value))
        self.type_hint = QLabel(self)
        self.type_hint.setWordWrap(True)
        self.type_hint.setStyleSheet("color: #555;")
        self.municipality_type.currentIndexChanged.connect(lambda _i: self._show_hint())
        self.business = QComboBox(self)
        self.business.setEditable(True)
        extra = [meta.business] if meta.business and meta.business not in BUSINESSES else []
        self.business.addItems(["", *extra, *BUSINESSES])
        self.business.setCurrentText(meta.business)
        self.description = QPlainTextEdit(meta.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Municipality"), self.municipality)
        form.addRow(self.tr("Municipality type (団体区分)"), self.municipality_type)
        form.addRow(self.type_hint)
        form.addRow(self.tr("Business"), self.business)
        form.addRow(self.tr("Description"), self.description)
        self.vendor = QComboBox(self)
        self.vendor.setObjectName("projectVendor")
        fill_vendor_choice(self.vendor, project)
        form.addRow(self.tr("Vendor"), self.vendor)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               parent=self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self._show_hint()
        self.setMinimumWidth(480)

    def selected_vendor(self) -> str:
        """The chosen vendor ("" when left to the vendor with the most answers)."""
        return selected_vendor(self.vendor)

    def selected_type(self) -> MunicipalityType:
        """The 団体区分 chosen."""
        return MunicipalityType(self.municipality_type.currentData())

    def set_type(self, kind: MunicipalityType) -> None:
        """Choose a 団体区分."""
        self.municipality_type.setCurrentIndex(self.municipality_type.findData(kind.value))

    def _show_hint(self) -> None:
        if self.selected_type() is MunicipalityType.UNKNOWN:
            self.type_hint.setText(self.tr("Not set: items whose class depends on the municipality type are "
                                           "evaluated as for a city (一般市)."))
        else:
            self.type_hint.setText(self.tr("Items whose class depends on the municipality type are evaluated "
                                           "for this type (coverage, checks, open risks, reports)."))

    def accept(self) -> None:
        """Build the edit of the changed fields, then close."""
        self.result_edit = configure_project(
            self._project, name=self.name.text(), municipality=self.municipality.text(),
            business=self.business.currentText(), description=self.description.toPlainText(),
            municipality_type=self.selected_type(), vendor=self.selected_vendor())
        super().accept()
