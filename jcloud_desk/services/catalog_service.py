"""Catalogue import use case: turn a read catalogue into ONE undoable edit, and diff a re-imported version.

A project holds several catalogues (a 標準仕様書, a vendor's package list …), each a name with versions. Importing
a catalogue whose name the project already has is a new version: the new catalogue points at the latest previous
one (``previous_id``), the differences by 機能ID are reported (added, removed, changed fields), and every link —
and every adopted 標準オプション — on an old item moves to the new item with the same code inside the same edit,
so Fit&Gap work is kept. Links on removed items stay on the old catalogue, which is kept. Undo restores all.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.edits import Add, Batch, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.project import Project
from jcloud_desk.io.catalog.importer import CatalogImport
from jcloud_desk.io.catalog.mapping import FIELD_LABELS, ColumnMapping

#: Item fields compared between versions (sort order and source row are not differences).
COMPARED_FIELDS: tuple[str, ...] = ("title", "text", "impl_class", "path", "legacy_code")
#: Japanese names of the 実装区分 in the current wording.
IMPL_CLASS_NAMES: dict[ImplClass, str] = {
    ImplClass.MANDATORY: "実装必須機能", ImplClass.OPTIONAL: "標準オプション機能",
    ImplClass.PROHIBITED: "実装不可機能", ImplClass.UNSPECIFIED: "区分なし",
}


class CatalogConflictError(DomainError):
    """The project already has this catalogue name at this version."""

    def __init__(self, name: str, version: str) -> None:
        super().__init__(f"機能一覧「{name}」{version} はすでに取り込まれています。版を変えて取り込んでください")
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

    @property
    def is_empty(self) -> bool:
        """True when the new version has the same items with the same content."""
        return not (self.added or self.removed or self.changed)


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


def diff_items(old: list[CatalogItem], new: list[CatalogItem]) -> CatalogDiff:
    """Added, removed and changed items by code (catalogue names and link counts left empty)."""
    old_by_code = {item_key(i): i for i in old}
    new_by_code = {item_key(i): i for i in new}
    diff = CatalogDiff(name="", previous_id="", previous_version="", version="")
    diff.added = [item_key(i) for i in new if item_key(i) not in old_by_code]
    diff.removed = [item_key(i) for i in old if item_key(i) not in new_by_code]
    diff.titles = {item_key(i): i.title for i in old} | {item_key(i): i.title for i in new}
    for item in new:
        key = item_key(item)
        before = old_by_code.get(key)
        if before is None:
            continue
        fields = tuple(f for f in COMPARED_FIELDS if getattr(before, f) != getattr(item, f))
        if fields:
            diff.changed.append((key, fields))
        if before.impl_class is not item.impl_class:
            diff.class_changes[key] = (before.impl_class, item.impl_class)
    return diff


def import_edit(project: Project, catalog_import: CatalogImport) -> tuple[Edit, CatalogDiff | None]:
    """One edit adding the imported catalogue and its items; for a new version also moving links by code.

    Returns the diff against the latest previous version of the same name (None for a first import). Raises
    ``CatalogConflictError`` when the same name and version is already in the project. Nothing is applied here:
    the caller pushes the edit through its ``EditSession``.
    """
    catalog = catalog_import.catalog
    if catalog.id in project.catalog or any(
        c.name == catalog.name and c.version == catalog.version for c in project.catalog.values()
    ):
        raise CatalogConflictError(catalog.name, catalog.version)
    previous = latest_catalog(project, catalog.name)
    if previous is not None:
        catalog = dataclasses.replace(catalog, previous_id=previous.id)
    edits: list[Edit] = [Add(catalog)]
    edits.extend(Add(item) for item in catalog_import.items)
    if previous is None:
        return Batch(tuple(edits)), None

    old_items = project.items_of(previous.id)
    diff = diff_items(old_items, catalog_import.items)
    diff.name, diff.previous_id = catalog.name, previous.id
    diff.previous_version, diff.version = previous.version, catalog.version
    new_id_of_code = {item_key(i): i.id for i in catalog_import.items}
    new_id_of_old = {i.id: new_id_of_code[item_key(i)] for i in old_items if item_key(i) in new_id_of_code}
    code_of_old = {i.id: item_key(i) for i in old_items}
    for link in sorted(project.link.values(), key=lambda lk: lk.id):
        if link.item_id in new_id_of_old:
            edits.append(SetFields.of(link, item_id=new_id_of_old[link.item_id]))
            diff.moved_links += 1
        elif link.item_id in code_of_old:
            code = code_of_old[link.item_id]
            diff.kept_links[code] = diff.kept_links.get(code, 0) + 1
    options = project.meta.adopted_options
    moved = tuple(new_id_of_old.get(option, option) for option in options)
    if moved != options:
        edits.append(SetFields.of(project.meta, adopted_options=moved))
        diff.moved_options = sum(a != b for a, b in zip(options, moved, strict=True))
    return Batch(tuple(edits)), diff


def describe_diff(diff: CatalogDiff) -> list[str]:
    """Japanese lines for the import report: a summary, then one line per added, removed and changed item."""
    previous = diff.previous_version or "前の版"
    lines = [
        f"機能一覧「{diff.name}」{previous} → {diff.version or '新しい版'}: 追加 {len(diff.added)} 件、"
        f"削除 {len(diff.removed)} 件、変更 {len(diff.changed)} 件"
    ]
    if diff.is_empty:
        lines.append("機能の追加・削除・変更はありません")
    lines.extend(f"追加: {code} {diff.titles.get(code, '')}" for code in diff.added)
    for code in diff.removed:
        kept = diff.kept_links.get(code, 0)
        note = f"（この機能へのリンク {kept} 件は旧版 {previous} に残ります）" if kept else ""
        lines.append(f"削除: {code} {diff.titles.get(code, '')}{note}")
    for code, fields in diff.changed:
        names = []
        for name in fields:
            if name == "impl_class" and code in diff.class_changes:
                old, new = diff.class_changes[code]
                names.append(f"{FIELD_LABELS[name]}（{IMPL_CLASS_NAMES[old]} → {IMPL_CLASS_NAMES[new]}）")
            else:
                names.append(FIELD_LABELS[name])
        lines.append(f"変更: {code} {diff.titles.get(code, '')}（{'、'.join(names)}）")
    if diff.moved_links:
        lines.append(f"リンク {diff.moved_links} 件を新しい版の同じ機能IDへ付け替えました")
    if diff.moved_options:
        lines.append(f"採用済みの標準オプション {diff.moved_options} 件を新しい版へ引き継ぎました")
    return lines
