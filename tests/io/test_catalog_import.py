"""preview_catalog / read_catalog: the bundled catalogue, the tricky fixtures, all-or-nothing errors, big files."""

from __future__ import annotations

import os
import time
import tracemalloc
from collections import Counter
from contextlib import closing
from itertools import islice
from pathlib import Path

import pytest

from jcloud_desk.domain.catalog import CatalogKind, ImplClass
from jcloud_desk.io.catalog.csv_reader import read_catalog_csv
from jcloud_desk.io.catalog.importer import (
    CatalogImportError,
    ColumnMapping,
    preview_catalog,
    read_catalog,
)
from jcloud_desk.io.catalog.table import open_table
from jcloud_desk.io.errors import CatalogFormatError
from jcloud_desk.paths import resources_dir

DATA = Path(__file__).resolve().parent.parent / "data" / "catalogs"
BUNDLED = resources_dir() / "catalogs" / "juki-std-v1-ch3.csv"
M, OPT, P = ImplClass.MANDATORY, ImplClass.OPTIONAL, ImplClass.PROHIBITED


def test_bundled_catalogue_through_the_new_path() -> None:
    result = read_catalog(BUNDLED, "住民記録システム標準仕様書", "第1.0版", "bundled", imported_at="")
    assert len(result.items) == 197
    assert result.class_counts() == {M: 132, OPT: 18, P: 47}
    assert result.mapping == ColumnMapping(code="item_id", title="title", text="text", impl_class="class_current",
                                           legacy_code="section_no", path=("path",))
    assert (result.format, result.encoding, result.sheet, result.header_row) == ("csv", "utf-8", "", 1)
    # the same catalogue, item for item, as the fixed-format reader (same ids: the sample project stays valid)
    catalog, items = read_catalog_csv(BUNDLED, "住民記録システム標準仕様書", "第1.0版", source="bundled")
    assert [i.id for i in result.items] == [i.id for i in items]
    assert [(i.code, i.title, i.text, i.path, i.legacy_code, i.impl_class, i.sort) for i in result.items] == [
        (i.code, i.title, i.text, i.path, i.legacy_code, i.impl_class, i.sort) for i in items]
    assert result.catalog.id == catalog.id
    assert result.catalog.column_mapping["impl_class"] == "class_current"
    assert result.items[0].source_locator == "juki-std-v1-ch3.csv:2"


def test_official_workbook() -> None:
    result = read_catalog(DATA / "official_kinou_youken.xlsx", "住民記録システム標準仕様書", "第2.0版")
    assert (result.format, result.sheet, result.header_row) == ("xlsx", "機能・帳票要件", 3)
    assert [(i.code, i.title, i.impl_class, i.path) for i in result.items] == [
        ("0010001", "住民票の記載", M, "1 住民データ管理 > 1.1 日本人住民"),
        ("0010002", "住民票の写しの交付", OPT, "1 住民データ管理 > 1.1 日本人住民"),
        ("0010003", "外国人住民の記載", M, "1 住民データ管理 > 1.2 外国人住民"),
        ("0010004", "転入届の受付", OPT, "1 住民データ管理 > 1.2 外国人住民"),
        ("0010005", "処理日の入力", P, "2 異動処理 > 2.1 異動日"),
        ("0010006", "処理当日以外の処理日入力", P, "2 異動処理 > 2.1 異動日"),
    ]
    assert result.items[5].text == "処理当日以外を処理日として入力できること。"
    assert [i.source_locator for i in result.items] == [f"機能・帳票要件!{n}" for n in range(5, 11)]
    assert result.catalog.imported_at  # now, when not given


def test_vendor_package_list_in_shift_jis() -> None:
    result = read_catalog(DATA / "vendor_package_cp932.csv", "サンプル住民情報パッケージ", "Ver.5.2",
                          "vendor_package_cp932.csv", CatalogKind.VENDOR_PACKAGE)
    assert result.encoding == "cp932"
    assert result.catalog.kind is CatalogKind.VENDOR_PACKAGE
    assert [(i.code, i.impl_class, i.path) for i in result.items] == [
        ("PKG-001", M, "住民記録 > 異動"),
        ("PKG-002", OPT, "住民記録 > 照会"),
        ("PKG-003", P, "住民記録 > 照会"),
        ("PKG-004", M, "証明 > 発行"),
    ]
    assert result.items[2].text == "髙など IBM 拡張文字を表示する。"


