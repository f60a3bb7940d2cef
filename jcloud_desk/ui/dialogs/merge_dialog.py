"""MergeDialog: what merging another project file brings in, and its conflicts side by side to decide.

The plan (``services.merge_service.MergePlan``) is computed before the dialog opens; the dialog only collects a
自分 / 相手 choice per conflict, shows the resulting counts live, and hands back ``edit()`` — one undoable edit.
Conflict texts (where, why, values) come from the service in Japanese, like check findings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.edits import Edit
from jcloud_desk.services.merge_service import OURS, THEIRS, ConflictKey, MergePlan

_COUNT_KEYS = ("added", "updated", "removed")


class MergeDialog(QDialog):
    """Counts of what comes in, the conflict table (common origin | mine | theirs | take) and Apply."""

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MergeDialog")
        self.plan = plan
        self.setWindowTitle(self.tr("Merge {file}").format(file=plan.source))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        origin = (self.tr("Common origin found: what only one side changed is merged; both sides' changes to the "
                          "same thing are listed below.") if plan.has_base else
                  self.tr("The files have no common origin (not copies of one distribution): every difference "
                          "between them is listed as a conflict."))
        self.origin_label = QLabel(origin, self)
        self.origin_label.setWordWrap(True)
        layout.addWidget(self.origin_label)
        layout.addWidget(QLabel(self.tr("What the merge changes in this project:"), self))
        self.counts = QTableWidget(0, 4, self)
        self.counts.setObjectName("mergeCounts")
        self.counts.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Added"), self.tr("Updated"),
                                               self.tr("Removed")])
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setMaximumHeight(180)
        layout.addWidget(self.counts)
        self.conflict_label = QLabel(self)
        layout.addWidget(self.conflict_label)
        self.table = QTableWidget(len(plan.conflicts), 6, self)
        self.table.setObjectName("mergeConflicts")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Why"), self.tr("Common origin"),
                                              self.tr("Mine"), self.tr("Theirs"), self.tr("Take")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.combos: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            texts = (conflict.label, conflict.reason, conflict.base_text, conflict.ours_text, conflict.theirs_text)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Mine"), OURS)
            combo.addItem(self.tr("Theirs"), THEIRS)
            combo.currentIndexChanged.connect(lambda _i: self._refresh())
            self.table.setCellWidget(row, 5, combo)
            self.combos.append(combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(plan.conflicts))
        layout.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("All mine"), self)
        self.all_mine.clicked.connect(lambda: self.choose_all(OURS))
        self.all_theirs = QPushButton(self.tr("All theirs"), self)
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        for button in (self.all_mine, self.all_theirs):
            button.setEnabled(bool(plan.conflicts))
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()

    def _kind_label(self, kind: str) -> str:
        return {
            "info": self.tr("Project information"), "municipality": self.tr("Municipality (group)"),
            "process": self.tr("Process"), "lane": self.tr("Lane"), "phase": self.tr("Phase"),
            "step": self.tr("Step"), "flow": self.tr("Flow (connection)"), "catalog": self.tr("Catalogue"),
            "item": self.tr("Catalogue function"), "link": self.tr("Link to a function"),
            "judgment": self.tr("Judgment"), "note": self.tr("Workshop note"),
            "request": self.tr("Customization request"),
        }.get(kind, kind)

    def choices(self) -> dict[ConflictKey, str]:
        """The choice of every conflict ('ours' / 'theirs')."""
        return {c.key: str(combo.currentData()) for c, combo in zip(self.plan.conflicts, self.combos, strict=True)}

    def choose_all(self, side: str) -> None:
        """Set every conflict to one side."""
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(side))
            combo.blockSignals(False)
        self._refresh()

    def choose(self, row: int, side: str) -> None:
        """Set one conflict's choice."""
        self.combos[row].setCurrentIndex(self.combos[row].findData(side))

    def edit(self) -> Edit:
        """The merge with the chosen sides, as one undoable edit."""
        return self.plan.edit_for(self.choices())

    def _refresh(self) -> None:
        summary = self.plan.summary(self.choices())
        self.counts.setRowCount(len(summary))
        for row, (kind, counts) in enumerate(summary.items()):
            self.counts.setItem(row, 0, QTableWidgetItem(self._kind_label(kind)))
            for column, key in enumerate(_COUNT_KEYS, start=1):
                item = QTableWidgetItem(str(counts[key]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        theirs = sum(1 for choice in self.choices().values() if choice == THEIRS)
        if self.plan.conflicts:
            self.conflict_label.setText(self.tr("{n} conflicts: choose whose version to keep ({t} from theirs).")
                                        .format(n=len(self.plan.conflicts), t=theirs))
        else:
            self.conflict_label.setText(self.tr("No conflicts."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.plan.is_noop(self.choices()))
