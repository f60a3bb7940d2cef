"""ReviewDock (要再確認): links whose catalogue item changed in a revision, old and new wording side by side.

The list is ``analysis.review_queue``. For the current entry the dock shows the old item (the version it was
judged against) and the new one with the character-level differences highlighted (deleted red and struck out,
inserted green), the step's verdict, and the actions, each one undoable edit: **Keep** the verdict under the new
version (K), **Change** it to the verdict chosen (C), or — for a link left on a removed item whose wording lives on
under a new 機能ID — **Move** the link there (M). N / P walk the queue; Enter shows the step.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.review_queue import (
    ReviewChange,
    ReviewEntry,
    change_edit,
    keep_edit,
    move_edit,
    review_queue,
    successor,
)
from jcloud_desk.analysis.text_diff import Op, Run, char_diff
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.key_actions import KeyActions
from jcloud_desk.ui.labels import impl_class_label, verdict_label

_DELETED = "background:#ffd7d5;color:#86181d;text-decoration:line-through;"
_INSERTED = "background:#ccf2d1;color:#144620;"
_CHANGED_ROW = QColor("#fff4d6")


def runs_html(runs: list[Run]) -> str:
    """HTML of diff runs: deletions and insertions highlighted, line breaks kept."""
    parts = []
    for run in runs:
        text = html.escape(run.text).replace("\n", "<br>")
        if run.op is Op.DELETED:
            parts.append(f'<span style="{_DELETED}">{text}</span>')
        elif run.op is Op.INSERTED:
            parts.append(f'<span style="{_INSERTED}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


#: The share of the window's height the dock takes when revealed (from the dashboard or the menu).
REVEALED_SHARE = 0.45


class ReviewDock(DocumentDock):
    """Walk the 要再確認 queue and keep or change each verdict."""

    refresh_delay = 200  # edits come in bursts

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("ReviewDock")
        self.setWindowTitle(self.tr("Re-check after revision"))
        self._author = document.user
        self._project: Project | None = None
        self._queue: list[ReviewEntry] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.summary = QLabel(body)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal, body)
        self.list = QTreeWidget(split)
        self.list.setObjectName("reviewList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Process"), self.tr("Step"), self.tr("Change"), self.tr("Old ID"),
                                   self.tr("New ID"), self.tr("Verdict")])
        for column, width in enumerate((72, 140, 120, 110, 110, 60)):
            self.list.setColumnWidth(column, width)
        self.list.setMinimumWidth(340)  # process, step and change stay readable beside the two wordings
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.list.itemActivated.connect(lambda _i, _c: self.show_step())
        detail = QWidget(split)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        self.verdict_line = QLabel(detail)
        self.verdict_line.setObjectName("reviewVerdict")
        self.verdict_line.setWordWrap(True)
        right.addWidget(self.verdict_line)
        texts = QHBoxLayout()
        self.old_title = QLabel(detail)
        self.new_title = QLabel(detail)
        self.old_text = QTextBrowser(detail)
        self.old_text.setObjectName("reviewOld")
        self.new_text = QTextBrowser(detail)
        self.new_text.setObjectName("reviewNew")
        for title, browser in ((self.old_title, self.old_text), (self.new_title, self.new_text)):
            side = QVBoxLayout()
            title.setWordWrap(True)
            side.addWidget(title)
            side.addWidget(browser, 1)
            texts.addLayout(side, 1)
        right.addLayout(texts, 1)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous (P)"), detail)
        self.next_button = QPushButton(self.tr("Next (N)"), detail)
        self.keep_button = QPushButton(self.tr("Keep verdict (K)"), detail)
        self.keep_button.setObjectName("reviewKeep")
        self.verdict = QComboBox(detail)
        self.verdict.setObjectName("reviewVerdictChoice")
        for verdict in Verdict:
            self.verdict.addItem(verdict_label(verdict), verdict.value)
        self.change_button = QPushButton(self.tr("Change verdict (C)"), detail)
        self.change_button.setObjectName("reviewChange")
        self.move_button = QPushButton(detail)  # a removed item with a similar successor: move the link there
        self.move_button.setObjectName("reviewMove")
        self.move_button.clicked.connect(self.move_current)
        self.previous_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button.clicked.connect(lambda: self.step_by(1))
        self.keep_button.clicked.connect(self.keep_current)
        self.change_button.clicked.connect(self.change_current)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.verdict)
        buttons.addWidget(self.change_button)
        right.addLayout(buttons)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.setWidget(body)
        self._keys = KeyActions(self, self.list, {
            Qt.Key.Key_N: lambda: self.step_by(1), Qt.Key.Key_P: lambda: self.step_by(-1),
            Qt.Key.Key_K: self.keep_current, Qt.Key.Key_C: self.change_current, Qt.Key.Key_M: self.move_current,
        })
        self.on_project(document.project)

    # --- data -------------------------------------------------------------------------------------
    def on_project(self, project: Project | None) -> None:
        """Show the queue of ``project``."""
        self._project = project
        self.refresh()

    def on_change(self, change: Change) -> None:
        """Refresh; a catalogue just imported (a revision) with links to re-check brings the dock to the front."""
        if any(ref.kind == "catalog" for ref in change.added) and self._project is not None \
                and review_queue(self._project):
            self.reveal()
        self.schedule_refresh()

    def reveal(self) -> None:
        """Show the dock in front of the docks it shares a tab with, tall enough to read the old and new wording
        side by side (the bottom docks are short on a 768-px screen)."""
        self.show()
        self.raise_()
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating():
            wanted = int(window.height() * REVEALED_SHARE)
            if self.height() < wanted:
                window.resizeDocks([self], [wanted], Qt.Orientation.Vertical)

    @property
    def queue(self) -> list[ReviewEntry]:
        """The entries shown, in order."""
        return list(self._queue)

    def _current_row(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    def _select(self, row: int) -> None:
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)

    def current_entry(self) -> ReviewEntry | None:
        """The entry selected (None when the queue is empty)."""
        row = self._current_row()
        return self._queue[row] if 0 <= row < len(self._queue) else None

    def refresh(self) -> None:
        """Recompute the queue, keeping the position (the entry after one just re-checked comes next)."""
        row = max(0, self._current_row())
        project = self._project
        self._queue = review_queue(project) if project is not None else []
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._queue:
            self.list.addTopLevelItem(self._row(entry))
        self.list.blockSignals(False)
        if self._queue:
            self._select(min(row, len(self._queue) - 1))
        self._show_current()

    def _row(self, entry: ReviewEntry) -> QTreeWidgetItem:
        assert self._project is not None
        project = self._project
        process = project.process.get(entry.process_id)
        new = project.item[entry.new_item_id].code if entry.new_item_id else self.tr("(removed)")
        item = QTreeWidgetItem([
            process.name if process is not None else "", project.step[entry.step_id].label,
            "・".join(self._change_name(c) for c in entry.changes), project.item[entry.old_item_id].code, new,
            verdict_label(project.verdict_of(entry.step_id)),
        ])
        if entry.change is ReviewChange.REMOVED:
            for column in range(item.columnCount()):
                item.setBackground(column, QBrush(_CHANGED_ROW))
        return item

    def _change_name(self, change: ReviewChange) -> str:
        names = {
            ReviewChange.REMOVED: self.tr("removed"), ReviewChange.IMPL_CLASS: self.tr("class"),
            ReviewChange.CONDITIONS: self.tr("class by municipality type"),
            ReviewChange.TEXT: self.tr("text"), ReviewChange.TITLE: self.tr("title"),
        }
        return names[change]

    def _show_current(self) -> None:
        entry = self.current_entry()
        count = len(self._queue)
        enabled = entry is not None and count > 0
        for control in (self.keep_button, self.change_button, self.verdict, self.previous_button, self.next_button):
            control.setEnabled(enabled)
        target = successor(self._project, entry) if entry is not None and self._project is not None else None
        self.move_button.setVisible(target is not None)
        if target is not None:
            self.move_button.setText(self.tr("Move link to {code} (M)").format(code=target.code))
        if entry is None or self._project is None:
            self.summary.setText(self.tr("Nothing to re-check: every link was judged against the current version "
                                         "of its function list."))
            for label in (self.old_title, self.new_title, self.verdict_line):
                label.setText("")
            self.old_text.clear()
            self.new_text.clear()
            return
        project = self._project
        position = self._queue.index(entry) + 1
        self.summary.setText(self.tr("<b>{n} links to re-check</b> after a function list revision — {i} / {n}. "
                                     "K keeps the verdict, C changes it, N / P go to the next / previous.")
                             .format(n=count, i=position))
        verdict = project.verdict_of(entry.step_id)
        judgment = project.judgment.get(entry.step_id)
        reason = f" — {judgment.rationale}" if judgment is not None and judgment.rationale.strip() else ""
        self.verdict_line.setText(self.tr("Step 「{step}」: verdict <b>{verdict}</b>{reason}").format(
            step=html.escape(project.step[entry.step_id].label), verdict=verdict_label(verdict),
            reason=html.escape(reason)) + self.tr(" — changed: <b>{changes}</b>").format(
            changes="・".join(self._change_name(c) for c in entry.changes)))
        self.verdict.setCurrentIndex(self.verdict.findData(verdict.value))
        old = project.item[entry.old_item_id]
        new = project.item.get(entry.new_item_id)
        self.old_title.setText(self._heading(self.tr("Judged against"), old))
        if new is None:
            self.new_title.setText(self.tr("<b>Removed</b> in the new version"))
            self.old_text.setHtml(self._body(old, None)[0])
            self.new_text.setHtml("")
        else:
            self.new_title.setText(self._heading(self.tr("Now"), new))
            before, after = self._body(old, new)
            self.old_text.setHtml(before)
            self.new_text.setHtml(after)

    def _heading(self, label: str, item: CatalogItem) -> str:
        assert self._project is not None
        catalog = self._project.catalog.get(item.catalog_id)
        version = f"{catalog.name} {catalog.version}" if catalog is not None else ""
        return f"<b>{html.escape(label)}</b>: {html.escape(version)}"

    def _body(self, old: CatalogItem, new: CatalogItem | None) -> tuple[str, str]:
        """HTML of both sides: code, title, class and text, differences highlighted."""
        other = new if new is not None else old
        title_old, title_new = char_diff(old.title, other.title) if new is not None else (
            [Run(Op.EQUAL, old.title)], [])
        class_old, class_new = char_diff(impl_class_label(old.impl_class), impl_class_label(other.impl_class))
        text_old, text_new = char_diff(old.text, other.text) if new is not None else ([Run(Op.EQUAL, old.text)], [])
        before = (f"<p><b>{html.escape(old.code)}</b> {runs_html(title_old)}</p><p>[{runs_html(class_old)}]</p>"
                  f"<p>{runs_html(text_old)}</p>")
        if new is None:
            return before, ""
        after = (f"<p><b>{html.escape(new.code)}</b> {runs_html(title_new)}</p><p>[{runs_html(class_new)}]</p>"
                 f"<p>{runs_html(text_new)}</p>")
        return before, after

    # --- actions ----------------------------------------------------------------------------------
    def step_by(self, offset: int) -> None:
        """Select the next (``offset`` 1) or previous (-1) entry, wrapping around."""
        if not self._queue:
            return
        entry = self.current_entry()
        row = self._queue.index(entry) if entry is not None else 0
        self._select((row + offset) % len(self._queue))

    def _stamp(self) -> str:
        return datetime.now().isoformat(timespec="seconds")

    def keep_current(self) -> None:
        """Keep the verdict of the current entry under the new version (one undoable edit)."""
        entry = self.current_entry()
        if entry is None or self._project is None:
            return
        self._push(keep_edit(self._project, entry, self._author(), self._stamp()),
                   self.tr("Keep verdict after revision"))
        self.refresh()

    def change_current(self) -> None:
        """Set the verdict chosen on the current entry's step (one undoable edit)."""
        entry = self.current_entry()
        if entry is None or self._project is None:
            return
        verdict = Verdict(self.verdict.currentData())
        self._push(change_edit(self._project, entry, verdict, self._author(), self._stamp()),
                   self.tr("Change verdict after revision"))
        self.refresh()

    def move_current(self) -> None:
        """Move the current entry's link from a removed item to its similar successor (one undoable edit)."""
        entry = self.current_entry()
        target = successor(self._project, entry) if entry is not None and self._project is not None else None
        if entry is None or target is None or self._project is None:
            return
        self._push(move_edit(self._project, entry, target.id), self.tr("Move link to the new version"))
        self.refresh()

    def show_step(self) -> None:
        """Show the current entry's step in the diagram."""
        entry = self.current_entry()
        if entry is not None:
            self.document.reveal(entry.process_id, entry.step_id)
