"""Qt table model over analysis.harmonization: rows are catalogue items or corresponding steps, then one column
per municipality whose cell shows the state as a symbol (○ △ × － ？) on its colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from jcloud_desk.analysis.harmonization import Cell, CellState

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

STATE_SYMBOLS: dict[CellState, str] = {
    CellState.FIT: "○", CellState.CHANGE_WORK: "△", CellState.CUSTOMIZATION: "×", CellState.OUT_OF_SCOPE: "－",
    CellState.UNASSESSED: "？", CellState.NOT_LINKED: "", CellState.OPEN_RISK: "！",
}
STATE_COLORS: dict[CellState, QColor] = {
    CellState.FIT: QColor("#c8e6c9"), CellState.CHANGE_WORK: QColor("#ffe0b2"),
    CellState.CUSTOMIZATION: QColor("#ffcdd2"), CellState.OUT_OF_SCOPE: QColor("#e0e0e0"),
    CellState.UNASSESSED: QColor("#fff9c4"), CellState.OPEN_RISK: QColor("#e1bee7"),
}


def state_label(state: CellState) -> str:
    """The translated name of a cell state."""
    return {
        CellState.FIT: translate("Labels", "Fit"),
        CellState.CHANGE_WORK: translate("Labels", "Change the work"),
        CellState.CUSTOMIZATION: translate("Labels", "Customization"),
        CellState.OPEN_RISK: translate("Labels", "Open risk (not decided)"),
        CellState.OUT_OF_SCOPE: translate("Labels", "Out of scope"),
        CellState.UNASSESSED: translate("Labels", "Not assessed"),
        CellState.NOT_LINKED: translate("Labels", "Not linked"),
    }[state]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One row: leading texts, a cell per municipality, and a tooltip per municipality."""

    texts: tuple[str, ...]
    cells: dict[str, Cell]
    differs: bool
    tooltips: dict[str, str]


class HarmonizationModel(QAbstractTableModel):
    """Leading columns (``headers``) then one column per municipality (``names``)."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.names: list[str] = []
        self.rows: list[MatrixRow] = []

    def set_rows(self, headers: list[str], names: list[str], rows: list[MatrixRow]) -> None:
        """Replace the whole table."""
        self.beginResetModel()
        self.headers, self.names, self.rows = headers, names, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.headers) + len(self.names)

    def municipality_at(self, column: int) -> str:
        """The municipality of a column ('' for a leading column)."""
        offset = column - len(self.headers)
        return self.names[offset] if 0 <= offset < len(self.names) else ""

    def cell_at(self, index: Index) -> Cell | None:
        """The municipality cell at ``index`` (None for a leading column)."""
        name = self.municipality_at(index.column()) if index.isValid() else ""
        return self.rows[index.row()].cells.get(name) if name else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        cell = self.cell_at(index)
        if cell is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.texts[index.column()]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return STATE_SYMBOLS[cell.state]
        if role == Qt.ItemDataRole.BackgroundRole:
            color = STATE_COLORS.get(cell.state)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1b2733"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltips.get(self.municipality_at(index.column()), "")
        if role == Qt.ItemDataRole.UserRole:
            return cell.state.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self.headers):
            return self.headers[section]
        return self.municipality_at(section) or None


class DiffersFilter(QSortFilterProxyModel):
    """Optionally only the rows where the municipalities do not all stand the same way."""

    def __init__(self) -> None:
        super().__init__()
        self.only_differs = False

    def set_only_differs(self, value: bool) -> None:
        """Switch the filter."""
        self.beginFilterChange()
        self.only_differs = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.only_differs and isinstance(model, HarmonizationModel) and source_row < len(model.rows):
            return model.rows[source_row].differs
        return True
