"""MunicipalitiesDialog: the municipalities of a group project (団体名, 全国地方公共団体コード, 団体区分).

One row per municipality: the registered ones, then the names that only processes use (so they can be given a
code). OK builds one edit with ``domain.group_ops.update_municipalities`` (adds, removals, changes, and the
processes of a renamed municipality) and keeps it in ``result_edit`` for the caller to push. A municipality that
processes still name cannot be removed; the code must have six digits (a wrong check digit only warns).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.group_states import municipalities_of
from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.group_ops import (
    MunicipalityDraft,
    lg_check_digit,
    lg_check_digit_ok,
    lg_code_well_formed,
    processes_naming,
    update_municipalities,
)
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.labels import municipality_type_label

NAME, CODE, CATEGORY, PROCESSES = range(4)
ERROR_STYLE = "color: #b03a2e;"
WARNING_STYLE = "color: #8a5a00;"


@dataclass(slots=True)
class _RowKey:
    """What a table row stands for: a registered municipality (``id``) and the name its processes use."""

    id: str
    original_name: str


class MunicipalitiesDialog(QDialog):
    """Add, remove and edit the municipalities of the group; ``result_edit`` holds the edit after OK."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MunicipalitiesDialog")
        self.setWindowTitle(self.tr("Municipalities of the group"))
        self._project = project
        self._keys: list[_RowKey] = []
        self.result_edit: Edit | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The municipalities that share the system. Each process names its municipality "
                               "(Process settings); renaming a municipality renames it in its processes too."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("municipalitiesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Municipality"), self.tr("Local government code"),
                                              self.tr("Category"), self.tr("Processes using it")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # the fields sit on the cells: let the row's light selection show through them
        self.table.setStyleSheet("QTableWidget::item:selected { background: #dbe9f7; color: black; }"
                                 "QTableWidget QLineEdit { background: transparent; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CODE, 190), (CATEGORY, 130), (PROCESSES, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        buttons_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected municipality"))
        self.remove_button.clicked.connect(lambda: self.remove_row(self.table.currentRow()))
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.message = QLabel(self)
        self.message.setObjectName("municipalitiesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               parent=self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        for municipality in municipalities_of(project):
            self.add_row(municipality.name, municipality.lg_code, municipality.category, municipality.id,
                         original_name=municipality.name)
        if self.table.rowCount():
            self.table.selectRow(0)
        self.resize(660, 380)

    # --- rows --------------------------------------------------------------------------------------
    def add_row(self, name: str = "", lg_code: str = "", category: MunicipalityType | str = "",
                municipality_id: str = "", original_name: str = "") -> int:
        """Append a row (a new municipality unless ``municipality_id`` or ``original_name`` says otherwise)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._keys.append(_RowKey(municipality_id, original_name))
        name_edit = QLineEdit(name, self.table)
        name_edit.setPlaceholderText(self.tr("e.g. みどり市"))
        code_edit = QLineEdit(lg_code, self.table)
        code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), code_edit))
        code_edit.setPlaceholderText(self.tr("6 digits"))
        code_edit.textChanged.connect(lambda _text: self._show_code_warnings())
        category_box = QComboBox(self.table)
        for kind in MunicipalityType:
            category_box.addItem(municipality_type_label(kind), kind.value)
        category_box.setCurrentIndex(max(0, category_box.findData(MunicipalityType(category).value)))
        for column, widget in ((NAME, name_edit), (CODE, code_edit), (CATEGORY, category_box)):
            widget.setFrame(False)
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        used = len(processes_naming(self._project, original_name)) if original_name else 0
        count = QTableWidgetItem(str(used))
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not municipality_id and original_name:
            count.setToolTip(self.tr("Named by processes but not registered yet: give it a code to register it"))
        self.table.setItem(row, PROCESSES, count)
        self.table.setRowHeight(row, 30)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in a row's field makes it the current row (the one Remove acts on)."""
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                for column in (NAME, CODE, CATEGORY):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
        return super().eventFilter(watched, event)

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.selectRow(row)
        self.name_edit(row).setFocus()

    def name_edit(self, row: int) -> QLineEdit:
        """The 団体名 field of a row."""
        widget = self.table.cellWidget(row, NAME)
        assert isinstance(widget, QLineEdit)
        return widget

    def code_edit(self, row: int) -> QLineEdit:
        """The 全国地方公共団体コード field of a row."""
        widget = self.table.cellWidget(row, CODE)
        assert isinstance(widget, QLineEdit)
        return widget

    def category_box(self, row: int) -> QComboBox:
        """The 団体区分 field of a row."""
        widget = self.table.cellWidget(row, CATEGORY)
        assert isinstance(widget, QComboBox)
        return widget

    def row_of(self, name: str) -> int:
        """The row whose name is ``name`` (-1 when none)."""
        return next((row for row in range(self.table.rowCount()) if self.name_edit(row).text().strip() == name), -1)

    def remove_row(self, row: int) -> bool:
        """Remove a row, unless processes still name its municipality (then say so and keep it)."""
        if not 0 <= row < self.table.rowCount():
            return False
        key = self._keys[row]
        users = processes_naming(self._project, key.original_name) if key.original_name else []
        if users:
            self._say(self.tr("\"{name}\" cannot be removed: {count} processes still name it ({processes}). Give "
                              "them another municipality in Process settings first.").format(
                name=key.original_name, count=len(users), processes="、".join(p.name for p in users[:3])
                + ("…" if len(users) > 3 else "")), ERROR_STYLE)
            return False
        self.table.removeRow(row)
        del self._keys[row]
        self._show_code_warnings()
        return True

    # --- result ------------------------------------------------------------------------------------
    def drafts(self) -> list[MunicipalityDraft]:
        """The rows as drafts (blank new rows left out)."""
        result = []
        for row, key in enumerate(self._keys):
            draft = MunicipalityDraft(key.id, self.name_edit(row).text().strip(), self.code_edit(row).text().strip(),
                                      MunicipalityType(self.category_box(row).currentData()), key.original_name)
            if key.id or key.original_name or draft.name or draft.lg_code or draft.category:
                result.append(draft)
        return result

    def _problem(self, drafts: list[MunicipalityDraft]) -> str:
        names: set[str] = set()
        for draft in drafts:
            if not draft.name:
                return self.tr("Enter the name of every municipality (or remove the row).")
            if draft.name in names:
                return self.tr("\"{name}\" is listed twice.").format(name=draft.name)
            names.add(draft.name)
            if draft.lg_code and not lg_code_well_formed(draft.lg_code):
                return self.tr("The local government code of \"{name}\" must have 6 digits.").format(name=draft.name)
        return ""

    def _show_code_warnings(self) -> None:
        """Warn (without refusing) about codes whose check digit is wrong."""
        wrong = []
        for row in range(self.table.rowCount()):
            edit = self.code_edit(row)
            code = edit.text().strip()
            bad = lg_code_well_formed(code) and not lg_check_digit_ok(code)
            edit.setStyleSheet("background: #fff3cd;" if bad else "")
            tip = self.tr("The check digit should be {digit}").format(digit=lg_check_digit(code)) if bad else ""
            edit.setToolTip(tip)
            if bad:
                wrong.append(f"{self.name_edit(row).text().strip() or '?'} {code}")
        self._say(self.tr("Check digit does not match (fictitious code?): {codes}").format(codes="、".join(wrong))
                  if wrong else "", WARNING_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def accept(self) -> None:
        """Validate, build the edit, close; a problem is shown in the dialog and keeps it open."""
        drafts = self.drafts()
        problem = self._problem(drafts)
        if not problem:
            try:
                self.result_edit = update_municipalities(self._project, drafts)
            except DomainError as error:
                problem = str(error)
        if problem:
            self._say(problem, ERROR_STYLE)
            return
        super().accept()
