"""The catalogue import dialog reads the 機能要件 and the 帳票要件 sheets of one workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog

from jcloud_desk.domain.catalog import ImplClass, ItemKind
from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog
from tests.io.form_workbooks import write_two_sheet_workbook


def test_dialog_offers_both_sheets_and_imports_forms(qtbot: object, tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    dialog = CatalogImportDialog(None, path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.functions_sheet.currentData() == "機能要件"
    assert dialog.forms_sheet.currentData() == "帳票要件"  # guessed from the sheet name
    assert dialog.table.rowCount() == 2 and dialog.forms_table.rowCount() == 3 and dialog.problems.count() == 0
    assert dialog.sheet_tabs.isTabEnabled(1)
    assert [dialog.forms_table.item(r, 0).text() for r in range(3)] == ["帳票要件!4", "帳票要件!5", "帳票要件!6"]
    dialog.accept_import()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_import is not None
    assert [i.kind for i in dialog.result_import.items].count(ItemKind.FORM) == 3


def test_dialog_lists_form_problems_with_sheet_and_row(qtbot: object, tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "bad.xlsx", form_rows=[["", "名称だけ", "", "実装必須帳票", "", ""]])
    dialog = CatalogImportDialog(None, path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert texts == ["シート「帳票要件」4行目: 帳票IDが空です"]
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.result_import is None
    dialog.forms_sheet.setCurrentIndex(0)  # no forms sheet: the functions alone import
    assert dialog.problems.count() == 0 and not dialog.sheet_tabs.isTabEnabled(1)
    assert dialog.forms_table.rowCount() == 0


def _own_headers_workbook(path: Path) -> Path:
    """機能要件 as usual; the 帳票 sheet 「様式一覧」 with headers no guess knows, and a blank 様式名 in row 4."""
    path = write_two_sheet_workbook(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.create_sheet("様式一覧")
    sheet.append(["様式番号", "様式名", "説明", "区分（帳票）", "出力先", "詳細", "メモ"])
    sheet.append(["F-01", "住民票の写し", "写しの交付", "実装必須帳票", "紙", "氏名、住所", "窓口"])
    sheet.append(["F-02", "", "名称が空", "標準オプション帳票", "PDF", "", ""])
    sheet.append(["F-03", "転出証明書", "転出の証明", "標準オプション帳票", "紙", "転出先", ""])
    workbook.save(path)
    return path


def _problems(dialog: CatalogImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def _choose(dialog: CatalogImportDialog, field: str, header: str) -> None:
    combo = dialog.form_columns.fields[field]
    index = combo.findData(header)
    assert index >= 0, header
    combo.setCurrentIndex(index)


def test_the_forms_sheet_has_its_own_column_mapping_and_preview(qtbot: object, tmp_path: Path) -> None:
    dialog = CatalogImportDialog(None, _own_headers_workbook(tmp_path / "own.xlsx"))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.forms_sheet.setCurrentIndex(dialog.forms_sheet.findData("様式一覧"))
    combo = dialog.form_columns.fields["code"]
    assert [combo.itemData(i) for i in range(1, combo.count())] == ["様式番号", "様式名", "説明", "区分（帳票）",
                                                                    "出力先", "詳細", "メモ"]
    assert combo.currentData() == ""  # 様式番号 is no known 帳票ID header
    problems = _problems(dialog)
    assert any("帳票IDの列が割り当てられていません" in p for p in problems)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.forms_table.rowCount() == 0
    assert dialog.sheet_tabs.tabText(1).endswith("（問題 2 件）")  # 帳票ID and 帳票名称 unmapped
    assert "問題" not in dialog.sheet_tabs.tabText(0)
    for field, header in (("code", "様式番号"), ("title", "様式名"), ("text", "説明"), ("impl_class", "区分（帳票）"),
                          ("media", "出力先"), ("print_items", "詳細")):
        _choose(dialog, field, header)
    assert _problems(dialog) == ["シート「様式一覧」3行目: 帳票名称が空です"]  # row-numbered, on its sheet
    assert dialog.forms_table.rowCount() == 2  # the good rows, each with the row it comes from
    assert [dialog.forms_table.item(r, c).text() for r in range(2) for c in (0, 1, 4)] == [
        "様式一覧!2", "F-01", "紙", "様式一覧!4", "F-03", "紙"]
    assert not ok.isEnabled()
    _choose(dialog, "title", "説明")  # every row has a 説明: the sheet imports
    assert _problems(dialog) == [] and ok.isEnabled() and "問題" not in dialog.sheet_tabs.tabText(1)
    _choose(dialog, "media", "")  # a column can be left out
    assert dialog.forms_table.item(0, 4).text() == ""
    assert dialog.table.rowCount() == 2  # the functions preview is untouched
    dialog.accept_import()
    assert dialog.result_import is not None
    forms = [i for i in dialog.result_import.items if i.kind is ItemKind.FORM]
    assert [(f.code, f.title, f.impl_class, f.media, f.print_items) for f in forms] == [
        ("F-01", "写しの交付", ImplClass.MANDATORY, "", "氏名、住所"),
        ("F-02", "名称が空", ImplClass.OPTIONAL, "", ""),
        ("F-03", "転出の証明", ImplClass.OPTIONAL, "", "転出先")]
    assert dialog.result_import.forms_mapping is not None and dialog.result_import.forms_mapping.code == "様式番号"


def test_choosing_another_forms_sheet_guesses_its_columns_again(qtbot: object, tmp_path: Path) -> None:
    dialog = CatalogImportDialog(None, _own_headers_workbook(tmp_path / "own.xlsx"))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.forms_sheet.currentData() == "帳票要件"
    assert dialog.form_columns.fields["print_items"].currentData() == "印字項目"
    dialog.forms_sheet.setCurrentIndex(dialog.forms_sheet.findData("様式一覧"))
    assert dialog.form_columns.fields["print_items"].currentData() == ""
    dialog.forms_sheet.setCurrentIndex(dialog.forms_sheet.findData("帳票要件"))
    assert dialog.form_columns.fields["code"].currentData() == "帳票ID" and _problems(dialog) == []
