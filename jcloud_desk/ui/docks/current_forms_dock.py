"""CurrentFormsDock (帳票): the 現行帳票 inventory of a municipality, editable in place (undoable), with the 帳票
coverage both ways (実装必須 帳票 nobody refers to; forms without a route) and import from CSV/xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.form_coverage import forms_without_route, unreferenced_mandatory_forms
from jcloud_desk.domain.edits import Add, Change, Remove, batch
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.io.errors import FormatError
from jcloud_desk.services.forms_service import import_inventory, new_form
from jcloud_desk.ui.docks.combo_delegate import ComboDelegate
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import in_ui_language
from jcloud_desk.ui.models.current_forms_model import COLUMNS, CurrentFormsTableModel


def _enum_choices(column: int) -> list[tuple[str, str]]:
    """The difference / route combo of an inventory column (none for the others)."""
    return CurrentFormsTableModel.enum_choices(COLUMNS[column][0])


class CurrentFormsDock(DocumentDock):
    """The 帳票 dock."""

    kinds = frozenset({"current_form", "item", "link", "step", "catalog", "municipality"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("CurrentFormsDock")
        self.setWindowTitle(self.tr("Forms"))
        self._project: Project | None = None
        self.model = CurrentFormsTableModel(document.push)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Forms used today by"), body))
        self.municipality = QComboBox(body)
        self.municipality.setObjectName("formsMunicipality")
        self.municipality.currentIndexChanged.connect(lambda _i: self._show_municipality())
        row.addWidget(self.municipality)
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("Add"), body)
        self.add_button.clicked.connect(self.add_form)
        self.remove_button = QPushButton(self.tr("Remove"), body)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("Import..."), body)
        self.import_button.clicked.connect(lambda: self.import_file())
        for button in (self.add_button, self.remove_button, self.import_button):
            row.addWidget(button)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.table = QTableView(splitter)
        self.table.setObjectName("currentFormsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ComboDelegate(_enum_choices, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.horizontalHeader().setStretchLastSection(True)
        coverage = QWidget(splitter)
        side = QVBoxLayout(coverage)
        side.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(coverage)
        self.summary.setObjectName("formsSummary")
        self.summary.setWordWrap(True)
        side.addWidget(self.summary)
        side.addWidget(QLabel(self.tr("Mandatory forms no step or current form refers to:"), coverage))
        self.unreferenced = QListWidget(coverage)
        self.unreferenced.setObjectName("unreferencedForms")
        side.addWidget(self.unreferenced)
        splitter.addWidget(self.table)
        splitter.addWidget(coverage)
        splitter.setSizes([700, 260])
        layout.addWidget(splitter)
        self.setWidget(body)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.add_button, self.remove_button, self.import_button, self.municipality):
            widget.setEnabled(enabled)

    def on_project(self, project: Project | None) -> None:
        """Show the inventory of ``project``."""
        self._project = project
        self._set_enabled(project is not None)
        self.municipality.blockSignals(True)
        self.municipality.clear()
        if project is not None:
            self.municipality.addItem(project.meta.municipality or self.tr("(this project)"), "")
            for municipality in sorted(project.municipality.values(), key=lambda m: m.name):
                self.municipality.addItem(municipality.name, municipality.id)
        self.municipality.blockSignals(False)
        self._show_municipality()

    def _show_municipality(self) -> None:
        self.model.set_project(self._project, str(self.municipality.currentData() or ""))
        self.table.resizeColumnsToContents()
        self._refresh_coverage()

    def on_change(self, change: Change) -> None:
        """Follow an edit."""
        if self._project is None or not self.cares(change):
            return
        if "municipality" in change.kinds():
            self.on_project(self._project)
            return
        self.model.apply_change(change)
        if change.kinds() & {"current_form", "item", "link", "step", "catalog"}:
            self._refresh_coverage()

    def _refresh_coverage(self) -> None:
        self.unreferenced.clear()
        project = self._project
        if project is None:
            self.summary.setText("")
            return
        missing = unreferenced_mandatory_forms(project)
        for item in missing:
            self.unreferenced.addItem(f"{item.code}  {item.title}")
        self.summary.setText(self.tr("{forms} forms used today, {unrouted} without a route; {missing} mandatory "
                                     "forms not referred to").format(forms=len(project.current_form),
                                                                     unrouted=len(forms_without_route(project)),
                                                                     missing=len(missing)))

    def add_form(self) -> None:
        """Append a blank form (one undo step)."""
        if self._project is not None:
            form = new_form(self._project, str(self.municipality.currentData() or ""))
            self._push(Add(form), self.tr("Add form used today"))

    def remove_selected(self) -> None:
        """Remove the selected forms (one undo step)."""
        if self._project is None:
            return
        ids = sorted({str(self.model.data(index, Qt.ItemDataRole.UserRole))
                      for index in self.table.selectionModel().selectedRows()})
        if ids:
            self._push(batch([Remove(Ref("current_form", i)) for i in ids]), self.tr("Remove forms used today"))

    def import_file(self, path: Path | None = None) -> bool:
        """Import an inventory file for the municipality shown (one undo step); False when nothing was imported."""
        if self._project is None:
            return False
        if path is None:
            text, _filter = QFileDialog.getOpenFileName(self, self.tr("Forms used today"), "",
                                                        self.tr("Tables (*.xlsx *.csv);;All files (*)"))
            if not text:
                return False
            path = Path(text)
        name = self.municipality.currentText() if self.municipality.currentData() else None
        try:
            edit, result = import_inventory(self._project, path, name)
        except (FormatError, DomainError) as error:
            QMessageBox.warning(self, self.tr("Cannot import forms"), str(error))
            return False
        if edit is not None:
            self._push(edit, self.tr("Import forms used today"))
        QMessageBox.information(self, self.tr("Forms imported"), "\n".join(map(in_ui_language, result.lines()[:30])))
        return edit is not None
