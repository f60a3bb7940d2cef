"""Write the Fit&Gap report (ReportData) as an Excel workbook for committees and vendors (domain.md §7).

Sheets: 「Fit&Gap一覧」, 「カスタマイズ一覧」, 「未参照の実装必須機能」, 「集計」 (with a stacked bar chart), and
「As-Is→To-Be差分」 when the report has diff lines (a To-Be process copied from another). Each has
a bold, filled, frozen header row with an auto filter, widths sized for Japanese text and A4 landscape print
settings. Text that a spreadsheet could evaluate (= + - @, full-width ＝＋－＠, a leading control character)
is written as text with a leading apostrophe; the workbook holds no formulas (totals are computed here).
The file is written to a temporary name beside the target and renamed, so a failure never leaves half a file.
"""

from __future__ import annotations

import copy
import math
import os
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from jcloud_desk.analysis import glossary as g
from jcloud_desk.io.atomic import save_workbook_atomic
from jcloud_desk.io.reports.report_model import ReportData

SHEET_LEDGER = "Fit&Gap一覧"
SHEET_CUSTOMIZATION = "カスタマイズ一覧"
SHEET_UNREFERENCED = "未参照の実装必須機能"
SHEET_SUMMARY = "集計"
SHEET_RISKS = "未決定リスク"
SHEET_NAMES: tuple[str, ...] = (SHEET_LEDGER, SHEET_CUSTOMIZATION, SHEET_UNREFERENCED, SHEET_SUMMARY, SHEET_RISKS)
#: Written after SHEET_NAMES, only when ReportData.diff has lines.
SHEET_DIFF = "As-Is→To-Be差分"
#: Written after SHEET_NAMES, only when ReportData.forms has lines.
SHEET_FORMS = "帳票一覧"
#: Written last, only when ReportData.revisions has lines (a catalogue was revised).
SHEET_REVISION = "改定影響"
REVISION_HEADERS: tuple[str, ...] = (
    "状況", "プロセス", "手順", "旧機能ID", "変更内容", "新機能ID", "判定", "決定事項", "記録者", "日時",
)

LEDGER_HEADERS: tuple[str, ...] = (
    g.BUSINESS, g.PROCESS, g.LANE, g.PHASE, g.STEP, g.ITEM_CODE, g.ITEM_TITLE, g.IMPL_CLASS, g.VERDICT,
    g.RESOLUTION, g.RATIONALE, g.OWNER, g.DUE, g.STEP_NO, g.DECISION, g.CUSTOMIZATION, g.SCENARIO, g.OPEN_RISK,
    "種別",
)
FORMS_HEADERS: tuple[str, ...] = (
    "帳票ID", "帳票名称", "実装区分", "出力形式・媒体", "使用する手順", "現行帳票", "団体", "送付先", "年間件数",
    "差異", "対応方法", "備考",
)
#: Column (1-based) of 判定 in 「Fit&Gap一覧」: its cells are filled with the verdict's colour.
LEDGER_VERDICT_COLUMN = LEDGER_HEADERS.index(g.VERDICT) + 1
CUSTOMIZATION_HEADERS: tuple[str, ...] = (
    g.PROCESS, g.LANE, g.STEP, "理由（フラグ）", g.ITEM_CODE, g.ITEM_TITLE, g.IMPL_CLASS, g.RESOLUTION, "正当化理由",
    g.DECISION, g.SCENARIO,
)
RISK_HEADERS: tuple[str, ...] = (g.SCENARIO, g.PROCESS, g.LANE, g.STEP, "リスク", g.ITEM_CODE, g.ITEM_TITLE,
                                 g.RESOLUTION)
UNREFERENCED_HEADERS: tuple[str, ...] = (g.ITEM_CODE, g.ITEM_TITLE, "章・節", "要件")
DIFF_HEADERS: tuple[str, ...] = (f"{g.PROCESS}(As-Is)", f"{g.PROCESS}(To-Be)", "変更", g.STEP, "変更前", "変更後")
#: 「集計」 counts the judged steps (tasks) only.
SUMMARY_TOTAL = f"{g.TOTAL}（判定対象の{g.TASK}）"
SUMMARY_FIT_RATE = g.FIT_RATE

