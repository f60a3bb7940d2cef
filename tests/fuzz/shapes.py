"""Generators of hostile input shapes (issue 15): dense graphs, many lanes, long chains, huge cells, declared-but-
empty sheets, deep nesting, long labels, control characters. Plain functions returning text or writing files, used
by the fuzz suite, the fault tests and ``tools/reliability_report.py``."""

from __future__ import annotations

from pathlib import Path

import openpyxl

#: Characters that have made trouble before: C0 controls, DEL, bidi overrides and isolates, zero-width, BOM,
#: a lone surrogate's replacement, characters outside the BMP and private use.
AWKWARD_CHARACTERS = "\x00\x01\x07\x1b\x7f\u202e\u202d\u2066\u2069\u200f\u200b\ufeff\ufffd𠮷\U0002a6b2\ue000"


def mermaid_complete_digraph(tasks: int) -> str:
    """A Mermaid flowchart where every task flows to every other task (tasks × (tasks - 1) edges)."""
    lines = ["flowchart TD"]
    lines += [f"  t{n}[作業{n}]" for n in range(tasks)]
    lines += [f"  t{a} --> t{b}" for a in range(tasks) for b in range(tasks) if a != b]
    return "\n".join(lines) + "\n"


def mermaid_many_lanes(lanes: int) -> str:
    """One task per swimlane (``subgraph``), chained from lane to lane."""
    lines = ["flowchart TD"]
    for n in range(lanes):
        lines += [f"  subgraph L{n}[部署{n}]", f"    t{n}[作業{n}]", "  end"]
    lines += [f"  t{n} --> t{n + 1}" for n in range(lanes - 1)]
    return "\n".join(lines) + "\n"


def mermaid_chain(steps: int, label: str = "作業") -> str:
    """A single chain of ``steps`` tasks."""
    lines = ["flowchart LR"]
    lines += [f"  t{n}[{label}{n}]" for n in range(steps)]
    lines += [f"  t{n} --> t{n + 1}" for n in range(steps - 1)]
    return "\n".join(lines) + "\n"


def mermaid_deep_subgraphs(depth: int) -> str:
    """``subgraph`` blocks nested ``depth`` deep, one task at the bottom."""
    lines = ["flowchart TD"]
    lines += [f"{'  ' * (n + 1)}subgraph S{n}[階層{n}]" for n in range(depth)]
    lines.append(f"{'  ' * (depth + 1)}t0[最深部]")
    lines += [f"{'  ' * (n + 1)}end" for n in reversed(range(depth))]
    return "\n".join(lines) + "\n"


def bpmn_nested(depth: int) -> str:
    """A BPMN process with sub-processes nested ``depth`` deep."""
    opening = "".join(f'<subProcess id="sp{n}">' for n in range(depth))
    closing = "</subProcess>" * depth
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">'
        f'<process id="p">{opening}<task id="t" name="作業"/>{closing}</process></definitions>'
    )


def step_list_rows(steps: int, lanes: int = 3, label: str = "作業") -> list[list[str]]:
    """A step list (header + rows) of ``steps`` tasks over ``lanes`` lanes."""
    rows = [["業務フロー", "部署", "手順"]]
    rows += [["生成", f"部署{n % lanes}", f"{label}{n}"] for n in range(steps)]
    return rows


def catalog_rows(items: int) -> list[list[str]]:
    """A catalogue (header + rows) of ``items`` items."""
    rows = [["機能ID", "機能名称", "機能要件", "実装区分"]]
    classes = ("実装必須機能", "標準オプション機能", "実装不可機能")
    rows += [[f"{n:07d}", f"機能{n}", f"機能{n}ができること", classes[n % 3]] for n in range(items)]
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    """``rows`` as UTF-8 CSV (fields quoted when needed)."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]], far_cell: bool = False) -> Path:
    """``rows`` as an xlsx file; ``far_cell`` adds a value in XFD1048576 (the sheet then declares A1:XFD1048576)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if far_cell:
        sheet["XFD1048576"] = "遠いセル"
    workbook.save(path)
    return path


def project_from_mermaid(folder: Path, text: str, name: str) -> Path:
    """A project file ``folder/name.jcdesk`` holding the Mermaid flow ``text``, read without the import limits
    (as a project written from JSON or by an older version may hold a flow of any size)."""
    from jcloud_desk.services.flow_import_service import FlowImportService
    from jcloud_desk.services.project_service import ProjectService

    source = folder / f"{name}.mmd"
    source.write_text(text, encoding="utf-8")
    path = folder / f"{name}.jcdesk"
    opened = ProjectService().new_project(path, name, "", "")
    try:
        service = FlowImportService()
        opened.session.apply(service.import_edit(opened.project, service.reader("mermaid")(source)))
    finally:
        opened.close()
    return path
