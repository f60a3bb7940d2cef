"""Reference catalogues (標準仕様書 機能要件 or a vendor package list) and their items."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class ImplClass(StrEnum):
    """実装区分 of a catalogue item."""

    MANDATORY = "mandatory"
    OPTIONAL = "optional"
    PROHIBITED = "prohibited"
    UNSPECIFIED = "unspecified"


class CatalogKind(StrEnum):
    """Where a catalogue comes from."""

    STANDARD_SPEC = "standard_spec"
    VENDOR_PACKAGE = "vendor_package"
    CUSTOM = "custom"


@dataclass(slots=True)
class Catalog:
    """One imported version of a function list.

    ``previous_id`` names the version this one revises. A version that another catalogue revises is
    **retired** (superseded, see ``retired_catalog_ids``): kept read-only for history, no longer counted in
    coverage, mandatory items, checks or suggestions.
    """

    id: str
    name: str
    version: str = ""
    source: str = ""
    kind: CatalogKind = CatalogKind.STANDARD_SPEC
    attribution: str = ""
    imported_at: str = ""
    column_mapping: dict[str, str] = field(default_factory=dict)
    previous_id: str = ""


@dataclass(slots=True)
class CatalogItem:
    """One function requirement: ``code`` is the 機能ID (or the catalogue's own item id)."""

    id: str
    catalog_id: str
    code: str
    title: str
    impl_class: ImplClass = ImplClass.UNSPECIFIED
    path: str = ""
    text: str = ""
    legacy_code: str = ""
    sort: float = 0.0
    source_locator: str = ""


def retired_catalog_ids(catalogs: Iterable[Catalog]) -> frozenset[str]:
    """Ids of the catalogues superseded by a revision (another catalogue names them as ``previous_id``)."""
    listed = list(catalogs)
    known = {c.id for c in listed}
    return frozenset(c.previous_id for c in listed if c.previous_id in known and c.previous_id != c.id)
