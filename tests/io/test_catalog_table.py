"""open_table: encodings, sheet and header detection, merged cells carried across, furigana stripped, bad files."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from jcloud_desk.io.catalog import table as catalog_table
from jcloud_desk.io.catalog.problems import CatalogImportError, RowProblem
from jcloud_desk.io.catalog.table import CatalogTable, clean_cell, header_score, normalize_header, open_table
from jcloud_desk.io.errors import CatalogFormatError
from jcloud_desk.paths import resources_dir

DATA = Path(__file__).resolve().parent.parent / "data" / "catalogs"
OFFICIAL = DATA / "official_kinou_youken.xlsx"
BUNDLED = resources_dir() / "catalogs" / "juki-std-v1-ch3.csv"


def all_rows(table: CatalogTable) -> list[tuple[int, tuple[str, ...]]]:
    with closing(table.rows()) as rows:
        return [(row.number, row.cells) for row in rows]


def test_bundled_csv_is_utf8_with_header_in_row_1() -> None:
    with open_table(BUNDLED) as table:
        assert (table.format, table.encoding, table.sheet) == ("csv", "utf-8", "")
        assert (table.header_row, table.data_start) == (1, 2)
        assert table.headers[:3] == ["item_id", "section_no", "title"]
        rows = all_rows(table)
    assert len(rows) == 197
    assert rows[0][0] == 2 and rows[0][1][0] == "JUKI1-1.1.1-M"
    assert table.locator(2) == "juki-std-v1-ch3.csv:2"


def test_cp932_vendor_list_with_title_rows_above_the_header() -> None:
    with open_table(DATA / "vendor_package_cp932.csv") as table:
        assert table.encoding == "cp932"
        assert table.header_row == 3
        assert table.headers == ["機能コード", "機能名", "機能概要", "大分類", "中分類", "区分", "備考"]
        rows = all_rows(table)
    assert [number for number, _cells in rows] == [4, 5, 6, 7]
    assert rows[1][1][2] == "異動の履歴を１件～全件照会する。"  # CP932's FULLWIDTH TILDE
    assert rows[1][1][5] == "オプション"  # full-width spaces stripped
    assert rows[1][1][6] == "①画面"
    assert "髙" in rows[2][1][2]


def test_utf8_bom_is_detected_and_not_part_of_the_first_header() -> None:
    with open_table(DATA / "bom_utf8.csv") as table:
        assert table.encoding == "utf-8-sig"
        assert table.headers[0] == "要件番号"
        rows = all_rows(table)
    assert rows[0][1][6] == "転入者の情報を入力できること。\n世帯を同時に入力できること。"


def test_official_workbook_sheet_header_merges_and_furigana() -> None:
    with open_table(OFFICIAL) as table:
        assert table.sheets == ["表紙", "機能・帳票要件", "変更履歴"]
        assert table.sheet == "機能・帳票要件"  # not the cover sheet that comes first
        assert table.header_row == 3  # below two title rows
        assert table.data_start == 5  # the headers merged over rows 3-4 make row 4 part of the header
        # 大分類/中分類 span two columns each: the value is carried across; 機能名称 has furigana in the file
        assert table.headers == ["大分類", "大分類", "中分類", "中分類", "機能ID", "機能名称", "機能要件", "実装区分",
                                 "備考"]
        rows = dict(all_rows(table))
    assert table.encoding == ""
    assert sorted(rows) == [5, 6, 7, 8, 9, 10, 12]
    # 大分類 and 中分類 are merged down over their items
    assert rows[6][:4] == ("1", "住民データ管理", "1.1", "日本人住民")
    assert rows[8][:4] == ("1", "住民データ管理", "1.2", "外国人住民")
    assert rows[10][:4] == ("2", "異動処理", "2.1", "異動日")
    # furigana runs are not in the text: a plain shared string and a rich-text one
    assert rows[6][5] == "住民票の写しの交付"
    assert rows[8][5] == "転入届の受付"
    assert not any("ジュウミンヒョウ" in c or "トドケ" in c for cells in rows.values() for c in cells)
    assert rows[9][4] == "0010005"  # a number shown with the format 0000000 keeps its zeros
    assert rows[8][6] == "転入届を受け付けること。\n受付番号を付番すること。"
    assert set(rows[12]) == {"※ 本一覧は取込テスト用のサンプルです。"}  # a note merged across the width
    assert table.locator(6) == "機能・帳票要件!6"


def test_sheet_and_header_row_can_be_chosen(tmp_path: Path) -> None:
    with open_table(OFFICIAL, sheet="変更履歴") as table:
        assert (table.sheet, table.header_row, table.headers) == ("変更履歴", 1, ["版", "日付", "変更内容"])
        assert all_rows(table) == [(2, ("第2.0版", "2024-04-01", "機能IDを付与"))]
    with open_table(OFFICIAL, header_row=4) as table:
        assert table.headers[:4] == ["No.", "名称", "No.", "名称"]
        assert table.data_start == 5
    with pytest.raises(CatalogImportError, match="シート「なし」がありません"):
        open_table(OFFICIAL, sheet="なし")
    path = tmp_path / "short.csv"
    path.write_text("機能ID,機能名称\n1,a\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="5 行目は空です"):
        open_table(path, header_row=5)


def test_tab_separated_text_and_a_workbook_named_csv(tmp_path: Path) -> None:
    tsv = tmp_path / "list.txt"
    tsv.write_text("機能ID\t機能名称\t実装区分\n0010001\t住民票, 写し\t必須\n", encoding="utf-8")
    with open_table(tsv) as table:
        assert table.headers == ["機能ID", "機能名称", "実装区分"]
        assert all_rows(table) == [(2, ("0010001", "住民票, 写し", "必須"))]
    disguised = tmp_path / "export.csv"
    disguised.write_bytes(OFFICIAL.read_bytes())
    with open_table(disguised) as table:
        assert table.format == "xlsx"
        assert table.sheet == "機能・帳票要件"


def test_unnamed_header_cells_get_column_letters(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("機能ID,,機能名称\n1,x,a\n", encoding="utf-8")
    with open_table(path) as table:
        assert table.headers == ["機能ID", "列B", "機能名称"]


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("broken.xlsx", os.urandom(2048), "Excel ファイル（.xlsx）として読めません"),
        ("zip.xlsx", None, "Excel ファイル（.xlsx）として読めません"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024), "古い Excel 形式（.xls）"),
        ("binary.csv", b"\x81\n\xe3\x81" * 100, "文字コードを判別できません"),
        ("empty.csv", b"", "データがありません"),
        ("blank.csv", b"\r\n,,,\r\n\r\n", "データがありません"),
    ],
)
def test_unreadable_files_give_a_japanese_catalog_error(
    tmp_path: Path, name: str, content: bytes | None, needle: str
) -> None:
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "not a workbook")
    else:
        path.write_bytes(content)
    with pytest.raises(CatalogImportError) as caught:
        open_table(path)
    assert isinstance(caught.value, CatalogFormatError)
    assert needle in str(caught.value)
    assert caught.value.problems == [RowProblem(None, "", caught.value.reason)]
    assert str(caught.value).startswith(f"機能一覧ファイルを読み込めません: {path}")


def test_a_missing_file_is_a_catalog_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogImportError, match="ファイルを開けません"):
        open_table(tmp_path / "nothing.csv")


def test_a_runaway_csv_quote_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text("機能ID,機能名称\n1,a\n2,\"b\n" + "c" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(CatalogImportError) as caught:
        open_table(path)
    assert caught.value.row == 3
    assert str(caught.value.problems[0]).startswith("3行目: CSV の形式が不正です。引用符（\"）の閉じ忘れ")


def test_header_names_are_matched_width_and_space_insensitively() -> None:
    assert normalize_header(" 機能ＩＤ ") == "機能id"
    assert normalize_header("機能\nID") == "機能id"
    assert normalize_header("実装区分※1") == "実装区分"
    assert normalize_header("【機能名称】") == "機能名称"
    assert header_score(["No.", "機能ID", "機能名称", "機能名称", "備考"]) == 3  # 備考 holds 団体区分 conditions
    assert header_score(["住民記録システム標準仕様書"]) == 0


def test_cells_become_plain_strings() -> None:
    assert clean_cell(None) == ""
    assert clean_cell(12.0) == "12"
    assert clean_cell(2.5) == "2.5"
    assert clean_cell(10005, "0000000") == "0010005"
    assert clean_cell(True) == "TRUE"
    assert clean_cell(dt.datetime(2024, 4, 1)) == "2024-04-01"
    assert clean_cell(dt.datetime(2024, 4, 1, 9, 30)) == "2024-04-01 09:30:00"
    assert clean_cell("一行目_x000D_\n二行目") == "一行目\n二行目"
    assert clean_cell("\ufeff 機能ID\u3000") == "機能ID"


@pytest.mark.parametrize("damage", ["truncate_sheet", "bad_string_index"])
def test_a_damaged_workbook_part_is_a_catalog_error(tmp_path: Path, damage: str) -> None:
    with zipfile.ZipFile(OFFICIAL) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet2.xml"]
    if damage == "truncate_sheet":
        parts["xl/worksheets/sheet2.xml"] = sheet[: len(sheet) // 2]
    else:
        parts["xl/worksheets/sheet2.xml"] = sheet.replace(b"<v>20</v>", b"<v>9999</v>")
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(CatalogImportError) as caught, open_table(path) as table:
        all_rows(table)
    assert "Excel ファイル" in str(caught.value)


def test_merged_ranges_are_found_whatever_the_read_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = catalog_table._merged_ranges(OFFICIAL, "xl/worksheets/sheet2.xml")
    assert len(whole) == 20  # 2 title rows, 7 header cells, 10 data cells, 1 note
    assert (1, 3, 2, 3) in whole  # A3:B3 大分類
    monkeypatch.setattr(catalog_table, "_CHUNK", 7)
    assert catalog_table._merged_ranges(OFFICIAL, "xl/worksheets/sheet2.xml") == whole


def test_a_wrong_stored_sheet_size_does_not_cut_columns(tmp_path: Path) -> None:
    with zipfile.ZipFile(OFFICIAL) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"].replace(b'<dimension ref="A1:I12"',
                                                                                  b'<dimension ref="A1"')
    path = tmp_path / "small-dimension.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with open_table(path) as table:
        assert table.sheet == "機能・帳票要件"
        assert table.headers[4:8] == ["機能ID", "機能名称", "機能要件", "実装区分"]
        assert dict(all_rows(table))[5][4] == "0010001"
