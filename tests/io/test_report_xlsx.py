"""The xlsx Fit&Gap report, read back with openpyxl: sheets, headers, rows, counts, print setup, injection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from jcloud_desk.analysis.coverage import unreferenced_mandatory
from jcloud_desk.analysis.customization import customization_flags
from jcloud_desk.analysis.labels import verdict_ja
from jcloud_desk.analysis.ledger import ledger_rows
from jcloud_desk.analysis.open_risks import open_risks
from jcloud_desk.analysis.summary import verdict_counts
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.fitgap import Judgment, Resolution, Verdict
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports import report_xlsx
from jcloud_desk.io.reports.report_model import ReportData
from jcloud_desk.io.reports.report_xlsx import display_width, neutralize, write_report_xlsx
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.report_service import build_report_data
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project

SHEETS = ["Fit&Gap一覧", "カスタマイズ一覧", "未参照の実装必須機能", "集計", "未決定リスク"]
LEDGER_HEADERS = ["業務", "業務フロー", "部署", "工程", "手順", "機能ID", "機能名", "実装区分", "判定", "対応方針",
                  "理由", "担当", "期限", "手順番号", "決定", "カスタマイズ", "シナリオ", "未決定リスク", "種別"]
CUSTOMIZATION_HEADERS = ["業務フロー", "部署", "手順", "理由（フラグ）", "機能ID", "機能名", "実装区分", "対応方針",
                         "正当化理由", "決定", "シナリオ"]
RISK_HEADERS = ["シナリオ", "業務フロー", "部署", "手順", "リスク", "機能ID", "機能名", "対応方針"]
UNREFERENCED_HEADERS = ["機能ID", "機能名", "章・節", "要件"]
SUMMARY_HEADERS = ["業務フロー", "適合", "設定で対応", "標準オプションで対応", "一部適合", "ギャップ", "対象外",
                   "未判定", "合計（判定対象の作業）", "適合率"]

#: Step labels a spreadsheet would otherwise evaluate (or that start with a control character).
DANGEROUS = ['=HYPERLINK("http://x")', "@SUM(A1)", "+1", "-2", "\t=1", "＝1+1", "\r\n=2"]
GENERATED_AT = "2025-05-01T10:00:00"


def load_sample() -> Project:
    repository = ProjectRepository.open(default_sample_path(), read_only=True)
    try:
        return repository.load()
    finally:
        repository.close()


def hand_project() -> Project:
    """``small_project`` with dangerous labels and rationales, rare kanji and emoji, and an unused 必須 item."""
    project = small_project()
    for index, label in enumerate(DANGEROUS):
        step_id = f"s-danger-{index}"
        project.step[step_id] = Step(id=step_id, process_id="proc-1", lane_id="lane-system", label=label,
                                     phase_id="ph-issue", x=100.0 + 200.0 * index)
    project.judgment["s-danger-0"] = Judgment(id="s-danger-0", verdict=Verdict.GAP, rationale="-2 件の差",
                                              resolution=Resolution.CUSTOMIZATION, justification="@理由")
    project.step["s-check"].label = "𠮷野さん🙂の届出を確認"
    project.judgment["s-input"].rationale = "@SUM(A1)"
    project.item["item-unused"] = CatalogItem(id="item-unused", catalog_id="cat-std", code="0020001",
                                              title="異動届の𠮷", impl_class=ImplClass.MANDATORY, sort=4.0,
                                              path="1. 管理項目", text="要件" * 400)
    return project


def write(project: Project, tmp_path: Path) -> Workbook:
    path = tmp_path / "report.xlsx"
    write_report_xlsx(build_report_data(project, GENERATED_AT), path)
    return load_workbook(path)


def header(ws: Worksheet) -> list[object]:
    return [cell.value for cell in ws[1]][: ws.max_column]


def data_rows(ws: Worksheet, width: int) -> list[list[object]]:
    """The table's rows: from row 2 to the first empty one (「集計」 states its premises below a blank row)."""
    rows: list[list[object]] = []
    for row in ws.iter_rows(min_row=2, max_col=width, values_only=True):
        if row[0] is None:
            break
        rows.append(list(row)[:width])
    return rows


