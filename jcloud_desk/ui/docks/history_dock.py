"""HistoryDock: the undo stack (kept in the project file, so it survives reopening) and, at its bottom, why an
older history is gone when it was cleared (a merge or an import outside the editor, a format upgrade)."""

from __future__ import annotations

from PySide6.QtWidgets import QUndoView, QWidget

from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument


class HistoryDock(DocumentDock):
    """Click an entry to undo or redo up to it."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("HistoryDock")
        self.setWindowTitle(self.tr("History"))
        self.view = QUndoView(document.undo_stack, self)
        self.view.setEmptyLabel(self.tr("<opened>"))
        self.setWidget(self.view)

    def note_text(self, note: str) -> str:
        """The words for a note code left where the kept history was cleared ('' for none)."""
        texts = {
            "migrated": self.tr("the file was upgraded to a newer format"),
            "merged": self.tr("another file was merged outside the editor"),
            "external": self.tr("the project was changed outside the editor"),
            "copy": self.tr("this is a copy for a municipality"),
            "unreadable": self.tr("older entries could not be read"),
        }
        return texts.get(note, note)

    def on_project(self, project: Project | None) -> None:
        """Say at the bottom of the list why earlier actions cannot be undone (when the history was cleared)."""
        note = self.document.history_note
        label = self.tr("<opened>")
        if note:
            label = self.tr("<opened> — earlier actions cannot be undone: {why}").format(why=self.note_text(note))
        self.view.setEmptyLabel(label)

    def on_change(self, change: object) -> None:
        """The view follows the undo stack by itself."""
