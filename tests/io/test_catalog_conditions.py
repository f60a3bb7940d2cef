"""団体区分 conditions read from the class cell, a remarks column and the requirement text (bundled 住民記録 rows)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jcloud_desk.analysis.effective_class import effective_class
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.municipality_type import TYPES, MunicipalityType
from jcloud_desk.io.catalog.conditions import read_conditions, types_named
from jcloud_desk.io.catalog.csv_reader import read_catalog_csv
from jcloud_desk.io.catalog.importer import preview_catalog, read_catalog
from jcloud_desk.paths import resources_dir

BUNDLED = resources_dir() / "catalogs" / "juki-std-v1-ch3.csv"
M, OPT = ImplClass.MANDATORY, ImplClass.OPTIONAL
MT = MunicipalityType
OTHERS = ("special_ward", "core_city", "city", "town_village")


def bundled_rows() -> dict[str, dict[str, str]]:
    with BUNDLED.open(encoding="utf-8", newline="") as handle:
        return {row["item_id"]: row for row in csv.DictReader(handle)}


def classes(conditions: dict[str, str], base: ImplClass) -> dict[MunicipalityType, ImplClass]:
    return {kind: ImplClass(conditions.get(kind.value, base.value)) for kind in TYPES}


def test_class_cell_designated_city_only() -> None:
    reading = read_conditions("実装必須機能（指定都市のみ）")
    assert reading.impl_class is M and not reading.warnings
    assert classes(reading.conditions, M) == {MT.DESIGNATED_CITY: M, MT.SPECIAL_WARD: OPT, MT.CORE_CITY: OPT,
                                              MT.CITY: OPT, MT.TOWN_VILLAGE: OPT}
    assert reading.found == ("実装区分欄: 指定都市=実装必須、特別区・中核市・一般市・町村=標準オプション",)


def test_class_cell_optional_for_general_municipalities() -> None:
    reading = read_conditions("標準オプション機能（一般市区町村）")
    assert reading.impl_class is OPT and reading.conditions == {"designated_city": "mandatory"}


def test_remarks_column() -> None:
    reading = read_conditions("実装必須機能", "指定都市は実装必須、一般市区町村は標準オプション")
    assert reading.impl_class is M and reading.conditions == dict.fromkeys(OTHERS, "optional")
    assert reading.found[0].startswith("備考: ")


def test_whole_item_sentence_of_the_bundled_catalogue() -> None:
    row = bundled_rows()["JUKI1-4.0.10-M"]
    assert "本機能は、一般市区町村においては、実装してもしなくても良い。" in row["text"]
    reading = read_conditions(row["class_current"], "", row["text"])
    assert reading.impl_class is M and reading.conditions == dict.fromkeys(OTHERS, "optional")
    assert reading.note == ""


def test_sub_clause_keeps_the_class_and_becomes_a_note() -> None:
    row = bundled_rows()["JUKI1-9.2-M"]
    reading = read_conditions(row["class_current"], "", row["text"])
    assert reading.impl_class is M and reading.conditions == {}
    assert reading.note == "指定都市においては、一覧表は行政区単位で分割できること"
    partial = bundled_rows()["JUKI1-1.1.14-M"]  # 「なお、留意事項の自動入力機能は、一般市区町村…」: a part only
    assert read_conditions(partial["class_current"], "", partial["text"]).conditions == {}


def test_optional_row_of_a_split_item_is_mandatory_for_the_designated_city() -> None:
    row = bundled_rows()["JUKI1-2.1.2-O"]
    reading = read_conditions(row["class_current"], "", row["text"])
    assert reading.impl_class is OPT and reading.conditions == {"designated_city": "mandatory"}


def test_unreadable_condition_imports_as_written_with_a_warning() -> None:
    reading = read_conditions("実装必須機能（要確認）")
    assert reading.impl_class is M and reading.conditions == {}
    assert reading.note == "実装区分欄の条件: 要確認"
    assert reading.warnings and "要確認" in reading.warnings[0]
    assert read_conditions("要検討").impl_class is None  # not a class at all: still a row problem


def test_municipality_words() -> None:
    assert types_named("指定都市・中核市") == {MT.DESIGNATED_CITY, MT.CORE_CITY}
    assert types_named("指定都市以外") == set(TYPES) - {MT.DESIGNATED_CITY}
    assert types_named("一般市区町村") == set(TYPES) - {MT.DESIGNATED_CITY}
    assert types_named("都道府県") is None


def test_bundled_catalogue_carries_its_conditions() -> None:
    _catalog, items = read_catalog_csv(BUNDLED, "住民記録")
    conditional = {i.code for i in items if i.conditions}
    assert conditional == {
        "JUKI1-2.1.2-O", "JUKI1-4.0.5-M", "JUKI1-4.0.5-O", "JUKI1-4.0.10-M", "JUKI1-4.1.3.1.2-M",
        "JUKI1-4.1.3.1.2-O", "JUKI1-4.1.3.1.3-M", "JUKI1-4.1.3.1.3-O", "JUKI1-7.1.1.3-O",
    }
    noted = {i.code for i in items if i.condition_note}
    assert len(noted) == 16 and "JUKI1-1.3.9-M" in noted and "JUKI1-4.0.2-M" in noted
    assert len(conditional | noted) == 25  # of 197: the ~28 rows that name a 団体, less false friends (市区町村)
    assert [i.code for i in items] == [row["item_id"] for row in bundled_rows().values()]  # codes unchanged
    by_code = {i.code: i for i in items}
    for kind in TYPES:
        expected = M if kind is MT.DESIGNATED_CITY else OPT
        assert effective_class(by_code["JUKI1-4.0.5-M"], kind) is expected
        assert effective_class(by_code["JUKI1-4.0.5-O"], kind) is expected
        assert effective_class(by_code["JUKI1-2.1.2-M"], kind) is M  # sub-clause only
    assert effective_class(by_code["JUKI1-4.0.5-M"], MT.UNKNOWN) is OPT  # not set: evaluated as 一般市


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_conditional_class_cell_no_longer_refuses_the_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cond.csv", [
        ["機能ID", "機能名称", "機能要件", "実装区分", "備考"],
        ["0010001", "区間異動", "区間異動の処理が行えること。", "実装必須機能（指定都市のみ）", ""],
        ["0010002", "一括入力", "本機能は、一般市区町村においては実装してもしなくても良い。", "実装必須機能", ""],
        ["0010003", "地区管理", "地区を管理できること。", "実装必須機能",
         "指定都市は実装必須、一般市区町村は標準オプション"],
        ["0010004", "謎", "何かできること。", "実装必須機能（要確認）", ""],
        ["0010005", "証明書", "なお、指定都市においては、区長名で発行できること。", "実装必須機能", ""],
    ])
    result = read_catalog(path, "条件", "1", imported_at="")
    by_code = {item.code: item for item in result.items}
    assert len(by_code) == 5
    for code in ("0010001", "0010002", "0010003"):
        assert effective_class(by_code[code], MT.DESIGNATED_CITY) is M, code
        assert effective_class(by_code[code], MT.TOWN_VILLAGE) is OPT, code
    assert by_code["0010004"].impl_class is M and by_code["0010004"].conditions == {}
    assert [(w.row, "要確認" in w.reason) for w in result.warnings] == [(5, True)]
    assert str(result.warnings[0]).startswith("5行目: ")
    assert by_code["0010005"].conditions == {} and "区長名" in by_code["0010005"].condition_note
    preview = preview_catalog(path)
    assert preview.ok and [i.code for i in preview.conditional] == ["0010001", "0010002", "0010003", "0010004",
                                                                     "0010005"]
    assert [w.row for w in preview.warnings] == [5]


@pytest.mark.parametrize("cell", ["実装必須機能(指定都市のみ)", "実装必須機能【指定都市】",
                                  "実装必須機能 （ 指定都市のみ ）"])
def test_bracket_and_width_variants(cell: str) -> None:
    assert read_conditions(cell).conditions == dict.fromkeys(OTHERS, "optional")
