"""SuggestionActions: the suggestion commands of the window — pre-fill links, the thesaurus, the learning switch.

They share the links panel's ``SuggestService`` (one per project), so the pre-fill dialog ranks exactly like the
panel's suggestions; accepted pre-fill links are pushed on the document as one edit (one undo).

They also follow the undo stack: every command that only adds or removes links (however the link was made: a
suggestion, type-ahead, an item dragged onto a step, pre-fill, unlink) is recorded as learning evidence when it is
done or redone and retracted when it is undone (``services.link_learning``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from jcloud_desk.services.link_learning import LinkLearning
from jcloud_desk.services.settings import Settings
from jcloud_desk.ui.commands import EditCommand
from jcloud_desk.ui.document import ProjectDocument

if TYPE_CHECKING:
    from jcloud_desk.services.suggest_service import SuggestService
    from jcloud_desk.ui.docks.links_panel import LinksPanel


class SuggestionActions(QObject):
    """Process menu › Pre-fill links / Thesaurus for suggestions; follows the learning setting."""

    def __init__(self, window: QWidget, document: ProjectDocument, links: Callable[[], LinksPanel],
                 settings: Settings) -> None:
        """``links`` gives the Fit&Gap dock's links panel (building the dock when it was not yet)."""
        super().__init__(window)
        self._window = window
        self._document = document
        self._links_of = links
        self._settings = settings
        self.learning = LinkLearning(self._service)
        self._index = document.undo_stack.index()
        document.undo_stack.indexChanged.connect(self._stack_moved)

    @property
    def _links(self) -> LinksPanel:
        return self._links_of()

    def links_built(self, links: LinksPanel) -> None:
        """The links panel was just built: it follows the learning setting."""
        links.learning = self._settings.learn_from_links

    def _service(self) -> SuggestService | None:
        project = self._document.project
        return self._links.suggest_service(project) if project is not None else None

    def _stack_moved(self, index: int) -> None:
        """Commands between the old and the new index were done (index grew) or undone (it shrank)."""
        stack = self._document.undo_stack
        old, self._index = self._index, index
        try:
            count = stack.count()
        except RuntimeError:  # the window is being destroyed: the stack clears itself on its way out
            self.learning.forget()
            return
        if count == 0:
            self.learning.forget()
            return
        for position in range(old, index) if index > old else range(old - 1, index - 1, -1):
            command = stack.command(position)
            if not isinstance(command, EditCommand):
                continue
            if index < old:
                self.learning.undone(id(command))
            elif command.inverse is not None and command.applied is not None:  # not one restored from the file
                self.learning.done(id(command), command.applied, command.inverse)

    def prefill_links(self) -> None:
        """Review the best item for every unlinked step; the accepted links are one undoable edit."""
        project = self._document.project
        if project is None:
            return
        from jcloud_desk.ui.dialogs.prefill_dialog import PrefillDialog  # not needed at start

        dialog = PrefillDialog(self._links.suggest_service(project), self._document.process_id or None,
                               self._window)
        if dialog.exec() and dialog.result_edit is not None:
            self._document.push(dialog.result_edit, self.tr("Pre-fill links"))

    def edit_thesaurus(self) -> None:
        """The user's thesaurus for suggestions (import / export CSV)."""
        project = self._document.project
        from jcloud_desk.services.suggest_service import UserThesaurus  # not needed at start

        user = self._links.suggest_service(project).user_thesaurus if project is not None else UserThesaurus()
        from jcloud_desk.ui.dialogs.thesaurus_dialog import ThesaurusDialog  # not needed at start

        dialog = ThesaurusDialog(user, self._window)
        if dialog.exec() and dialog.saved:
            self._links.reset_suggestions()

    def settings_changed(self) -> None:
        """The learning switch changed or the learned links were forgotten: rebuild suggestions."""
        self._links.learning = self._settings.learn_from_links
        self._links.reset_suggestions()
