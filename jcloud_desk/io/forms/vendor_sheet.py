"""The Fit&Gap sheet exchanged with the vendor: written with empty answer columns, read back when filled in.

One row per step × item (業務フロー, 手順, 種別, 機能ID, 機能名称, 実装区分, our verdict and question), then
the vendor's columns (回答 with a ○ / △ / × / オプション list, 提供予定日 as a date, コメント, 費用).
Column A holds a hidden row key (the link id), so the filled-in sheet is matched row by row however the vendor
sorts, filters or deletes rows; a hidden sheet keeps the vendor name and when the sheet was made. The header row
is frozen and filtered, widths fit the content, and it prints like every workbook of the app (``print_setup``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jcloud_desk.domain.vendor import ANSWER_MARKS, VendorAnswerKind, parse_answer
from jcloud_desk.io.atomic import save_workbook_atomic
from jcloud_desk.io.catalog.problems import CatalogImportError, RowProblem
from jcloud_desk.io.catalog.table import open_table
from jcloud_desk.io.forms.tables import TableImportError, read_records
from jcloud_desk.io.forms.vendor_answers import parse_date
from jcloud_desk.io.reports.report_xlsx import display_width, neutralize, print_setup

SHEET = "Fit&Gap回答"
INFO_SHEET = "_jcloud_desk"
KEY_HEADER = "行キー"
#: (header, width cap) of the columns, in order; the vendor fills the last four.
COLUMNS: tuple[tuple[str, float], ...] = (
    (KEY_HEADER, 10), ("業務フロー", 24), ("手順番号", 8), ("手順", 30), ("種別", 6), ("機能ID", 12), ("機能名称", 30),
    ("実装区分", 14), ("当方の判定", 12), ("質問・確認事項", 40),
    ("ベンダー回答", 12), ("提供予定日", 12), ("ベンダーコメント", 40), ("費用", 14),
)
ANSWER_COLUMN = 11
DATE_COLUMN = 12
_OURS_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
_THEIRS_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
SYNONYMS: dict[str, tuple[str, ...]] = {
    "key": ("行キー",), "process": ("業務フロー",), "step": ("手順",), "kind": ("種別",), "code": ("機能id",),
    "title": ("機能名称",), "answer": ("ベンダー回答",), "date": ("提供予定日",), "comment": ("ベンダーコメント",),
    "cost": ("費用",),
}
LABELS = {"key": KEY_HEADER, "answer": "ベンダー回答", "code": "機能ID"}


class VendorSheetError(TableImportError):
    """A returned vendor sheet that cannot be read at all."""

    kind = "vendor_sheet"


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One step × item row as exported (plain strings)."""

    key: str
    process: str
    step_no: str
    step: str
    kind: str
    code: str
    title: str
    impl_class: str
    verdict: str
    question: str


def write_vendor_sheet(rows: Sequence[SheetRow], path: str | os.PathLike[str], vendor: str, project_name: str,
                       generated_at: str = "") -> Path:
    """Write the sheet (atomically); returns the path."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    ws.append([header for header, _cap in COLUMNS])
    for row in rows:
        ws.append([neutralize(v) for v in (row.key, row.process, row.step_no, row.step, row.kind, row.code,
                                          row.title, row.impl_class, row.verdict, row.question)])
    last = max(ws.max_row, 2)
    for column, (header, cap) in enumerate(COLUMNS, start=1):
        cell = ws.cell(1, column)
        cell.font = Font(bold=True)
        cell.fill = _THEIRS_FILL if column >= ANSWER_COLUMN else _OURS_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        values = [str(ws.cell(r, column).value or "") for r in range(2, ws.max_row + 1)]
        widest = max([display_width(header), *(display_width(v) for v in values)])
        # the vendor's columns are empty: give them room to write in (their cap), ours fit the content
        width = cap + 2 if column >= ANSWER_COLUMN else min(max(widest + 2, 8.0), cap + 12)
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{ws.max_row}"
    marks = ",".join(ANSWER_MARKS[k] for k in (VendorAnswerKind.PROVIDED, VendorAnswerKind.PARTIAL,
                                                VendorAnswerKind.NOT_PROVIDED, VendorAnswerKind.OPTION))
    answers = DataValidation(type="list", formula1=f'"{marks}"', allow_blank=True, showErrorMessage=True,
                             errorTitle="ベンダー回答", error="○ / △ / × / オプション から選んでください")
    dates = DataValidation(type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True,
                           showErrorMessage=True, errorTitle="提供予定日", error="日付（例: 2026/4/1）を入れてください")
    answer_letter, date_letter = get_column_letter(ANSWER_COLUMN), get_column_letter(DATE_COLUMN)
    answers.add(f"{answer_letter}2:{answer_letter}{last}")
    dates.add(f"{date_letter}2:{date_letter}{last}")
    ws.add_data_validation(answers)
    ws.add_data_validation(dates)
    for r in range(2, ws.max_row + 1):
        ws.cell(r, DATE_COLUMN).number_format = "yyyy/mm/dd"
        for column in (4, 7, 10, 13):
            ws.cell(r, column).alignment = Alignment(wrap_text=True, vertical="top")
    print_setup(ws, project_name, generated_at)
    info = wb.create_sheet(INFO_SHEET)
    info.append(["vendor", vendor])
    info.append(["project", project_name])
    info.append(["generated_at", generated_at])
    info.sheet_state = "hidden"
    return save_workbook_atomic(wb, path)


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    """One row of a filled-in sheet: its key, the item it names, the vendor's cells and any cell problems."""

    row: int
    key: str
    process: str
    step: str
    kind: str
    code: str
    answer: VendorAnswerKind | None  # None: the cell holds something that is not an answer
    available_on: str | None  # None: not a date
    comment: str
    cost: str
    answer_text: str = ""
    date_text: str = ""


def read_vendor_sheet(path: Path | str) -> tuple[str, list[ReturnedRow]]:
    """The vendor name and every data row of a returned sheet (bad cells come back as None values)."""
    vendor = _vendor_of(Path(path))
    records, _headers = read_records(path, SYNONYMS, ("key", "code", "answer"), LABELS, SHEET, VendorSheetError)
    rows = []
    for record in records:
        if not any(record.values.values()):
            continue
        rows.append(ReturnedRow(
            row=record.row, key=record.get("key"), process=record.get("process"), step=record.get("step"),
            kind=record.get("kind"), code=record.get("code"), answer=parse_answer(record.get("answer")),
            available_on=parse_date(record.get("date")), comment=record.get("comment"), cost=record.get("cost"),
            answer_text=record.get("answer"), date_text=record.get("date")))
    return vendor, rows


def _vendor_of(path: Path) -> str:
    """The vendor name kept in the hidden sheet ('' when another tool dropped the sheet or the name)."""
    try:
        with open_table(path, INFO_SHEET, 1) as table:
            headers = table.headers
    except CatalogImportError:
        return ""
    return headers[1] if len(headers) > 1 and headers[0] == "vendor" and headers[1] != "列B" else ""


def problem(row: int, reason: str) -> RowProblem:
    """A row problem of the returned sheet."""
    return RowProblem(row, "", reason)
