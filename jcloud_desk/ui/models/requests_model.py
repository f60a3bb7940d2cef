"""RequestsModel: the group customization requests with each requesting municipality's share (割り勘).

Columns: 機能ID, 機能, 要望団体, 工数(人日), 費用(円), then one share column per municipality. 工数 and 費用 are
editable: ``setData`` parses the number, builds ``domain.group_ops.set_estimate`` (adds a CustomizationRequest
for the item when it has none) and pushes it as an undoable command — it never assigns to the domain. The dock
re-reads the requests after every change, so the shares follow.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jcloud_desk.analysis.harmonization import GroupRequest
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.group_ops import set_estimate
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.commands import PushEdit

Index = QModelIndex | QPersistentModelIndex

CODE, TITLE, REQUESTERS, EFFORT, COST = range(5)
#: Editable column → CustomizationRequest field.
ESTIMATE_COLUMNS: dict[int, str] = {EFFORT: "effort_days", COST: "cost"}
_UNITS = ("人日", "円", "¥", "￥", ",", " ", "　")
#: Tint of the cells one can type into.
INPUT_TINT = QColor("#fffbe6")


def parse_amount(value: object) -> float | None:
    """A non-negative finite number from what the user typed (全角 digits, 「300,000円」, 「2.5人日」; '' is 0);
    None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        for unit in _UNITS:
            text = text.replace(unicodedata.normalize("NFKC", unit), "")
        if not text:
            return 0.0
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _plain(number: float) -> str:
    """A number as typed back into the editor: 6.5, 12, 1650000."""
    return f"{number:.2f}".rstrip("0").rstrip(".")


class RequestsModel(QAbstractTableModel):
    """Adapter over ``analysis.harmonization`` group requests; ``push`` None makes the table read-only."""

    def __init__(self, push: PushEdit | None = None) -> None:
        super().__init__()
        self._push = push
        self._project: Project | None = None
        self.names: list[str] = []
        self.requests: list[GroupRequest] = []
        self.avoidable: dict[str, tuple[str, ...]] = {}

    def set_requests(self, project: Project | None, names: list[str], requests: list[GroupRequest],
                     avoidable: dict[str, tuple[str, ...]]) -> None:
        """Replace the table: ``avoidable`` maps an item id to the municipalities that fit it already."""
        self.beginResetModel()
        self._project, self.names, self.requests, self.avoidable = project, names, requests, avoidable
        self.endResetModel()

    # --- reading -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else COST + 1 + len(self.names)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Item ID"), self.tr("Item"), self.tr("Requested by"), self.tr("Effort (person-days)"),
                  self.tr("Cost (yen)"), *self.names]
        return titles[section] if 0 <= section < len(titles) else None

    def _text(self, request: GroupRequest, column: int) -> str:
        if column == CODE:
            return request.item.code
        if column == TITLE:
            return request.title
        if column == REQUESTERS:
            return "、".join(request.municipalities)
        if column == EFFORT:
            return f"{request.effort_days:,.2f}"
        if column == COST:
            return f"{request.cost:,}"
        name = self.names[column - COST - 1]
        share = next((s for s in request.shares if s.municipality == name), None)
        if share is None:
            return ""
        return self.tr("{cost} yen / {days} person-days").format(cost=f"{share.cost:,}",
                                                                  days=f"{share.effort_days:.2f}")

    def _tooltip(self, request: GroupRequest, column: int) -> str:
        lines = []
        if column in ESTIMATE_COLUMNS:
            if not request.has_estimate:
                lines.append(self.tr("No estimate registered"))
            if self._push is not None:
                lines.append(self.tr("Double-click to enter the estimate; the apportioned shares follow"))
        fitting = self.avoidable.get(request.item.id)
        if fitting:
            lines.append(self.tr("Avoidable: {names} already work the standard way").format(names="、".join(fitting)))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.requests):
            return None
        request = self.requests[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(request, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == EFFORT:
                return _plain(request.effort_days)
            if column == COST:
                return str(request.cost)
            return self._text(request, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(request, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and column in ESTIMATE_COLUMNS and self._push is not None:
            return QBrush(INPUT_TINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= EFFORT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return request.item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in ESTIMATE_COLUMNS and self._push is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # --- editing -------------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = ESTIMATE_COLUMNS.get(index.column(), "") if index.isValid() else ""
        if role != Qt.ItemDataRole.EditRole or not field or self._project is None or self._push is None \
                or index.row() >= len(self.requests):
            return False
        number = parse_amount(value)
        if number is None:
            return False
        try:
            edit = set_estimate(self._project, self.requests[index.row()].item.id, field, number)
        except DomainError:
            return False
        if edit is not None:
            self._push(edit, self.tr("Edit estimate"))
        return True
