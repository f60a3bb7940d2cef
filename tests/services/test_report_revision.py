"""改定影響 in the report: the 要再確認 queue and the re-checks decided, in ReportData and the xlsx read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from jcloud_desk.analysis.review_queue import ReviewChange, keep_edit, review_queue
from jcloud_desk.io.reports.report_xlsx import REVISION_HEADERS, SHEET_REVISION
from jcloud_desk.services.report_service import REVIEW_DONE, REVIEW_PENDING, build_report_data, write_report
from tests import revision_fixture as rev


def test_revision_lines_list_the_queue_then_the_decisions(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    entry = next(e for e in review_queue(project) if e.change is ReviewChange.TITLE)
    session.apply(keep_edit(project, entry, "住民課 佐藤", "2026-12-03T10:00:00"))
    data = build_report_data(project, "2026-12-03T11:00:00")
    assert data.headline.review_needed == 6  # the summary's 要再確認 figure: one of the 7 was just kept
    lines = data.revisions
    assert [line.status for line in lines] == [REVIEW_PENDING] * 6 + [REVIEW_DONE]
    pending = lines[0]
    assert (pending.process, pending.step, pending.old_code, pending.change, pending.new_code, pending.verdict) == (
        "転入届", "入力確認票を出力・届書と照合", "JUKI1-4.0.9-M", "削除", "", "適合")
    done = lines[-1]
    assert done.step == "審査・決裁（本登録）" and (done.by, done.at) == ("住民課 佐藤", "2026-12-03T10:00:00")
    assert done.decision.startswith("JUKI1-4.0.8-M → JUKI1-4.0.8-M（機能名称の変更）")

    out = write_report(project, tmp_path / "report.xlsx", "2026-12-03T11:00:00")
    sheet = openpyxl.load_workbook(out)[SHEET_REVISION]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == REVISION_HEADERS
    assert len(rows) == 1 + 7
    assert rows[1][:7] == ("要再確認", "転入届", "入力確認票を出力・届書と照合", "JUKI1-4.0.9-M", "削除", None, "適合")
    assert rows[-1][0] == "確認済み" and rows[-1][8] == "住民課 佐藤"


def test_no_revision_no_sheet(tmp_path: Path) -> None:
    project = rev.load_sample()
    assert build_report_data(project, "2026-12-03").revisions == ()
    assert build_report_data(project, "2026-12-03").headline.review_needed is None  # no revision: no figure
    out = write_report(project, tmp_path / "report.xlsx", "2026-12-03T11:00:00")
    assert SHEET_REVISION not in openpyxl.load_workbook(out).sheetnames
