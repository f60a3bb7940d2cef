"""The catalogue import dialog reads the 機能要件 and the 帳票要件 sheets of one workbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog
from tests.io.form_workbooks import write_two_sheet_workbook


def test_dialog_offers_both_sheets_and_imports_forms(qtbot: object, tmp_path: Path) -> None:
    path = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    dialog = CatalogImportDialog(None, path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.functions_sheet.currentData() == "機能要件"
    assert dialog.forms_sheet.currentData() == "帳票要件"  # guessed from the sheet name
    assert dialog.table.rowCount() == 5 and dialog.problems.count() == 0
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
    assert dialog.problems.count() == 0
