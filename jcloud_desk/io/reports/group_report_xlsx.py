"""Write the group report (GroupReport) as an Excel workbook for a 自治体クラウド group's committee.

Sheets: 「調和マトリクス（機能別）」 and 「調和マトリクス（手順別）」 (one column per municipality:
○ 適合, △ 業務見直し, × カスタマイズ, － 対象外, ？ 未判定, blank 未紐付け, each on its colour),
「カスタマイズ要望（按分）」 (one row per requesting municipality of each request, with its share of the
estimate) and 「集計」 (what the group avoids by adopting the standard way, totals per municipality, the
avoidable customizations and the legend).

Same conventions as ``io.report_xlsx``: bold filled frozen header, auto filter, widths for Japanese text, A4
landscape one page wide, text neutralised against formula injection, no formulas, atomic write.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jcloud_desk.analysis import glossary
from jcloud_desk.io.atomic import save_workbook_atomic
from jcloud_desk.io.reports.group_report_model import STATE_KEYS, STATE_LABELS, STATE_SYMBOLS, GroupReport, MatrixLine
from jcloud_desk.io.reports.report_xlsx import (
    _BORDER,
    _HEADER_FILL,
    _HEADER_FONT,
    CREATOR,
    MAX_WIDTH,
    MIN_WIDTH,
    Value,
    _write_cell,
    _write_table,
    copy_style,
    display_width,
    print_setup,
)

SHEET_ITEMS = "調和マトリクス（機能別）"
SHEET_STEPS = "調和マトリクス（手順別）"
SHEET_REQUESTS = f"カスタマイズ要望（{glossary.COST_SHARE}）"
SHEET_SUMMARY = "集計"
SHEET_NAMES: tuple[str, ...] = (SHEET_ITEMS, SHEET_STEPS, SHEET_REQUESTS, SHEET_SUMMARY)
#: Written after SHEET_NAMES when some municipality decided on a 標準オプション.
SHEET_OPTIONS = "標準オプション採否"

ITEM_LEADING: tuple[str, ...] = ("機能ID", "機能名", "実装区分")
STEP_LEADING: tuple[str, ...] = ("業務フロー", "手順番号", "手順")
DIFFERS_HEADER = "差異"
DIFFERS_MARK = "あり"
STEP_NOTE_HEADER = "団体ごとの手順名"
REQUEST_HEADERS: tuple[str, ...] = (
    "機能ID", "機能名", "実装区分", "要望団体", "団体数", "工数(人日)", "費用(円)", "1団体あたり工数",
    "1団体あたり費用", "備考",
)
FIGURE_HEADERS: tuple[str, ...] = ("項目", "値")
MUNICIPALITY_HEADERS: tuple[str, ...] = (
    "団体", "団体コード", "団体区分", *(f"{STATE_LABELS[k]}（{STATE_SYMBOLS[k] or '空欄'}）" for k in STATE_KEYS),
    "カスタマイズ要望", "負担工数(人日)", "負担費用(円)",
)
AVOIDABLE_HEADERS: tuple[str, ...] = (
    "機能ID", "機能名", "要望団体", "標準どおりに運用している団体", "工数(人日)", "費用(円)",
)
LEGEND_HEADERS: tuple[str, ...] = ("記号", "意味")

EFFORT_FORMAT = "#,##0.00"
YEN_FORMAT = "#,##0"
#: Fill colours of the states (not_linked stays blank).
STATE_FILLS: dict[str, str] = {
    "fit": "FFC8E6C9", "change_work": "FFFFE0B2", "customization": "FFFFCDD2", "out_of_scope": "FFE0E0E0",
    "unassessed": "FFFFF9C4", "open_risk": "FFE1BEE7",
}
_CENTER = Alignment(horizontal="center", vertical="center")


def _fill(state: str) -> PatternFill | None:
    color = STATE_FILLS.get(state)
    return PatternFill(fill_type="solid", start_color=color, end_color=color) if color else None


def _paint_state(ws: Worksheet, row: int, column: int, state: str, templates: dict[str, Cell]) -> None:
    """A state cell: its symbol (a constant, written as text), centred, on its colour. The style of the first
    cell of each state is copied to the others (``templates``), which is much faster than styling each."""
    cell = ws.cell(row=row, column=column)
    symbol = STATE_SYMBOLS.get(state, "")
    cell.value = symbol or None
    if symbol:
        cell.data_type = "s"
    template = templates.get(state)
    if template is not None:
        copy_style(template, cell)
        return
    cell.alignment = _CENTER
    fill = _fill(state)
    if fill is not None:
        cell.fill = fill
    templates[state] = cell


def _matrix_sheet(ws: Worksheet, data: GroupReport, leading: Sequence[str], lines: Sequence[MatrixLine],
                  note_header: str = "") -> None:
    headers = [*leading, *data.municipalities, DIFFERS_HEADER, *([note_header] if note_header else [])]
    rows: list[list[Value]] = []
    for line in lines:
        row: list[Value] = [*line.texts, *([None] * len(data.municipalities)), DIFFERS_MARK if line.differs else ""]
        if note_header:
            row.append(line.note)
        rows.append(row)
    _write_table(ws, headers, rows)
    first = len(leading) + 1
    templates: dict[str, Cell] = {}
    for row_no, line in enumerate(lines, start=2):
        for offset, state in enumerate(line.states):
            _paint_state(ws, row_no, first + offset, state, templates)
        ws.cell(row=row_no, column=first + len(data.municipalities)).alignment = _CENTER
    for offset in range(len(data.municipalities)):
        letter = get_column_letter(first + offset)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, 8.0)


def _requests_sheet(ws: Worksheet, data: GroupReport) -> None:
    rows = [
        (line.code, line.title, line.impl_class, line.municipality, line.count, line.effort_days, line.cost,
         line.share_effort_days, line.share_cost, line.note)
        for line in data.share_lines
    ]
    _write_table(ws, REQUEST_HEADERS, rows,
                 number_formats={6: EFFORT_FORMAT, 7: YEN_FORMAT, 8: EFFORT_FORMAT, 9: YEN_FORMAT})


class _Blocks:
    """Several small tables one below the other on one sheet; column widths fit all of them."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1
        self.widths: dict[int, float] = {}

    def table(self, title: str, headers: Sequence[str], rows: Sequence[Sequence[Value]],
              formats: dict[int, str] | None = None) -> tuple[int, int]:
        """Write a titled table (no title on the first row); return its header row and last row."""
        if title:
            self.row += 1
            _write_cell(self.ws, self.row, 1, title)
            self.ws.cell(row=self.row, column=1).font = Font(bold=True, size=12)
            self.row += 1
        top = self.row
        for column, header in enumerate(headers, start=1):
            _write_cell(self.ws, top, column, header)
            cell = self.ws.cell(row=top, column=column)
            cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self._widen(column, display_width(header))
        for values in rows:
            self.row += 1
            for column, value in enumerate(values, start=1):
                _write_cell(self.ws, self.row, column, value)
                cell = self.ws.cell(row=self.row, column=column)
                cell.border = _BORDER
                cell.alignment = Alignment(vertical="top", wrap_text=True)
                if formats and column in formats:
                    cell.number_format = formats[column]
                self._widen(column, display_width(value) if isinstance(value, str) else 10.0)
        bottom = self.row
        self.row += 1
        return top, bottom

    def _widen(self, column: int, width: float) -> None:
        self.widths[column] = max(self.widths.get(column, 0.0), width)

    def apply_widths(self) -> None:
        for column, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(column)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)