def cells(wb: Workbook) -> Iterator[object]:
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


@pytest.fixture(scope="module")
def sample() -> Project:
    return load_sample()


@pytest.mark.parametrize("which", ["sample", "hand"])
def test_structure_and_counts(which: str, sample: Project, tmp_path: Path) -> None:
    project = sample if which == "sample" else hand_project()
    wb = write(project, tmp_path)
    assert wb.sheetnames == ([*SHEETS, "帳票一覧"] if which == "sample" else SHEETS)  # the sample has 帳票
    ledger, custom, unreferenced, summary, risks = (wb[name] for name in SHEETS)
    assert header(risks) == RISK_HEADERS
    assert risks.max_row - 1 == len(open_risks(project, headline=True))
    assert header(ledger) == LEDGER_HEADERS
    assert header(custom) == CUSTOMIZATION_HEADERS
    assert header(unreferenced) == UNREFERENCED_HEADERS
    assert header(summary)[: len(SUMMARY_HEADERS)] == SUMMARY_HEADERS
    assert ledger.max_row - 1 == len(ledger_rows(project))
    assert custom.max_row - 1 == len(customization_flags(project, headline=True))
    assert unreferenced.max_row - 1 == len(unreferenced_mandatory(project))
    processes = project.processes()
    table = data_rows(summary, len(SUMMARY_HEADERS))
    assert [row[0] for row in table] == [p.name for p in processes]
    for process, row in zip(processes, table, strict=True):
        counts = verdict_counts(project, process.id)
        assert row[1:8] == [counts[v.value] for v in Verdict]
        assert row[8] == sum(counts.values())
    assert len(summary._charts) == 1
    chart = summary._charts[0]
    assert chart.grouping == "stacked" and len(chart.series) == len(Verdict)
    assert chart.series[0].cat.strRef is not None  # process names, not numbers
    assert chart.anchor._from.col >= len(SUMMARY_HEADERS)  # beside the table, not over it
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert ws["A1"].font.b and ws["A1"].fill.fill_type == "solid"
        assert ws.oddHeader.left.text == project.meta.name.replace("&", "&&")
        assert "&P" in (ws.oddFooter.right.text or "")
    assert ledger.auto_filter.ref == f"A1:S{ledger.max_row}"
    assert wb.properties.creator == "jcloud_desk"
    assert wb.properties.title and project.meta.name in wb.properties.title
    assert all(getattr(cell, "data_type", "s") != "f" for cell in cells(wb))


def test_sample_content(sample: Project, tmp_path: Path) -> None:
    wb = write(sample, tmp_path)
    ledger = wb["Fit&Gap一覧"]
    rows = ledger_rows(sample)
    first = data_rows(ledger, len(LEDGER_HEADERS))
    for row, line in zip(rows, first, strict=True):
        assert line[1] == row.process_name and line[4] == row.step_label
        assert line[8] == verdict_ja(row.verdict)
        assert (line[5] or "") == row.item_code
    fit_rates = [row[9] for row in data_rows(wb["集計"], len(SUMMARY_HEADERS))]
    assert all(rate is None or 0.0 <= float(rate) <= 1.0 for rate in fit_rates)  # type: ignore[arg-type]
    assert wb["集計"].cell(row=2, column=10).number_format == "0.0%"
    requirement = wb["未参照の実装必須機能"]
    assert requirement.column_dimensions["D"].width <= report_xlsx.MAX_WIDTH
    assert requirement["D2"].alignment.wrap_text
    longest = max(len(str(v)) for (v,) in requirement.iter_rows(min_row=2, min_col=4, max_col=4, values_only=True))
    assert longest <= report_xlsx.REQUIREMENT_MAX_CHARS
    assert wb.properties.description and "総務省" in wb.properties.description


