"""LedgerDock: the Fit&Gap ledger — sort, filter (text, process, verdict), edit in place (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.combo_delegate import ComboDelegate
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.forms_labels import item_kind_label
from jcloud_desk.ui.labels import verdict_label
from jcloud_desk.ui.models.ledger_table_model import COLUMNS, LedgerTableModel

Index = QModelIndex | QPersistentModelIndex


def _enum_choices(column: int) -> list[tuple[str, str]]:
    """The verdict / resolution / decision combo of a ledger column (none for the others)."""
    return LedgerTableModel.enum_choices(COLUMNS[column][1])


class _LedgerFilter(QSortFilterProxyModel):
    """Text over all columns plus process and verdict filters."""

    def __init__(self) -> None:
        super().__init__()
        self.process_id = ""
        self.verdict = ""
        self.item_kind = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, LedgerTableModel) and source_row < len(model.rows):
            row = model.rows[source_row]
            if self.process_id and row.process_id != self.process_id:
                return False
            if self.verdict and row.verdict.value != self.verdict:
                return False
            if self.item_kind and (row.item_kind.value if row.item_kind else "") != self.item_kind:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class LedgerDock(DocumentDock):
    """The table with its filters; double-clicking a read-only cell shows the step in the diagram."""

    step_activated = Signal(str, str)  # process id, step id
    refresh_hidden = False  # while hidden, only remember to catch up when shown

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("LedgerDock")
        self.setWindowTitle(self.tr("Fit&&Gap ledger"))
        self.step_activated.connect(document.reveal)
        self.model = LedgerTableModel(document.push)
        self.proxy = _LedgerFilter()
        self.proxy.setSourceModel(self.model)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.text = QLineEdit(body)
        self.text.setObjectName("ledgerFilter")
        self.text.setPlaceholderText(self.tr("Filter (any column)"))
        self.text.textChanged.connect(self.proxy.setFilterFixedString)
        row.addWidget(self.text, 1)
        self.process = QComboBox(body)
        self.process.currentIndexChanged.connect(self._apply_filters)
        row.addWidget(self.process)
        self.verdict = QComboBox(body)
        self.verdict.addItem(self.tr("All verdicts"), "")
        for verdict in Verdict:
            self.verdict.addItem(verdict_label(verdict), verdict.value)
        self.verdict.currentIndexChanged.connect(self._apply_filters)
        row.addWidget(self.verdict)
        self.item_kind = QComboBox(body)
        self.item_kind.setObjectName("ledgerKind")
        self.item_kind.addItem(self.tr("Functions and forms"), "")
        for kind in (ItemKind.FUNCTION, ItemKind.FORM):
            self.item_kind.addItem(item_kind_label(kind), kind.value)
        self.item_kind.currentIndexChanged.connect(self._apply_filters)
        row.addWidget(self.item_kind)
        self.count = QLabel(body)
        row.addWidget(self.count)
        layout.addLayout(row)
        self.table = QTableView(body)
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setItemDelegate(ComboDelegate(_enum_choices, self.table))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)
        self.table.doubleClicked.connect(self._activate)
        for column, width in enumerate((110, 100, 80, 200, 120, 180, 80, 110, 120, 220, 90, 90, 60, 80)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table)
        self.setWidget(body)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def on_project(self, project: Project | None) -> None:
        """Show the ledger of ``project``."""
        self.process.blockSignals(True)
        self.process.clear()
        self.process.addItem(self.tr("All processes"), "")
        for process in project.processes() if project is not None else []:
            self.process.addItem(process.name, process.id)
        self.process.blockSignals(False)
        self.model.set_project(project)
        self._update_count()

    def on_change(self, change: Change) -> None:
        """Follow the project after an edit (while hidden, only remember to catch up when shown)."""
        if self.out_of_sight():
            self._stale = True
            return
        self.model.apply_change(change)
        self._update_count()

    def catch_up(self) -> None:
        """Shown again after edits: reload the rows."""
        self.model.set_project(self.model.project)
        self._update_count()

    def _apply_filters(self) -> None:
        self.proxy.process_id = str(self.process.currentData() or "")
        self.proxy.verdict = str(self.verdict.currentData() or "")
        self.proxy.item_kind = str(self.item_kind.currentData() or "")
        self.proxy.invalidate()
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} rows").format(shown=self.proxy.rowCount(),
                                                                     total=self.model.rowCount()))

    def _activate(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if COLUMNS[source.column()][1]:
            return  # editable cells edit
        row = self.model.rows[source.row()]
        self.step_activated.emit(row.process_id, row.step_id)
