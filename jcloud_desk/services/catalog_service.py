"""Catalogue import use case: turn a read catalogue into ONE undoable edit, and diff a re-imported version.

A project holds several catalogues (a 標準仕様書, a vendor's package list …), each a name with versions. Importing
a catalogue whose name the project already has (or with ``revises``) is a revision: the new catalogue points at the
latest previous one (``previous_id``), which is retired; items pair by 機能ID, legacy id and confirmed proposals
(``services.catalog_revision``), the differences are reported (added, removed, renumbered, changed fields), and every
link — and every adopted 標準オプション — on a paired old item moves to its new item inside the same edit, so Fit&Gap
work is kept; links whose item changed go on the 要再確認 queue. Links on removed items stay on the retired
catalogue, which is kept. Undo restores all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from jcloud_desk.analysis.messages import Worded, WordedError, quoted, worded
from jcloud_desk.analysis.revision_match import is_older, legacy_ids
from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.edits import Add, Batch, Edit
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.io.catalog.importer import CatalogImport
from jcloud_desk.io.catalog.mapping import ColumnMapping
from jcloud_desk.services.catalog_revision import (
    RevisionError,
    carry_option_decisions,
    move_links,
    plan_revision,
)

#: Item fields compared between versions (sort order and source row are not differences).
COMPARED_FIELDS: tuple[str, ...] = ("title", "text", "impl_class", "conditions", "path", "legacy_code")


class CatalogConflictError(WordedError, DomainError):
    """The project already has this catalogue name at this version."""

    def __init__(self, name: str, version: str) -> None:
        super().__init__(Message.of("revision.exists", name=name, version=version))
        self.name = name
        self.version = version


@dataclass(slots=True)
class CatalogDiff:
    """What a new version of a catalogue changes, by item code (機能ID)."""

    name: str
    previous_id: str
    previous_version: str
    version: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (code, fields changed)
    titles: dict[str, str] = field(default_factory=dict)  # code → title (new one, else old)
    class_changes: dict[str, tuple[ImplClass, ImplClass]] = field(default_factory=dict)  # code → (old, new)
    moved_links: int = 0
    kept_links: dict[str, int] = field(default_factory=dict)  # removed code → links left on the old item
    moved_options: int = 0
    renumbered: list[tuple[str, str]] = field(default_factory=list)  # (old code, new code)
    to_review: int = 0  # moved links whose item changed: on the 要再確認 queue

    @property
    def is_empty(self) -> bool:
        """True when the new version has the same items with the same content."""
        return not (self.added or self.removed or self.changed or self.renumbered)


def catalogs_named(project: Project, name: str) -> list[Catalog]:
    """Every version of the catalogue ``name``, oldest first (by predecessor chain, then import time)."""
    versions = [c for c in project.catalog.values() if c.name == name]
    order = {c.id: index for index, c in enumerate(versions)}
    depth: dict[str, int] = {}

    def chain(catalog: Catalog) -> int:
        if catalog.id not in depth:
            depth[catalog.id] = 0  # guards against a cycle
            previous = project.catalog.get(catalog.previous_id)
            depth[catalog.id] = chain(previous) + 1 if previous is not None and previous.name == name else 0
        return depth[catalog.id]

    return sorted(versions, key=lambda c: (chain(c), c.imported_at, order[c.id]))


def latest_catalog(project: Project, name: str) -> Catalog | None:
    """The newest version of the catalogue ``name`` (None when the project has none)."""
    versions = catalogs_named(project, name)
    return versions[-1] if versions else None


def saved_mapping(project: Project, name: str) -> ColumnMapping | None:
    """The column mapping used for the latest version of ``name``, to offer again on a re-import."""
    latest = latest_catalog(project, name)
    return ColumnMapping.from_dict(latest.column_mapping) if latest and latest.column_mapping else None


def item_key(item: CatalogItem) -> str:
    """An item's code within its catalogue (``CatalogItem.key``)."""
    return item.key


