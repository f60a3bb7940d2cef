"""Write the catalogue import fixtures of this folder (run: ``.venv/bin/python tests/data/catalogs/make_fixtures.py``).

* ``official_kinou_youken.xlsx``: an official-style 機能・帳票要件 list after a cover sheet: two title rows, a
  header with merged cells (大分類/中分類 spanning a No. and a name column, the other headers merged over two
  rows), 大分類/中分類 merged down over their items, 7-digit 機能ID (one stored as a number formatted
  ``0000000``), 実装区分 in both wordings, furigana (``<rPh>``) in a header, a plain and a rich-text cell, a
  multi-line requirement, and a note merged across the whole width below the list.
* ``vendor_package_cp932.csv``: a vendor's package function list in Shift_JIS (CP932, CRLF), title rows above
  the header, its own header names (機能コード/機能名/機能概要/区分), short 区分 (必須/オプション/不可) with
  full-width spaces, blank 分類 cells meaning "same as above", CP932-only characters (①, 髙, ～).
* ``bom_utf8.csv``: UTF-8 with BOM, the official header names with 大・中・小分類 and 要件番号, first-edition
  wording, bracketed and space-padded 実装区分, a full-width 機能ID, a multi-line cell.
* ``renamed_columns.csv``: 機能名 instead of 機能名称 (and ID/要件/区分).
* ``duplicate_ids.xlsx``: title rows, then rows with an empty id, a duplicate id, 「要検討」, ○ and an empty name.
* ``missing_id.csv``: no 機能ID column at all.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2024, 4, 1, 9, 0, 0)

#: (shared string text to find, phonetic runs to add as (start, end, reading)).
FURIGANA: dict[str, list[tuple[int, int, str]]] = {
    "機能名称": [(0, 2, "キノウ"), (2, 4, "メイショウ")],
    "住民票の写しの交付": [(0, 3, "ジュウミンヒョウ"), (4, 5, "ウツ"), (7, 9, "コウフ")],
    "届の受付": [(0, 1, "トドケ")],  # the bold run of the rich-text cell 「転入届の受付」
}


def _workbook() -> Workbook:
    workbook = Workbook()
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    return workbook


def make_official(path: Path) -> None:
    workbook = _workbook()
    cover = workbook.active
    cover.title = "表紙"
    cover["A1"] = "住民記録システム標準仕様書"
    cover["A3"] = "別紙2 機能・帳票要件"
    sheet = workbook.create_sheet("機能・帳票要件")
    history = workbook.create_sheet("変更履歴")
    history.append(["版", "日付", "変更内容"])
    history.append(["第2.0版", "2024-04-01", "機能IDを付与"])

    sheet["A1"] = "住民記録システム標準仕様書【第2.0版】"
    sheet.merge_cells("A1:I1")
    sheet["A2"] = "別紙2 機能・帳票要件一覧"
    sheet.merge_cells("A2:I2")
    for cell, label in [("A3", "大分類"), ("C3", "中分類"), ("E3", "機能ID"), ("F3", "機能名称"), ("G3", "機能要件"),
                        ("H3", "実装区分"), ("I3", "備考")]:
        sheet[cell] = label
        sheet[cell].font = Font(bold=True)
        sheet[cell].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for cell, label in [("A4", "No."), ("B4", "名称"), ("C4", "No."), ("D4", "名称")]:
        sheet[cell] = label
    for merged in ["A3:B3", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4"]:
        sheet.merge_cells(merged)

    rows = [
        # row, 大 No, 大 name, 中 No, 中 name, 機能ID, 機能名称, 機能要件, 実装区分, 備考
        (5, "1", "住民データ管理", "1.1", "日本人住民", "0010001", "住民票の記載",
         "日本人住民について住民票の記載事項を管理すること。", "実装必須機能", ""),
        (6, None, None, None, None, "0010002", "住民票の写しの交付", "住民票の写しを交付できること。",
         "標準オプション機能", "指定都市は行政区単位"),
        (7, None, None, "1.2", "外国人住民", "0010003", "外国人住民の記載",
         "外国人住民について住民票の記載事項を管理すること。", "実装すべき機能", ""),
        (8, None, None, None, None, "0010004", None, "転入届を受け付けること。\n受付番号を付番すること。",
         "実装してもしなくても良い機能", ""),
        (9, "2", "異動処理", "2.1", "異動日", 10005, "処理日の入力", "処理日を入力できること。", "実装不可機能", ""),
        (10, None, None, None, None, "0010006", "処理当日以外の処理日入力",
         "処理当日以外を処理日として入力できること。", "実装しない機能", ""),
    ]
    for row, *values in rows:
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=row, column=column, value=value)
    sheet["F8"] = CellRichText("転入", TextBlock(InlineFont(b=True), "届の受付"))
    sheet["E9"].number_format = "0000000"
    for merged in ["A5:A8", "B5:B8", "C5:C6", "D5:D6", "C7:C8", "D7:D8", "A9:A10", "B9:B10", "C9:C10", "D9:D10"]:
        sheet.merge_cells(merged)
    sheet["A12"] = "※ 本一覧は取込テスト用のサンプルです。"
    sheet.merge_cells("A12:I12")
    workbook.save(path)
    add_furigana(path, "xl/worksheets/sheet2.xml", FURIGANA, keep_inline="F3")


def add_furigana(path: Path, sheet_part: str, runs: dict[str, list[tuple[int, int, str]]], keep_inline: str) -> None:
    """Store the sheet's strings as Excel does (shared strings) and add furigana ``<rPh>`` runs to some of them.

    openpyxl writes inline strings and no phonetic runs; the cell ``keep_inline`` stays an inline string (with
    its furigana) so both ways of storing text are covered.
    """
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    strings: list[str] = []

    def phonetic(body: str) -> str:
        text = "".join(re.findall(r"<t[^>]*>([^<]*)</t>", body))
        for key, phonetics in runs.items():
            if text == key or text.endswith(key):
                body += "".join(f'<rPh sb="{a}" eb="{b}"><t>{reading}</t></rPh>' for a, b, reading in phonetics)
                body += '<phoneticPr fontId="0"/>'
        return body

    def share(match: re.Match[str]) -> str:
        attrs, body = match.group(1), match.group(2)
        if f'r="{keep_inline}"' in attrs:
            return f'<c{attrs} t="inlineStr"><is>{phonetic(body)}</is></c>'
        strings.append(phonetic(body))
        return f'<c{attrs} t="s"><v>{len(strings) - 1}</v></c>'

    parts[sheet_part] = re.sub(r'<c([^>]*?) t="inlineStr"><is>(.*?)</is></c>', share, parts[sheet_part])
    assert sum("<rPh" in s for s in strings) == len(runs) - 1 and "<rPh" in parts[sheet_part]
    main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{main_ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si>{body}</si>" for body in strings) + "</sst>"
    )
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        "</Relationships>", f'<Relationship Id="rIdStrings" Type="{relation}" Target="sharedStrings.xml"/>'
                            "</Relationships>")
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{content_type}"/></Types>')
    write_zip(path, {name: data.encode("utf-8") for name, data in parts.items()})


def write_zip(path: Path, parts: dict[str, bytes]) -> None:
    """Write the parts with a fixed time stamp, so that running this script again gives the same bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    parts["docProps/core.xml"] = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", lambda m: m.group(1) + stamp,
                                        parts["docProps/core.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6]), data,
                             compress_type=zipfile.ZIP_DEFLATED)


