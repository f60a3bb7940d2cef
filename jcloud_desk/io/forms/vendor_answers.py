"""Read a vendor's conformance answer (CSV/xlsx) keyed by 機能ID / 帳票ID.

Columns by name: 機能ID or 帳票ID (a row with a 帳票ID is a 帳票; a 種別 column saying 帳票 does the same), 回答
(○ / △ / × / オプション, also 対応可否, 対応状況, 適合), 提供予定日 (ISO date, 2026/4/1, 2026年4月 → first of the
month), コメント, 費用. Bad cells are reported with their row numbers and nothing is read; ids the catalogue does
not have are the caller's to report (``services.vendor_service``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.vendor import VendorAnswer, VendorAnswerKind, parse_answer, vendor_answer_id
from jcloud_desk.io.catalog.problems import RowProblem
from jcloud_desk.io.forms.tables import TableImportError, iter_nonblank, raise_problems, read_records

SYNONYMS: dict[str, tuple[str, ...]] = {
    "function": ("機能id", "要件id", "item_id", "code", "id"),
    "form": ("帳票id",),
    "kind": ("種別", "区分", "kind"),
    "answer": ("回答", "ベンダー回答", "ベンダ回答", "対応可否", "対応状況", "適合", "適合状況", "answer"),
    "date": ("提供予定日", "提供予定", "提供時期", "対応予定日", "対応予定時期", "available_on"),
    "comment": ("コメント", "回答コメント", "ベンダーコメント", "備考", "comment"),
    "cost": ("費用", "価格", "オプション費用", "概算費用", "cost"),
}
LABELS: dict[str, str] = {"function": "機能ID", "form": "帳票ID", "answer": "回答", "date": "提供予定日"}
_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?")


class VendorAnswerImportError(TableImportError):
    """A vendor answer file that cannot be imported."""

    kind = "vendor_answers"


def parse_date(text: str) -> str | None:
    """An ISO date from 2026-04-01, 2026/4/1, 2026年4月1日 or 2026年4月 (first of the month); '' for blank."""
    value = unicodedata.normalize("NFKC", text).strip()
    if not value or value in ("-", "済", "提供済", "対応済"):
        return ""
    match = _DATE.fullmatch(value.split(" ")[0])
    if match is None:
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True, slots=True)
class AnswerRow:
    """One answer read from the file, with its row number."""

    answer: VendorAnswer
    row: int


def read_vendor_answers(path: Path | str, catalog: str, vendor: str, sheet: str | None = None) -> list[AnswerRow]:
    """Every answer of the file for the catalogue named ``catalog``; raises listing every bad row."""
    records, headers = read_records(path, SYNONYMS, ("answer",), LABELS | {"answer": "回答"}, sheet,
                                    VendorAnswerImportError)
    problems: list[RowProblem] = []
    rows: list[AnswerRow] = []
    seen: dict[tuple[ItemKind, str], int] = {}
    for record in iter_nonblank(records):
        form_code, function_code = record.get("form"), record.get("function")
        is_form = bool(form_code) or "帳票" in record.get("kind")
        code = (form_code or function_code) if is_form else function_code
        code = unicodedata.normalize("NFKC", code).strip()
        kind = ItemKind.FORM if is_form else ItemKind.FUNCTION
        if not code:
            problems.append(RowProblem(record.row, "機能ID", worded("vendor_answers.no_code")))
            continue
        if (kind, code) in seen:
            problems.append(RowProblem(record.row, LABELS[kind.value],
                                       worded("catalog.duplicate", field=Message(f"table.field.{kind.value}"),
                                              code=code, row=seen[(kind, code)])))
            continue
        seen[(kind, code)] = record.row
        answer = parse_answer(record.get("answer"))
        date = parse_date(record.get("date"))
        if answer is None:
            problems.append(RowProblem(record.row, "回答", worded("vendor_sheet.answer_unreadable",
                                                                 text=record.get("answer"))))
        if date is None:
            reason = worded("vendor_sheet.date_unreadable", text=record.get("date"))
            problems.append(RowProblem(record.row, "提供予定日", reason))
        if answer is None or date is None:
            continue
        rows.append(AnswerRow(VendorAnswer(
            id=vendor_answer_id(vendor, catalog, kind, code), catalog=catalog, code=code, vendor=vendor, kind=kind,
            answer=answer or VendorAnswerKind.UNANSWERED, available_on=date, comment=record.get("comment"),
            cost=record.get("cost"), source_locator=record.locator), record.row))
    if not any(h for h in headers if h) or (not rows and not problems):
        problems.append(RowProblem(None, "", worded("vendor_answers.none")))
    raise_problems(path, problems, VendorAnswerImportError)
    return rows