#: Requirement texts longer than this are cut (with 「…」) in 「未参照の実装必須機能」.
REQUIREMENT_MAX_CHARS = 300
#: Column width cap in Excel character units; longer content wraps.
MAX_WIDTH = 60.0
MIN_WIDTH = 6.0
#: Excel's limit for one cell.
CELL_MAX_CHARS = 32767

CREATOR = "jcloud_desk"
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
_HEADER_FONT = Font(bold=True)
_THIN = Side(style="thin", color="FFB4B4B4")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
#: Series colours of the chart, in Verdict order (適合 … 未判定).
_SERIES_COLORS = ("2E7D32", "66BB6A", "A5D6A7", "FFB300", "E53935", "9E9E9E", "CFD8DC")
#: Light fills of the 判定 cells, in Verdict order (the chart's hues, readable under black text).
VERDICT_FILLS = ("A5D6A7", "C8E6C9", "E8F5E9", "FFE082", "EF9A9A", "E0E0E0", "FFFFFF")

#: Characters a spreadsheet may read as the start of a formula (ASCII and full-width).
_FORMULA_STARTS = frozenset("=+-@＝＋－＠")
#: Characters XML 1.0 (and so xlsx) cannot hold: C0 controls except tab/LF/CR, surrogates, U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Value = str | int | float | None


def neutralize(text: str) -> str:
    """Text safe for a cell: a leading formula or control character gets a ``'`` prefix; illegal XML is dropped.

    Line ends become LF (what Excel uses inside a cell; a CR would not survive the XML anyway).
    """
    if text and (text[0] in _FORMULA_STARTS or ord(text[0]) < 0x20):
        text = "'" + text
    text = _ILLEGAL_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > CELL_MAX_CHARS:
        text = text[: CELL_MAX_CHARS - 1] + "…"
    return text


def display_width(text: str) -> float:
    """Width of the longest line of ``text`` in Excel character units (East Asian wide/full-width count 2)."""
    widest = 0
    for line in text.splitlines() or [""]:
        width = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)
        widest = max(widest, width)
    return float(widest)


def truncate(text: str, limit: int = REQUIREMENT_MAX_CHARS) -> str:
    """``text`` with runs of blank lines squeezed, cut to ``limit`` characters with 「…」."""
    squeezed = re.sub(r"\n\s*\n+", "\n", text.strip())
    return squeezed if len(squeezed) <= limit else squeezed[: limit - 1].rstrip() + "…"


def _header_footer_text(text: str, limit: int = 80) -> str:
    """Text for a page header/footer section: '&' doubled (it starts a code there), length capped."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&&")


def _write_cell(ws: Worksheet, row: int, column: int, value: Value) -> None:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = neutralize(value)
        cell.data_type = "s"
    else:
        cell.value = value


def copy_style(template: Cell, cell: Cell) -> None:
    """Give ``cell`` exactly the style of ``template``. Copying openpyxl's style index array is the documented
    fast path: assigning style objects cell by cell hashes them every time (seconds for 100,000 cells)."""
    cell._style = copy.copy(template._style)


def _write_table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Value]],
                 number_formats: dict[int, str] | None = None) -> None:
    """Header row, data rows, styles, widths, frozen header and auto filter (columns are 1-based in formats)."""
    formats = number_formats or {}
    for column, header in enumerate(headers, start=1):
        _write_cell(ws, 1, column, header)
        cell = ws.cell(row=1, column=column)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [display_width(h) for h in headers]
    multiline = [False] * len(headers)
    for row_no, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            _write_cell(ws, row_no, column, value)
            if isinstance(value, str):
                widths[column - 1] = max(widths[column - 1], display_width(value))
                multiline[column - 1] = multiline[column - 1] or "\n" in value
            elif value is not None:
                widths[column - 1] = max(widths[column - 1], 8.0)
    for column in range(1, len(headers) + 1):
        natural = widths[column - 1] + 2
        wrap = natural > MAX_WIDTH or multiline[column - 1]
        ws.column_dimensions[get_column_letter(column)].width = min(max(natural, MIN_WIDTH), MAX_WIDTH)
        if not rows:
            continue
        template = ws.cell(row=2, column=column)
        template.alignment = Alignment(vertical="top", wrap_text=wrap)
        template.border = _BORDER
        fmt = formats.get(column)
        if fmt:
            template.number_format = fmt
        for row_no in range(3, len(rows) + 2):
            copy_style(template, ws.cell(row=row_no, column=column))
    last = get_column_letter(len(headers))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"


def print_setup(ws: Worksheet, project_name: str, generated_at: str = "") -> None:
    """A4 landscape, one page wide, header row repeated; project name, sheet name, page numbers (and when
    the workbook was made, if given) on every printed page. Shared by every workbook the app writes."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = _header_footer_text(project_name)
    ws.oddHeader.right.text = _header_footer_text(ws.title)
    if generated_at:
        ws.oddFooter.left.text = _header_footer_text(_generated_label(generated_at))
    ws.oddFooter.right.text = "&P / &N ページ"


