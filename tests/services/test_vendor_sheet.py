"""The vendor round trip: export, the vendor edits / deletes / reorders / adds rows, read back as a diff, one edit."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from jcloud_desk.analysis.vendor_layer import VendorIndex
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswerKind
from jcloud_desk.io.forms.vendor_sheet import ANSWER_COLUMN, COLUMNS, DATE_COLUMN, SHEET
from jcloud_desk.services.vendor_sheet_service import export_vendor_sheet, plan_vendor_sheet
from tests.factories import small_project

A = VendorAnswerKind
HEADERS = [h for h, _w in COLUMNS]


def _project() -> Project:
    project = small_project()
    project.link["link-check"] = Link(id="link-check", step_id="s-check", item_id="item-prohibited", note="独自様式?")
    project.judgment["s-input"].rationale = "住基との連携を確認"
    return project


def _column(name: str) -> int:
    return HEADERS.index(name) + 1


def test_export_layout(tmp_path: Path) -> None:
    path, count = export_vendor_sheet(_project(), tmp_path / "sheet.xlsx", "A社")
    assert count == 3
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "B2"
    assert ws.column_dimensions["A"].hidden
    assert all(ws.column_dimensions[chr(64 + i)].width >= 8 for i in range(2, len(HEADERS) + 1))
    assert ws.column_dimensions["M"].width >= 40  # room for the vendor's comment
    validations = {str(v.sqref): (v.type, v.formula1) for v in ws.data_validations.dataValidation}
    assert validations == {"K2:K4": ("list", '"○,△,×,オプション"'), "L2:L4": ("date", "DATE(2000,1,1)")}
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert rows["link-check"][1:10] == ["転入届", "1", "届出内容を確認", "機能", "0010003", "独自様式の出力",
                                        "実装不可", "未判定", "独自様式?"]
    assert rows["link-issue"][9] == "様式が異なる"  # the link's note is the question
    assert rows["link-input"][9] == "住基との連携を確認"  # else the judgment's rationale
    assert all(r[ANSWER_COLUMN - 1] is None for r in rows.values())
    assert wb["_jcloud_desk"].sheet_state == "hidden" and wb["_jcloud_desk"]["B1"].value == "A社"


def _fill(ws: Worksheet, key: str, answer: str, date: object = None, comment: str = "") -> None:
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key:
            row[ANSWER_COLUMN - 1].value = answer
            row[DATE_COLUMN - 1].value = date
            row[_column("ベンダーコメント") - 1].value = comment or None


def test_round_trip_with_edited_deleted_reordered_and_added_rows(tmp_path: Path) -> None:
    project = _project()
    project.link["link-extra"] = Link(id="link-extra", step_id="s-check", item_id="item-mandatory")
    path, _count = export_vendor_sheet(project, tmp_path / "sheet.xlsx", "A社")
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    _fill(ws, "link-input", "○")
    _fill(ws, "link-extra", "○", comment="標準機能")  # same item as link-input, same answer: comments join
    _fill(ws, "link-issue", "オプション", dt.datetime(2026, 10, 1), "有償オプション")
    _fill(ws, "link-check", "×")
    # the vendor edits the 機能ID of link-check's row: it no longer matches and is not applied
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "link-check":
            row[_column("機能ID") - 1].value = "0010009"
    # reorder: move the last data row to the top
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    ws.delete_rows(2, ws.max_row)
    for row_values in [values[-1], *values[:-1]]:
        ws.append(row_values)
    ws.append(["", "追加", "", "ベンダーが足した行", "機能", "0010001", "", "", "", "", "○", None, "", ""])
    ws.append(["link-issue", "転入届", "3", "写し", "機能", "0010002", "", "", "", "", "△", None, "", ""])
    wb.save(path)
    project.link.pop("link-extra")  # deleted in the project after the export
    plan = plan_vendor_sheet(project, path)
    assert plan.vendor == "A社"
    messages = dict(plan.problems)
    assert any("機能ID が書き換えられています" in m for m in messages.values())
    assert any("行キーがありません" in m for m in messages.values())
    assert any("もうありません" in m for m in messages.values())  # link-extra was deleted
    assert any("行キーが" in m and "重複" in m for m in messages.values())  # the copied link-issue row
    assert {c.item_key: (c.after.answer, c.after.available_on) for c in plan.changes} == {
        "0010001": (A.PROVIDED, ""), "0010002": (A.OPTION, "2026-10-01")}
    before = copy.deepcopy(project)
    assert plan.edit is not None
    inverse = plan.edit.apply(project, Change())
    index = VendorIndex(project, "A社")
    assert index.answer(project.item["item-optional"]).comment == "有償オプション"  # type: ignore[union-attr]
    assert index.answer(project.item["item-prohibited"]) is None  # the edited row was not applied
    # importing the same sheet again changes nothing
    again = plan_vendor_sheet(project, path)
    assert again.edit is None and again.unchanged == 2
    inverse.apply(project, Change())
    assert project == before


def test_conflicting_rows_for_one_item_are_not_applied(tmp_path: Path) -> None:
    project = _project()
    project.link["link-extra"] = Link(id="link-extra", step_id="s-check", item_id="item-mandatory")
    path, _count = export_vendor_sheet(project, tmp_path / "sheet.xlsx", "A社")
    wb = openpyxl.load_workbook(path)
    _fill(wb[SHEET], "link-input", "○")
    _fill(wb[SHEET], "link-extra", "×")
    _fill(wb[SHEET], "link-issue", "たぶん")
    wb.save(path)
    plan = plan_vendor_sheet(project, path)
    assert plan.changes == [] and plan.edit is None
    assert sum("違う回答" in m for _r, m in plan.problems) == 2
    assert any("回答「たぶん」を解釈できません" in m for _r, m in plan.problems)
    assert plan.unanswered_rows == 1


def test_the_sheet_is_for_the_project_s_chosen_vendor(tmp_path: Path) -> None:
    project = _project()
    path, _count = export_vendor_sheet(project, tmp_path / "default.xlsx")
    assert openpyxl.load_workbook(path)["_jcloud_desk"]["B1"].value == "ベンダー"  # no vendor answered, none chosen
    project.meta.vendor = "B社"
    path, _count = export_vendor_sheet(project, tmp_path / "chosen.xlsx")
    assert openpyxl.load_workbook(path)["_jcloud_desk"]["B1"].value == "B社"
