"""A catalogue revision: the new version of a catalogue supersedes (retires) the old one and links move to it.

``import_edit`` (``catalog_service``) calls ``revision_edits`` when the imported catalogue revises another (same
name, or ``--revises NAME``). Old items pair with new ones by ``analysis.revision_match`` (機能ID, then legacy id);
similarity proposals apply only once the user confirms them (``pairs``: GUI dialog, CLI ``--map OLD_NEW.csv``).
Every link — and every adopted 標準オプション — on a paired old item moves to its new item inside the same edit. A
moved link keeps the item it was judged against (``Link.judged_item_id``) when the title, text or 実装区分 changed,
which puts it on the 要再確認 queue (``analysis.review_queue``); otherwise it records the new item and its step's
judgment the new version. Links on unpaired (removed) items stay on the retired version, also on the queue.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jcloud_desk.analysis.messages import WordedError
from jcloud_desk.analysis.review_queue import is_pending, item_changes
from jcloud_desk.analysis.revision_match import RevisionMatch, match_items
from jcloud_desk.domain.catalog import Catalog, CatalogItem
from jcloud_desk.domain.edits import Add, Edit, Remove, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.domain.vendor import option_decision_id
from jcloud_desk.io.catalog.revision_map import PairRow


class RevisionError(WordedError, DomainError):
    """A revision that cannot be made as asked (unknown catalogue to revise, bad pair file)."""


def pairs_from_codes(old: Sequence[CatalogItem], new: Sequence[CatalogItem], rows: Sequence[PairRow],
                     base: Mapping[str, str]) -> dict[str, str]:
    """``base`` (old item id → new item id) overridden by the pair-file ``rows`` (codes); every bad row is named."""
    # a pair file names items by 機能ID (a 帳票 also as 「帳票:<帳票ID>」, its key)
    old_by_code = {item.code: item.id for item in reversed(old)} | {item.key: item.id for item in reversed(old)}
    new_by_code = {item.code: item.id for item in reversed(new)} | {item.key: item.id for item in reversed(new)}
    result = dict(base)
    problems = []
    for index, row in enumerate(rows):
        if index == 0 and row.old_code not in old_by_code and row.new_code not in new_by_code:
            continue  # a header row
        if row.old_code not in old_by_code:
            problems.append(Message.of("revision.old_code_unknown", row=row.row, code=row.old_code))
        elif row.new_code and row.new_code not in new_by_code:
            problems.append(Message.of("revision.new_code_unknown", row=row.row, code=row.new_code))
        else:
            result[old_by_code[row.old_code]] = new_by_code.get(row.new_code, "")
    if problems:
        raise RevisionError(Message.of("revision.bad_map", problems=tuple(problems)))
    return {old_id: new_id for old_id, new_id in result.items() if new_id}


def plan_revision(project: Project, previous: Catalog, new_items: Sequence[CatalogItem]) -> RevisionMatch:
    """Pairs by code and legacy id, and similarity proposals, between ``previous`` and the new items."""
    return match_items(project.items_of(previous.id), new_items)


@dataclass(slots=True)
class MovedLinks:
    """What moving the links did: edits, counts, and how many links went on the 要再確認 queue."""

    edits: list[Edit]
    moved: int = 0
    to_review: int = 0
    merged: int = 0
    moved_options: int = 0


def carry_option_decisions(project: Project, previous: Catalog, new_name: str, new_items: Sequence[CatalogItem],
                           pairs: Mapping[str, str]) -> list[Edit]:
    """標準オプション decisions are kept by catalogue name + 機能ID: a paired item whose name or code changes (a
    revision under another name, a renumbered item) gets the same decision under its new name and code."""
    new_by_id = {item.id: item for item in new_items}
    old_by_code = {item.code: item for item in project.items_of(previous.id) if not item.is_form}
    edits: list[Edit] = []
    for decision in sorted(project.option_decision.values(), key=lambda d: d.id):
        old = old_by_code.get(decision.code) if decision.catalog == previous.name else None
        new = new_by_id.get(pairs.get(old.id, "")) if old is not None else None
        if new is None or (new_name, new.code) == (decision.catalog, decision.code):
            continue
        new_id = option_decision_id(decision.municipality, new_name, new.code)
        if new_id not in project.option_decision:
            edits.append(Add(dataclasses.replace(decision, id=new_id, catalog=new_name, code=new.code)))
    return edits


def move_links(project: Project, previous: Catalog, new_items: Sequence[CatalogItem],
               pairs: Mapping[str, str]) -> MovedLinks:
    """Edits moving links and adopted options from old items to their paired new items (see the module doc)."""
    new_by_id = {item.id: item for item in new_items}
    old_ids = {item.id for item in project.items_of(previous.id)}
    result = MovedLinks(edits=[])
    targets: set[tuple[str, str]] = set()
    after: dict[str, tuple[str, str, bool]] = {}  # link id → (step, catalogue, pending) once moved
    for link in sorted(project.link.values(), key=lambda lk: lk.id):
        new_id = pairs.get(link.item_id) if link.item_id in old_ids else None
        if new_id is None or new_id not in new_by_id:
            pending = link.item_id in old_ids or is_pending(project, link.id)
            catalog = project.item[link.item_id].catalog_id if link.item_id in project.item else ""
            after[link.id] = (link.step_id, catalog, pending)
            continue
        if (link.step_id, new_id) in targets:  # two old items merged into one: one link is enough
            result.edits.append(Remove(Ref("link", link.id)))
            result.merged += 1
            continue
        targets.add((link.step_id, new_id))
        basis = project.item.get(link.basis_item_id) or project.item[link.item_id]
        changed = bool(item_changes(basis, new_by_id[new_id]))
        judged = basis.id if changed else new_id
        result.edits.append(SetFields.of(link, item_id=new_id, judged_item_id=judged))
        result.moved += 1
        result.to_review += changed
        after[link.id] = (link.step_id, new_by_id[new_id].catalog_id, changed)
    _record_versions(project, after, result)
    options = project.meta.adopted_options
    moved = tuple(dict.fromkeys(pairs.get(option, option) if option in old_ids else option for option in options))
    if moved != options:
        result.edits.append(SetFields.of(project.meta, adopted_options=moved))
        result.moved_options = sum(1 for option in options if option in old_ids and option in pairs)
    return result


def _record_versions(project: Project, after: Mapping[str, tuple[str, str, bool]], result: MovedLinks) -> None:
    """Steps left with nothing to re-check are judged under the new versions: their judgments record them."""
    by_step: dict[str, list[tuple[str, bool]]] = {}
    for step_id, catalog, pending in after.values():
        by_step.setdefault(step_id, []).append((catalog, pending))
    for step_id, links in sorted(by_step.items()):
        judgment = project.judgment.get(step_id)
        if judgment is None or any(pending for _catalog, pending in links):
            continue
        versions = tuple(sorted({catalog for catalog, _pending in links if catalog}))
        if versions != judgment.catalog_ids:
            result.edits.append(SetFields.of(judgment, catalog_ids=versions))
