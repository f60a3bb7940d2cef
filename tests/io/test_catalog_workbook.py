"""One import reads the 機能要件 and the 帳票要件 sheets of a workbook (merged headers, row-numbered problems)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.domain.catalog import ImplClass, ItemKind
from jcloud_desk.io.catalog.importer import (
    CatalogImportError,
    guess_forms_sheet,
    preview_catalog,
    read_catalog_workbook,
)
from tests.io.form_workbooks import write_two_sheet_workbook


def test_both_sheets_become_one_catalogue(tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    result = read_catalog_workbook(path, "住民記録", "第6.0版", functions_sheet="機能要件", forms_sheet="帳票要件",
                                   imported_at="")
    functions = [i for i in result.items if i.kind is ItemKind.FUNCTION]
    forms = [i for i in result.items if i.kind is ItemKind.FORM]
    assert [(i.code, i.title) for i in functions] == [("0010001", "住民票の記載"), ("0010002", "住民票の写しの交付")]
    assert [(i.code, i.title, i.impl_class, i.media, i.print_items) for i in forms] == [
        ("0010001", "住民票", ImplClass.MANDATORY, "紙", "氏名、住所、生年月日"),
        ("0010002", "住民票記載事項証明書", ImplClass.OPTIONAL, "紙", "氏名、住所"),
        ("0010003", "転入通知書", ImplClass.MANDATORY, "電子", ""),
    ]
    assert forms[0].text == "住民票の写し"
    assert forms[0].source_locator == "帳票要件!4"  # the data starts under the two-row header
    # 帳票ID share digits with 機能ID but are their own namespace: different item ids
    assert functions[0].id != forms[0].id
    assert [i.sort for i in result.items] == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert result.kind_counts() == {"function": 2, "form": 3}
    assert (result.sheet, result.forms_sheet) == ("機能要件", "帳票要件")
    assert result.catalog.column_mapping["form_code"] == "帳票ID"


def test_problems_of_both_sheets_are_listed_with_sheet_and_row(tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "bad.xlsx", form_rows=[
        ["0010001", "住民票", "", "実装必須帳票", "", ""],
        ["", "名称だけ", "", "実装必須帳票", "", ""],
        ["0010001", "重複", "", "要検討", "", ""],
    ])
    with pytest.raises(CatalogImportError) as caught:
        read_catalog_workbook(path, "住民記録", functions_sheet="機能要件", forms_sheet="帳票要件")
    lines = caught.value.lines()
    assert lines == [
        "シート「帳票要件」5行目: 帳票IDが空です",
        "シート「帳票要件」6行目: 帳票ID 0010001 が 4行目と重複しています",
        "シート「帳票要件」6行目: 実装区分「要検討」を解釈できません",
    ]


def test_same_sheet_twice_is_refused(tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    with pytest.raises(CatalogImportError, match="同じシート"):
        read_catalog_workbook(path, "住民記録", functions_sheet="帳票要件", forms_sheet="帳票要件")


def test_without_forms_sheet_only_functions_are_read(tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    result = read_catalog_workbook(path, "住民記録", functions_sheet="機能要件")
    assert {i.kind for i in result.items} == {ItemKind.FUNCTION}
    assert result.kind_counts() == {"function": 2, "form": 0}


def test_forms_preview_and_sheet_guess(tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    preview = preview_catalog(path, sheet="帳票要件", kind=ItemKind.FORM)
    assert preview.header_row == 3 and preview.ok  # the lower row of the merged header carries every name
    assert preview.mapping.code == "帳票ID" and preview.mapping.media == "出力形式/媒体"
    assert [i.kind for i in preview.items] == [ItemKind.FORM] * 3
    assert guess_forms_sheet(preview.sheets, "機能要件") == "帳票要件"
    assert guess_forms_sheet(["機能要件", "注意事項"], "機能要件") == ""


def test_detection_prefers_the_functions_sheet_over_a_richer_forms_sheet(tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    assert preview_catalog(path).sheet == "機能要件"
