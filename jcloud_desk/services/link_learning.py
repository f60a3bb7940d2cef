"""Every link the user makes or removes is learning evidence, whichever way it was made; undo takes it back.

``LinkLearning`` looks at each edit the window applies (``done``) and takes back (``undone``). An edit that touches
only links (an accepted suggestion, a type-ahead link, an item dragged from the catalogue onto a step, an unlink,
an accepted pre-fill) records one event per link in the user's ``LearningStore`` through the project's
``SuggestService``: +1 for a link added, -1 for one removed. Undoing that edit retracts exactly those events (one
undo step, as for the link itself); redoing it records them again. Edits that touch anything else (imports, merges,
deleting a step with its links) are not evidence: nobody judged those links one by one.

The project's own links are evidence without this (``SuggestService.evidence``); this module carries them to the
projects the user opens later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from jcloud_desk.domain.edits import Add, Batch, Edit, Remove
from jcloud_desk.domain.fitgap import Link

if TYPE_CHECKING:  # the service (and its analyser) is made when first asked for, not at start
    from jcloud_desk.services.suggest_service import SuggestService


def _leaves(edit: Edit) -> Iterator[Edit]:
    if isinstance(edit, Batch):
        for part in edit.edits:
            yield from _leaves(part)
    else:
        yield edit


def link_changes(applied: Edit, inverse: Edit) -> tuple[list[Link], list[Link]] | None:
    """(links added, links removed) by ``applied`` (whose inverse is ``inverse``); None when it touches more.

    Removed links are read from the inverse (it re-adds them), since the project no longer has them.
    """
    added: list[Link] = []
    for leaf in _leaves(applied):
        if isinstance(leaf, Add) and isinstance(leaf.entity, Link):
            added.append(leaf.entity)
        elif not (isinstance(leaf, Remove) and leaf.ref.kind == "link"):
            return None
    removed = [leaf.entity for leaf in _leaves(inverse) if isinstance(leaf, Add) and isinstance(leaf.entity, Link)]
    return added, removed


class LinkLearning:
    """Records link edits as evidence and retracts them on undo; keyed by the undo command that made them."""

    def __init__(self, service: Callable[[], SuggestService | None]) -> None:
        self._service = service
        self._events: dict[int, list[str]] = {}

    def done(self, key: int, applied: Edit, inverse: Edit) -> int:
        """``applied`` was (re)done by command ``key``: record its links; how many events were recorded."""
        changes = link_changes(applied, inverse)
        if changes is None:
            return 0  # not a link edit: the service (an index, the analyser) is not even asked for
        service = self._service()
        if service is None:
            return 0
        added, removed = changes
        ids = [service.record(link.step_id, link.item_id, accepted=True) for link in added]
        ids += [service.record(link.step_id, link.item_id, accepted=False) for link in removed]
        ids = [event_id for event_id in ids if event_id]
        if ids:
            self._events[key] = self._events.get(key, []) + ids
        return len(ids)

    def undone(self, key: int) -> int:
        """Command ``key`` was undone: retract the events its last redo recorded; how many."""
        ids = self._events.pop(key, [])
        if not ids:
            return 0
        service = self._service()
        if service is not None:
            service.retract(ids)
        return len(ids)

    def forget(self) -> None:
        """The undo history is gone (another project, or the stack was cleared): the events stay learned."""
        self._events.clear()
