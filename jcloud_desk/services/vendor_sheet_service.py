"""Round trip with the vendor: export the Fit&Gap sheet, read it back as a diff, apply it as ONE edit.

Rows are matched by their hidden key (the link id). A row is applied only when its key names a link of the project
and its 機能ID is still that link's item; anything else (a row the vendor added, a key whose link was deleted, an
edited 機能ID, an unreadable answer or date, two rows giving one item different answers) is listed with its row
number and never applied. Rows the vendor deleted simply answer nothing. Answers are stored per item (catalogue
name, kind, code) in the vendor layer; comments of several rows for one item are joined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcloud_desk.analysis.form_coverage import ITEM_KIND_JA
from jcloud_desk.analysis.labels import impl_class_ja, verdict_ja
from jcloud_desk.analysis.ledger import ledger_rows
from jcloud_desk.analysis.messages import Worded, in_language, worded
from jcloud_desk.analysis.vendor_layer import VendorIndex
from jcloud_desk.domain.edits import Batch, Edit
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import ANSWER_MARKS, VendorAnswer, VendorAnswerKind, vendor_answer_id
from jcloud_desk.services.vendor_service import upsert_answer

if TYPE_CHECKING:  # the sheet module pulls in openpyxl (~0.1 s): imported where a sheet is written or read
    from jcloud_desk.io.forms.vendor_sheet import ReturnedRow, SheetRow

DEFAULT_VENDOR = "ベンダー"


def sheet_rows(project: Project) -> list[SheetRow]:
    """One row per step × item link, in ledger order (steps without links are not asked about)."""
    from jcloud_desk.io.forms.vendor_sheet import SheetRow

    rows = []
    for row in ledger_rows(project):
        if not row.link_id:
            continue
        link = project.link[row.link_id]
        judgment = project.judgment.get(row.step_id)
        question = link.note or (judgment.rationale if judgment is not None else "")
        rows.append(SheetRow(key=row.link_id, process=row.process_name, step_no=row.step_no, step=row.step_label,
                             kind=ITEM_KIND_JA[row.item_kind] if row.item_kind else "", code=row.item_code,
                             title=row.item_title, impl_class=impl_class_ja(row.impl_class) if row.impl_class else "",
                             verdict=verdict_ja(row.verdict), question=question))
    return rows


def export_vendor_sheet(project: Project, path: Path | str, vendor: str | None = None) -> tuple[Path, int]:
    """Write the sheet for ``vendor`` (default: the vendor already answering, else 「ベンダー」); (path, rows)."""
    from jcloud_desk.io.forms.vendor_sheet import write_vendor_sheet

    name = vendor or VendorIndex(project).vendor or DEFAULT_VENDOR
    rows = sheet_rows(project)
    written = write_vendor_sheet(rows, path, name, project.meta.name, datetime.now().isoformat(timespec="seconds"))
    return written, len(rows)


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One item whose stored answer the sheet changes."""

    item_key: str
    title: str
    before: VendorAnswer | None
    after: VendorAnswer
    rows: tuple[int, ...]


@dataclass(slots=True)
class VendorSheetPlan:
    """What importing a returned sheet would do; ``edit`` is None when nothing changes."""

    vendor: str
    changes: list[AnswerChange] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    unanswered_rows: int = 0
    unchanged: int = 0
    not_in_sheet: int = 0
    edit: Edit | None = None

    def lines(self) -> list[Worded]:
        """Lines (Japanese ``str`` keeping their message): a summary, each change (before → after), each problem
        with its row."""
        lines = [worded("vendor_sheet.summary", vendor=self.vendor, changes=len(self.changes), unchanged=self.unchanged,
                        unanswered=self.unanswered_rows, problems=len(self.problems), not_in_sheet=self.not_in_sheet)]
        for change in self.changes:
            rows = tuple(Message.of("row", row=r) for r in change.rows)
            lines.append(worded("vendor_sheet.change", item=change.item_key, title=change.title,
                                before=_describe(change.before), after=_describe(change.after), rows=rows))
        lines.extend(worded("vendor_sheet.problem", row=row, message=message) for row, message in self.problems)
        return lines

    def to_json(self, applied: bool, language: str = "ja") -> dict[str, Any]:
        """The ``--json`` document (each problem's ``message`` in ``language``)."""
        def answer(a: VendorAnswer | None) -> dict[str, str] | None:
            if a is None:
                return None
            return {"answer": ANSWER_MARKS[a.answer], "available_on": a.available_on, "comment": a.comment,
                    "cost": a.cost}

        return {
            "vendor": self.vendor, "applied": applied,
            "changes": [{"item": c.item_key, "title": c.title, "before": answer(c.before), "after": answer(c.after),
                         "rows": list(c.rows)} for c in self.changes],
            "problems": [{"row": row, "message": in_language(message, language)} for row, message in self.problems],
            "unchanged": self.unchanged, "unanswered_rows": self.unanswered_rows, "not_in_sheet": self.not_in_sheet,
        }