def _ledger_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [
        (line.business, line.process, line.lane, line.phase, line.step, line.item_code, line.item_title,
         line.impl_class, line.verdict, line.resolution, line.rationale, line.owner, line.due_on, line.step_no,
         line.decision, line.customization, line.scenario, line.risk, line.item_kind)
        for line in data.ledger
    ]
    _write_table(ws, LEDGER_HEADERS, rows)
    fills = {label: PatternFill(fill_type="solid", start_color="FF" + color, end_color="FF" + color)
             for label, color in zip(data.verdicts, VERDICT_FILLS, strict=False)}
    for row_no in range(2, len(rows) + 2):
        cell = ws.cell(row=row_no, column=LEDGER_VERDICT_COLUMN)
        fill = fills.get(str(cell.value or ""))
        if fill is not None:
            cell.fill = fill


def _customization_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [
        (line.process, line.lane, line.step, line.reasons, line.item_codes, line.item_titles, line.impl_classes,
         line.resolution, line.justification, line.decision, line.scenario)
        for line in data.customizations
    ]
    _write_table(ws, CUSTOMIZATION_HEADERS, rows)


def _risk_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [(line.scenario, line.process, line.lane, line.step, line.reason, line.item_codes, line.item_titles,
             line.resolution) for line in data.risks]
    _write_table(ws, RISK_HEADERS, rows)


def _unreferenced_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [(line.code, line.title, line.path, truncate(line.requirement)) for line in data.unreferenced]
    _write_table(ws, UNREFERENCED_HEADERS, rows)


def _diff_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [(line.process_from, line.process_to, line.change, line.step, line.before, line.after)
            for line in data.diff]
    _write_table(ws, DIFF_HEADERS, rows)


def _forms_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [(line.code, line.title, line.impl_class, line.media, line.steps, line.current, line.municipality,
             line.recipient, line.volume, line.difference, line.route, line.notes) for line in data.forms]
    _write_table(ws, FORMS_HEADERS, rows)


def _revision_sheet(ws: Worksheet, data: ReportData) -> None:
    rows = [(line.status, line.process, line.step, line.old_code, line.change, line.new_code, line.verdict,
             line.decision, line.by, line.at) for line in data.revisions]
    _write_table(ws, REVISION_HEADERS, rows)


def summary_headers(data: ReportData) -> tuple[str, ...]:
    """Column headers of 「集計」: 業務フロー, one per verdict, 合計（判定対象の作業）, 適合率."""
    return (g.PROCESS, *data.verdicts, SUMMARY_TOTAL, SUMMARY_FIT_RATE)