def test_utf8_bom_with_first_edition_wording_and_full_width_id() -> None:
    result = read_catalog(DATA / "bom_utf8.csv", "住記", "第1.0版")
    assert result.encoding == "utf-8-sig"
    assert [(i.code, i.legacy_code, i.impl_class, i.path) for i in result.items] == [
        ("0010021", "4.1.1.1", M, "4. 異動 > 4.1 転入 > 4.1.1 入力"),
        ("0010022", "4.1.1.2", OPT, "4. 異動 > 4.1 転入 > 4.1.1 入力"),
        ("0010023", "4.0.3", P, "4. 異動 > 4.0 共通"),
    ]
    assert result.items[0].text == "転入者の情報を入力できること。\n世帯を同時に入力できること。"


def test_renamed_column_is_guessed_but_a_saved_mapping_names_what_is_missing() -> None:
    path = DATA / "renamed_columns.csv"
    result = read_catalog(path, "宛名", "2")
    assert [(i.code, i.title) for i in result.items] == [("0020001", "宛名の登録"), ("0020002", "宛名の照会")]
    official = ColumnMapping(code="機能ID", title="機能名称", text="機能要件", impl_class="実装区分")
    with pytest.raises(CatalogImportError) as caught:
        read_catalog(path, "宛名", "3", mapping=official.with_field("code", "ID"))
    assert caught.value.lines() == [
        "1行目: 機能名称の列「機能名称」がありません（見つかった見出し: ID、機能名、要件、区分）",
        "1行目: 機能要件の列「機能要件」がありません（見つかった見出し: ID、機能名、要件、区分）",
        "1行目: 実装区分の列「実装区分」がありません（見つかった見出し: ID、機能名、要件、区分）",
    ]


def test_bad_rows_are_all_listed_and_nothing_is_imported() -> None:
    path = DATA / "duplicate_ids.xlsx"
    with pytest.raises(CatalogImportError) as caught:
        read_catalog(path, "誤り", "1")
    error = caught.value
    assert isinstance(error, CatalogFormatError)
    assert error.lines() == [
        "6行目: 機能IDが空です",
        "7行目: 機能ID 0010002 が 5行目と重複しています",
        "8行目: 実装区分「要検討」を解釈できません",
        "10行目: 実装区分「○」を解釈できません",
        "11行目: 機能名称が空です",
    ]
    assert error.row is None and error.reason == "5 件の問題があります"
    assert str(error) == "\n".join([f"機能一覧ファイルを読み込めません: {path}", *error.lines()])


def test_missing_id_column_names_it_and_lists_the_headers() -> None:
    with pytest.raises(CatalogImportError) as caught:
        read_catalog(DATA / "missing_id.csv", "x", "1")
    assert caught.value.row == 1
    assert caught.value.reason == "機能IDの列が割り当てられていません（見つかった見出し: 機能名称、機能要件、実装区分）"


def test_long_problem_lists_are_cut_in_the_message_but_kept_whole(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("機能ID,機能名称\n" + "".join(f",名称{n}\n" for n in range(120)), encoding="utf-8")
    with pytest.raises(CatalogImportError) as caught:
        read_catalog(path, "x", "1")
    assert len(caught.value.problems) == 120
    assert str(caught.value).splitlines()[-1] == "…ほか 70 件"


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [("random.xlsx", os.urandom(4096), "Excel ファイル（.xlsx）として読めません"),
     ("only-header.csv", "機能ID,機能名称\n".encode(), "1行目の見出しより下に取り込める行がありません")],
)
def test_unusable_files(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CatalogImportError, match=needle):
        read_catalog(path, "x", "1")
    with pytest.raises(CatalogImportError, match="名前を入力してください"):
        read_catalog(BUNDLED, "  ", "1")


