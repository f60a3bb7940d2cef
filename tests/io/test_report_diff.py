"""The 「As-Is→To-Be差分」 part of the Fit&Gap report: ReportData.diff and the xlsx sheet, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Change, Edit, SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR, duplicate_process
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_model import DiffLine, ReportData
from jcloud_desk.io.reports.report_xlsx import DIFF_HEADERS, SHEET_DIFF, SHEET_NAMES, write_report_xlsx
from jcloud_desk.services.report_service import NO_CHANGE, build_report_data
from tests.factories import small_project
from tests.io.test_report_xlsx import GENERATED_AT, load_sample


def _apply(project: Project, edit: Edit | None) -> None:
    assert edit is not None
    edit.apply(project, Change())


def project_with_to_be() -> Project:
    """small_project + a To-Be copy that drops 終了, renames 届出内容を確認 and judges it a gap; plus an
    untouched second copy (「（変更なし）」)."""
    project = small_project()
    to_id, edit = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "転入届（To-Be）")
    _apply(project, edit)
    copies = {s.attrs[ORIGIN_STEP_ATTR]: s.id for s in project.steps_of(to_id)}
    _apply(project, remove_steps(project, [copies["s-end"]]))
    _apply(project, SetFields.of(project.step[copies["s-check"]], label="=届出をオンラインで確認"))
    _apply(project, set_judgment(project, copies["s-check"], verdict=Verdict.GAP))
    _, same = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "転入届（案2）")
    _apply(project, same)
    return project


def test_report_data_lists_each_change_of_each_to_be() -> None:
    data = build_report_data(project_with_to_be(), GENERATED_AT)
    assert data.diff == (
        DiffLine("転入届", "転入届（To-Be）", "名称変更", "=届出をオンラインで確認", "届出内容を確認",
                 "=届出をオンラインで確認"),
        DiffLine("転入届", "転入届（To-Be）", "判定変更", "=届出をオンラインで確認", "未判定", "ギャップ"),
        DiffLine("転入届", "転入届（To-Be）", "削除", "終了", "窓口／交付", ""),
        DiffLine("転入届", "転入届（To-Be）", "流れの削除", "住民票の写しを交付 → 終了", "", ""),
        DiffLine("転入届", "転入届（案2）", NO_CHANGE, "", "", ""),
    )


def test_xlsx_has_the_diff_sheet_last_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    data = build_report_data(project_with_to_be(), GENERATED_AT)
    write_report_xlsx(data, path)
    wb = load_workbook(path)
    assert wb.sheetnames == [*SHEET_NAMES, "As-Is→To-Be差分"]
    ws = wb[SHEET_DIFF]
    rows = [[cell.value for cell in row] for row in ws.iter_rows()]
    assert rows[0] == list(DIFF_HEADERS) == [
        "業務フロー(As-Is)", "業務フロー(To-Be)", "変更", "手順", "変更前", "変更後"]
    assert rows[1] == ["転入届", "転入届（To-Be）", "名称変更", "'=届出をオンラインで確認", "届出内容を確認",
                       "'=届出をオンラインで確認"]  # a label that looks like a formula stays text
    assert rows[3][2:5] == ["削除", "終了", "窓口／交付"]
    assert rows[-1][:3] == ["転入届", "転入届（案2）", NO_CHANGE]
    assert len(rows) == 1 + len(data.diff)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:F{len(rows)}"
    assert ws.page_setup.orientation == "landscape"
    assert all(ws.cell(row=r, column=c).data_type == "s" for r in range(2, len(rows) + 1) for c in (1, 2, 3))


def test_no_to_be_with_an_origin_means_no_diff_sheet(tmp_path: Path) -> None:
    sample = load_sample()  # 転居届（見直し後） was drawn by hand: no origin_id
    data = build_report_data(sample, GENERATED_AT)
    assert data.diff == ()
    write_report_xlsx(data, tmp_path / "sample.xlsx")
    assert load_workbook(tmp_path / "sample.xlsx").sheetnames == [*SHEET_NAMES, "帳票一覧"]  # no diff sheet
    assert ReportData(project_name="x", generated_at=GENERATED_AT).diff == ()