def _summary_sheet(ws: Worksheet, data: ReportData) -> None:
    headers = summary_headers(data)
    rows: list[list[Value]] = [
        [line.process, *line.counts, line.total, line.fit_rate] for line in data.summary
    ]
    _write_table(ws, headers, rows, number_formats={len(headers): "0.0%"})
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 14.0)
    _premises(ws, data, len(rows) + 3)
    anchor_column = len(headers) + 2
    next_free_row = 2
    if data.summary:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = f"{g.PROCESS}別の判定内訳（判定対象の{g.TASK}数）"
        chart.y_axis.title = f"{g.TASK}数"
        chart.x_axis.title = g.PROCESS
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        count_columns = len(data.verdicts)
        values = Reference(ws, min_col=2, max_col=1 + count_columns, min_row=1, max_row=len(rows) + 1)
        chart.add_data(values, titles_from_data=True)
        process_names = StrRef(f=f"{quote_sheetname(ws.title)}!$A$2:$A${len(rows) + 1}")
        for index, series in enumerate(chart.series):
            series.cat = AxDataSource(strRef=process_names)  # text categories (a Reference would give numRef)
            color = _SERIES_COLORS[index % len(_SERIES_COLORS)]
            series.graphicalProperties.solidFill = color
            series.graphicalProperties.line.solidFill = color
        chart.width = max(16.0, 4.0 + 3.0 * len(rows))
        chart.height = 9.0
        ws.add_chart(chart, f"{get_column_letter(anchor_column)}2")
        next_free_row = 2 + math.ceil(chart.height / 0.53) + 1
    if data.attributions:
        note = ws.cell(row=next_free_row, column=anchor_column)
        note.value = "出典"
        note.font = _HEADER_FONT
        for offset, text in enumerate(data.attributions, start=1):
            _write_cell(ws, next_free_row + offset, anchor_column, text)


def _premises(ws: Worksheet, data: ReportData, top: int) -> None:
    """What the figures were evaluated for, below the table: 団体, 団体区分 and the vendor whose answers count."""
    premises = [("団体", data.municipality), ("団体区分", data.municipality_type), ("ベンダー", data.vendor)]
    for offset, (key, value) in enumerate((k, v) for k, v in premises if v):
        key_cell = ws.cell(row=top + offset, column=1)
        _write_cell(ws, top + offset, 1, key)
        key_cell.font = _HEADER_FONT
        _write_cell(ws, top + offset, 2, value)


def _timestamp(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _generated_label(text: str) -> str:
    """「作成日時 2025-05-01 10:00」 for an ISO time stamp, the text itself otherwise."""
    stamp = _timestamp(text)
    return f"作成日時 {stamp:%Y-%m-%d %H:%M}" if stamp is not None else f"作成日時 {text}"


def _properties(wb: Workbook, data: ReportData) -> None:
    wb.properties.title = data.title
    wb.properties.creator = CREATOR
    wb.properties.lastModifiedBy = CREATOR
    wb.properties.subject = "Fit&Gap"
    if data.attributions:
        wb.properties.description = "\n".join(data.attributions)
    stamp = _timestamp(data.generated_at)
    if stamp is not None:
        # core properties are UTC; a naive time stamp is local time
        wb.properties.created = stamp.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def build_workbook(data: ReportData) -> Workbook:
    """The report workbook in memory."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = SHEET_LEDGER
    sheets = {SHEET_LEDGER: first}
    for name in SHEET_NAMES[1:]:
        sheets[name] = wb.create_sheet(name)
    _ledger_sheet(sheets[SHEET_LEDGER], data)
    _customization_sheet(sheets[SHEET_CUSTOMIZATION], data)
    _unreferenced_sheet(sheets[SHEET_UNREFERENCED], data)
    _summary_sheet(sheets[SHEET_SUMMARY], data)
    _risk_sheet(sheets[SHEET_RISKS], data)
    if data.diff:
        sheets[SHEET_DIFF] = wb.create_sheet(SHEET_DIFF)
        _diff_sheet(sheets[SHEET_DIFF], data)
    if data.forms:
        sheets[SHEET_FORMS] = wb.create_sheet(SHEET_FORMS)
        _forms_sheet(sheets[SHEET_FORMS], data)
    if data.revisions:
        sheets[SHEET_REVISION] = wb.create_sheet(SHEET_REVISION)
        _revision_sheet(sheets[SHEET_REVISION], data)
    for ws in sheets.values():
        print_setup(ws, data.project_name, data.generated_at)
    _properties(wb, data)
    return wb


def write_report_xlsx(data: ReportData, path: str | os.PathLike[str]) -> None:
    """Write the report to ``path`` atomically (a temporary file beside it, then a rename)."""
    save_workbook_atomic(build_workbook(data), path)
