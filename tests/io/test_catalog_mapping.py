"""Column mapping: 実装区分 wordings, guessing headers, saved mappings, and row problems in Japanese."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.domain.catalog import CatalogKind, ImplClass
from jcloud_desk.io.catalog.conditions import parse_impl_class
from jcloud_desk.io.catalog.mapping import (
    CatalogMeta,
    ColumnMapping,
    apply_mapping,
    check_mapping,
    guess_mapping,
)
from jcloud_desk.io.catalog.problems import RowProblem
from jcloud_desk.io.catalog.table import open_table

DATA = Path(__file__).resolve().parent.parent / "data" / "catalogs"
M, OPT, P, U = ImplClass.MANDATORY, ImplClass.OPTIONAL, ImplClass.PROHIBITED, ImplClass.UNSPECIFIED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("実装必須機能", M), ("標準オプション機能", OPT), ("実装不可機能", P),
        ("実装すべき機能", M), ("実装してもしなくても良い機能", OPT), ("実装してもしなくてもよい機能", OPT),
        ("実装しない機能", P),
        ("必須", M), ("オプション", OPT), ("不可", P), ("実装必須", M), ("標準オプション", OPT), ("実装不可", P),
        ("　実装必須機能　", M), (" 標準オプション機能\n", OPT), ("ｵﾌﾟｼｮﾝ", OPT), ("【実装不可機能】", P),
        ("「必須」", M),
        ("mandatory", M), ("Optional", OPT), ("", U), ("unspecified", U),
        ("○", None), ("△", None), ("×", None), ("要検討", None), ("実装必須機能（指定都市）", None), ("-", None),
    ],
)
def test_impl_class_wordings(text: str, expected: ImplClass | None) -> None:
    assert parse_impl_class(text) is expected


def test_guess_official_headers() -> None:
    headers = ["大分類", "大分類", "中分類", "中分類", "小分類", "機能ID", "機能名称", "機能要件", "実装区分",
               "要件番号", "備考"]
    assert guess_mapping(headers) == ColumnMapping(
        code="機能ID", title="機能名称", text="機能要件", impl_class="実装区分", legacy_code="要件番号", remarks="備考",
        path=("大分類", "中分類", "小分類"),
    )


def test_guess_bundled_headers_prefers_the_whole_path_and_the_current_class() -> None:
    headers = ["item_id", "section_no", "title", "chapter", "path", "class_v1", "class_current", "text", "source_file"]
    assert guess_mapping(headers) == ColumnMapping(
        code="item_id", title="title", text="text", impl_class="class_current", legacy_code="section_no",
        path=("path",),
    )


@pytest.mark.parametrize(
    ("headers", "code", "title", "text", "impl_class"),
    [
        (["要件ID", "機能名", "要件文", "区分"], "要件ID", "機能名", "要件文", "区分"),
        (["項目ID", "名称", "説明", "class_v1"], "項目ID", "名称", "説明", "class_v1"),
        (["ID", "機能ID", "機能名", "機能名称"], "機能ID", "機能名称", "", ""),  # the better name wins
        (["機能ＩＤ", "機能\n名称", "機能要件※1", "実装区分"], "機能ＩＤ", "機能\n名称", "機能要件※1", "実装区分"),
        (["No.", "内容", "○×"], "", "", "", ""),
    ],
)
def test_guess_synonyms(headers: list[str], code: str, title: str, text: str, impl_class: str) -> None:
    mapping = guess_mapping(headers)
    assert (mapping.code, mapping.title, mapping.text, mapping.impl_class) == (code, title, text, impl_class)


def test_mapping_round_trips_through_the_catalogue_record() -> None:
    mapping = ColumnMapping(code="機能ID", title="機能名称", path=("大分類", "中分類"), fill_down=False)
    saved = mapping.to_dict()
    assert saved == {"code": "機能ID", "title": "機能名称", "path": "大分類 > 中分類", "fill_down": "0"}
    assert ColumnMapping.from_dict(saved) == mapping
    assert ColumnMapping.from_dict({}) == ColumnMapping()
    changed = mapping.with_field("title", "機能名").with_field("path", ["章"])
    assert (changed.title, changed.path, changed.code) == ("機能名", ("章",), "機能ID")
    assert changed.headers() == ["機能ID", "機能名", "章"]
    with pytest.raises(KeyError):
        mapping.with_field("colour", "x")


def test_missing_required_fields_name_the_field_and_list_the_headers() -> None:
    problems = check_mapping(ColumnMapping(text="機能要件"), ["機能名", "機能要件", "実装区分"], header_row=3)
    assert [str(p) for p in problems] == [
        "3行目: 機能IDの列が割り当てられていません（見つかった見出し: 機能名、機能要件、実装区分）",
        "3行目: 機能名称の列が割り当てられていません（見つかった見出し: 機能名、機能要件、実装区分）",
    ]
    renamed = check_mapping(ColumnMapping(code="機能ID", title="機能名称", path=("大分類",)), ["機能ID", "機能名"], 1)
    assert [p.reason for p in renamed] == [
        "機能名称の列「機能名称」がありません（見つかった見出し: 機能ID、機能名）",
        "分類の列「大分類」がありません（見つかった見出し: 機能ID、機能名）",
    ]
    assert [p.column for p in renamed] == ["機能名称", "分類"]


def test_every_bad_row_is_reported_with_its_sheet_row_number() -> None:
    with open_table(DATA / "duplicate_ids.xlsx") as table:
        catalog, items, problems = apply_mapping(table, guess_mapping(table.headers), CatalogMeta("誤り"))
    assert [str(p) for p in problems] == [
        "6行目: 機能IDが空です",
        "7行目: 機能ID 0010002 が 5行目と重複しています",
        "8行目: 実装区分「要検討」を解釈できません",
        "10行目: 実装区分「○」を解釈できません",
        "11行目: 機能名称が空です",
    ]
    assert problems[0] == RowProblem(6, "機能ID", "機能IDが空です")
    assert [i.code for i in items] == ["0010001", "0010002"]
    assert catalog.name == "誤り"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_hierarchy_carries_down_and_a_new_upper_level_clears_the_lower(tmp_path: Path) -> None:
    path = write(tmp_path / "tree.csv", "大分類,中分類,機能ID,機能名称\n"
                 "住民記録,異動,A1,転入\n"
                 ",,A2,転出\n"
                 ",照会,A3,履歴照会\n"
                 "証明,,A4,写し交付\n"
                 "※ 以下は参考,,,\n"  # a note row: no item, but it is a new 大分類
                 ",,A5,参考機能\n")
    with open_table(path) as table:
        mapping = guess_mapping(table.headers)
        _catalog, items, problems = apply_mapping(table, mapping, CatalogMeta("木"))
        _catalog, flat, _problems = apply_mapping(table, ColumnMapping(
            code="機能ID", title="機能名称", path=("大分類", "中分類"), fill_down=False), CatalogMeta("木"))
    assert problems == []
    assert [(i.code, i.path) for i in items] == [
        ("A1", "住民記録 > 異動"), ("A2", "住民記録 > 異動"), ("A3", "住民記録 > 照会"), ("A4", "証明"),
        ("A5", "※ 以下は参考"),
    ]
    assert [i.path for i in flat] == ["住民記録 > 異動", "", "照会", "証明", ""]
    assert [i.sort for i in items] == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert [i.impl_class for i in items] == [U] * 5  # no 実装区分 column: unspecified


def test_items_carry_ids_meta_and_source_locator(tmp_path: Path) -> None:
    path = write(tmp_path / "one.csv", "機能ID,機能名称,機能要件,実装区分,要件番号\n"
                 "００１０００１, 住民票の記載 ,記載すること。,実装必須機能,4.1\n")
    meta = CatalogMeta("パッケージ", "Ver.5", "vendor.csv", CatalogKind.VENDOR_PACKAGE,
                       imported_at="2024-04-01T09:00:00")
    with open_table(path) as table:
        catalog, items, problems = apply_mapping(table, guess_mapping(table.headers), meta)
    assert problems == []
    assert (catalog.name, catalog.version, catalog.source, catalog.kind, catalog.imported_at) == (
        "パッケージ", "Ver.5", "vendor.csv", CatalogKind.VENDOR_PACKAGE, "2024-04-01T09:00:00")
    assert catalog.column_mapping["code"] == "機能ID"
    [item] = items
    assert (item.code, item.title, item.text, item.legacy_code, item.impl_class) == (
        "0010001", "住民票の記載", "記載すること。", "4.1", M)
    assert item.catalog_id == catalog.id
    assert item.source_locator == "one.csv:2"


def test_a_mapping_missing_the_id_column_gives_no_items(tmp_path: Path) -> None:
    with open_table(DATA / "missing_id.csv") as table:
        _catalog, items, problems = apply_mapping(table, guess_mapping(table.headers), CatalogMeta("x"))
    assert items == []
    assert [str(p) for p in problems] == [
        "1行目: 機能IDの列が割り当てられていません（見つかった見出し: 機能名称、機能要件、実装区分）"
    ]
