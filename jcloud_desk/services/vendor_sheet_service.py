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
from jcloud_desk.analysis.vendor_layer import VendorIndex
from jcloud_desk.domain.edits import Batch, Edit
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

    def lines(self) -> list[str]:
        """Japanese lines: a summary, each change (before → after), each problem with its row."""
        lines = [f"ベンダー「{self.vendor}」の回答シート: 変更 {len(self.changes)} 件、変更なし {self.unchanged} 件、"
                 f"未回答の行 {self.unanswered_rows} 件、取り込まない行 {len(self.problems)} 件、"
                 f"シートにない紐付け {self.not_in_sheet} 件"]
        for change in self.changes:
            lines.append(f"変更: {change.item_key} {change.title}: {_describe(change.before)} → "
                         f"{_describe(change.after)}（{'、'.join(f'{r}行目' for r in change.rows)}）")
        lines.extend(f"{row}行目: {message}" for row, message in self.problems)
        return lines

    def to_json(self, applied: bool) -> dict[str, Any]:
        """The ``--json`` document."""
        def answer(a: VendorAnswer | None) -> dict[str, str] | None:
            if a is None:
                return None
            return {"answer": ANSWER_MARKS[a.answer], "available_on": a.available_on, "comment": a.comment,
                    "cost": a.cost}

        return {
            "vendor": self.vendor, "applied": applied,
            "changes": [{"item": c.item_key, "title": c.title, "before": answer(c.before), "after": answer(c.after),
                         "rows": list(c.rows)} for c in self.changes],
            "problems": [{"row": row, "message": message} for row, message in self.problems],
            "unchanged": self.unchanged, "unanswered_rows": self.unanswered_rows, "not_in_sheet": self.not_in_sheet,
        }


def _describe(answer: VendorAnswer | None) -> str:
    if answer is None or answer.answer is VendorAnswerKind.UNANSWERED:
        return "（未回答）"
    date = f" {answer.available_on}提供" if answer.available_on else ""
    return f"{ANSWER_MARKS[answer.answer]}{date}"


def _row_problem(project: Project, row: ReturnedRow) -> str:
    """Why a returned row cannot be applied ('' when it can)."""
    if not row.key:
        return "行キーがありません（追加された行は取り込みません）"
    link = project.link.get(row.key)
    item = project.item.get(link.item_id) if link is not None else None
    if link is None or item is None or link.step_id not in project.step:
        return f"この行の手順と機能（{row.code}）の組はプロジェクトにもうありません"
    if row.code != item.code:
        return f"機能ID が書き換えられています（シート {row.code or '空'}、プロジェクト {item.code}）"
    if row.answer is None:
        return f"回答「{row.answer_text}」を解釈できません（○ / △ / × / オプション）"
    if row.available_on is None:
        return f"提供予定日「{row.date_text}」を日付として読めません"
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
            reason = f"行キーが {seen_keys[row.key]}行目と重複しています（コピーされた行は取り込みません）"
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
            numbers = "、".join(f"{r.row}行目" for r in group)
            plan.problems.extend((r.row, f"{code} に行ごとに違う回答があります（{numbers}）; 取り込みません")
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
