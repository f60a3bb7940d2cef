"""The 要再確認 queue: links whose catalogue item changed in a revision since they were judged, and their edits.

Pure (the domain only). A link records the item it was judged against (``Link.basis_item_id``). After a revision
moved the link to the new version's item, the link is on the queue while the judged item and the current item
differ in title, text or 実装区分; a link left on an item of a retired version (the item was removed, or its
successor was never confirmed) is on the queue as ``removed``. Re-checking is one undoable edit per entry:

* ``keep_edit``: the verdict stands under the new version (the link now records the new item; a link on a
  removed item is taken off the step, the verdict kept);
* ``change_edit``: the same, plus a new verdict for the step;
* ``move_edit``: a link left on a retired item moves to an item of the current version (``successor`` proposes
  the most similar one), to be kept or changed next if its wording differs.

Either also records the new catalogue versions on the step's judgment once nothing of the step is left on the
queue, and adds a 決定事項 note to the step saying what was decided (``REVIEW_NOTE_TAG``), which the minutes and
the report's 改定影響 section show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jcloud_desk.analysis.labels import verdict_ja
from jcloud_desk.analysis.revision_match import PROPOSAL_THRESHOLD, similarity
from jcloud_desk.analysis.step_order import ordered_steps
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.edits import Add, Edit, Remove, SetFields, batch
from jcloud_desk.domain.fitgap import Judgment, Link, Verdict
from jcloud_desk.domain.fitgap_ops import RetiredItemError
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.domain.workshop import Note, NoteKind


class ReviewChange(StrEnum):
    """What changed in the item a link was judged against (the JSON ``change`` values)."""

    REMOVED = "removed"
    IMPL_CLASS = "impl_class"
    CONDITIONS = "conditions"  # the 団体区分 conditions of the 実装区分
    TEXT = "text"
    TITLE = "title"


#: Item fields compared, with the change they make; the order is the importance order of ``ReviewEntry.change``.
COMPARED: tuple[tuple[str, ReviewChange], ...] = (
    ("impl_class", ReviewChange.IMPL_CLASS),
    ("conditions", ReviewChange.CONDITIONS),
    ("text", ReviewChange.TEXT),
    ("title", ReviewChange.TITLE),
)
#: Starts the text of the 決定事項 a re-check adds to its step (the report's 改定影響 lists these notes).
REVIEW_NOTE_TAG = "【改定影響】"
#: Japanese names of the changes (ledger, report, CLI text).
CHANGE_NAMES: dict[ReviewChange, str] = {
    ReviewChange.REMOVED: "削除", ReviewChange.IMPL_CLASS: "実装区分の変更",
    ReviewChange.CONDITIONS: "団体区分による実装区分の変更", ReviewChange.TEXT: "要件文の変更",
    ReviewChange.TITLE: "機能名称の変更",
}


def item_changes(old: CatalogItem, new: CatalogItem) -> tuple[ReviewChange, ...]:
    """The changes between two versions of an item (title, text, 実装区分 and its 団体区分 conditions; whitespace at
    the ends ignored)."""
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
        """The most important change (removed, 実装区分, text, title); a change of the 団体区分 conditions is a
        change of 実装区分 here (the JSON ``change`` keeps its four values; ``changes`` tells them apart)."""
        first = self.changes[0]
        return ReviewChange.IMPL_CLASS if first is ReviewChange.CONDITIONS else first


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


def describe_entry(project: Project, entry: ReviewEntry) -> str:
    """「JUKI1-4.4-M → JUKI1-4.4-M（要件文の変更）」: the old and new 機能ID and what changed, in Japanese."""
    old = project.item[entry.old_item_id]
    new = f" → {project.item[entry.new_item_id].code}" if entry.new_item_id in project.item else ""
    return f"{old.code}{new}（{'・'.join(CHANGE_NAMES[c] for c in entry.changes)}）"


def _versions_label(project: Project, entry: ReviewEntry) -> str:
    """「第1.0版 → 第1.1版」 (the old version alone for a removed item)."""
    old = project.catalog.get(project.item[entry.old_item_id].catalog_id)
    new_item = project.item.get(entry.new_item_id)
    new = project.catalog.get(new_item.catalog_id) if new_item is not None else None
    old_text = old.version if old is not None else ""
    return f"{old_text} → {new.version}" if new is not None else f"{old_text} で削除"


def decision_note(project: Project, entry: ReviewEntry, verdict: Verdict | None, author: str, at: str) -> Note:
    """The 決定事項 recording a re-check on the step (tagged ``REVIEW_NOTE_TAG``; the report lists these)."""
    before = verdict_ja(project.verdict_of(entry.step_id))
    if verdict is None or verdict is project.verdict_of(entry.step_id):
        outcome = f"判定「{before}」を維持"
    else:
        outcome = f"判定を「{before}」から「{verdict_ja(verdict)}」に変更"
    if entry.change is ReviewChange.REMOVED:
        outcome += "（紐付けを解除）"
    text = f"{REVIEW_NOTE_TAG}{describe_entry(project, entry)} {_versions_label(project, entry)}: {outcome}"
    return Note(id=new_id(), process_id=entry.process_id, kind=NoteKind.DECISION, text=text, step_id=entry.step_id,
                author=author, created_at=at)


def _acknowledge(project: Project, entry: ReviewEntry, verdict: Verdict | None, author: str, at: str) -> Edit:
    """Take ``entry`` off the queue, set the verdict, record the new versions when it was the last, add the note."""
    link = project.link[entry.link_id]
    edits: list[Edit] = [Add(decision_note(project, entry, verdict, author, at))]
    if entry.change is ReviewChange.REMOVED:
        edits.append(Remove(Ref("link", link.id)))
    else:
        edits.append(SetFields.of(link, judged_item_id=link.item_id))
    versions = _versions_after(project, entry)
    judgment = project.judgment.get(entry.step_id)
    values: dict[str, Any] = {} if verdict is None else {"verdict": verdict}
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


def successor(project: Project, entry: ReviewEntry) -> CatalogItem | None:
    """For a link left on a retired item: the most similar item of the version that superseded it, if any is
    similar enough (``revision_match.PROPOSAL_THRESHOLD``) and not yet linked to the step; else None."""
    if entry.change is not ReviewChange.REMOVED:
        return None
    old = project.item[entry.old_item_id]
    newer = [c.id for c in project.catalog.values() if c.previous_id == old.catalog_id]
    linked = {lk.item_id for lk in project.links_of_step(entry.step_id)}
    candidates = [i for i in project.current_items() if i.catalog_id in newer and i.id not in linked]
    scored = [(similarity(old, item), -index, item) for index, item in enumerate(candidates)]
    best = max(scored, default=None, key=lambda entry: entry[:2])
    return best[2] if best is not None and best[0] >= PROPOSAL_THRESHOLD else None


def move_edit(project: Project, entry: ReviewEntry, item_id: str) -> Edit:
    """Move a link left on a retired item to ``item_id`` of the current version (one undoable edit).

    The link keeps the item it was judged against, so a successor whose wording differs stays on the queue
    (as a text / title / 実装区分 change) until it is kept or changed.
    """
    link = project.link[entry.link_id]
    item = project.item[item_id]
    if item.catalog_id in project.retired_catalogs():
        raise RetiredItemError(item.code)
    basis = project.item.get(link.basis_item_id) or project.item[link.item_id]
    judged = basis.id if item_changes(basis, item) else item.id
    return SetFields.of(link, item_id=item.id, judged_item_id=judged)


def keep_edit(project: Project, entry: ReviewEntry, author: str = "", at: str = "") -> Edit:
    """Keep the verdict under the new version (one undoable edit, with a 決定事項 by ``author`` at ``at``)."""
    return _acknowledge(project, entry, None, author, at)


def change_edit(project: Project, entry: ReviewEntry, verdict: Verdict, author: str = "", at: str = "") -> Edit:
    """Give the step a new verdict and take the entry off the queue (one undoable edit, with a 決定事項)."""
    return _acknowledge(project, entry, verdict, author, at)
