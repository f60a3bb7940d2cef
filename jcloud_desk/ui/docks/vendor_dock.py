"""VendorDock: the vendor's answers over the standard catalogue (○ / △ / × / オプション, 提供予定日), the go-live
date, the project's chosen vendor (the combo sets the project setting, one undoable edit; "not chosen" leaves it to
the vendor with the most answers), and the round trip: import an answer file, export the Fit&Gap sheet, import
the filled-in sheet (diff first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.vendor_layer import VendorIndex, late_items, missing_items, unanswered_items
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.edits import Change, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswerKind
from jcloud_desk.io.errors import FormatError
from jcloud_desk.io.forms.vendor_answers import parse_date
from jcloud_desk.services.vendor_service import import_vendor_answers
from jcloud_desk.services.vendor_sheet_service import export_vendor_sheet, plan_vendor_sheet
from jcloud_desk.ui import theme
from jcloud_desk.ui.dialogs.vendor_sheet_dialog import VendorSheetDialog
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.forms_labels import answer_label, item_kind_label
from jcloud_desk.ui.labels import impl_class_label, in_ui_language
from jcloud_desk.ui.vendor_choice import fill_vendor_choice, vendor_caption, vendor_choice_edit


class VendorDock(DocumentDock):
    """The vendor answers dock."""

    kinds = frozenset({"vendor_answer", "info", "item", "link", "catalog"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("VendorDock")
        self.setWindowTitle(self.tr("Vendor answers"))
        self._project: Project | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Vendor"), body))
        self.vendor = QComboBox(body)
        self.vendor.setObjectName("vendorChoice")
        # the "not chosen" entry is long: the combo must not push the go-live date and the buttons out
        self.vendor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vendor.setMinimumContentsLength(14)
        self.vendor.currentIndexChanged.connect(lambda _i: self._vendor_chosen())
        row.addWidget(self.vendor)
        row.addWidget(QLabel(self.tr("Go-live date"), body))
        self.go_live = QLineEdit(body)
        self.go_live.setObjectName("goLive")
        self.go_live.setPlaceholderText("2026-04-01")
        self.go_live.setMaximumWidth(110)
        self.go_live.setMinimumWidth(90)
        self.go_live.editingFinished.connect(self._go_live_edited)
        row.addWidget(self.go_live)
        row.addStretch(1)
        self.import_answers = QPushButton(self.tr("Import answers..."), body)
        self.import_answers.clicked.connect(lambda: self.import_answer_file())
        self.export_sheet = QPushButton(self.tr("Export sheet for the vendor..."), body)
        self.export_sheet.clicked.connect(lambda: self.export_sheet_to())
        self.import_sheet = QPushButton(self.tr("Import filled-in sheet..."), body)
        self.import_sheet.clicked.connect(lambda: self.import_sheet_from())
        for button in (self.import_answers, self.export_sheet, self.import_sheet):
            row.addWidget(button)
        layout.addLayout(row)
        self.summary = QLabel(body)
        self.summary.setObjectName("vendorSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 8, body)
        self.table.setObjectName("vendorAnswers")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Item ID"), self.tr("Item name"),
                                              self.tr("Class"), self.tr("Answer"), self.tr("Planned date"),
                                              self.tr("Comment"), self.tr("Cost")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table)
        self.setWidget(body)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.go_live, self.import_answers, self.export_sheet, self.import_sheet):
            widget.setEnabled(enabled)

    def on_project(self, project: Project | None) -> None:
        """Show the vendor answers of ``project``."""
        self._project = project
        self._set_enabled(project is not None)
        self._fill_vendors()
        self.refresh()

    def _fill_vendors(self) -> None:
        fill_vendor_choice(self.vendor, self._project)

    def _vendor_chosen(self) -> None:
        """The combo changed: make it the project's vendor (one undoable edit)."""
        if self._project is not None:
            edit = vendor_choice_edit(self._project, self.vendor)
            if edit is not None:
                self._push(edit, self.tr("Choose vendor"))

    def on_change(self, change: Change) -> None:
        """Follow an edit."""
        if self._project is not None and self.cares(change):
            if change.kinds() & {"vendor_answer", "info"}:
                self._fill_vendors()
            self.refresh()

    def refresh(self) -> None:
        """Re-read the answers of the chosen vendor."""
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        project = self._project
        if project is None:
            self.summary.setText("")
            self.go_live.setText("")
            return
        self.go_live.setText(project.meta.go_live_on)
        index = VendorIndex(project)
        items = [i for i in project.items_in_order() if index.answer(i) is not None]
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            answer = index.answer(item)
            assert answer is not None
            cells = (item_kind_label(item.kind), item.code, item.title, impl_class_label(item.impl_class),
                     answer_label(answer.answer), answer.available_on, answer.comment, answer.cost)
            bad = (answer.answer is VendorAnswerKind.NOT_PROVIDED and item.impl_class is ImplClass.MANDATORY)
            warn = bad or index.is_late(answer)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if warn and c in (4, 5):
                    cell.setForeground(QBrush(theme.VERDICT_COLORS[Verdict.GAP]))
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.setSortingEnabled(True)
        self.summary.setText(self.tr("{vendor}: {answers} answers; mandatory answered ×: {missing}; after go-live: "
                                     "{late}; linked items without an answer: {unanswered}").format(
            vendor=vendor_caption(index) or self.tr("no vendor"), answers=len(items),
            missing=len(missing_items(project, index)), late=len(late_items(project, index)),
            unanswered=len(unanswered_items(project, index))))

    def _go_live_edited(self) -> None:
        if self._project is None:
            return
        date = parse_date(self.go_live.text())
        if date is None:
            self.go_live.setText(self._project.meta.go_live_on)
            return
        if date != self._project.meta.go_live_on:
            self._push(SetFields.of(self._project.meta, go_live_on=date), self.tr("Set go-live date"))

    def import_answer_file(self, path: Path | None = None, catalog: str | None = None, vendor: str | None = None
                           ) -> bool:
        """Import a vendor answer file over a catalogue (asks for what is not given); one undo step."""
        project = self._project
        if project is None or not project.catalog:
            return False
        if path is None:
            text, _filter = QFileDialog.getOpenFileName(self, self.tr("Vendor answers"), "",
                                                        self.tr("Tables (*.xlsx *.csv);;All files (*)"))
            if not text:
                return False
            path = Path(text)
        if catalog is None:
            names = list(dict.fromkeys(c.name for c in project.catalog.values()))
            catalog, ok = QInputDialog.getItem(self, self.tr("Vendor answers"), self.tr("Catalogue answered"),
                                               names, 0, False)
            if not ok:
                return False
        if vendor is None:
            vendor, ok = QInputDialog.getText(self, self.tr("Vendor answers"), self.tr("Vendor name"),
                                              text=path.stem)
            if not ok:
                return False
        try:
            edit, result = import_vendor_answers(project, path, catalog, vendor)
        except (FormatError, DomainError) as error:
            QMessageBox.warning(self, self.tr("Cannot import vendor answers"), str(error))
            return False
        if edit is not None:
            self._push(edit, self.tr("Import vendor answers"))
        QMessageBox.information(self, self.tr("Vendor answers"), "\n".join(map(in_ui_language, result.lines()[:40])))
        return edit is not None

    def export_sheet_to(self, path: Path | None = None) -> Path | None:
        """Write the Fit&Gap sheet for the vendor."""
        if self._project is None:
            return None
        if path is None:
            text, _filter = QFileDialog.getSaveFileName(self, self.tr("Sheet for the vendor"), "", "Excel (*.xlsx)")
            if not text:
                return None
            path = Path(text).with_suffix(".xlsx")
        written, _rows = export_vendor_sheet(self._project, path)  # the project's chosen vendor
        return written

    def import_sheet_from(self, path: Path | None = None) -> bool:
        """Read a filled-in sheet, show the diff, apply it as one undo step when the user agrees."""
        if self._project is None:
            return False
        if path is None:
            text, _filter = QFileDialog.getOpenFileName(self, self.tr("Filled-in vendor sheet"), "",
                                                        "Excel (*.xlsx)")
            if not text:
                return False
            path = Path(text)
        try:
            plan = plan_vendor_sheet(self._project, path)
        except FormatError as error:
            QMessageBox.warning(self, self.tr("Cannot read the vendor sheet"), str(error))
            return False
        if VendorSheetDialog(plan, self).exec() != VendorSheetDialog.DialogCode.Accepted or plan.edit is None:
            return False
        self._push(plan.edit, self.tr("Import vendor sheet"))
        return True