def test_preview_of_the_official_workbook() -> None:
    preview = preview_catalog(DATA / "official_kinou_youken.xlsx", max_rows=3)
    assert preview.ok
    assert (preview.format, preview.sheet, preview.header_row, preview.row_count) == ("xlsx", "機能・帳票要件", 3, 7)
    assert preview.sheets == ["表紙", "機能・帳票要件", "変更履歴"]
    assert preview.headers[4:8] == ["機能ID", "機能名称", "機能要件", "実装区分"]
    assert preview.mapping.path == ("大分類", "中分類")
    assert [r.number for r in preview.rows] == [5, 6, 7]
    assert [i.code for i in preview.items] == ["0010001", "0010002", "0010003"]
    quick = preview_catalog(DATA / "official_kinou_youken.xlsx", max_rows=2, scan_all=False)
    assert ([r.number for r in quick.rows], [i.code for i in quick.items], quick.row_count) == ([5, 6], [
        "0010001", "0010002"], 2)


def test_preview_lists_problems_and_takes_a_mapping() -> None:
    preview = preview_catalog(DATA / "duplicate_ids.xlsx")
    assert not preview.ok
    assert preview.problem_count == 5
    assert [p.row for p in preview.problems] == [6, 7, 8, 10, 11]
    assert [i.code for i in preview.items] == ["0010001", "0010002"]
    assert preview.row_count == 7
    missing = preview_catalog(DATA / "missing_id.csv")
    assert missing.mapping.code == ""
    assert [p.column for p in missing.problems] == ["機能ID"]
    assert [r.cells for r in missing.rows] == [("宛名の登録", "宛名を登録できること。", "実装必須機能")]
    fixed = preview_catalog(DATA / "missing_id.csv", missing.mapping.with_field("code", "機能名称"))
    assert fixed.ok and [i.code for i in fixed.items] == ["宛名の登録"]


def test_preview_of_a_broken_file_raises() -> None:
    with pytest.raises(CatalogImportError):
        preview_catalog(DATA / "make_fixtures.py.missing")


def _big_csv(path: Path, rows: int) -> Path:
    classes = ["実装必須機能", "標準オプション機能", "実装不可機能"]
    with path.open("w", encoding="cp932", newline="") as stream:
        stream.write("機能ID,機能名称,機能要件,実装区分,大分類,中分類\r\n")
        for n in range(rows):
            stream.write(f"{n:07d},機能{n},機能{n}を処理できること。住民の情報を管理する。,{classes[n % 3]},"
                         f"大分類{n // 1000},中分類{n // 100}\r\n")
    return path


@pytest.mark.slow
def test_100k_rows_import_in_bounded_time_and_memory(tmp_path: Path) -> None:
    path = _big_csv(tmp_path / "big.csv", 100_000)
    assert path.stat().st_size > 10_000_000
    started = time.perf_counter()
    result = read_catalog(path, "大きな一覧", "1")
    elapsed = time.perf_counter() - started
    assert len(result.items) == 100_000
    assert Counter(i.impl_class for i in result.items)[M] == 33_334
    assert result.items[-1].path == "大分類99 > 中分類999"
    assert elapsed < 8.0, f"100,000 rows took {elapsed:.1f} s"
    del result

    # rows stream: the table holds about one chunk of the 10 MB file, never the file or the rows read so far
    # (traced on the first 30,000 rows and a 5,000-row import: tracing makes every allocation slow)
    tracemalloc.start()
    try:
        with open_table(path) as table, closing(table.rows()) as rows:
            assert sum(1 for _row in islice(rows, 30_000)) == 30_000
        streamed_peak = tracemalloc.get_traced_memory()[1]
        small = _big_csv(tmp_path / "small.csv", 5_000)
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        items = read_catalog(small, "小さな一覧", "1").items
        import_peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(items) == 5_000
    assert streamed_peak < 3_000_000, f"streaming peak {streamed_peak / 1e6:.1f} MB"
    assert import_peak / 5_000 < 2_000, f"{import_peak / 5_000:.0f} bytes per row"
