"""Import a step list (手順一覧): one row per step of a CSV or xlsx file, as processes with lanes and phases.

Columns (header names are matched after NFKC normalisation, case and spaces ignored; synonyms accepted):

* 部署 (レーン, 担当, 部署名) — required; a blank cell repeats the value above (merged Excel cells);
* 手順 (手順名, 作業, ステップ) — required, the step's label;
* 工程 (フェーズ, 工程名) — optional; blank repeats the value above; no column means no phases;
* 種別 (種類, 区分) — 開始, 終了, 分岐/判断, 並列, 作業, 手作業, システム, 帳票/書類, データ, 注釈, サブプロセス,
  イベント or an English kind key; blank is a task; an unknown word is a task and a warning;
* 次の手順 (次, 次工程, 遷移先) — targets separated by 、 , ; or line breaks, each a 手順 label (or a 番号 when
  a 番号 column exists), optionally with a condition written 「はい:審査」; without this column every row
  flows into the next row of the same process;
* 条件 (分岐条件) — conditions aligned by position with the targets of 次の手順 (same separators);
* 番号 (No) — the step number shown in the diagram and usable as a target;
* 業務フロー — optional; rows with different values become different processes (default: the file name);
* 備考 (メモ) — the step's notes.

Lanes and phases keep their first-appearance order. Errors name the row as the spreadsheet shows it:
``StepListFormatError`` 「5行目: 次の手順「審査」が見つかりません」. Positions are left to the caller.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jcloud_desk.analysis.messages import quoted, worded
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, Step, StepKind
from jcloud_desk.io.errors import StepListFormatError
from jcloud_desk.io.imported import ImportedFlows, ImportWarning
from jcloud_desk.io.text_decoding import UNDECODABLE, decode_japanese_text
from jcloud_desk.io.xlsx_limits import XlsxLimitError, archive_problem, used_rows

#: Column key → accepted header names (normalised: NFKC, lower case, no spaces).
COLUMNS: dict[str, tuple[str, ...]] = {
    "lane": ("部署", "レーン", "担当", "部署名", "担当部署", "lane"),
    "phase": ("工程", "フェーズ", "工程名", "phase"),
    "label": ("手順", "手順名", "作業", "ステップ", "作業名", "step"),
    "kind": ("種別", "種類", "区分", "kind"),
    "next": ("次の手順", "次", "次工程", "遷移先", "次手順", "next"),
    "condition": ("条件", "分岐条件", "condition"),
    "number": ("番号", "no", "no.", "№", "#", "手順番号"),
    "process": ("業務フロー", "業務フロー名", "フロー名", "process"),
    "notes": ("備考", "メモ", "notes"),
}
REQUIRED: tuple[str, ...] = ("lane", "label")
#: Headers shown in error messages.
COLUMN_LABELS: dict[str, str] = {"lane": "部署", "label": "手順"}
#: 種別 words → step kind (English kind keys are accepted too).
KIND_WORDS: dict[str, StepKind] = {
    "開始": StepKind.START, "スタート": StepKind.START, "終了": StepKind.END, "完了": StepKind.END,
    "分岐": StepKind.GATEWAY, "判断": StepKind.GATEWAY, "判定": StepKind.GATEWAY, "並列": StepKind.GATEWAY_AND,
    "作業": StepKind.TASK, "処理": StepKind.TASK, "手作業": StepKind.MANUAL_TASK, "システム": StepKind.SYSTEM_TASK,
    "帳票": StepKind.DOCUMENT, "書類": StepKind.DOCUMENT, "データ": StepKind.DATA_STORE,
    "注釈": StepKind.ANNOTATION, "サブプロセス": StepKind.SUBPROCESS, "イベント": StepKind.EVENT,
    **{kind.value: kind for kind in StepKind},
}
HEADER_SEARCH_ROWS = 10
_SEPARATORS = re.compile(r"[、,，;；\n]+")
_CONDITION = re.compile(r"^(?P<condition>[^:：]+)[:：](?P<target>.+)$")


@dataclass(slots=True)
class _Row:
    number: int  # spreadsheet row number
    cells: dict[str, str]


@dataclass(slots=True)
class _Table:
    """The data rows of one sheet with its column keys."""

    where: str
    sheet: str
    columns: set[str]
    rows: list[_Row] = field(default_factory=list)


def normalize_header(text: str) -> str:
    """NFKC, lower case, no spaces: how header names are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