def diff_items(old: list[CatalogItem], new: list[CatalogItem], pairs: Mapping[str, str] | None = None) -> CatalogDiff:
    """Added, removed, changed and renumbered items (catalogue names and link counts left empty).

    ``pairs`` maps old item ids to new item ids (default: by code). An old item without a pair is removed, a new
    item that no old one pairs with is added; a pair with different codes is renumbered.
    """
    if pairs is None:
        new_id_of_code = {item_key(i): i.id for i in reversed(new)}
        pairs = {i.id: new_id_of_code[item_key(i)] for i in old if item_key(i) in new_id_of_code}
    new_by_id = {i.id: i for i in new}
    diff = CatalogDiff(name="", previous_id="", previous_version="", version="")
    targets = set(pairs.values())
    diff.added = [item_key(i) for i in new if i.id not in targets]
    diff.removed = [item_key(i) for i in old if pairs.get(i.id) not in new_by_id]
    diff.titles = {item_key(i): i.title for i in old} | {item_key(i): i.title for i in new}
    for before in old:
        item = new_by_id.get(pairs.get(before.id, ""))
        if item is None:
            continue
        if item_key(item) != item_key(before):
            diff.renumbered.append((item_key(before), item_key(item)))
        fields = tuple(f for f in COMPARED_FIELDS if getattr(before, f) != getattr(item, f)
                       and (f != "legacy_code" or _legacy_changed(before, item)))
        if fields:
            diff.changed.append((item_key(item), fields))
        if before.impl_class is not item.impl_class:
            diff.class_changes[item_key(item)] = (before.impl_class, item.impl_class)
    return diff


def _legacy_changed(before: CatalogItem, item: CatalogItem) -> bool:
    """A different legacy id is a change only when both versions have one and the new one does not name the old
    item (a 旧機能ID column in the new version, or a version without the 要件番号 column, is no change)."""
    return bool(before.legacy_code and item.legacy_code) and before.code not in legacy_ids(item.legacy_code)


def revision_target(project: Project, catalog: Catalog, revises: str | None = None) -> Catalog | None:
    """The catalogue version an import revises: the latest of ``revises`` when given, else of its own name.

    Raises ``RevisionError`` when ``revises`` names no catalogue of the project.
    """
    name = (revises or "").strip()
    previous = latest_catalog(project, name or catalog.name)
    if previous is None and name:
        known = quoted(sorted({c.name for c in project.catalog.values()})) or Message("none")
        raise RevisionError(Message.of("revision.unknown_catalog", name=name, names=known))
    return current_successor(project, previous) if previous is not None else None


def current_successor(project: Project, catalog: Catalog) -> Catalog:
    """``catalog`` itself when it is current, else the current version that (through revisions) supersedes it.

    A catalogue revised under another name (``--revises``) leaves its own name's latest version retired; the next
    revision of either name continues from the current head, never from a retired version.
    """
    seen = {catalog.id}
    while True:
        newer = [c for c in project.catalog.values() if c.previous_id == catalog.id and c.id not in seen]
        if not newer:
            return catalog
        catalog = max(newer, key=lambda c: c.imported_at)
        seen.add(catalog.id)


