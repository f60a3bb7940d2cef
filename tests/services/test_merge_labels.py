"""Merge conflict wording: 団体区分 and 団体区分 conditions in Japanese vocabulary, not stored keys."""

from __future__ import annotations

from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.services.merge_labels import value_text


def _find(_ref: object) -> None:
    return None


def test_municipality_types_read_as_their_labels() -> None:
    find = _find
    assert value_text("category", "town_village", find) == "町村"
    assert value_text("category", MunicipalityType.DESIGNATED_CITY, find) == "指定都市"
    assert value_text("category", "", find) != ""


def test_conditions_read_as_type_and_class() -> None:
    text = value_text("conditions", {"designated_city": "mandatory", "city": "optional"}, _find)
    assert text == "一般市: 標準オプション、指定都市: 実装必須"
    assert value_text("conditions", {}, _find) != ""