def _summary_sheet(ws: Worksheet, data: GroupReport) -> None:
    blocks = _Blocks(ws)
    top, bottom = blocks.table("", FIGURE_HEADERS, [(label, value) for label, value in data.figures])
    for row in range(top + 1, bottom + 1):
        value = ws.cell(row=row, column=2).value
        ws.cell(row=row, column=2).number_format = EFFORT_FORMAT if isinstance(value, float) else YEN_FORMAT
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A{top}:B{bottom}"
    blocks.table("団体別", MUNICIPALITY_HEADERS, [
        (line.name, line.lg_code, line.category, *line.counts, line.requests, line.effort_days, line.cost)
        for line in data.municipality_lines
    ], {4 + len(STATE_KEYS): EFFORT_FORMAT, 5 + len(STATE_KEYS): YEN_FORMAT})
    blocks.table("標準どおりの運用に合わせれば不要になるカスタマイズ", AVOIDABLE_HEADERS, [
        (line.code, line.title, line.requesters, line.fitting, line.effort_days, line.cost)
        for line in data.avoidable_lines
    ], {5: EFFORT_FORMAT, 6: YEN_FORMAT})
    legend_top, _ = blocks.table("凡例（調和マトリクス）", LEGEND_HEADERS,
                                 [("（空欄）" if not STATE_SYMBOLS[k] else None, STATE_LABELS[k]) for k in STATE_KEYS])
    for offset, key in enumerate(STATE_KEYS, start=1):
        if STATE_SYMBOLS[key]:
            _paint_state(ws, legend_top + offset, 1, key, {})
    if data.attributions:
        blocks.table("出典", ("資料と利用条件",), [(text,) for text in data.attributions])
    blocks.apply_widths()
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 30.0)


def build_workbook(data: GroupReport) -> Workbook:
    """The group report workbook in memory."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = SHEET_ITEMS
    sheets = {SHEET_ITEMS: first}
    for name in SHEET_NAMES[1:]:
        sheets[name] = wb.create_sheet(name)
    _matrix_sheet(sheets[SHEET_ITEMS], data, ITEM_LEADING, data.item_lines)
    _matrix_sheet(sheets[SHEET_STEPS], data, STEP_LEADING, data.step_lines, STEP_NOTE_HEADER)
    _requests_sheet(sheets[SHEET_REQUESTS], data)
    _summary_sheet(sheets[SHEET_SUMMARY], data)
    if any(any(states) for _code, _title, states in data.option_lines):
        sheets[SHEET_OPTIONS] = wb.create_sheet(SHEET_OPTIONS)
        rows = [(code, title, *states) for code, title, states in data.option_lines]
        _write_table(sheets[SHEET_OPTIONS], ["機能ID", "標準オプション", *data.municipalities], rows)
    for ws in sheets.values():
        print_setup(ws, data.project_name, data.generated_at)
    wb.properties.title = f"{data.project_name} グループ調和レポート".strip()
    wb.properties.creator = CREATOR
    wb.properties.lastModifiedBy = CREATOR
    wb.properties.subject = "自治体クラウド 調和マトリクス"
    return wb


def write_group_report_xlsx(data: GroupReport, path: str | os.PathLike[str]) -> None:
    """Write the group report to ``path`` atomically (a temporary file beside it, then a rename)."""
    save_workbook_atomic(build_workbook(data), path)
