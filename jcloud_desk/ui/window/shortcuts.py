"""WindowShortcuts: the MainWindow's short ways to its parts, for callers and tests (the document, the diagram)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from jcloud_desk.domain.edits import Edit
from jcloud_desk.services.project_service import OpenProject
from jcloud_desk.ui.editor_controller import EditorController
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView

if TYPE_CHECKING:
    from jcloud_desk.ui.document import ProjectDocument
    from jcloud_desk.ui.window.diagram import DiagramPart
    from jcloud_desk.ui.window.file_actions import FileActions


class WindowShortcuts:
    """Mixed into MainWindow, which sets ``document``, ``diagram`` and ``file_actions``."""

    document: ProjectDocument
    diagram: DiagramPart
    file_actions: FileActions

    @property
    def opened(self) -> OpenProject | None:
        """The open project file (None when nothing is open)."""
        return self.document.opened

    @property
    def undo_stack(self) -> QUndoStack:
        """The document's undo stack."""
        return self.document.undo_stack

    @property
    def scene(self) -> ProcessScene:
        """The diagram's scene."""
        return self.diagram.scene

    @property
    def view(self) -> ProcessView:
        """The diagram's view."""
        return self.diagram.view

    @property
    def controller(self) -> EditorController:
        """The diagram's editing commands."""
        return self.diagram.controller

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project file (offering read-only access when it is in use)."""
        return self.file_actions.open_path(path, read_only)

    def push_edit(self, edit: Edit, text: str) -> bool:
        """Apply an edit as one undoable command."""
        return self.document.push(edit, text)
