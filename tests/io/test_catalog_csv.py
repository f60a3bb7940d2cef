"""read_catalog_csv: the bundled 住民記録 catalogue, encodings (BOM, CP932) and row-numbered format errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jcloud_desk.domain.catalog import CatalogKind, ImplClass
from jcloud_desk.domain.ids import stable_id
from jcloud_desk.io.catalog.csv_reader import read_catalog_csv
from jcloud_desk.io.errors import CatalogFormatError, FormatError
from jcloud_desk.paths import resources_dir

BUNDLED = resources_dir() / "catalogs" / "juki-std-v1-ch3.csv"
HEADER = "item_id,section_no,title,chapter,path,class_v1,class_current,text,source_file\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_bundled_catalogue_has_197_items_by_class() -> None:
    catalog, items = read_catalog_csv(BUNDLED, "住民記録システム標準仕様書", "第1.0版", source="bundled")
    assert len(items) == 197
    assert Counter(i.impl_class for i in items) == {
        ImplClass.MANDATORY: 132, ImplClass.OPTIONAL: 18, ImplClass.PROHIBITED: 47,
    }
    assert catalog.name == "住民記録システム標準仕様書"
    assert catalog.version == "第1.0版"
    assert catalog.source == "bundled"
    assert catalog.kind is CatalogKind.STANDARD_SPEC
    assert len({i.code for i in items}) == 197
    assert len({i.id for i in items}) == 197
    assert all(i.catalog_id == catalog.id for i in items)
    assert [i.sort for i in items] == sorted(i.sort for i in items)
    first = items[0]
    assert (first.code, first.legacy_code, first.title) == ("JUKI1-1.1.1-M", "1.1.1", "日本人住民データの管理")
    assert first.path == "1. 管理項目 > 1.1. 住民データ"
    assert first.text.startswith("日本人住民について")
    prohibited = next(i for i in items if i.code == "JUKI1-4.0.3-N")
    assert prohibited.impl_class is ImplClass.PROHIBITED
    assert prohibited.text == "処理当日以外を処理日として入力できること。"


def test_ids_are_stable_across_reads() -> None:
    catalog_a, items_a = read_catalog_csv(BUNDLED, "住記", "1")
    catalog_b, items_b = read_catalog_csv(BUNDLED, "住記", "1")
    assert (catalog_a, items_a) == (catalog_b, items_b)
    assert items_a[0].id == stable_id("住記", "1", "JUKI1-1.1.1-M")
    _, other_version = read_catalog_csv(BUNDLED, "住記", "2")
    assert other_version[0].id != items_a[0].id


def test_utf8_with_bom_and_multiline_cells(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bom.csv",
        HEADER
        + 'A-1,1.1,住民データ,1. 管理項目,1. 管理項目,実装すべき機能,実装必須機能,"一行目\n二行目",j1.txt\n'
        + "A-2,1.2,地区管理,1. 管理項目,1. 管理項目,実装してもしなくても良い機能,標準オプション機能,,j2.txt\n",
        encoding="utf-8-sig",
    )
    _, items = read_catalog_csv(path, "bom")
    assert [i.code for i in items] == ["A-1", "A-2"]
    assert items[0].text == "一行目\n二行目"
    assert [i.impl_class for i in items] == [ImplClass.MANDATORY, ImplClass.OPTIONAL]
    assert [i.sort for i in items] == [1.0, 2.0]


def test_cp932_file_with_first_edition_wording_only(tmp_path: Path) -> None:
    path = write(
        tmp_path / "sjis.csv",
        "item_id,title,class_v1,section_no\r\n"
        "B-1,転入者情報入力,実装すべき機能,4.1.1.1\r\n"
        "B-2,地区管理,実装してもしなくても良い機能,1.3.5\r\n"
        "B-3,異動日・処理日,実装しない機能,4.0.3\r\n"
        "\r\n",
        encoding="cp932",
    )
    _, items = read_catalog_csv(path, "sjis")
    assert [(i.code, i.title, i.legacy_code) for i in items] == [
        ("B-1", "転入者情報入力", "4.1.1.1"), ("B-2", "地区管理", "1.3.5"), ("B-3", "異動日・処理日", "4.0.3"),
    ]
    assert [i.impl_class for i in items] == [ImplClass.MANDATORY, ImplClass.OPTIONAL, ImplClass.PROHIBITED]


def test_duplicate_id_names_the_row(tmp_path: Path) -> None:
    path = write(
        tmp_path / "dup.csv",
        "item_id,title,class_current\n"
        'C-1,一,実装必須機能\nC-2,"二\n（複数行）",実装必須機能\nC-1,三,実装不可機能\n',
    )
    with pytest.raises(CatalogFormatError) as info:
        read_catalog_csv(path, "dup")
    error = info.value
    assert isinstance(error, FormatError)
    assert (error.path, error.row) == (str(path), 4)
    assert "C-1" in error.reason
    assert "4 行目" in str(error)
    assert str(path) in str(error)


def test_missing_column_names_the_header_row(tmp_path: Path) -> None:
    path = write(tmp_path / "missing.csv", "item_id,name,class_current\nD-1,x,実装必須機能\n")
    with pytest.raises(CatalogFormatError) as info:
        read_catalog_csv(path, "missing")
    assert info.value.row == 1
    assert "title" in info.value.reason
    assert "1 行目" in str(info.value)


def test_missing_class_column(tmp_path: Path) -> None:
    path = write(tmp_path / "noclass.csv", "item_id,title\nD-1,x\n")
    with pytest.raises(CatalogFormatError, match="class_current"):
        read_catalog_csv(path, "noclass")


@pytest.mark.parametrize(
    ("row", "reason"),
    [("E-2,二,実装推奨機能", "実装推奨機能"), (",二,実装必須機能", "item_id"), ("E-2,二,", "実装区分")],
)
def test_bad_row_names_the_row(tmp_path: Path, row: str, reason: str) -> None:
    path = write(tmp_path / "bad.csv", f"item_id,title,class_current\nE-1,一,実装必須機能\n{row}\n")
    with pytest.raises(CatalogFormatError) as info:
        read_catalog_csv(path, "bad")
    assert info.value.row == 3
    assert reason in info.value.reason


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.csv", "")
    with pytest.raises(CatalogFormatError) as info:
        read_catalog_csv(path, "empty")
    assert info.value.row == 1


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"item_id,title,class_current\nF-1,\x81\x20,\x85\x40\n")
    with pytest.raises(CatalogFormatError) as info:
        read_catalog_csv(path, "binary")
    assert info.value.row is None
    assert "文字コード" in str(info.value)
