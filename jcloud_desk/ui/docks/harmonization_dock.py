"""HarmonizationDock (group mode, 自治体クラウド): where the municipalities of a project agree and differ.

A matrix of catalogue items (or corresponding steps) × municipalities with ○ 適合 / △ 業務見直し /
× カスタマイズ / － 対象外 / ？ 未判定 cells, a filter for the rows where the municipalities differ, and below it
the group customization requests with each requester's share (割り勘), whose 工数 and 費用 can be typed in (one
undoable edit each; the shares follow). Clicking a cell shows the step behind it in that municipality's process
(``step_activated``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.harmonization import (
    Cell,
    CellState,
    avoidance_summary,
    item_matrix,
    municipalities_of,
    step_matrix,
)
from jcloud_desk.analysis.labels import member_classes
from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import current_language
from jcloud_desk.ui.models.harmonization_model import (
    STATE_COLORS,
    STATE_SYMBOLS,
    DiffersFilter,
    HarmonizationModel,
    MatrixRow,
    state_label,
)
from jcloud_desk.ui.models.requests_model import RequestsModel

MODE_ITEMS, MODE_STEPS = "items", "steps"


#: Widest the 実装区分 column grows (「実装必須（みどり市）／標準オプション（…）」 is elided, its tooltip is whole).
CLASS_COLUMN_WIDTH = 230


class HarmonizationDock(DocumentDock):
    """The harmonization matrix and the shared customization requests of a group project."""

    step_activated = Signal(str, str)  # process id, step id
    refresh_delay = 300  # edits come in bursts
    refresh_hidden = False  # a hidden dock refreshes when it is shown again

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("HarmonizationDock")
        self.step_activated.connect(document.reveal)
        self.setWindowTitle(self.tr("Group harmonization"))
        self._project: Project | None = None
        self.model = HarmonizationModel()
        self.proxy = DiffersFilter()
        self.proxy.setSourceModel(self.model)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        bar = QHBoxLayout()
        self.mode = QComboBox(body)
        self.mode.setObjectName("harmonizationMode")
        self.mode.addItem(self.tr("By catalogue item"), MODE_ITEMS)
        self.mode.addItem(self.tr("By step"), MODE_STEPS)
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.mode)
        self.only_differs = QCheckBox(self.tr("Only rows where municipalities differ"), body)
        self.only_differs.setObjectName("onlyDiffers")
        self.only_differs.toggled.connect(self._filter_changed)
        bar.addWidget(self.only_differs)
        self.count = QLabel(body)
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.legend = QLabel(body)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.legend)
        layout.addLayout(bar)
        self.summary = QLabel(body)
        self.summary.setObjectName("harmonizationSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.table = QTableView(splitter)
        self.table.setObjectName("harmonizationTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.clicked.connect(self._activate)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.requests_title = QLabel(lower)
        lower_layout.addWidget(self.requests_title)
        self.requests_model = RequestsModel(self._push_estimate)
        self.requests = QTableView(lower)
        self.requests.setObjectName("groupRequests")
        self.requests.setModel(self.requests_model)
        self.requests.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.requests.verticalHeader().setVisible(False)
        lower_layout.addWidget(self.requests)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.setWidget(body)

    # --- project ------------------------------------------------------------------------------------
    def on_project(self, project: Project | None) -> None:
        """Show ``project`` (None clears the dock)."""
        self._project = project
        self.refresh()

    def refresh(self) -> None:
        """Recompute the matrix, the requests and the summary."""
        self._refresh_timer.stop()
        self._stale = False
        blank = self.tr("blank")
        self.legend.setText(" ".join(
            f'<span style="background:{STATE_COLORS[s].name()}">&nbsp;{STATE_SYMBOLS[s]}&nbsp;</span> '
            f"{state_label(s)}" for s in CellState if STATE_SYMBOLS[s]) + f"&nbsp; {blank} "
            f"{state_label(CellState.NOT_LINKED)}")
        project = self._project
        if project is None:
            self.model.set_rows([], [], [])
            self._fill_requests(None, [])
            self.summary.setText("")
            self._update_count()
            return
        names = [m.name for m in municipalities_of(project)]
        if self.mode.currentData() == MODE_STEPS:
            headers = [self.tr("Process"), self.tr("No."), self.tr("Step")]
            rows = [MatrixRow((r.process_name, r.step_no, r.label), r.cells, r.differs,
                              self._tooltips(project, r.cells, r.labels)) for r in step_matrix(project)]
        else:
            headers = [self.tr("Item ID"), self.tr("Item"), self.tr("Class")]
            language = current_language()
            rows = [MatrixRow((r.item.code, r.item.title, member_classes(r.class_groups(), language)), r.cells,
                              r.differs, self._tooltips(project, r.cells, {})) for r in item_matrix(project)]
        self.model.set_rows(headers, names, rows)
        self.table.resizeColumnsToContents()
        for column in range(len(headers), len(headers) + len(names)):
            self.table.setColumnWidth(column, max(72, self.table.columnWidth(column)))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 360))
        if self.mode.currentData() != MODE_STEPS:  # a class split by 団体区分 is long: its tooltip has it all
            self.table.setColumnWidth(2, min(self.table.columnWidth(2), CLASS_COLUMN_WIDTH))
        self._fill_requests(project, names)
        self._update_count()

    def _tooltips(self, project: Project, cells: dict[str, Cell], labels: dict[str, str]) -> dict[str, str]:
        tips = {}
        for name, cell in cells.items():
            steps = [project.step[s].label for s in cell.step_ids if s in project.step]
            own = labels.get(name, "")
            lines = [f"{name}: {state_label(cell.state)}", *([own] if own and own not in steps else []), *steps]
            if cell.step_ids:
                lines.append(self.tr("Click to show the step"))
            tips[name] = "\n".join(lines)
        return tips

    def _push_estimate(self, edit: Edit, text: str) -> None:
        """Push an estimate typed into the requests table and show the new shares right away."""
        self._push(edit, text)
        QTimer.singleShot(0, self.refresh)

    def _fill_requests(self, project: Project | None, names: list[str]) -> None:
        current = self.requests.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (-1, -1)
        if project is None:
            self.requests_model.set_requests(None, names, [], {})
            self.requests_title.setText("")
            return
        summary = avoidance_summary(project)
        avoidable = {a.request.item.id: a.fitting for a in summary.avoidable}
        self.requests_model.set_requests(project, names, list(summary.requests), avoidable)
        self.requests.resizeColumnsToContents()
        if 0 <= row < self.requests_model.rowCount():  # keep the cell being worked on (a refresh resets the model)
            self.requests.setCurrentIndex(self.requests_model.index(row, column))
        self.requests_title.setText(self.tr("<b>Group customization requests ({n})</b> — estimates apportioned "
                                            "among the requesting municipalities").format(n=len(summary.requests)))
        if len(names) < 2:
            self.summary.setText(self.tr("Fewer than two municipalities: set the municipality of each process to "
                                         "compare them."))
            return
        self.summary.setText(self.tr(
            "Customizations requested: {requested} ({distinct} items) · avoidable if the group adopts the standard "
            "way: {avoided} ({avoided_distinct} items) · estimate {cost} yen, of which avoidable {avoided_cost} "
            "yen").format(requested=summary.requested, distinct=summary.distinct, avoided=summary.avoided,
                          avoided_distinct=summary.avoided_distinct, cost=f"{summary.cost:,}",
                          avoided_cost=f"{summary.avoided_cost:,}"))

    # --- interaction --------------------------------------------------------------------------------
    def _filter_changed(self, checked: bool) -> None:
        self.proxy.set_only_differs(checked)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} rows").format(shown=self.proxy.rowCount(),
                                                                     total=self.model.rowCount()))

    def _activate(self, index: QModelIndex) -> None:
        cell = self.model.cell_at(self.proxy.mapToSource(index))
        if cell is not None and cell.step_ids:
            self.step_activated.emit(cell.process_id, cell.step_ids[0])
