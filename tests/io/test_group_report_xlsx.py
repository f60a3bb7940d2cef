"""The xlsx group report, read back with openpyxl: sheets, headers, symbols, colours, shares, no formulas."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from jcloud_desk.analysis.harmonization import CellState
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.group_report_model import STATE_KEYS, STATE_SYMBOLS
from jcloud_desk.io.reports.group_report_xlsx import SHEET_NAMES, STATE_FILLS
from jcloud_desk.services.group_service import NotAGroupError, build_group_report, write_group_report
from tests.group_factory import MUNICIPALITIES, group_project

GENERATED_AT = "2025-05-01T10:00:00"
REQUEST_HEADERS = ["機能ID", "機能名", "実装区分", "要望団体", "団体数", "工数(人日)", "費用(円)", "1団体あたり工数",
                   "1団体あたり費用", "備考"]


@pytest.fixture()
def workbook(tmp_path: Path) -> Workbook:
    path = tmp_path / "group.xlsx"
    assert write_group_report(group_project(), path, GENERATED_AT) == path
    return load_workbook(path)


def header(ws: Worksheet) -> list[object]:
    return [cell.value for cell in ws[1]][: ws.max_column]


def rows(ws: Worksheet) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(min_row=2, values_only=True) if row[0] is not None]


def test_state_keys_match_the_analysis() -> None:
    assert tuple(state.value for state in CellState) == STATE_KEYS


def test_sheets_and_headers(workbook: Workbook) -> None:
    assert workbook.sheetnames == list(SHEET_NAMES)
    assert SHEET_NAMES == ("調和マトリクス（機能別）", "調和マトリクス（手順別）", "カスタマイズ要望（按分）", "集計")
    items, steps, requests, summary = (workbook[name] for name in SHEET_NAMES)
    assert header(items) == ["機能ID", "機能名", "実装区分", *MUNICIPALITIES, "差異"]
    assert header(steps) == ["業務フロー", "手順番号", "手順", *MUNICIPALITIES, "差異", "団体ごとの手順名"]
    assert header(requests) == REQUEST_HEADERS
    assert header(summary)[:3] == ["項目", "値", None]
    for ws in (items, steps, requests, summary):
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.cell(row=1, column=1).font.bold


def test_item_matrix_symbols_and_colours(workbook: Workbook) -> None:
    ws = workbook["調和マトリクス（機能別）"]
    assert rows(ws) == [
        ["X-M", "審査・決裁", "実装必須", "○", "△", "×", "あり"],
        ["Y-N", "処理日の遡及", "実装不可", "×", "×", "×", None],
    ]
    assert ws.cell(row=2, column=4).fill.fgColor.rgb == STATE_FILLS["fit"]
    assert ws.cell(row=2, column=5).fill.fgColor.rgb == STATE_FILLS["change_work"]
    assert ws.cell(row=2, column=6).fill.fgColor.rgb == STATE_FILLS["customization"]


def test_step_matrix_symbols_and_labels(workbook: Workbook) -> None:
    ws = workbook["調和マトリクス（手順別）"]
    assert rows(ws) == [
        ["転入届", "1", "届出を受付", "－", "－", "－", None, None],
        ["転入届", "2", "受付簿に記入", None, "？", None, "あり", None],
        ["転入届", "2", "審査・決裁", "○", "△", "×", "あり", "B町「審査・決裁（二段階）」"],
        ["転入届", "3", "処理日を遡及して入力", "×", "×", "×", None, "C村「処理日を遡及 して入力」"],
    ]
    assert ws.cell(row=2, column=4).fill.fgColor.rgb == STATE_FILLS["out_of_scope"]
    assert ws.cell(row=3, column=4).fill.fill_type is None  # 未紐付け: blank, no colour


def test_shares_sum_to_the_total(workbook: Workbook) -> None:
    lines = rows(workbook["カスタマイズ要望（按分）"])
    assert [line[:5] for line in lines] == [
        ["X-M", "審査・決裁", "実装必須", "C村", 1],
        ["Y-N", "処理日の遡及", "実装不可", "A市", 3],
        ["Y-N", "処理日の遡及", "実装不可", "B町", 3],
        ["Y-N", "処理日の遡及", "実装不可", "C村", 3],
    ]
    shared = [line for line in lines if line[0] == "Y-N"]
    assert [line[8] for line in shared] == [33_334, 33_333, 33_333]
    assert sum(line[8] for line in shared) == shared[0][6] == 100_000  # type: ignore[misc]
    assert [line[7] for line in shared] == [3.34, 3.33, 3.33]
    assert lines[0][6:9] == [50_000, 5, 50_000]
    assert lines[0][9] == "二段階決裁"
    ws = workbook["カスタマイズ要望（按分）"]
    assert ws.cell(row=2, column=7).number_format == "#,##0"


def test_summary_figures_and_tables(workbook: Workbook) -> None:
    ws = workbook["集計"]
    values = {row[0]: row[1] for row in ws.iter_rows(min_row=2, max_col=2, values_only=True) if row[0]}
    assert values["団体数"] == 3
    assert values["カスタマイズ要望（延べ件数：団体×機能）"] == 4
    assert values["カスタマイズ要望（機能数）"] == 2
    assert values["標準どおりの運用に合わせれば不要になる（延べ件数）"] == 1
    assert values["標準どおりの運用に合わせれば不要になる（機能数）"] == 1
    assert values["それでも残るカスタマイズ（延べ件数）"] == 3
    assert values["見積費用の合計(円)"] == 150_000 and values["不要になる費用(円)"] == 50_000
    texts = [row for row in ws.iter_rows(values_only=True)]
    by_name = {row[0]: row for row in texts if row[0] in MUNICIPALITIES}
    assert by_name["A市"][1:3] == ("990001", "一般市")
    assert by_name["A市"][3:10] == (1, 0, 1, 0, 0, 0, 0)  # ○ △ × ！ － ？ 空欄 over the 2 items
    assert by_name["C村"][10:13] == (2, 8.33, 83_333)
    avoidable = [row for row in texts if row[0] == "X-M"]
    assert avoidable and avoidable[0][2:4] == ("C村", "A市")
    meanings = ("適合", "業務見直し", "カスタマイズ", "未決定リスク", "対象外", "未判定", "未紐付け")
    legend = [row[:2] for row in texts if row[1] in meanings]
    assert legend == [("○", "適合"), ("△", "業務見直し"), ("×", "カスタマイズ"), ("！", "未決定リスク"),
                      ("－", "対象外"), ("？", "未判定"), ("（空欄）", "未紐付け")]


def test_no_formulas_and_text_is_neutralised(tmp_path: Path) -> None:
    project = group_project()
    project.item["item-x"].title = "=HYPERLINK(\"http://x\")"
    project.municipality["m-a"].name = "@A市"
    for process in project.process.values():
        if process.municipality == "A市":
            process.municipality = "@A市"
    path = tmp_path / "danger.xlsx"
    write_group_report(project, path, GENERATED_AT)
    workbook = load_workbook(path)
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert cell.value[0] not in "=+-@＝＋＠", (ws.title, cell.coordinate, cell.value)
    assert workbook["調和マトリクス（機能別）"].cell(row=1, column=4).value == "'@A市"
    assert workbook["調和マトリクス（機能別）"].cell(row=2, column=2).value == "'=HYPERLINK(\"http://x\")"


def test_symbols_are_the_legend_symbols() -> None:
    report = build_group_report(group_project(), GENERATED_AT)
    assert report.municipalities == MUNICIPALITIES
    assert {STATE_SYMBOLS[s] for line in report.item_lines for s in line.states} == {"○", "△", "×"}


def test_fewer_than_two_municipalities_is_refused(tmp_path: Path) -> None:
    project: Project = group_project()
    for process in project.process.values():
        process.municipality = "A市"
    project.municipality.clear()
    with pytest.raises(NotAGroupError, match="2団体以上"):
        write_group_report(project, tmp_path / "x.xlsx")
    with pytest.raises(ValueError, match=r"\.xlsx"):
        write_group_report(group_project(), tmp_path / "x.csv")
    assert not list(tmp_path.iterdir())
