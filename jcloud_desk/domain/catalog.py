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


class ItemKind(StrEnum):
    """What a catalogue item describes: a function (機能), a form or list the system prints (帳票), an interface."""

    FUNCTION = "function"
    FORM = "form"
    INTERFACE = "interface"


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
    """One requirement: ``code`` is the 機能ID (帳票ID for a form; or the catalogue's own item id).

    For a 帳票 (``kind`` FORM) ``text`` is the 帳票概要, ``media`` the output format / medium (出力形式・媒体) and
    ``print_items`` the 帳票詳細要件 / 印字項目 where the catalogue has them. ``impl_class`` is the class as
    written; ``analysis.effective_class`` applies ``conditions`` for a 団体区分.
    """

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
    kind: ItemKind = ItemKind.FUNCTION
    media: str = ""
    print_items: str = ""

    @property
    def is_form(self) -> bool:
        """True for a 帳票 item."""
        return self.kind is ItemKind.FORM

    @property
    def key(self) -> str:
        """The code within its catalogue: the 機能ID, or 「帳票:」 + the 帳票ID (帳票ID are their own namespace)."""
        return f"帳票:{self.code}" if self.is_form else self.code


def retired_catalog_ids(catalogs: Iterable[Catalog]) -> frozenset[str]:
    """Ids of the catalogues superseded by a revision (another catalogue names them as ``previous_id``)."""
    listed = list(catalogs)
    known = {c.id for c in listed}
    return frozenset(c.previous_id for c in listed if c.previous_id in known and c.previous_id != c.id)
