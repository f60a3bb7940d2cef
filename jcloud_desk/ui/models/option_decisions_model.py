"""OptionDecisionsTableModel: every 標準オプション with one municipality's decision (採用 / 不採用 / 保留), reason,
the vendor's availability and cost, decided on / by. Edits are undoable (one per cell)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jcloud_desk.analysis.adoption import decisions_for, option_items
from jcloud_desk.analysis.vendor_layer import VendorIndex
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap_ops import set_option_decision
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import OptionDecision, OptionStatus, VendorAnswer
from jcloud_desk.ui.commands import PushEdit
from jcloud_desk.ui.forms_labels import answer_label, option_status_label

Index = QModelIndex | QPersistentModelIndex

#: (key, editable) in column order.
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("code", False), ("title", False), ("status", True), ("reason", True), ("vendor", False), ("cost", False),
    ("decided_on", True), ("decided_by", True),
)
UNDECIDED = ""


class OptionDecisionsTableModel(QAbstractTableModel):
    """Adapter over the option decisions of one municipality id ('' = the project-wide decisions)."""

    def __init__(self, push: PushEdit) -> None:
        super().__init__()
        self._push = push
        self._project: Project | None = None
        self.municipality = ""
        self.rows: list[tuple[str, str, str]] = []
        self._decisions: dict[tuple[str, str], OptionDecision] = {}
        self._vendor: VendorIndex | None = None

    def set_project(self, project: Project | None, municipality: str = "") -> None:
        """Show the options of ``project`` for ``municipality``."""
        self.beginResetModel()
        self._project, self.municipality = project, municipality
        self._read()
        self.endResetModel()

    def _read(self) -> None:
        project = self._project
        self.rows = option_items(project) if project is not None else []
        self._decisions = decisions_for(project, self.municipality) if project is not None else {}
        self._vendor = VendorIndex(project) if project is not None and project.vendor_answer else None

    def apply_change(self, change: Change) -> None:
        """Re-read after an edit of decisions, catalogues or vendor answers."""
        wanted = {"option_decision", "item", "catalog", "vendor_answer", "info"}
        if self._project is None or not change.kinds() & wanted:
            return
        same = option_items(self._project) == self.rows
        if same:
            self._read()
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
            return
        self.set_project(self._project, self.municipality)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Function ID"), self.tr("Standard option"), self.tr("Adoption"), self.tr("Reason"),
                self.tr("Vendor"), self.tr("Cost"), self.tr("Decided on"), self.tr("Decided by")][section]

    def _answer(self, row: tuple[str, str, str]) -> VendorAnswer | None:
        if self._vendor is None or self._project is None:
            return None
        item = next((i for i in self._project.item.values() if i.code == row[1] and i.impl_class is
                     ImplClass.OPTIONAL and (c := self._project.catalog.get(i.catalog_id)) and c.name == row[0]),
                    None)
        return self._vendor.answer(item) if item is not None else None

    def _text(self, row: tuple[str, str, str], key: str) -> str:
        decision = self._decisions.get((row[0], row[1]))
        if key == "code":
            return row[1]
        if key == "title":
            return row[2]
        if key == "status":
            return option_status_label(decision.status) if decision is not None else self.tr("(undecided)")
        if key in ("vendor", "cost"):
            answer = self._answer(row)
            if answer is None:
                return ""
            if key == "cost":
                return answer.cost
            return answer_label(answer.answer) + (f" {answer.available_on}" if answer.available_on else "")
        return str(getattr(decision, key)) if decision is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key)
        if role == Qt.ItemDataRole.EditRole:
            decision = self._decisions.get((row[0], row[1]))
            if key == "status":
                return decision.status.value if decision is not None else UNDECIDED
            return self._text(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and (row[0], row[1]) not in self._decisions:
            return QBrush(QColor("#b03a2e"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and COLUMNS[index.column()][1] else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._project is None:
            return False
        catalog, code, _title = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        values: dict[str, Any] = {}
        if key == "status":
            if not value:
                return False  # a decision is changed, not taken back (保留 says "not decided yet")
            try:
                values["status"] = OptionStatus(value)
            except ValueError:
                return False
            if (catalog, code) not in self._decisions or not self._decisions[(catalog, code)].decided_on:
                values["decided_on"] = dt.date.today().isoformat()
        elif key in ("reason", "decided_on", "decided_by"):
            values[key] = str(value).strip()
        else:
            return False
        try:
            edit = set_option_decision(self._project, catalog, code, self.municipality, **values)
        except DomainError:
            return False
        if edit is None:
            return False
        self._push(edit, self.tr("Decide standard option"))
        return True

    @staticmethod
    def status_choices() -> list[tuple[str, str]]:
        """(value, label) of the decision combo box."""
        return [(s.value, option_status_label(s)) for s in OptionStatus]
