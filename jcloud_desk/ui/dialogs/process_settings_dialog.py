"""ProcessSettingsDialog: a process's name, variant (As-Is / To-Be / 標準), municipality, business and notes.

OK keeps one ``SetFields`` of the changed fields in ``result_edit`` (None when nothing changed) for the caller
to push; an empty name keeps the dialog open with a message.
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

from jcloud_desk.analysis.group_states import municipalities_of
from jcloud_desk.domain.edits import Edit, SetFields
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.dialogs.new_project_dialog import BUSINESSES
from jcloud_desk.ui.labels import process_kind_label


class ProcessSettingsDialog(QDialog):
    """Edits the settings of one process; ``result_edit`` holds the edit after OK."""

    def __init__(self, project: Project, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProcessSettingsDialog")
        self.setWindowTitle(self.tr("Process settings"))
        self._process = project.process[process_id]
        self.result_edit: Edit | None = None
        process = self._process
        form = QFormLayout(self)
        self.name = QLineEdit(process.name, self)
        self.kind = QComboBox(self)
        for kind in ProcessKind:
            self.kind.addItem(process_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(process.kind.value))
        self.municipality = QComboBox(self)
        self.municipality.setEditable(True)
        self.municipality.addItems(["", *(m.name for m in municipalities_of(project))])
        self.municipality.setCurrentText(process.municipality)
        line = self.municipality.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type the municipality"))
        self.business = QComboBox(self)
        self.business.setEditable(True)
        known = list(BUSINESSES)
        extra = [b for b in dict.fromkeys([process.business, project.meta.business]) if b and b not in known]
        self.business.addItems(["", *extra, *known])
        self.business.setCurrentText(process.business)
        self.notes = QPlainTextEdit(process.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        form.addRow(self.tr("Process name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Municipality"), self.municipality)
        form.addRow(self.tr("Business"), self.business)
        form.addRow(self.tr("Notes"), self.notes)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b03a2e;")
        form.addRow(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               parent=self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.setMinimumWidth(460)

    def set_kind(self, kind: ProcessKind) -> None:
        """Choose a variant."""
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def values(self) -> dict[str, object]:
        """The fields as entered (stripped, except the notes)."""
        return {
            "name": self.name.text().strip(),
            "kind": ProcessKind(self.kind.currentData()),
            "municipality": self.municipality.currentText().strip(),
            "business": self.business.currentText().strip(),
            "notes": self.notes.toPlainText(),
        }

    def accept(self) -> None:
        """Validate, build the edit of the changed fields, close."""
        values = self.values()
        if not values["name"]:
            self.message.setText(self.tr("The process needs a name."))
            self.name.setFocus()
            return
        changed = {key: value for key, value in values.items() if getattr(self._process, key) != value}
        self.result_edit = SetFields.of(self._process, **changed) if changed else None
        super().accept()
