"""Workshop minutes as Excel: 決定事項, 宿題 (owner, due date, status) and コメント of every process."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from jcloud_desk.analysis import glossary as g
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.workshop import Note, NoteKind, NoteStatus
from jcloud_desk.io.atomic import save_workbook_atomic
from jcloud_desk.io.reports.report_xlsx import _write_table as write_table
from jcloud_desk.io.reports.report_xlsx import print_setup

SHEETS = {NoteKind.DECISION: "決定事項", NoteKind.ACTION: "宿題", NoteKind.COMMENT: "コメント"}
HEADERS = {
    NoteKind.DECISION: (g.PROCESS, g.STEP, "決定事項", "記録者", "日時"),
    NoteKind.ACTION: (g.PROCESS, g.STEP, "宿題", g.OWNER, g.DUE, "状態", "記録者", "日時"),
    NoteKind.COMMENT: (g.PROCESS, g.STEP, "コメント", "記入者", "日時"),
}


def minutes_rows(project: Project, kind: NoteKind) -> list[tuple[str, ...]]:
    """Rows of one sheet, in process order then time order."""
    rows: list[tuple[str, ...]] = []
    for process in project.processes():
        for note in project.notes_of(process.id):
            if note.kind is not kind:
                continue
            rows.append(_row(project, process.name, note))
    return rows


def _row(project: Project, process_name: str, note: Note) -> tuple[str, ...]:
    step = project.step.get(note.step_id)
    step_text = f"{step.step_no} {step.label}".strip() if step else ""
    if note.kind is NoteKind.ACTION:
        status = "完了" if note.status is NoteStatus.DONE else "未完了"
        return (process_name, step_text, note.text, note.owner, note.due_on, status, note.author, note.created_at)
    return (process_name, step_text, note.text, note.author, note.created_at)


def write_minutes_xlsx(project: Project, path: str | os.PathLike[str]) -> Path:
    """Write the minutes (temporary file, then rename)."""
    target = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for kind, title in SHEETS.items():
        sheet = workbook.create_sheet(title)
        write_table(sheet, HEADERS[kind], minutes_rows(project, kind))
        print_setup(sheet, project.meta.name)
    workbook.properties.title = f"{project.meta.name} ワークショップ議事録"
    workbook.properties.creator = "jcloud_desk"
    save_workbook_atomic(workbook, target)
    return target
