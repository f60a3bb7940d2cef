"""ConditionsTable: items with their 実装区分 per 団体区分 and conditional note, each cell editable.

Used by the catalogue import preview (every detected condition, to confirm or correct before importing) and by the
item conditions dialog (one item, edited later as one undoable edit).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.condition_ops import classes_of, normalized_conditions
from jcloud_desk.domain.municipality_type import TYPES
from jcloud_desk.ui.labels import impl_class_label, municipality_type_label

CODE, TITLE = 0, 1
FIRST_TYPE = 2
NOTE = FIRST_TYPE + len(TYPES)
#: A class that differs from the one written (so the eye finds the conditions).
DIFFERS_STYLE = "QComboBox { background: #fff3cd; font-weight: bold; }"


class ConditionsTable(QTableWidget):
    """One row per item: 機能ID, 機能名称, one class combo per 団体区分, the note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionsTable")
        self._items: list[CatalogItem] = []
        self.setColumnCount(NOTE + 1)
        self.setHorizontalHeaderLabels([self.tr("Function ID"), self.tr("Function"),
                                        *(municipality_type_label(kind) for kind in TYPES),
                                        self.tr("Conditional note (some municipalities only)")])
        self.horizontalHeader().setStretchLastSection(True)

    def show_items(self, items: Sequence[CatalogItem]) -> None:
        """Show ``items`` (their current conditions and notes)."""
        self._items = list(items)
        self.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            for column, text in ((CODE, item.code), (TITLE, item.title)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.text[:400])
                self.setItem(row, column, cell)
            for offset, (kind, impl) in enumerate(classes_of(item).items()):
                combo = QComboBox(self)
                for choice in ImplClass:
                    combo.addItem(impl_class_label(choice), choice.value)
                combo.setCurrentIndex(combo.findData(impl.value))
                combo.setToolTip(municipality_type_label(kind))
                if impl is not item.impl_class:
                    combo.setStyleSheet(DIFFERS_STYLE)
                self.setCellWidget(row, FIRST_TYPE + offset, combo)
            self.setItem(row, NOTE, QTableWidgetItem(item.condition_note))
        self.resizeColumnsToContents()

    def items_shown(self) -> list[CatalogItem]:
        """The items in the table, top to bottom."""
        return list(self._items)

    def class_box(self, row: int, type_index: int) -> QComboBox:
        """The class combo of one row and type (``TYPES`` order)."""
        widget = self.cellWidget(row, FIRST_TYPE + type_index)
        assert isinstance(widget, QComboBox)
        return widget

    def row_values(self, row: int) -> tuple[dict[str, str], str]:
        """(conditions differing from the item's class, note) of one row as edited."""
        item = self._items[row]
        classes = {kind.value: str(self.class_box(row, n).currentData()) for n, kind in enumerate(TYPES)}
        note_cell = self.item(row, NOTE)
        return normalized_conditions(item, classes), note_cell.text().strip() if note_cell is not None else ""

    def values(self) -> dict[str, tuple[dict[str, str], str]]:
        """Item id → (conditions, note) for every row."""
        return {item.id: self.row_values(row) for row, item in enumerate(self._items)}
