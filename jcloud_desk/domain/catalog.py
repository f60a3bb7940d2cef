"""Reference catalogues (標準仕様書 機能要件 or a vendor package list) and their items."""

from __future__ import annotations

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
    """One imported version of a function list."""

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
    """One function requirement: ``code`` is the 機能ID (or the catalogue's own item id).

    ``impl_class`` is the class as written; ``analysis.effective_class`` applies ``conditions`` for a 団体区分."""

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
    #: 団体区分 key (``MunicipalityType`` value) → ``ImplClass`` value where the class differs from ``impl_class``
    conditions: dict[str, str] = field(default_factory=dict)
    #: sub-clauses for some 団体 that do not change the class (「なお、指定都市においては…できること。」)
    condition_note: str = ""
