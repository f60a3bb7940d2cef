"""Builders of small 機能・帳票要件 workbooks for the tests (two sheets, title rows, merged headers)."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def write_two_sheet_workbook(path: Path, form_rows: list[list[object]] | None = None) -> Path:
    """A workbook with a 機能要件 sheet and a 帳票要件 sheet whose header is merged over two rows."""
    workbook = openpyxl.Workbook()
    functions = workbook.active
    functions.title = "機能要件"
    functions.append(["住民記録システム標準仕様書 機能要件"])
    functions.merge_cells("A1:E1")
    functions.append(["大分類", "機能ID", "機能名称", "機能要件", "実装区分"])
    functions.append(["1 住民データ管理", "0010001", "住民票の記載", "記載できること。", "実装必須機能"])
    functions.append(["", "0010002", "住民票の写しの交付", "交付できること。", "標準オプション機能"])
    forms = workbook.create_sheet("帳票要件")
    forms.append(["帳票一覧"])
    forms.merge_cells("A1:F1")
    # a two-row header: 帳票 over 帳票ID / 帳票名称, the other headers merged downwards
    forms.append(["帳票", None, "帳票概要", "実装区分", "出力形式/媒体", "印字項目"])
    forms.append(["帳票ID", "帳票名称", None, None, None, None])
    forms.merge_cells("A2:B2")
    for column in "CDEF":
        forms.merge_cells(f"{column}2:{column}3")
    rows = form_rows if form_rows is not None else [
        ["0010001", "住民票", "住民票の写し", "実装必須帳票", "紙", "氏名、住所、生年月日"],
        ["0010002", "住民票記載事項証明書", "記載事項の証明", "標準オプション帳票", "紙", "氏名、住所"],
        ["0010003", "転入通知書", "転出地への通知", "実装必須帳票", "電子", ""],
    ]
    for row in rows:
        forms.append(row)
    workbook.create_sheet("注意事項").append(["この資料は説明のためのものです"])
    workbook.save(path)
    return path
