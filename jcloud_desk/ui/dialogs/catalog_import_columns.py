"""SheetColumnsPanel: the column mapping of one sheet of a catalogue workbook and the preview of its first items.

The catalogue import dialog shows one panel for the 機能要件 sheet and one for the 帳票要件 sheet; each maps its own
headers (two label/combo pairs per row and the hierarchy columns, so both fit 1366×768) and previews the items read
with that mapping, with the row they come from. Fields the panel does not show keep what was guessed for the sheet
(``ColumnMapping`` as ``guess_mapping`` made it), so the dialog imports what ``import-catalog`` would.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.io.catalog.importer import ColumnMapping


class SheetColumnsPanel(QWidget):
    """Column combos for ``fields`` (titled by ``titles``), the hierarchy columns and a preview table."""

    #: the user changed a column (not emitted while ``set_headers`` fills the combos)
    changed = Signal()

    def __init__(self, fields: Sequence[str], titles: Mapping[str, str], preview_headers: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = ColumnMapping()
        self._filling = False
        self._preview_headers = list(preview_headers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields: dict[str, QComboBox] = {}
        for number, field in enumerate(fields):
            combo = QComboBox(self)
            combo.setObjectName(f"column_{field}")
            combo.currentIndexChanged.connect(self._changed)
            self.fields[field] = combo
            row, column = divmod(number, 2)
            grid.addWidget(QLabel(titles[field], self), row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        self.path_headers = QLineEdit(self)
        self.path_headers.setPlaceholderText(self.tr("hierarchy columns, comma separated (大分類, 中分類 ...)"))
        self.path_headers.editingFinished.connect(self._changed)
        last = (len(fields) + 1) // 2
        grid.addWidget(QLabel(self.tr("Chapter / hierarchy"), self), last, 0)
        grid.addWidget(self.path_headers, last, 1, 1, 3)
        layout.addLayout(grid)
        self.table = QTableWidget(self)
        self.table.setObjectName("previewTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def _changed(self, *_args: Any) -> None:
        if not self._filling:
            self.changed.emit()

    def set_headers(self, headers: Sequence[str], mapping: ColumnMapping) -> None:
        """Offer ``headers`` in every combo and select ``mapping`` (kept for the fields not shown)."""
        self._filling = True
        try:
            self._base = mapping
            for field, combo in self.fields.items():
                combo.clear()
                combo.addItem(self.tr("(not used)"), "")
                for header in headers:
                    combo.addItem(header, header)
                combo.setCurrentIndex(max(0, combo.findData(mapping.header_of(field))))
            self.path_headers.setText(", ".join(mapping.path))
        finally:
            self._filling = False

    def mapping(self) -> ColumnMapping:
        """The mapping the user set (fields not shown as guessed)."""
        chosen: dict[str, Any] = {field: str(combo.currentData() or "") for field, combo in self.fields.items()}
        text = self.path_headers.text().replace("、", ",")
        chosen["path"] = tuple(h.strip() for h in text.split(",") if h.strip())
        return replace(self._base, **chosen)

    def show_items(self, items: Sequence[CatalogItem], cells: Callable[[CatalogItem], Sequence[str]]) -> None:
        """Preview ``items``: one row each, the cells ``cells`` gives (the first is the row it was read from)."""
        self.table.clear()
        self.table.setColumnCount(len(self._preview_headers))
        self.table.setHorizontalHeaderLabels(self._preview_headers)
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            for c, text in enumerate(cells(item)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def clear(self) -> None:
        """No sheet: empty combos and preview."""
        self.set_headers([], ColumnMapping())
        self.show_items([], lambda _item: ())