def test_formula_injection_is_neutralised(tmp_path: Path) -> None:
    wb = write(hand_project(), tmp_path)
    ledger = wb["Fit&Gap一覧"]
    steps = {}
    for row in ledger.iter_rows(min_row=2):
        steps[row[4].value] = row[4]
    for label in DANGEROUS:
        cell = steps["'" + label.replace("\r\n", "\n")]
        assert cell.data_type == "s"
    reasons = [row[10] for row in ledger.iter_rows(min_row=2)]
    assert any(c.value == "'@SUM(A1)" and c.data_type == "s" for c in reasons)
    assert any(c.value == "'-2 件の差" and c.data_type == "s" for c in reasons)
    custom = wb["カスタマイズ一覧"]
    justifications = [row[8].value for row in custom.iter_rows(min_row=2)]
    assert "'@理由" in justifications
    for cell in cells(wb):
        value = getattr(cell, "value", None)
        if isinstance(value, str):
            assert value[0] not in "=+-@＝＋－＠" and ord(value[0]) >= 0x20


def test_japanese_rare_kanji_and_emoji_survive(tmp_path: Path) -> None:
    wb = write(hand_project(), tmp_path)
    values = {getattr(cell, "value", None) for cell in cells(wb)}
    assert "𠮷野さん🙂の届出を確認" in values
    assert "異動届の𠮷" in values
    assert "住民記録" in values and "窓口" in values


def test_neutralize_and_widths() -> None:
    assert neutralize("=1") == "'=1"
    assert neutralize("\x01=1") == "'=1"  # illegal XML control characters are dropped after the prefix
    assert neutralize("a\x00b\x1fc") == "abc"
    assert neutralize("行1\n行2\t") == "行1\n行2\t"
    assert neutralize("行1\r\n行2\r行3") == "行1\n行2\n行3"
    assert neutralize("普通の文") == "普通の文"
    assert neutralize("") == ""
    assert len(neutralize("x" * 40000)) == report_xlsx.CELL_MAX_CHARS
    assert display_width("住民") == 4.0
    assert display_width("ab\nｱｲｳｴ") == 4.0  # half-width katakana count 1
    assert display_width("𠮷🙂") == 4.0


def test_column_widths_fit_japanese_text(tmp_path: Path) -> None:
    wb = write(hand_project(), tmp_path)
    ledger = wb["Fit&Gap一覧"]
    widths = {col: ledger.column_dimensions[col].width for col in "ABCDE"}
    assert widths["E"] >= display_width("𠮷野さん🙂の届出を確認")  # 手順
    assert all(report_xlsx.MIN_WIDTH <= w <= report_xlsx.MAX_WIDTH for w in widths.values())


def test_empty_project(tmp_path: Path) -> None:
    wb = write(Project(), tmp_path)
    assert wb.sheetnames == SHEETS
    assert wb["Fit&Gap一覧"].auto_filter.ref == "A1:S1"
    assert wb["集計"]._charts == []


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"old report")
    data = ReportData(project_name="x", generated_at=GENERATED_AT)

    def fail(self: Workbook, target: Any) -> None:
        if hasattr(target, "write"):  # the writer serialises into memory first
            target.write(b"half")
        else:
            Path(target).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", fail)
    with pytest.raises(OSError, match="disk full"):
        write_report_xlsx(data, path)
    assert path.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    monkeypatch.undo()
    write_report_xlsx(data, path)
    assert load_workbook(path).sheetnames == SHEETS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_verdicts_are_colour_coded_in_the_ledger(sample: Project, tmp_path: Path) -> None:
    path = tmp_path / "colours.xlsx"
    write_report_xlsx(build_report_data(sample, "2025-05-01T10:00:00"), path)
    ledger = load_workbook(path)[report_xlsx.SHEET_LEDGER]
    column = report_xlsx.LEDGER_VERDICT_COLUMN
    assert ledger.cell(row=1, column=column).value == "判定"
    fills: dict[str, set[str]] = {}
    for row in range(2, ledger.max_row + 1):
        cell = ledger.cell(row=row, column=column)
        fills.setdefault(str(cell.value), set()).add(str(cell.fill.start_color.rgb))
    assert fills["適合"] == {"FF" + report_xlsx.VERDICT_FILLS[0]}
    assert fills["ギャップ"] == {"FF" + report_xlsx.VERDICT_FILLS[4]}
    assert all(len(colours) == 1 for colours in fills.values())  # one colour per verdict
    assert len({next(iter(c)) for c in fills.values()}) == len(fills)  # and different verdicts differ
