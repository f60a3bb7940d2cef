"""The 要再確認 queue: links whose catalogue item changed in a revision since they were judged, and their edits.

Pure (the domain only). A link records the item it was judged against (``Link.basis_item_id``). After a revision
moved the link to the new version's item, the link is on the queue while the judged item and the current item
differ in title, text or 実装区分; a link left on an item of a retired version (the item was removed, or its
successor was never confirmed) is on the queue as ``removed``. Re-checking is one undoable edit per entry:

* ``keep_edit``: the verdict stands under the new version (the link now records the new item; a link on a
  removed item is taken off the step, the verdict kept);
* ``change_edit``: the same, plus a new verdict for the step.

Either also records the new catalogue versions on the step's judgment once nothing of the step is left on the
queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jcloud_desk.analysis.step_order import ordered_steps
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.edits import Add, Edit, Remove, SetFields, batch
from jcloud_desk.domain.fitgap import Judgment, Link, Verdict
from jcloud_desk.domain.project import Project, Ref


class ReviewChange(StrEnum):
    """What changed in the item a link was judged against (the JSON ``change`` values)."""

    REMOVED = "removed"
    IMPL_CLASS = "impl_class"
    TEXT = "text"
    TITLE = "title"


#: Item fields compared, with the change they make; the order is the importance order of ``ReviewEntry.change``.
COMPARED: tuple[tuple[str, ReviewChange], ...] = (
    ("impl_class", ReviewChange.IMPL_CLASS),
    ("text", ReviewChange.TEXT),
    ("title", ReviewChange.TITLE),
)
#: Japanese names of the changes (ledger, report, CLI text).
CHANGE_NAMES: dict[ReviewChange, str] = {
    ReviewChange.REMOVED: "削除", ReviewChange.IMPL_CLASS: "実装区分の変更", ReviewChange.TEXT: "要件文の変更",
    ReviewChange.TITLE: "機能名称の変更",
}


def item_changes(old: CatalogItem, new: CatalogItem) -> tuple[ReviewChange, ...]:
    """The changes between two versions of an item (title, text, 実装区分; whitespace at the ends ignored)."""
    changes = []
    for name, change in COMPARED:
        before, after = getattr(old, name), getattr(new, name)
        if (before.strip() if isinstance(before, str) else before) != (after.strip() if isinstance(after, str)
                                                                       else after):
            changes.append(change)
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One link to re-check: the item it was judged against (old) and the one it points at now ('' if removed)."""

    link_id: str
    process_id: str
    step_id: str
    old_item_id: str
    new_item_id: str
    changes: tuple[ReviewChange, ...]

    @property
    def change(self) -> ReviewChange:
        """The most important change (removed, 実装区分, text, title)."""
        return self.changes[0]


def _entry(project: Project, link: Link, retired: frozenset[str]) -> ReviewEntry | None:
    item = project.item.get(link.item_id)
    step = project.step.get(link.step_id)
    if item is None or step is None:
        return None
    if item.catalog_id in retired:
        return ReviewEntry(link.id, step.process_id, step.id, link.item_id, "", (ReviewChange.REMOVED,))
    basis = project.item.get(link.basis_item_id)
    if basis is None or basis.id == item.id:
        return None
    changes = item_changes(basis, item)
    return ReviewEntry(link.id, step.process_id, step.id, basis.id, item.id, changes) if changes else None


def review_queue(project: Project) -> list[ReviewEntry]:
    """Every link to re-check, in step display order (then the item's catalogue order)."""
    retired = project.retired_catalogs()
    by_step: dict[str, list[ReviewEntry]] = {}
    for link in project.link.values():
        entry = _entry(project, link, retired)
        if entry is not None:
            by_step.setdefault(entry.step_id, []).append(entry)
    queue: list[ReviewEntry] = []
    for step in ordered_steps(project):
        entries = by_step.get(step.id, [])
        entries.sort(key=lambda e: (project.item[e.old_item_id].sort, e.old_item_id))
        queue.extend(entries)
    return queue


def is_pending(project: Project, link_id: str) -> bool:
    """True when the link is on the 要再確認 queue."""
    link = project.link.get(link_id)
    return link is not None and _entry(project, link, project.retired_catalogs()) is not None


def _versions_after(project: Project, entry: ReviewEntry) -> tuple[str, ...] | None:
    """The catalogue versions of the step's links once ``entry`` is re-checked (None while others are pending)."""
    others = [lk for lk in project.links_of_step(entry.step_id) if lk.id != entry.link_id]
    if any(is_pending(project, lk.id) for lk in others):
        return None
    remaining = others if entry.change is ReviewChange.REMOVED else [*others, project.link[entry.link_id]]
    return tuple(sorted({project.item[lk.item_id].catalog_id for lk in remaining if lk.item_id in project.item}))


def _acknowledge(project: Project, entry: ReviewEntry, **judgment_values: Any) -> Edit:
    """Take ``entry`` off the queue, set ``judgment_values`` and record the new versions when it was the last."""
    link = project.link[entry.link_id]
    edits: list[Edit] = []
    if entry.change is ReviewChange.REMOVED:
        edits.append(Remove(Ref("link", link.id)))
    else:
        edits.append(SetFields.of(link, judged_item_id=link.item_id))
    versions = _versions_after(project, entry)
    judgment = project.judgment.get(entry.step_id)
    values = dict(judgment_values)
    if judgment is None:
        if values:
            edits.append(Add(Judgment(id=entry.step_id, catalog_ids=versions or (), **values)))
    else:
        values = {k: v for k, v in values.items() if getattr(judgment, k) != v}
        if versions is not None and versions != judgment.catalog_ids:
            values["catalog_ids"] = versions
        if values:
            edits.append(SetFields(Ref("judgment", judgment.id), tuple(values.items())))
    return batch(edits)


def keep_edit(project: Project, entry: ReviewEntry) -> Edit:
    """Keep the verdict under the new version (one undoable edit)."""
    return _acknowledge(project, entry)


def change_edit(project: Project, entry: ReviewEntry, verdict: Verdict) -> Edit:
    """Give the step a new verdict and take the entry off the queue (one undoable edit)."""
    return _acknowledge(project, entry, verdict=verdict)