def make_duplicates(path: Path) -> None:
    workbook = _workbook()
    sheet = workbook.active
    sheet.title = "機能一覧"
    sheet["A1"] = "機能一覧（誤りを含むサンプル）"
    sheet.append([])
    sheet.append(["機能ID", "機能名称", "機能要件", "実装区分"])
    for row in [
        ["0010001", "住民票の記載", "記載すること。", "実装必須機能"],  # 4
        ["0010002", "写しの交付", "交付すること。", "標準オプション機能"],  # 5
        [None, "IDのない機能", "IDが空。", "実装必須機能"],  # 6
        ["0010002", "重複した機能", "IDが5行目と同じ。", "実装必須機能"],  # 7
        ["0010008", "未確定の機能", "区分が未確定。", "要検討"],  # 8
        [],  # 9
        ["0010010", "記号の区分", "区分が記号。", "○"],  # 10
        ["0010011", None, "名称が空。", "実装不可機能"],  # 11
    ]:
        sheet.append(row)
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        write_zip(path, {name: archive.read(name) for name in archive.namelist()})


def write_csv(path: Path, lines: list[list[str]], encoding: str, newline: str = "\n") -> None:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\n') else cell

    path.write_bytes("".join(",".join(quote(c) for c in line) + newline for line in lines).encode(encoding))


def make_csvs() -> None:
    write_csv(HERE / "vendor_package_cp932.csv", [
        ["パッケージ機能一覧（サンプル住民情報パッケージ Ver.5.2）", "", "", "", "", "", ""],
        ["作成：株式会社サンプル", "", "", "", "", "", ""],
        ["機能コード", "機能名", "機能概要", "大分類", "中分類", "区分", "備考"],
        ["PKG-001", "住民異動届の入力", "転入・転出・転居の届出を入力する。", "住民記録", "異動", "必須", ""],
        ["PKG-002", "異動履歴の照会", "異動の履歴を１件～全件照会する。", "", "照会", "　オプション　", "①画面"],
        ["PKG-003", "外字の表示", "髙など IBM 拡張文字を表示する。", "", "", "不可", ""],
        ["PKG-004", "証明書の一括発行", "", "証明", "発行", "必須", ""],
    ], "cp932", newline="\r\n")
    write_csv(HERE / "bom_utf8.csv", [
        ["要件番号", "大分類", "中分類", "小分類", "機能ID", "機能名称", "機能要件", "実装区分"],
        ["4.1.1.1", "4. 異動", "4.1 転入", "4.1.1 入力", "0010021", "転入者情報入力",
         "転入者の情報を入力できること。\n世帯を同時に入力できること。", "実装すべき機能"],
        ["4.1.1.2", "4. 異動", "4.1 転入", "4.1.1 入力", "００１００２２", "転入通知の受信", "受信できること。",
         " 【実装してもしなくても良い機能】 "],
        ["4.0.3", "4. 異動", "4.0 共通", "", "0010023", "処理日の変更", "処理当日以外を処理日として入力できること。",
         "実装しない機能"],
    ], "utf-8-sig")
    write_csv(HERE / "renamed_columns.csv", [
        ["ID", "機能名", "要件", "区分"],
        ["0020001", "宛名の登録", "宛名を登録できること。", "実装必須機能"],
        ["0020002", "宛名の照会", "宛名を照会できること。", "標準オプション機能"],
    ], "utf-8")
    write_csv(HERE / "missing_id.csv", [
        ["機能名称", "機能要件", "実装区分"],
        ["宛名の登録", "宛名を登録できること。", "実装必須機能"],
    ], "utf-8")


def main() -> None:
    make_official(HERE / "official_kinou_youken.xlsx")
    make_duplicates(HERE / "duplicate_ids.xlsx")
    make_csvs()


if __name__ == "__main__":
    main()
