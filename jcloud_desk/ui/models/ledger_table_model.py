"""LedgerTableModel: the Fit&Gap ledger (one row per step × catalogue item) as an editable Qt table.

Reads ``analysis.ledger.ledger_rows``; ``setData`` builds ``ledger_edit`` and pushes it as an undoable
command — it never assigns to the domain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jcloud_desk.analysis.ledger import LedgerRow, ledger_edit, ledger_rows
from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.ui import theme
from jcloud_desk.ui.commands import PushEdit
from jcloud_desk.ui.forms_labels import item_kind_label
from jcloud_desk.ui.labels import decision_label, impl_class_label, resolution_label, verdict_label

Index = QModelIndex | QPersistentModelIndex

#: (key, editable field or '') in column order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("process", ""), ("lane", ""), ("phase", ""), ("step", ""), ("code", ""), ("title", ""), ("impl", ""),
    ("verdict", "verdict"), ("resolution", "resolution"), ("rationale", "rationale"), ("owner", "owner"),
    ("due_on", "due_on"), ("decision", "decision"), ("customization", ""),
    ("link_resolution", "link_resolution"), ("scenario", ""), ("risk", ""),
)
ENUM_COLUMNS: dict[str, list[tuple[str, object]]] = {}


class LedgerTableModel(QAbstractTableModel):
    """Adapter over the ledger rows of a project."""

    def __init__(self, push: PushEdit) -> None:
        super().__init__()
        self._push = push
        self._project: Project | None = None
        self.rows: list[LedgerRow] = []

    @property
    def project(self) -> Project | None:
        """The project shown."""
        return self._project

    # --- loading ---------------------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show another project."""
        self.beginResetModel()
        self._project = project
        self.rows = ledger_rows(project) if project is not None else []
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """Re-read after an edit: in place when the rows are the same, else a reset."""
        if self._project is None:
            return
        relevant = {"process", "lane", "phase", "step", "link", "judgment", "item", "catalog", "info"}
        if not change.kinds() & relevant:
            return
        fresh = ledger_rows(self._project)
        same = [(r.step_id, r.link_id) for r in fresh] == [(r.step_id, r.link_id) for r in self.rows]
        if same:
            self.rows = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = fresh
        self.endResetModel()

    # --- reading ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._titles()[section]

    def _titles(self) -> list[str]:
        return [self.tr("Process"), self.tr("Lane"), self.tr("Phase"), self.tr("Step"), self.tr("Function ID"),
                self.tr("Function"), self.tr("Class"), self.tr("Verdict"), self.tr("Resolution"),
                self.tr("Rationale"), self.tr("Owner"), self.tr("Due"), self.tr("Decision"),
                self.tr("Customization"), self.tr("Resolution for this item"), self.tr("Scenario"),
                self.tr("Open risk")]

    def _text(self, row: LedgerRow, key: str) -> str:
        values: dict[str, Callable[[], str]] = {
            "process": lambda: row.process_name,
            "lane": lambda: row.lane_name,
            "phase": lambda: row.phase_name,
            "step": lambda: f"{row.step_no} {row.step_label}".strip(),
            "code": lambda: (f"{item_kind_label(row.item_kind)} {row.item_code}" if row.item_kind is not None
                             and row.item_kind is not ItemKind.FUNCTION else row.item_code),
            "title": lambda: row.item_title,
            "impl": lambda: impl_class_label(row.impl_class) if row.impl_class else "",
            "verdict": lambda: verdict_label(row.verdict),
            "resolution": lambda: resolution_label(row.resolution) if row.resolution else "",
            "rationale": lambda: row.rationale,
            "owner": lambda: row.owner,
            "due_on": lambda: row.due_on,
            "decision": lambda: decision_label(row.decision) if row.has_judgment else "",
            "customization": lambda: self.tr("Yes") if row.customization else "",
            "link_resolution": lambda: resolution_label(row.link_resolution) if row.link_resolution else "",
            "scenario": lambda: row.scenario,
            "risk": lambda: row.risk,
        }
        return values[key]()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key, field = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key)
        if role == Qt.ItemDataRole.EditRole:
            if field in ("verdict", "resolution", "decision"):
                return getattr(row, field).value
            if field == "link_resolution":
                return row.link_resolution.value if row.link_resolution is not None else ""
            return self._text(row, key) if field else None
        if role == Qt.ItemDataRole.BackgroundRole and key == "verdict":
            return QBrush(theme.VERDICT_COLORS[row.verdict].lighter(170))
        if role == Qt.ItemDataRole.ForegroundRole and key in ("customization", "risk") and (
                row.customization if key == "customization" else row.risk):
            return QBrush(QColor("#b03a2e"))
        if role == Qt.ItemDataRole.UserRole:
            return row.step_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][1]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # --- editing ---------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._project is None:
            return False
        field = COLUMNS[index.column()][1]
        if not field:
            return False
        row = self.rows[index.row()]
        try:
            if field == "verdict":
                value = Verdict(value)
            elif field == "resolution":
                value = Resolution(value)
            elif field == "decision":
                value = Decision(value)
            elif field == "link_resolution":
                value = Resolution(value) if value else None
            edit = ledger_edit(self._project, row, field, value)
        except (DomainError, ValueError):
            return False
        self._push(edit, self.tr("Edit Fit&Gap"))
        return True

    @staticmethod
    def enum_choices(field: str) -> list[tuple[str, str]]:
        """(value, label) pairs for the combo-box editor of an enum column."""
        if field == "verdict":
            return [(v.value, verdict_label(v)) for v in Verdict]
        if field == "resolution":
            return [(r.value, resolution_label(r)) for r in Resolution]
        if field == "decision":
            return [(d.value, decision_label(d)) for d in Decision]
        if field == "link_resolution":
            return [("", QCoreApplication.translate("LedgerTableModel", "(same as the step)")),
                    *((r.value, resolution_label(r)) for r in Resolution if r is not Resolution.NONE)]
        return []