def import_edit(project: Project, catalog_import: CatalogImport, *, revises: str | None = None,
                pairs: Mapping[str, str] | None = None) -> tuple[Edit, CatalogDiff | None]:
    """One edit adding the imported catalogue and its items; for a revision also moving links to the new items.

    A revision (same name as a catalogue of the project, or ``revises`` naming one) supersedes the latest version
    of that catalogue, which is retired. ``pairs`` maps its old item ids to new item ids; None pairs by 機能ID and
    legacy id only (``analysis.revision_match``; similarity proposals need the user's confirmation). Returns the
    diff against the previous version (None for a first import). Raises ``CatalogConflictError`` when the same
    name and version is already in the project. Nothing is applied here: the caller pushes the edit through its
    ``EditSession``.
    """
    catalog = catalog_import.catalog
    if catalog.id in project.catalog or any(
        c.name == catalog.name and c.version == catalog.version for c in project.catalog.values()
    ):
        raise CatalogConflictError(catalog.name, catalog.version)
    previous = revision_target(project, catalog, revises)
    if previous is not None and is_older(catalog.version, previous.version):
        raise RevisionError(Message.of("revision.older", version=catalog.version, name=previous.name,
                                       latest=previous.version))
    if previous is not None:
        catalog = dataclasses.replace(catalog, previous_id=previous.id)
    edits: list[Edit] = [Add(catalog)]
    edits.extend(Add(item) for item in catalog_import.items)
    if previous is None:
        return Batch(tuple(edits)), None

    old_items = project.items_of(previous.id)
    if pairs is None:
        pairs = plan_revision(project, previous, catalog_import.items).mapping()
    diff = diff_items(old_items, catalog_import.items, pairs)
    diff.name, diff.previous_id = catalog.name, previous.id
    diff.previous_version, diff.version = previous.version, catalog.version
    moved = move_links(project, previous, catalog_import.items, pairs)
    edits.extend(moved.edits)
    carried = carry_option_decisions(project, previous, catalog.name, catalog_import.items, pairs)
    edits.extend(carried)
    diff.moved_links, diff.to_review = moved.moved, moved.to_review
    diff.moved_options = moved.moved_options + len(carried)
    removed_ids = {i.id for i in old_items if pairs.get(i.id) not in {n.id for n in catalog_import.items}}
    code_of_old = {i.id: item_key(i) for i in old_items}
    for link in project.link.values():
        if link.item_id in removed_ids:
            code = code_of_old[link.item_id]
            diff.kept_links[code] = diff.kept_links.get(code, 0) + 1
    return Batch(tuple(edits)), diff


def describe_diff(diff: CatalogDiff) -> list[Worded]:
    """Lines for the import report (Japanese ``str`` keeping their message): a summary, then one line per added,
    removed and changed item."""
    previous: Message | str = diff.previous_version or Message("catalog_diff.previous")
    lines = [worded("catalog_diff.summary", name=diff.name, previous=previous,
                    version=diff.version or Message("catalog_diff.new"), added=len(diff.added),
                    removed=len(diff.removed), changed=len(diff.changed))]
    if diff.is_empty:
        lines.append(worded("catalog_diff.empty"))
    lines.extend(worded("catalog_diff.added", code=code, title=diff.titles.get(code, "")) for code in diff.added)
    for code in diff.removed:
        kept = diff.kept_links.get(code, 0)
        note = Message.of("catalog_diff.kept_links", n=kept, previous=previous) if kept else ""
        lines.append(worded("catalog_diff.removed", code=code, title=diff.titles.get(code, ""), note=note))
    for code, fields in diff.changed:
        names: list[Message] = []
        for name in fields:
            field_name = Message(f"catalog.field.{name}")
            if name == "impl_class" and code in diff.class_changes:
                old, new = diff.class_changes[code]
                names.append(Message.of("catalog_diff.class_change", field=field_name,
                                        old=Message(f"catalog.class.{old.value}"),
                                        new=Message(f"catalog.class.{new.value}")))
            else:
                names.append(field_name)
        lines.append(worded("catalog_diff.changed", code=code, title=diff.titles.get(code, ""), fields=tuple(names)))
    lines.extend(worded("catalog_diff.renumbered", old=old, new=new, title=diff.titles.get(new, ""))
                 for old, new in diff.renumbered)
    if diff.moved_links:
        lines.append(worded("catalog_diff.moved_links", n=diff.moved_links))
    if diff.to_review:
        lines.append(worded("catalog_diff.to_review", n=diff.to_review))
    if diff.moved_options:
        lines.append(worded("catalog_diff.moved_options", n=diff.moved_options))
    return lines
