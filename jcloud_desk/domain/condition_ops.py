"""Edits of a catalogue item's 団体区分 conditions (the class per 団体区分 where it differs, and the note)."""

from __future__ import annotations

from collections.abc import Mapping

from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.edits import Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.municipality_type import TYPES, MunicipalityType
from jcloud_desk.domain.project import Project


def normalized_conditions(item: CatalogItem, classes: Mapping[str, ImplClass | str]) -> dict[str, str]:
    """``classes`` (type key → class) reduced to the types whose class differs from the item's, in type order."""
    known = {kind.value for kind in TYPES}
    unknown = set(classes) - known
    if unknown:
        raise DomainError(f"unknown municipality type {sorted(unknown)[0]!r}")
    result = {}
    for kind in TYPES:
        if kind.value in classes:
            impl = ImplClass(classes[kind.value])
            if impl is not item.impl_class:
                result[kind.value] = impl.value
    return result


def set_item_conditions(project: Project, item_id: str, classes: Mapping[str, ImplClass | str],
                        note: str | None = None) -> Edit | None:
    """One edit giving an item its class per 団体区分 (and its conditional note); None when nothing changes."""
    item = project.item.get(item_id)
    if item is None:
        raise DomainError(f"catalogue item {item_id} does not exist")
    conditions = normalized_conditions(item, classes)
    values: dict[str, object] = {}
    if conditions != item.conditions:
        values["conditions"] = conditions
    if note is not None and note.strip() != item.condition_note:
        values["condition_note"] = note.strip()
    return SetFields.of(item, **values) if values else None


def classes_of(item: CatalogItem) -> dict[MunicipalityType, ImplClass]:
    """The class of ``item`` for each of the five types (conditions applied)."""
    return {kind: ImplClass(item.conditions.get(kind.value, item.impl_class.value)) for kind in TYPES}
