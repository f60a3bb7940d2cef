"""RevisionPairsDialog: confirm the old → new item pairs a revision proposes by similarity of wording.

Pairs by 機能ID and legacy id are sure and only counted here; each proposal is one row (old 機能ID and name, new
機能ID and name, similarity) that the user accepts (A) or rejects (R), moving to the next row; the selected row's
wordings are shown below. ``accepted_pairs()`` gives the accepted proposals after OK. Every proposal starts rejected,
so OK without a choice imports with the sure pairs only (the unpaired old items count as removed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.revision_match import ItemPair, RevisionMatch
from jcloud_desk.analysis.text_diff import char_diff
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.ui.docks.review_dock import runs_html
from jcloud_desk.ui.key_actions import KeyActions

_ACCEPTED = QColor("#ccf2d1")
_REJECTED = QColor("#f0f0f0")


class RevisionPairsDialog(QDialog):
    """Accept or reject each similarity proposal of a revision."""

    def __init__(self, match: RevisionMatch, old_items: dict[str, CatalogItem], new_items: dict[str, CatalogItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm renumbered functions"))
        self.resize(920, 600)
        self._proposals = list(match.proposals)
        self._old, self._new = old_items, new_items
        self._accepted = [False] * len(self._proposals)
        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr(
            "{sure} functions were paired by function ID or legacy ID. These {n} have a new ID and were paired by "
            "similar wording: accept (A) the pairs that are the same function, reject (R) the others. Links on a "
            "rejected old function stay on the old version and go on the re-check list.").format(
                sure=len(match.pairs), n=len(self._proposals)), self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget(len(self._proposals), 6, self)
        self.table.setObjectName("proposalsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Pair"), self.tr("Old ID"), self.tr("Old name"),
                                              self.tr("New ID"), self.tr("New name"), self.tr("Similarity")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, pair in enumerate(self._proposals):
            old, new = old_items[pair.old_id], new_items[pair.new_id]
            for column, text in enumerate(("", old.code, old.title, new.code, new.title, f"{pair.score:.2f}")):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._paint(row)
        self.table.resizeColumnsToContents()
        for column in (2, 4):  # the names take the room
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show(row))
        layout.addWidget(self.table, 2)
        texts = QHBoxLayout()
        self.old_text = QTextBrowser(self)
        self.new_text = QTextBrowser(self)
        texts.addWidget(self.old_text)
        texts.addWidget(self.new_text)
        layout.addLayout(texts, 1)
        row_buttons = QHBoxLayout()
        accept = QPushButton(self.tr("Accept pair (A)"), self)
        reject = QPushButton(self.tr("Reject pair (R)"), self)
        accept.clicked.connect(lambda: self.decide(True))
        reject.clicked.connect(lambda: self.decide(False))
        row_buttons.addWidget(accept)
        row_buttons.addWidget(reject)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self._keys = KeyActions(self, self.table, {Qt.Key.Key_A: lambda: self.decide(True),
                                                    Qt.Key.Key_R: lambda: self.decide(False)})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self._proposals:
            self.table.setCurrentCell(0, 1)

    def accepted_pairs(self) -> list[ItemPair]:
        """The proposals accepted so far."""
        return [pair for pair, chosen in zip(self._proposals, self._accepted, strict=True) if chosen]

    def decide(self, accept: bool) -> None:
        """Accept or reject the current proposal, then go to the next one."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._proposals):
            return
        self._accepted[row] = accept
        self._paint(row)
        if row + 1 < len(self._proposals):
            self.table.setCurrentCell(row + 1, 1)

    def _paint(self, row: int) -> None:
        chosen = self._accepted[row]
        mark = self.table.item(row, 0)
        if mark is not None:
            mark.setText(self.tr("accepted") if chosen else self.tr("rejected"))
        for column in range(self.table.columnCount()):
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setBackground(QBrush(_ACCEPTED if chosen else _REJECTED))
        if mark is not None:
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._proposals):
            return
        pair = self._proposals[row]
        old, new = self._old[pair.old_id], self._new[pair.new_id]
        before, after = char_diff(f"{old.title}\n{old.text}", f"{new.title}\n{new.text}")
        self.old_text.setHtml(f"<p><b>{old.code}</b></p>{runs_html(before)}")
        self.new_text.setHtml(f"<p><b>{new.code}</b></p>{runs_html(after)}")
