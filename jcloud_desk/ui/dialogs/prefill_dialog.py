"""PrefillDialog: a consultant's pre-fill before the workshop — the best catalogue item for every unlinked step.

``SuggestService.prefill`` proposes one item per unlinked activity step of the current process (or of the whole
project) whose confidence (the suggestion score) reaches the minimum; the others are left for the room. The table
shows process, step, proposal, score and the decision; **A** accepts and **R** rejects the current row (and moves
down), Space toggles, **1**–**3** pick the first, second or third suggestion for the row (and accept it).
"Apply" builds ONE edit (a ``Batch`` of links, kept in ``result_edit`` for the caller to push, so one undo
removes them all) and records accepted / rejected proposals as learning evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.edits import Batch, Edit
from jcloud_desk.domain.fitgap_ops import link_item
from jcloud_desk.services.suggest_service import PREFILL_THRESHOLD, Proposal, SuggestService

PROCESS, STEP, PROPOSAL, SCORE, DECISION = range(5)
ACCEPT_COLOR = QColor("#e3f1e0")
REJECT_COLOR = QColor("#f6e0de")


class PrefillDialog(QDialog):
    """Review proposed links; ``result_edit`` holds the one edit after Apply (None when nothing was accepted)."""

    def __init__(self, service: SuggestService, process_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrefillDialog")
        self.setWindowTitle(self.tr("Pre-fill links"))
        self.service = service
        self.result_edit: Edit | None = None
        self._process_id = process_id
        self.proposals: list[Proposal] = []
        self.decisions: list[bool] = []  # per proposal: accepted?
        self.choices: list[int] = []  # per proposal: which of its alternatives is proposed
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The best catalogue item for every step without links. A accepts, R rejects the "
                               "current row, 1-3 pick the first, second or third suggestion; Apply links the "
                               "accepted ones in one step (one undo). Steps below the minimum confidence are left "
                               "for the workshop."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("prefillScope")
        if process_id is not None and process_id in service.project.process:
            self.scope.addItem(self.tr("This process: %1").replace("%1", service.project.process[process_id].name),
                               process_id)
        self.scope.addItem(self.tr("Whole project"), "")
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setObjectName("prefillThreshold")
        self.threshold.setRange(0.0, 1.5)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(PREFILL_THRESHOLD)
        form.addRow(self.tr("Steps of"), self.scope)
        form.addRow(self.tr("Minimum confidence"), self.threshold)
        layout.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setObjectName("prefillSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("prefillTable")
        self.table.setHorizontalHeaderLabels([self.tr("Process"), self.tr("Step"), self.tr("Proposed item"),
                                              self.tr("Score"), self.tr("Decision")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROPOSAL, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.toggle(row))
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.threshold.valueChanged.connect(lambda _v: self.reload())
        self.resize(900, 520)
        self.reload()

    # --- table -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Recompute proposals for the chosen scope and minimum confidence (every proposal starts accepted)."""
        project = self.service.project
        process_id = str(self.scope.currentData()) or None
        self.proposals = self.service.prefill(process_id, threshold=self.threshold.value())
        self.decisions = [True] * len(self.proposals)
        self.choices = [0] * len(self.proposals)
        self.table.setRowCount(len(self.proposals))
        for row, proposal in enumerate(self.proposals):
            step = project.step[proposal.step_id]
            process = project.process.get(step.process_id)
            cells = [process.name if process else "", " ".join(step.label.split()), "", "", ""]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == SCORE:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
            self._show_choice(row)
            self._show_decision(row)
        if self.proposals:
            self.table.setCurrentCell(0, DECISION)
        self.table.resizeColumnToContents(PROCESS)
        self._update_summary()

    def chosen(self, row: int) -> tuple[str, float]:
        """(item id, score) proposed for ``row``: its chosen alternative."""
        proposal = self.proposals[row]
        if proposal.alternatives:
            suggestion = proposal.alternatives[min(self.choices[row], len(proposal.alternatives) - 1)]
            return suggestion.item_id, suggestion.score
        return proposal.item_id, proposal.score

    def _show_choice(self, row: int) -> None:
        project = self.service.project
        item_id, score = self.chosen(row)
        item = project.item[item_id]
        proposal_cell, score_cell = self.table.item(row, PROPOSAL), self.table.item(row, SCORE)
        if proposal_cell is None or score_cell is None:
            return
        proposal_cell.setText(f"{item.code}  {item.title}")
        others = [f"{n}. {project.item[s.item_id].code}  {project.item[s.item_id].title}  ({s.score:.2f})"
                  for n, s in enumerate(self.proposals[row].alternatives, start=1)]
        proposal_cell.setToolTip("\n".join([*others, "", item.text[:300]]))
        score_cell.setText(f"{score:.2f}")

    def choose(self, row: int, number: int) -> None:
        """Propose the ``number``-th suggestion (0-based) for ``row`` and accept it."""
        if 0 <= row < len(self.proposals) and 0 <= number < max(1, len(self.proposals[row].alternatives)):
            self.choices[row] = number
            self._show_choice(row)
            self.decide(row, True, advance=False)

    def _show_decision(self, row: int) -> None:
        accepted = self.decisions[row]
        brush = QBrush(ACCEPT_COLOR if accepted else REJECT_COLOR)
        for column in range(self.table.columnCount()):
            cell = self.table.item(row, column)
            if cell is None:
                continue
            if column == DECISION:
                cell.setText(self.tr("Accept") if accepted else self.tr("Reject"))
            cell.setBackground(brush)

    def _update_summary(self) -> None:
        process_id = str(self.scope.currentData()) or None
        unlinked = len(self.service.unlinked_steps(process_id))
        proposed, accepted = len(self.proposals), sum(self.decisions)
        self.summary.setText(self.tr("%1 steps without links: %2 proposed (%3 accepted), %4 left for the workshop.")
                             .replace("%1", str(unlinked)).replace("%2", str(proposed))
                             .replace("%3", str(accepted)).replace("%4", str(unlinked - proposed)))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(accepted > 0)

    def decide(self, row: int, accepted: bool, advance: bool = True) -> None:
        """Accept or reject ``row``; then select the next row."""
        if not 0 <= row < len(self.proposals):
            return
        self.decisions[row] = accepted
        self._show_decision(row)
        self._update_summary()
        if advance and row + 1 < len(self.proposals):
            self.table.setCurrentCell(row + 1, DECISION)

    def toggle(self, row: int) -> None:
        """Flip the decision of ``row``."""
        if 0 <= row < len(self.decisions):
            self.decide(row, not self.decisions[row], advance=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = self.table.currentRow()
            key = event.key()
            if key == Qt.Key.Key_A:
                self.decide(row, True)
                return True
            if key == Qt.Key.Key_R:
                self.decide(row, False)
                return True
            if key == Qt.Key.Key_Space:
                self.toggle(row)
                return True
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_3:
                self.choose(row, key - Qt.Key.Key_1)
                return True
        return super().eventFilter(watched, event)

    # --- result ----------------------------------------------------------------------------------
    def apply(self) -> None:
        """Build the one edit of the accepted links, record the rejections as evidence, close.

        The accepted links are recorded when their edit is pushed (``services.link_learning``; undo retracts them).
        """
        project = self.service.project
        edits: list[Edit] = []
        for row, (proposal, accepted) in enumerate(zip(self.proposals, self.decisions, strict=True)):
            item_id, _score = self.chosen(row)
            if accepted:
                edit = link_item(project, proposal.step_id, item_id)
                if edit is not None:
                    edits.append(edit)
            else:
                self.service.record(proposal.step_id, item_id, accepted=False)
        self.result_edit = Batch(tuple(edits)) if edits else None
        self.accept()
