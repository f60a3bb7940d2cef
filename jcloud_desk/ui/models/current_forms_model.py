"""CurrentFormsTableModel: the 現行帳票 inventory of one municipality as an editable table (edits are undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jcloud_desk.analysis.form_coverage import form_title, inventory
from jcloud_desk.domain.edits import Change, SetFields
from jcloud_desk.domain.forms import CurrentForm, FormDifference, FormRoute
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.commands import PushEdit
from jcloud_desk.ui.forms_labels import difference_label, route_label

Index = QModelIndex | QPersistentModelIndex

#: (field, editable) in column order; "standard" is the title of the mapped 帳票 (read-only).
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("name", True), ("recipient", True), ("annual_volume", True), ("form_code", True), ("standard", False),
    ("own_form", True), ("difference", True), ("route", True), ("notes", True),
)
ENUMS: dict[str, type[FormDifference] | type[FormRoute]] = {"difference": FormDifference, "route": FormRoute}


class CurrentFormsTableModel(QAbstractTableModel):
    """Adapter over the 現行帳票 of one municipality id ('' = the project's own)."""

    def __init__(self, push: PushEdit) -> None:
        super().__init__()
        self._push = push
        self._project: Project | None = None
        self.municipality = ""
        self.rows: list[CurrentForm] = []

    def set_project(self, project: Project | None, municipality: str = "") -> None:
        """Show the inventory of ``municipality`` in ``project``."""
        self.beginResetModel()
        self._project, self.municipality = project, municipality
        self.rows = inventory(project, municipality) if project is not None else []
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """Re-read after an edit touching forms or catalogues."""
        if self._project is not None and change.kinds() & {"current_form", "item", "catalog"}:
            self.set_project(self._project, self.municipality)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Form used today"), self.tr("Recipient"), self.tr("Per year"), self.tr("Form ID"),
                self.tr("Standard form"), self.tr("Own form"), self.tr("Difference"), self.tr("Route"),
                self.tr("Notes")][section]

    def _text(self, form: CurrentForm, field: str) -> str:
        if field == "standard":
            return form_title(self._project, form.form_code) if self._project is not None and form.form_code else ""
        if field == "own_form":
            return ""  # the check box says it
        if field == "difference":
            return difference_label(form.difference) if form.difference else ""
        if field == "route":
            return route_label(form.route)
        if field == "annual_volume":
            return str(form.annual_volume) if form.annual_volume else ""
        return str(getattr(form, field))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        form = self.rows[index.row()]
        field = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(form, field)
        if role == Qt.ItemDataRole.EditRole:
            if field in ENUMS:
                return getattr(form, field).value
            return form.annual_volume if field == "annual_volume" else self._text(form, field)
        if role == Qt.ItemDataRole.CheckStateRole and field == "own_form":
            return Qt.CheckState.Checked if form.own_form else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and field == "route" and form.route is FormRoute.NONE:
            return QBrush(QColor("#b03a2e"))
        if role == Qt.ItemDataRole.UserRole:
            return form.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not COLUMNS[index.column()][1]:
            return base
        if COLUMNS[index.column()][0] == "own_form":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._project is None:
            return False
        form = self.rows[index.row()]
        field = COLUMNS[index.column()][0]
        if field == "own_form" and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or not COLUMNS[index.column()][1]:
            return False
        elif field in ENUMS:
            try:
                new = ENUMS[field](value)
            except ValueError:
                return False
        elif field == "annual_volume":
            text = str(value).replace(",", "").strip()
            if text and not text.isdigit():
                return False
            new = int(text or 0)
        else:
            new = str(value).strip()
            if field == "name" and not new:
                return False
        if getattr(form, field) == new:
            return False
        self._push(SetFields.of(form, **{field: new}), self.tr("Edit form used today"))
        return True

    @staticmethod
    def enum_choices(field: str) -> list[tuple[str, str]]:
        """(value, label) pairs of an enum column's combo box."""
        if field == "difference":
            return [(d.value, difference_label(d)) for d in FormDifference]
        if field == "route":
            return [(r.value, route_label(r)) for r in FormRoute]
        return []