def _describe(answer: VendorAnswer | None) -> Message:
    if answer is None or answer.answer is VendorAnswerKind.UNANSWERED:
        return Message("vendor_sheet.unanswered")
    if answer.available_on:
        return Message.of("vendor_sheet.answer_dated", mark=ANSWER_MARKS[answer.answer], date=answer.available_on)
    return Message.of("vendor_sheet.answer", mark=ANSWER_MARKS[answer.answer])


def _row_problem(project: Project, row: ReturnedRow) -> str:
    """Why a returned row cannot be applied ('' when it can)."""
    if not row.key:
        return worded("vendor_sheet.no_key")
    link = project.link.get(row.key)
    item = project.item.get(link.item_id) if link is not None else None
    if link is None or item is None or link.step_id not in project.step:
        return worded("vendor_sheet.link_gone", code=row.code)
    if row.code != item.code:
        return worded("vendor_sheet.code_edited", sheet=row.code or Message("vendor_sheet.empty"), project=item.code)
    if row.answer is None:
        return worded("vendor_sheet.answer_unreadable", text=row.answer_text)
    if row.available_on is None:
        return worded("vendor_sheet.date_unreadable", text=row.date_text)
    return ""


def plan_vendor_sheet(project: Project, path: Path | str) -> VendorSheetPlan:
    """Read a returned sheet and work out its changes and problems (nothing is applied)."""
    from jcloud_desk.io.forms.vendor_sheet import read_vendor_sheet

    vendor, rows = read_vendor_sheet(path)
    plan = VendorSheetPlan(vendor or VendorIndex(project).vendor or DEFAULT_VENDOR)
    groups: dict[tuple[str, str, str], list[ReturnedRow]] = {}
    seen_keys: dict[str, int] = {}
    for row in rows:
        reason = _row_problem(project, row)
        if not reason and row.key in seen_keys:
            reason = worded("vendor_sheet.duplicate_key", row=seen_keys[row.key])
        if reason:
            plan.problems.append((row.row, reason))
            continue
        seen_keys[row.key] = row.row
        if row.answer is VendorAnswerKind.UNANSWERED and not (row.available_on or row.comment or row.cost):
            plan.unanswered_rows += 1
            continue
        item = project.item[project.link[row.key].item_id]
        catalog = project.catalog.get(item.catalog_id)
        groups.setdefault((catalog.name if catalog else "", item.kind.value, item.code), []).append(row)
    keys_in_sheet = {row.key for row in rows}
    plan.not_in_sheet = sum(1 for link_id in project.link if link_id not in keys_in_sheet)
    index = VendorIndex(project, plan.vendor)
    edits: list[Edit] = []
    for (catalog_name, _kind, code), group in groups.items():
        verdicts = {(r.answer, r.available_on) for r in group}
        if len(verdicts) > 1:
            numbers = tuple(Message.of("row", row=r.row) for r in group)
            plan.problems.extend((r.row, worded("vendor_sheet.different_answers", code=code, rows=numbers))
                                 for r in group)
            continue
        first = group[0]
        item = project.item[project.link[first.key].item_id]
        before = index.answer(item)
        comment = "／".join(dict.fromkeys(r.comment for r in group if r.comment))
        cost = next((r.cost for r in group if r.cost), "")
        after = VendorAnswer(id=vendor_answer_id(plan.vendor, catalog_name, item.kind, code), catalog=catalog_name,
                             code=code,
                             vendor=plan.vendor, kind=item.kind, answer=first.answer or VendorAnswerKind.UNANSWERED,
                             available_on=first.available_on or "", comment=comment, cost=cost,
                             source_locator=f"{Path(path).name}!{first.row}")
        edit = upsert_answer(project, after)
        if edit is None:
            plan.unchanged += 1
            continue
        edits.append(edit)
        plan.changes.append(AnswerChange(item.key, item.title, before, after, tuple(r.row for r in group)))
    plan.problems.sort()
    plan.edit = Batch(tuple(edits)) if edits else None
    return plan
