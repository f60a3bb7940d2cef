"""団体区分 (the kind of municipality) and the per-kind 実装区分 conditions of catalogue items.

標準仕様書 items can be mandatory for one kind of 団体 and optional for the others (「本機能は、一般市区町村においては
実装してもしなくても良い。」). A project, and each municipality of a group project, has a ``MunicipalityType``; an
item's ``CatalogItem.conditions`` maps type keys to the class that applies there (``analysis.effective_class``).
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


class MunicipalityType(StrEnum):
    """団体区分. ``UNKNOWN`` ('') is a project that has not said; it is treated as 一般市 (``DEFAULT_TYPE``)."""

    UNKNOWN = ""
    DESIGNATED_CITY = "designated_city"  # 指定都市
    SPECIAL_WARD = "special_ward"  # 特別区
    CORE_CITY = "core_city"  # 中核市
    CITY = "city"  # 一般市
    TOWN_VILLAGE = "town_village"  # 町村

    @property
    def label_ja(self) -> str:
        """The Japanese name (「未設定」 for UNKNOWN)."""
        return TYPE_LABELS_JA[self]

    @property
    def effective(self) -> MunicipalityType:
        """The type conditions are evaluated for: UNKNOWN counts as 一般市."""
        return DEFAULT_TYPE if self is MunicipalityType.UNKNOWN else self

    @classmethod
    def _missing_(cls, value: object) -> MunicipalityType | None:
        """Old files and hand-typed cells: Japanese names (「指定都市」, 「町」, 「村」…) map to their key."""
        if not isinstance(value, str):
            return None
        return parse_municipality_type(value)


#: Conditions are evaluated for this type when a project has not set its own.
DEFAULT_TYPE = MunicipalityType.CITY
#: The five real types, largest first (dialogs and the CLI list them in this order).
TYPES: tuple[MunicipalityType, ...] = tuple(t for t in MunicipalityType if t is not MunicipalityType.UNKNOWN)
TYPE_LABELS_JA: dict[MunicipalityType, str] = {
    MunicipalityType.UNKNOWN: "未設定",
    MunicipalityType.DESIGNATED_CITY: "指定都市",
    MunicipalityType.SPECIAL_WARD: "特別区",
    MunicipalityType.CORE_CITY: "中核市",
    MunicipalityType.CITY: "一般市",
    MunicipalityType.TOWN_VILLAGE: "町村",
}
#: Words people write for each type (old free-text 団体区分 cells, CLI arguments).
_WORDS: dict[str, MunicipalityType] = {
    "指定都市": MunicipalityType.DESIGNATED_CITY, "政令指定都市": MunicipalityType.DESIGNATED_CITY,
    "政令市": MunicipalityType.DESIGNATED_CITY,
    "特別区": MunicipalityType.SPECIAL_WARD, "区": MunicipalityType.SPECIAL_WARD,
    "中核市": MunicipalityType.CORE_CITY,
    "一般市": MunicipalityType.CITY, "市": MunicipalityType.CITY, "施行時特例市": MunicipalityType.CITY,
    "特例市": MunicipalityType.CITY,
    "町村": MunicipalityType.TOWN_VILLAGE, "町": MunicipalityType.TOWN_VILLAGE, "村": MunicipalityType.TOWN_VILLAGE,
    "未設定": MunicipalityType.UNKNOWN,
}


def parse_municipality_type(text: str) -> MunicipalityType:
    """The type named by a key or a Japanese word; UNKNOWN for blank or unrecognised text."""
    key = unicodedata.normalize("NFKC", text).strip()
    for member in MunicipalityType:
        if key == member.value:
            return member
    return _WORDS.get(key, MunicipalityType.UNKNOWN)
