"""帳票一覧: standard 帳票 joined with the 現行帳票 inventory, in the xlsx report."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from jcloud_desk.domain.catalog import CatalogItem, ImplClass, ItemKind
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.forms import CurrentForm, FormDifference, FormRoute
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_xlsx import FORMS_HEADERS, SHEET_FORMS
from jcloud_desk.services.form_report import OWN_FORM, form_lines
from jcloud_desk.services.report_service import build_report_data, write_report
from tests.factories import small_project


def forms_project() -> Project:
    """small_project() + two 帳票 (one linked to a step) + three 現行帳票 (mapped, own, unmapped)."""
    project = small_project()
    for sort, code, title in [(10, "0010001", "住民票"), (11, "0010002", "転入通知書")]:
        project.item[f"form-{code}"] = CatalogItem(id=f"form-{code}", catalog_id="cat-std", code=code, title=title,
                                                   impl_class=ImplClass.MANDATORY, sort=float(sort),
                                                   kind=ItemKind.FORM, media="紙")
    project.link["lf"] = Link(id="lf", step_id="s-issue", item_id="form-0010001")
    project.current_form.update({
        "a": CurrentForm(id="a", name="住民票の写し（現行）", recipient="申請者", annual_volume=1200,
                         form_code="0010001", difference=FormDifference.PRINT_ITEMS, route=FormRoute.STANDARD,
                         sort=1.0),
        "b": CurrentForm(id="b", name="窓口集計表", own_form=True, difference=FormDifference.NOT_IN_STANDARD,
                         route=FormRoute.EUC, sort=2.0),
        "c": CurrentForm(id="c", name="メモ用紙", sort=3.0),
    })
    return project


def test_form_lines_join_both_ways() -> None:
    lines = form_lines(forms_project())
    assert [(line.code, line.title, line.steps, line.current, line.route) for line in lines] == [
        ("0010001", "住民票", "転入届 ▸ 住民票の写しを交付", "住民票の写し（現行）", "標準帳票を使用"),
        ("0010002", "転入通知書", "", "", ""),
        (OWN_FORM, "", "", "窓口集計表", "EUCで作成"),
        ("（未対応付け）", "", "", "メモ用紙", ""),
    ]
    assert lines[0].volume == 1200 and lines[0].municipality == "テスト市"
    assert form_lines(small_project()) == []


def test_xlsx_report_has_a_forms_sheet(tmp_path: Path) -> None:
    path = write_report(forms_project(), tmp_path / "r.xlsx", generated_at="2025-05-01T10:00:00")
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_FORMS]
    assert [c.value for c in ws[1]] == list(FORMS_HEADERS)
    assert [c.value for c in ws[2]][:6] == ["0010001", "住民票", "実装必須", "紙", "転入届 ▸ 住民票の写しを交付",
                                           "住民票の写し（現行）"]
    assert ws.max_row == 5
    ledger = wb["Fit&Gap一覧"]
    kind_column = [c.value for c in ledger[1]].index("種別")
    kinds = {row[5].value: row[kind_column].value for row in ledger.iter_rows(min_row=2)}
    assert kinds["0010001"] in ("機能", "帳票")
    assert SHEET_FORMS not in openpyxl.load_workbook(write_report(small_project(), tmp_path / "s.xlsx")).sheetnames
    assert build_report_data(small_project(), "t").forms == ()
