"""NotesDock: workshop records of the current process and selected step — decisions (決定事項), action items
(宿題: owner, due date, status) and comments (who, when). Every change is an undoable edit."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.edits import Add, Remove, SetFields
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.domain.workshop import Note, NoteKind, NoteStatus
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument


class NotesDock(DocumentDock):
    """Add and follow up workshop notes."""

    follows = frozenset({"process", "selection"})
    kinds = frozenset({"note", "step"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("NotesDock")
        self.setWindowTitle(self.tr("Workshop notes"))
        self._author = document.user
        self._project: Project | None = None
        self._process_id = ""
        self._step_id = ""
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.scope = QLabel(body)
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("notesTree")
        self.tree.setHeaderLabels([self.tr("Note"), self.tr("Step"), self.tr("Owner"), self.tr("Due"),
                                   self.tr("Status"), self.tr("By / when")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setRootIsDecorated(True)
        self.tree.itemDoubleClicked.connect(self._toggle_status)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.kind = QComboBox(body)
        self.kind.addItem(self.tr("Decision"), NoteKind.DECISION.value)
        self.kind.addItem(self.tr("Action item"), NoteKind.ACTION.value)
        self.kind.addItem(self.tr("Comment"), NoteKind.COMMENT.value)
        self.owner = QLineEdit(body)
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.due = QLineEdit(body)
        self.due.setPlaceholderText("YYYY-MM-DD")
        row.addWidget(self.kind)
        row.addWidget(self.owner)
        row.addWidget(self.due)
        layout.addLayout(row)
        self.text = QPlainTextEdit(body)
        self.text.setObjectName("noteText")
        self.text.setMaximumHeight(64)
        self.text.setPlaceholderText(self.tr("Text (Ctrl+Enter adds it to the selected step, or to the process)"))
        layout.addWidget(self.text)
        self.add_button = QPushButton(self.tr("Add"), body)
        self.add_button.clicked.connect(self.add_note)
        layout.addWidget(self.add_button)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.text)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.add_note)
        self.setWidget(body)

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """Show the notes of the process; new notes go to the last selected step (or the process)."""
        self._project, self._process_id = project, process_id
        self._step_id = step_ids[-1] if step_ids else ""
        self.refresh()

    def _kind_label(self, kind: NoteKind) -> str:
        return {NoteKind.DECISION: self.tr("Decisions"), NoteKind.ACTION: self.tr("Action items"),
                NoteKind.COMMENT: self.tr("Comments")}[kind]

    def refresh(self) -> None:
        """Re-read the notes."""
        self.tree.clear()
        project = self._project
        enabled = project is not None and self._process_id in project.process
        for widget in (self.add_button, self.text, self.kind, self.owner, self.due):
            widget.setEnabled(enabled)
        if not enabled or project is None:
            self.scope.setText("")
            return
        step = project.step.get(self._step_id)
        self.scope.setText(self.tr("New notes go to: {target}").format(
            target=f"{step.step_no} {step.label}".strip() if step else project.process[self._process_id].name))
        notes = project.notes_of(self._process_id)
        for kind in NoteKind:
            group = QTreeWidgetItem([self._kind_label(kind)])
            self.tree.addTopLevelItem(group)
            for note in (n for n in notes if n.kind is kind):
                target = project.step.get(note.step_id)
                status = ""
                if kind is NoteKind.ACTION:
                    status = self.tr("Done") if note.status is NoteStatus.DONE else self.tr("Open")
                item = QTreeWidgetItem([note.text, target.label if target else "", note.owner, note.due_on, status,
                                        f"{note.author} {note.created_at}".strip()])
                item.setData(0, Qt.ItemDataRole.UserRole, note.id)
                item.setToolTip(0, note.text)
                if kind is NoteKind.ACTION and note.status is NoteStatus.DONE:
                    item.setForeground(0, QBrush(QColor("#7a8a99")))
                group.addChild(item)
            group.setExpanded(True)

    def add_note(self) -> None:
        """Add the typed note (one undoable edit)."""
        text = self.text.toPlainText().strip()
        if not text or self._project is None or self._process_id not in self._project.process:
            return
        step_id = self._step_id if self._step_id in self._project.step else ""
        note = Note(id=new_id(), process_id=self._process_id, kind=NoteKind(self.kind.currentData()), text=text,
                    step_id=step_id, owner=self.owner.text().strip(), due_on=self.due.text().strip(),
                    author=self._author(), created_at=datetime.now().strftime("%Y-%m-%d %H:%M"))
        self._push(Add(note), self.tr("Add note"))
        self.text.clear()

    def _note_id(self, item: QTreeWidgetItem | None) -> str:
        return str(item.data(0, Qt.ItemDataRole.UserRole) or "") if item is not None else ""

    def _toggle_status(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        note_id = self._note_id(item)
        if self._project is None or note_id not in self._project.note:
            return
        note = self._project.note[note_id]
        if note.kind is NoteKind.ACTION:
            done = NoteStatus.OPEN if note.status is NoteStatus.DONE else NoteStatus.DONE
            self._push(SetFields.of(note, status=done), self.tr("Action item status"))

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        note_id = self._note_id(item)
        if item is None or not note_id:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Mark done / open"), lambda: self._toggle_status(item))
        menu.addAction(self.tr("Delete note"), lambda: self._delete(note_id))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _delete(self, note_id: str) -> None:
        if self._project is not None and note_id in self._project.note:
            self._push(Remove(Ref("note", note_id)), self.tr("Delete note"))
