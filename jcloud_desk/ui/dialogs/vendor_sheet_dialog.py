"""VendorSheetDialog: the diff a returned vendor sheet would apply (before → after per item) and the rows that
will not be applied, with their row numbers; Apply makes it one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.vendor import VendorAnswer
from jcloud_desk.services.vendor_sheet_service import VendorSheetPlan
from jcloud_desk.ui.forms_labels import answer_label


class VendorSheetDialog(QDialog):
    """Shows a ``VendorSheetPlan``; accepted only when it has something to apply."""

    def __init__(self, plan: VendorSheetPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vendor answers: changes to apply"))
        self.resize(900, 560)
        self.plan = plan
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Vendor {vendor}: {changes} changes, {unchanged} unchanged, {unanswered} "
                                      "rows without an answer, {problems} rows not applied").format(
            vendor=plan.vendor, changes=len(plan.changes), unchanged=plan.unchanged,
            unanswered=plan.unanswered_rows, problems=len(plan.problems)), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.changes = QTableWidget(len(plan.changes), 5, self)
        self.changes.setObjectName("vendorChanges")
        self.changes.setHorizontalHeaderLabels([self.tr("Item ID"), self.tr("Item name"), self.tr("Before"),
                                                self.tr("After"), self.tr("Rows")])
        for r, change in enumerate(plan.changes):
            for c, text in enumerate((change.item_key, change.title, self._text(change.before),
                                      self._text(change.after), ", ".join(str(n) for n in change.rows))):
                self.changes.setItem(r, c, QTableWidgetItem(text))
        self.changes.resizeColumnsToContents()
        layout.addWidget(self.changes, 2)
        layout.addWidget(QLabel(self.tr("Rows that will not be applied:"), self))
        self.problems = QListWidget(self)
        self.problems.setObjectName("vendorProblems")
        for row, message in plan.problems:
            self.problems.addItem(self.tr("Row {row}: {message}").format(row=row, message=message))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setEnabled(plan.edit is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _text(self, answer: VendorAnswer | None) -> str:
        if answer is None:
            return self.tr("(no answer)")
        text = answer_label(answer.answer)
        if answer.available_on:
            text += " " + self.tr("from {date}").format(date=answer.available_on)
        return text + (f" / {answer.comment}" if answer.comment else "")