_HEADER_KEYS = {normalize_header(name): key for key, names in COLUMNS.items() for name in names}


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def _header_map(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _HEADER_KEYS.get(normalize_header(cell))
        if key and key not in columns:
            columns[key] = index
    return columns


def _table(where: str, sheet: str, rows: list[list[str]]) -> _Table | None:
    """Find the header among the first rows and collect the data rows (None: no header found)."""
    for header_index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _header_map(cells)
        if all(key in columns for key in REQUIRED):
            table = _Table(where, sheet, set(columns))
            for offset, data in enumerate(rows[header_index + 1:], start=header_index + 2):
                values = {key: data[i] if i < len(data) else "" for key, i in columns.items()}
                if any(values.values()):
                    table.rows.append(_Row(offset, values))
            return table
    return None


def _decode(data: bytes, where: str) -> str:
    text = decode_japanese_text(data)
    if text is None:
        raise StepListFormatError(where, None, UNDECODABLE)
    return text


def _delimiter(text: str) -> str:
    """Tab for tab-separated text (Excel's 「Unicode テキスト」), else comma; judged on the first lines."""
    head = text[:4096]
    return "\t" if head.count("\t") > head.count(",") else ","


def _read_csv(path: Path) -> _Table:
    where = str(path)
    text = _decode(path.read_bytes(), where)
    try:
        rows = [[_cell_text(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""),
                                                                   delimiter=_delimiter(text))]
    except csv.Error as exc:
        raise StepListFormatError(where, None, worded("flow.csv_malformed", detail=str(exc))) from exc
    if not rows:
        raise StepListFormatError(where, None, worded("flow.empty_file"))
    table = _table(where, "", rows)
    if table is None:
        raise StepListFormatError(where, 1, _missing_columns(rows[0]))
    return table


_NO_CELLS: list[str] = []


def _sheet_rows(sheet: Any) -> list[list[str]]:
    """The rows of a sheet as text, only cells that exist (declared dimensions ignored); row numbers kept."""
    rows: list[list[str]] = []
    for number, cells in used_rows(sheet, values_only=True):
        rows.extend(itertools.repeat(_NO_CELLS, number - 1 - len(rows)))  # gaps keep the row numbers (shared)
        rows.append([_cell_text(c) for c in cells])
    return rows


def _read_xlsx(path: Path) -> _Table:
    import openpyxl  # imported here: only xlsx files need it

    where = str(path)
    problem = archive_problem(path)  # before openpyxl loads the shared strings whole
    if problem:
        raise StepListFormatError(where, None, problem)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError …
        raise StepListFormatError(where, None, worded("flow.xlsx_unopenable", detail=str(exc))) from exc
    first: tuple[str, list[str]] = ("", [])
    try:
        for index, sheet in enumerate(workbook.worksheets):
            try:  # read-only workbooks parse lazily: a damaged sheet fails here, not in load_workbook
                rows = _sheet_rows(sheet)
            except XlsxLimitError as exc:
                raise StepListFormatError(where, None, exc.reason, sheet=str(sheet.title)) from exc
            except Exception as exc:
                raise StepListFormatError(where, None, worded("flow.xlsx_broken", detail=repr(exc)),
                                          sheet=str(sheet.title)) from exc
            if index == 0:
                first = (str(sheet.title), rows[0] if rows else [])
            table = _table(where, str(sheet.title), rows)
            if table is not None:
                return table
    finally:
        workbook.close()
    raise StepListFormatError(where, 1, _missing_columns(first[1]), sheet=first[0])


def _missing_columns(header: list[str]) -> str:
    found = _header_map(header)
    missing = [COLUMN_LABELS[key] for key in REQUIRED if key not in found]
    examples = Message.of("merge.dot", before=Message.of("quoted", name=COLUMN_LABELS["lane"]),
                          after=Message.of("quoted", name=COLUMN_LABELS["label"]))
    return worded("flow.missing_columns", columns=quoted(missing), examples=examples)


def read_step_list(path: Path | str) -> ImportedFlows:
    """Read a ``.csv`` or ``.xlsx`` step list (one row per step) into new processes.

    Raises ``StepListFormatError`` for a missing column, an empty 部署/手順, a duplicate 番号, an unknown or
    ambiguous 次の手順 target; ``OSError`` if the file cannot be read.
    """
    path = Path(path)
    table = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _read_csv(path)
    return _Builder(table, path.stem).build()


class _Builder:
    """Turns the rows of one table into processes, lanes, phases, steps and flows."""

    def __init__(self, table: _Table, default_name: str) -> None:
        self.table = table
        self.default_name = default_name
        self.result = ImportedFlows(positioned=False)
        self.processes: dict[str, Process] = {}
        self.lanes: dict[tuple[str, str], Lane] = {}
        self.phases: dict[tuple[str, str], Phase] = {}
        self.steps: list[tuple[_Row, Step]] = []
        self.known: set[str] = set()  # labels and numbers: a target equal to one is never a 「条件:手順」

    def error(self, row: int | None, reason: str) -> StepListFormatError:
        return StepListFormatError(self.table.where, row, reason, sheet=self.table.sheet)

    def warn(self, row: int, message: str) -> None:
        where = f"{self.table.sheet}!{row}" if self.table.sheet else f"{Path(self.table.where).name}:{row}"
        self.result.warnings.append(ImportWarning(where, message))

    def build(self) -> ImportedFlows:
        if not self.table.rows:
            raise self.error(None, worded("flow.no_steps"))
        carried = {"lane": "", "phase": "", "process": ""}
        for row in self.table.rows:
            for key in carried:
                if row.cells.get(key):
                    carried[key] = row.cells[key]
                elif key in self.table.columns:
                    row.cells[key] = carried[key]
            self._add_step(row)
        self._add_flows()
        self.result.counts = {
            "rows": len(self.table.rows), "processes": len(self.result.processes), "lanes": len(self.result.lanes),
            "phases": len(self.result.phases), "steps": len(self.result.steps), "flows": len(self.result.flows),
        }
        return self.result

    def _process(self, name: str) -> Process:
        if name not in self.processes:
            process = Process(id=new_id(), name=name, notes=f"取込元: {Path(self.table.where).name}",
                              sort=float(len(self.processes)))
            self.processes[name] = process
            self.result.processes.append(process)
        return self.processes[name]

    def _add_step(self, row: _Row) -> None:
        cells = row.cells
        label = cells.get("label", "")
        if not label:
            raise self.error(row.number, worded("flow.empty_step"))
        if not cells.get("lane"):
            raise self.error(row.number, worded("flow.empty_lane"))
        process = self._process(cells.get("process") or self.default_name)
        lane_key = (process.id, cells["lane"])
        if lane_key not in self.lanes:
            lane = Lane(id=new_id(), process_id=process.id, name=cells["lane"],
                        sort=float(sum(1 for key in self.lanes if key[0] == process.id)))
            self.lanes[lane_key] = lane
            self.result.lanes.append(lane)
        phase_id = ""
        if cells.get("phase"):
            phase_key = (process.id, cells["phase"])
            if phase_key not in self.phases:
                phase = Phase(id=new_id(), process_id=process.id, name=cells["phase"],
                              sort=float(sum(1 for key in self.phases if key[0] == process.id)))
                self.phases[phase_key] = phase
                self.result.phases.append(phase)
            phase_id = self.phases[phase_key].id
        step = Step(id=new_id(), process_id=process.id, lane_id=self.lanes[lane_key].id,
                    kind=self._kind(row), label=label, phase_id=phase_id,
                    step_no=unicodedata.normalize("NFKC", cells.get("number", "")), notes=cells.get("notes", ""))
        self.steps.append((row, step))
        self.result.steps.append(step)

    def _kind(self, row: _Row) -> StepKind:
        word = row.cells.get("kind", "")
        if not word:
            return StepKind.TASK
        kind = KIND_WORDS.get(unicodedata.normalize("NFKC", word).strip().lower())
        if kind is None:
            self.warn(row.number, worded("flow.unknown_kind", word=word))
            return StepKind.TASK
        return kind

    def _add_flows(self) -> None:
        if "next" not in self.table.columns:
            for (_row, step), (_next_row, following) in itertools.pairwise(self.steps):
                if step.process_id == following.process_id and step.kind is not StepKind.END:
                    self._flow(step, following, "")
            return
        self.known = {_key(step.label) for _, step in self.steps} | {step.step_no for _, step in self.steps}
        by_label: dict[tuple[str, str], list[tuple[_Row, Step]]] = {}
        by_number: dict[tuple[str, str], tuple[_Row, Step]] = {}
        for row, step in self.steps:
            by_label.setdefault((step.process_id, _key(step.label)), []).append((row, step))
            if step.step_no:
                previous = by_number.get((step.process_id, step.step_no))
                if previous is not None:
                    reason = worded("flow.duplicate_number", number=step.step_no, row=previous[0].number)
                    raise self.error(row.number, reason)
                by_number[(step.process_id, step.step_no)] = (row, step)
        for row, step in self.steps:
            for condition, target_text in self._targets(row):
                number = unicodedata.normalize("NFKC", target_text)
                found = by_number.get((step.process_id, number))
                if found is None:
                    matches = by_label.get((step.process_id, _key(target_text)), [])
                    if not matches:
                        raise self.error(row.number, worded("flow.next_missing", target=target_text))
                    if len(matches) > 1:
                        rows = tuple(Message.of("row", row=r.number) for r, _ in matches)
                        reason = worded("flow.next_ambiguous", target=target_text, rows=rows)
                        raise self.error(row.number, reason)
                    found = matches[0]
                self._flow(step, found[1], condition)

    def _targets(self, row: _Row) -> list[tuple[str, str]]:
        """(condition, target) pairs of a row's 次の手順, conditions from 「条件:手順」 or the 条件 column."""
        targets = [t.strip() for t in _SEPARATORS.split(row.cells.get("next", "")) if t.strip()]
        conditions = [c.strip() for c in _SEPARATORS.split(row.cells.get("condition", "")) if c.strip()]
        if conditions and len(conditions) != len(targets):
            self.warn(row.number, worded("flow.conditions_count", conditions=len(conditions), targets=len(targets)))
        pairs: list[tuple[str, str]] = []
        for index, target in enumerate(targets):
            condition = conditions[index] if index < len(conditions) else ""
            match = _CONDITION.match(target)
            if match and _key(target) not in self.known:
                condition, target = match.group("condition").strip(), match.group("target").strip()
            pairs.append((condition, target))
        return pairs

    def _flow(self, source: Step, target: Step, label: str) -> None:
        artifact = source.kind.is_artifact or target.kind.is_artifact
        self.result.flows.append(Flow(id=new_id(), process_id=source.process_id, source_id=source.id,
                                      target_id=target.id, label=label,
                                      kind=FlowKind.ASSOCIATION if artifact else FlowKind.SEQUENCE))


def _key(label: str) -> str:
    """How 手順 labels are compared: NFKC, spaces collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", label)).strip()
