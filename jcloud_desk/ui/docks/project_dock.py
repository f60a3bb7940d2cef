"""ProjectDock: a dock that shows one project and follows its edits (the main window drives a list of them)."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project


class ProjectDock(QDockWidget):
    """Base of the docks registered by a loop in the main window."""

    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (None: nothing open)."""
        raise NotImplementedError

    def apply_change(self, change: Change) -> None:
        """Follow one applied edit."""
        raise NotImplementedError
