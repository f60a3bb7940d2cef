"""ThesaurusDialog: the user's own synonyms for suggestions, next to the bundled municipal thesaurus.

Tab "Your entries": term → canonical words (what the catalogue says), source and note; add, remove, import a CSV
shared by the group (appended; the same term replaced), export. Tab "Bundled": the entries shipped with the app
(read-only, each with its source); "Copy to mine" overrides one. OK saves the user's entries (a CSV in the user's
data folder; not part of the project, so not on the undo stack) and suggestions are rebuilt with them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.thesaurus import ThesaurusEntry, to_csv
from jcloud_desk.io.thesaurus_file import ThesaurusFileError, read_thesaurus_file
from jcloud_desk.services.suggest_service import UserThesaurus, bundled_thesaurus
from jcloud_desk.ui.labels import in_ui_language

COLUMNS = 4  # term, canonical, source, note


def _fill(table: QTableWidget, entries: list[ThesaurusEntry]) -> None:
    table.setRowCount(len(entries))
    for row, entry in enumerate(entries):
        for column, text in enumerate((entry.term, entry.canonical, entry.source, entry.note)):
            table.setItem(row, column, QTableWidgetItem(text))


def _text(table: QTableWidget, row: int, column: int) -> str:
    cell = table.item(row, column)
    return cell.text() if cell is not None else ""


class ThesaurusDialog(QDialog):
    """Edit the user thesaurus; ``saved`` is True after OK wrote it."""

    def __init__(self, user: UserThesaurus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThesaurusDialog")
        self.setWindowTitle(self.tr("Thesaurus for suggestions"))
        self.user = user
        self.saved = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Words staff use and the catalogue's own terms. A step's wording is read with these "
                               "replacements before suggestions are ranked (several canonical words: separate "
                               "them with spaces)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        mine = QWidget(self.tabs)
        mine_layout = QVBoxLayout(mine)
        self.table = self._table(mine, editable=True)
        self.table.setObjectName("userThesaurus")
        _fill(self.table, user.entries())
        mine_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        actions = ((self.tr("Add"), self.add_row), (self.tr("Remove"), self.remove_row),
                   (self.tr("Import CSV..."), self.import_dialog), (self.tr("Export CSV..."), self.export_dialog))
        for text, slot in actions:
            button = QPushButton(text, mine)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        mine_layout.addLayout(row)
        self.tabs.addTab(mine, self.tr("Your entries"))
        shipped = QWidget(self.tabs)
        shipped_layout = QVBoxLayout(shipped)
        self.bundled = self._table(shipped, editable=False)
        self.bundled.setObjectName("bundledThesaurus")
        _fill(self.bundled, bundled_thesaurus())
        shipped_layout.addWidget(self.bundled, 1)
        copy = QPushButton(self.tr("Copy to mine"), shipped)
        copy.clicked.connect(self.copy_bundled)
        shipped_layout.addWidget(copy)
        self.tabs.addTab(shipped, self.tr("Bundled (%1)").replace("%1", str(self.bundled.rowCount())))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def _table(self, parent: QWidget, editable: bool) -> QTableWidget:
        table = QTableWidget(0, COLUMNS, parent)
        table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Canonical words"), self.tr("Source"),
                                         self.tr("Note")])
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 160)
        table.setColumnWidth(1, 200)
        if not editable:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    # --- entries ---------------------------------------------------------------------------------
    def entries(self) -> list[ThesaurusEntry]:
        """The rows of "Your entries" with a term and canonical words (later rows win for the same term)."""
        found: dict[str, ThesaurusEntry] = {}
        for row in range(self.table.rowCount()):
            cells = [_text(self.table, row, column).strip() for column in range(COLUMNS)]
            if cells[0] and cells[1]:
                found[cells[0]] = ThesaurusEntry(*cells)
        return list(found.values())

    def set_entries(self, entries: list[ThesaurusEntry]) -> None:
        """Replace the rows of "Your entries"."""
        _fill(self.table, entries)

    def add_row(self) -> None:
        """An empty row to type in."""
        self.table.insertRow(self.table.rowCount())
        for column in range(COLUMNS):
            self.table.setItem(self.table.rowCount() - 1, column, QTableWidgetItem(""))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def copy_bundled(self) -> None:
        """Copy the selected bundled entry into the user's entries (to override it)."""
        row = self.bundled.currentRow()
        if row < 0:
            return
        cells = [_text(self.bundled, row, column) for column in range(COLUMNS)]
        self.set_entries([*self.entries(), ThesaurusEntry(*cells)])
        self.tabs.setCurrentIndex(0)

    def import_csv(self, path: Path) -> int:
        """Append the entries of a CSV (same term: the imported one wins); returns how many were read."""
        imported = read_thesaurus_file(path)
        self.set_entries([*self.entries(), *imported])
        self.set_entries(self.entries())  # one row per term
        return len(imported)

    def export_csv(self, path: Path) -> None:
        """Write the user's entries as CSV (UTF-8 with BOM, so Excel opens it right)."""
        path.write_text("\ufeff" + to_csv(self.entries()), encoding="utf-8")

    def import_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import thesaurus"), "",
                                                    self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            self.import_csv(Path(name))
        except ThesaurusFileError as exc:
            QMessageBox.warning(self, self.tr("Import thesaurus"), in_ui_language(exc))

    def export_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export thesaurus"), "thesaurus.csv",
                                                    self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            self.export_csv(Path(name))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export thesaurus"), str(exc))

    def save(self) -> None:
        """Write the user's entries and close."""
        try:
            self.user.save(self.entries())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Thesaurus for suggestions"), str(exc))
            return
        self.saved = True
        self.accept()
