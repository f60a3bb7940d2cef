"""The vendor dock: import answers, go-live date, export the sheet and import it back through the diff dialog;
the links panel shows the vendor's answer on a step."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from jcloud_desk.analysis.vendor_layer import VendorIndex
from jcloud_desk.io.forms.vendor_sheet import ANSWER_COLUMN, DATE_COLUMN, SHEET
from jcloud_desk.ui.dialogs.vendor_sheet_dialog import VendorSheetDialog
from jcloud_desk.ui.docks.vendor_dock import VendorDock
from jcloud_desk.ui.main_window import MainWindow

CATALOG = "住民記録システム標準仕様書"


@pytest.fixture()
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _dock(window: MainWindow) -> VendorDock:
    return next(d for d in window.forms_docks if isinstance(d, VendorDock))


def test_answers_go_live_and_links_panel(main_window: MainWindow, small_project_file: Path, tmp_path: Path,
                                         quiet: list[str]) -> None:
    assert main_window.open_path(small_project_file)
    dock = _dock(main_window)
    answers = tmp_path / "a.csv"
    answers.write_text("機能ID,回答,提供予定日,コメント\n0010001,○,,\n0010002,オプション,2026/10/1,有償\n9999,○,,\n",
                       encoding="utf-8")
    assert dock.import_answer_file(answers, CATALOG, "A社")
    assert "4行目: 9999" in quiet[-1]
    assert dock.table.rowCount() == 2 and dock.vendor.findData("A社") == 1
    assert dock.vendor.currentData() == "" and "A社" in dock.vendor.currentText()  # not chosen: most answers
    assert dock.summary.text().startswith("A社（未選択: 回答数の最も多いベンダー）:")
    dock.go_live.setText("2026/4/1")
    dock._go_live_edited()
    project = main_window.opened.project  # type: ignore[union-attr]
    assert project.meta.go_live_on == "2026-04-01"
    assert [int(n) for n in re.findall(r"\d+", dock.summary.text())] == [2, 0, 1, 0]
    main_window.document.reveal("proc-1", "s-issue")
    links = main_window.fitgap_dock.links.links
    assert links.topLevelItemCount() == 1
    assert "2026-10-01" in links.topLevelItem(0).text(5)
    panel = main_window.fitgap_dock.links.vendor_answers
    assert panel.isVisibleTo(main_window) and "A社" in panel.text() and "0010002" in panel.text()
    assert "有償" in panel.text()  # the comment
    assert main_window.undo_stack.count() == 2
    main_window.undo_stack.undo()
    main_window.undo_stack.undo()
    assert project.vendor_answer == {} and project.meta.go_live_on == ""


def test_sheet_round_trip_through_the_dialog(main_window: MainWindow, small_project_file: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, quiet: list[str]) -> None:
    assert main_window.open_path(small_project_file)
    dock = _dock(main_window)
    written = dock.export_sheet_to(tmp_path / "sheet.xlsx")
    assert written is not None
    wb = openpyxl.load_workbook(written)
    for row in wb[SHEET].iter_rows(min_row=2):
        row[ANSWER_COLUMN - 1].value = "△"
        row[DATE_COLUMN - 1].value = "2027/1/1"
    wb.save(written)
    seen: list[VendorSheetDialog] = []

    def accept(dialog: VendorSheetDialog) -> int:
        seen.append(dialog)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(VendorSheetDialog, "exec", accept)
    assert dock.import_sheet_from(written)
    assert seen[0].changes.rowCount() == 2 and seen[0].apply_button.isEnabled()
    project = main_window.opened.project  # type: ignore[union-attr]
    index = VendorIndex(project)
    assert index.answer(project.item["item-optional"]).available_on == "2027-01-01"  # type: ignore[union-attr]
    assert main_window.undo_stack.count() == 1
    assert not dock.import_sheet_from(written)  # nothing changes the second time
    assert not seen[1].apply_button.isEnabled()


def test_the_chosen_vendor_from_the_dock_and_the_settings_dialog(main_window: MainWindow, small_project_file: Path,
                                                                 tmp_path: Path, quiet: list[str]) -> None:
    assert main_window.open_path(small_project_file)
    dock = _dock(main_window)
    a_file, b_file = tmp_path / "a.csv", tmp_path / "b.csv"
    a_file.write_text("機能ID,回答,提供予定日\n0010001,○,\n0010002,○,2026/10/1\n", encoding="utf-8")
    b_file.write_text("機能ID,回答,提供予定日\n0010002,×,\n", encoding="utf-8")
    assert dock.import_answer_file(a_file, CATALOG, "A社") and dock.import_answer_file(b_file, CATALOG, "B社")
    project = main_window.opened.project  # type: ignore[union-attr]
    assert [dock.vendor.itemData(i) for i in range(dock.vendor.count())] == ["", "A社", "B社"]
    main_window.document.reveal("proc-1", "s-issue")
    panel = main_window.fitgap_dock.links.vendor_answers
    assert "A社（未選択: 回答数の最も多いベンダー）" in panel.text()
    dock.vendor.setCurrentIndex(dock.vendor.findData("B社"))  # choosing in the dock sets the project's vendor
    assert project.meta.vendor == "B社" and main_window.undo_stack.undoText() == "ベンダーの選択"
    assert dock.table.rowCount() == 1 and dock.summary.text().startswith("B社: 回答 1 件")
    assert "（B社）:" in panel.text() and "×" in panel.text() and "未選択" not in panel.text()
    main_window.undo_stack.undo()
    assert project.meta.vendor == "" and dock.vendor.currentData() == "" and dock.table.rowCount() == 2
    dialog = main_window.structure.project_settings()
    assert dialog is not None and dialog.vendor.currentData() == ""
    assert "A社" in dialog.vendor.currentText()  # the entry names the fallback
    dialog.vendor.setCurrentIndex(dialog.vendor.findData("B社"))
    dialog.accept()
    assert project.meta.vendor == "B社" and dock.vendor.currentData() == "B社"
    main_window.undo_stack.undo()
    assert project.meta.vendor == ""
