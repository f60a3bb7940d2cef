"""OptionDecisionsDock: the 標準オプション register of a municipality (採用 / 不採用 / 保留 with reason, the vendor's
availability and cost, decided on / by). It replaces the project-wide adopted list and feeds the customization
flags, open risks and the group matrix."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.combo_delegate import ComboDelegate
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.models.option_decisions_model import COLUMNS, OptionDecisionsTableModel


def _status_choices(column: int) -> list[tuple[str, str]]:
    return OptionDecisionsTableModel.status_choices() if COLUMNS[column][0] == "status" else []


class OptionDecisionsDock(DocumentDock):
    """The 標準オプション decisions dock."""

    kinds = frozenset({"option_decision", "item", "catalog", "vendor_answer", "municipality", "info"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("OptionDecisionsDock")
        self.setWindowTitle(self.tr("Standard options"))
        self._project: Project | None = None
        self.model = OptionDecisionsTableModel(document.push)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Decisions of"), body))
        self.municipality = QComboBox(body)
        self.municipality.setObjectName("optionsMunicipality")
        self.municipality.currentIndexChanged.connect(lambda _i: self._show())
        row.addWidget(self.municipality)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableView(body)
        self.table.setObjectName("optionDecisions")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ComboDelegate(_status_choices, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.setWidget(body)

    def on_project(self, project: Project | None) -> None:
        """Show the options of ``project``."""
        self._project = project
        self.municipality.blockSignals(True)
        self.municipality.clear()
        if project is not None:
            self.municipality.addItem(self.tr("Whole project / group"), "")
            for municipality in sorted(project.municipality.values(), key=lambda m: m.name):
                self.municipality.addItem(municipality.name, municipality.id)
        self.municipality.blockSignals(False)
        self._show()

    def _show(self) -> None:
        self.model.set_project(self._project, str(self.municipality.currentData() or ""))
        self.table.resizeColumnsToContents()

    def on_change(self, change: Change) -> None:
        """Follow an edit."""
        if self._project is not None and "municipality" in change.kinds():
            self.on_project(self._project)
            return
        self.model.apply_change(change)
