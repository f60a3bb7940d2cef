"""A 自治体クラウド group of many municipalities on one laptop: merge, harmonization matrix, group report, dashboard.

Run by hand (not part of CI)::

    .venv/bin/python -m benchmarks.group_bench [--members 5 10 25 50] [--write]

``--write`` replaces the "## Group of municipalities" section of ``benchmarks/RESULTS.md``.

What is measured, each in a fresh subprocess (so memory is isolated and caches are cold):

* a group master project with the bundled 住民記録 catalogue (197 items) hands out one copy per member
  (``ProjectService.distribute_copy``); each member fills its copy with 4 As-Is processes × 120 steps (random
  swimlane graphs of ``benchmarks.swimlane_graphs``), links to catalogue items and judgments on every task;
* **merge**: the consultant merges every member file into the master, one after the other, exactly as
  ``jcloud-desk merge`` does (``plan_file_merge`` + one edit, persisted). Baseline in the same run: the rows the
  merge brings in copied with raw SQL (``ATTACH`` + ``INSERT INTO … SELECT`` per table, one transaction per
  member) — the least any merge must do;
* **matrix**: ``item_matrix`` + ``step_matrix`` + ``customization_requests`` + ``avoidance_summary`` on the merged
  project; **group report**: ``write_group_report`` (xlsx); **dashboard**: what the dashboard computes
  (``coverage_by_process``, ``customization_register``, ``unreferenced_mandatory``, ``analyze_document``).
  Baseline: one plain pass over every judgment and link of the project (dict look-ups only);
* **memory**: peak RSS of the process that opened the merged project and ran all of the above, minus the RSS
  right after imports.

Targets (issue 18): merge of 25 members ≤ 10 s in total and linear in their number; matrix and group report
≤ 3 s; memory ≤ +500 MiB.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

from benchmarks.results_file import write_section

SECTION = "## Group of municipalities"
PROCESSES = 4
#: Steps per process and catalogue size; ``--steps`` / ``--catalog-items`` change them for the children.
STEPS = int(os.environ.get("GROUP_BENCH_STEPS", "120"))
CATALOG_ITEMS = int(os.environ.get("GROUP_BENCH_ITEMS", "0"))  # 0 = the bundled 197 items
MEMBER_COUNTS = (5, 10, 25, 50)
TARGET_MEMBERS = 25


def _rss_mib() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _current_rss_mib() -> float:
    """Current resident set size in MiB (from /proc, falling back to the peak)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
    except OSError:
        return _rss_mib()


# ---------------------------------------------------------------------------------------------- building files


def build_files(folder: Path, members: int, seed: int = 2026) -> dict[str, Any]:
    """Write ``master.jcdesk`` and ``member-NN.jcdesk`` files into ``folder``; returns counts."""
    from benchmarks.swimlane_graphs import swimlane_project
    from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
    from jcloud_desk.domain.municipality_type import MunicipalityType
    from jcloud_desk.domain.process import ProcessKind, StepKind
    from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo
    from jcloud_desk.domain.workshop import Municipality
    from jcloud_desk.paths import sample_projects_dir
    from jcloud_desk.services.project_service import ProjectService
    from jcloud_desk.storage.repository import ProjectRepository

    rng = random.Random(seed)
    sample = ProjectRepository.open(sample_projects_dir() / "juminkiroku_sample.jcdesk", read_only=True)
    try:
        source = sample.load()
    finally:
        sample.close()
    names = [f"第{i + 1:02d}町" for i in range(members)]
    master = Project(info={INFO_ID: ProjectInfo(name="グループ規模計測", municipality="計測広域", business="住民記録")})
    master.catalog.update(source.catalog)
    master.item.update(source.item)
    _grow_catalog(master, CATALOG_ITEMS)
    for index, name in enumerate(names):
        mid = f"m{index:02d}"
        master.municipality[mid] = Municipality(id=mid, name=name, lg_code=f"99{index:04d}",
                                                category=MunicipalityType.TOWN_VILLAGE)
    items = sorted(master.item)
    service = ProjectService(user=lambda: "bench")
    master_path = folder / "master.jcdesk"
    opened = service.create_from(master_path, master)
    verdicts = [Verdict.FIT, Verdict.FIT, Verdict.FIT, Verdict.PARTIAL, Verdict.GAP, Verdict.OUT_OF_SCOPE]
    resolutions = {Verdict.PARTIAL: Resolution.ADOPT_STANDARD, Verdict.GAP: Resolution.CUSTOMIZATION}
    counts = {"steps": 0, "flows": 0, "links": 0, "judgments": 0}
    try:
        for index, name in enumerate(names):
            path = folder / f"member-{index:02d}.jcdesk"
            service.distribute_copy(opened, path)
            repository = ProjectRepository.open(path)
            try:
                project = repository.load()
                for number in range(PROCESSES):
                    generated, _stats = swimlane_project(STEPS, lanes=6, phases=4, seed=seed + index * 31 + number)
                    prefix = f"{index:02d}{number}-"
                    _transplant(project, generated, prefix, name, f"業務フロー{number + 1}", ProcessKind.AS_IS)
                    for step in [s for s in generated.step.values() if s.kind is StepKind.TASK]:
                        sid = prefix + step.id
                        item_id = items[rng.randrange(len(items))]
                        project.link[f"{sid}-l"] = Link(id=f"{sid}-l", step_id=sid, item_id=item_id)
                        verdict = verdicts[rng.randrange(len(verdicts))]
                        resolution = resolutions.get(verdict, Resolution.NONE)
                        project.judgment[sid] = Judgment(
                            id=sid, verdict=verdict, resolution=resolution,
                            justification="計測用" if resolution is Resolution.CUSTOMIZATION else "",
                        )
                repository.replace_all(project)
            finally:
                repository.close()
    finally:
        opened.close()
    check = ProjectRepository.open(folder / "member-00.jcdesk", read_only=True)
    try:
        member = check.load()
        counts = {"steps": len(member.step), "flows": len(member.flow), "links": len(member.link),
                  "judgments": len(member.judgment)}
    finally:
        check.close()
    return {"members": members, "per_member": counts, "steps_per_process": STEPS, "catalog_items": len(master.item)}


def _grow_catalog(project: Any, size: int) -> None:
    """Add copies of the catalogue's items (new ids and codes) until it has ``size`` items (0: leave it)."""
    from dataclasses import replace

    originals = list(project.item.values())
    number = 0
    while size and len(project.item) < size:
        item = originals[number % len(originals)]
        copy_id = f"{item.id}-x{number}"
        project.item[copy_id] = replace(item, id=copy_id, code=f"{item.code}-x{number}")
        number += 1


def _transplant(project: Any, generated: Any, prefix: str, municipality: str, name: str, kind: Any) -> None:
    """Copy the one generated process into ``project`` under fresh ids (``prefix`` + id)."""
    from dataclasses import replace

    (process,) = generated.process.values()
    project.process[prefix + process.id] = replace(
        process, id=prefix + process.id, name=name, municipality=municipality, kind=kind,
        sort=float(len(project.process)),
    )
    for table, fields in (("lane", ("process_id",)), ("phase", ("process_id",)),
                          ("step", ("process_id", "lane_id", "phase_id")),
                          ("flow", ("process_id", "source_id", "target_id"))):
        target = getattr(project, table)
        for entity in getattr(generated, table).values():
            changes = {f: prefix + getattr(entity, f) for f in fields if getattr(entity, f)}
            target[prefix + entity.id] = replace(entity, id=prefix + entity.id, **changes)


# ---------------------------------------------------------------------------------------------------- measuring


def measure_merge(folder: Path, members: int) -> dict[str, Any]:
    """Merge ``members`` member files into a fresh copy of the master; ours and the raw-SQL baseline."""
    from jcloud_desk.services.merge_files import plan_file_merge
    from jcloud_desk.services.project_service import ProjectService

    after_imports = _current_rss_mib()
    work = folder / f"merge-{members}.jcdesk"
    shutil.copyfile(folder / "master.jcdesk", work)
    service = ProjectService(user=lambda: "bench")
    opened = service.open(work)
    per_member: list[float] = []
    conflicts = 0
    try:
        for index in range(members):
            start = time.perf_counter()
            plan = plan_file_merge(opened, folder / f"member-{index:02d}.jcdesk")
            conflicts += len(plan.conflicts)
            opened.session.apply(plan.edit_for({}))
            if opened.session.last_error is not None:
                raise opened.session.last_error
            per_member.append(time.perf_counter() - start)
        steps = len(opened.project.step)
    finally:
        opened.close()
    baseline = _raw_sql_merge(folder, members)
    return {"members": members, "seconds": sum(per_member), "per_member": per_member, "baseline": baseline,
            "conflicts": conflicts, "steps": steps, "memory": _rss_mib() - after_imports}


_TABLES = ("process", "lane", "phase", "step", "flow", "link", "judgment")


def _raw_sql_merge(folder: Path, members: int) -> float:
    """Copy the member-only rows of every table into a master copy with plain SQL (one transaction each)."""
    work = folder / f"raw-{members}.jcdesk"
    shutil.copyfile(folder / "master.jcdesk", work)
    db = sqlite3.connect(work, isolation_level=None)
    try:
        existing = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
        tables = [t for t in _TABLES if t in existing]
        start = time.perf_counter()
        for index in range(members):
            db.execute("attach database ? as other", (str(folder / f"member-{index:02d}.jcdesk"),))
            db.execute("begin")
            for table in tables:
                db.execute(f"insert or ignore into main.{table} select * from other.{table}")
            db.execute("commit")
            db.execute("detach database other")
        return time.perf_counter() - start
    finally:
        db.close()


def measure_analysis(folder: Path, members: int) -> dict[str, Any]:
    """Matrix, group report and dashboard on the merged project of ``members`` members; memory."""
    base_rss = _current_rss_mib()
    from jcloud_desk.analysis.coverage import (
        analyze_document,
        coverage_by_process,
        customization_register,
        unreferenced_mandatory,
    )
    from jcloud_desk.analysis.harmonization import (
        avoidance_summary,
        customization_requests,
        item_matrix,
        step_matrix,
    )
    from jcloud_desk.services.group_service import write_group_report
    from jcloud_desk.storage.repository import ProjectRepository

    after_imports = _current_rss_mib()
    repository = ProjectRepository.open(folder / f"merge-{members}.jcdesk", read_only=True)
    try:
        start = time.perf_counter()
        project = repository.load()
        load = time.perf_counter() - start
    finally:
        repository.close()

    def timed(call: Any) -> float:
        start = time.perf_counter()
        call()
        return time.perf_counter() - start

    def matrix_baseline() -> None:
        """The least a step matrix must do: normalise every label once and group the steps by it."""
        groups: dict[tuple[str, str], list[str]] = {}
        for step in project.step.values():
            key = (project.process[step.process_id].name, "".join(unicodedata.normalize("NFKC", step.label).split()))
            groups.setdefault(key, []).append(step.id)
        for judgment in project.judgment.values():
            groups.get(("", judgment.id))

    def report_baseline(rows: int, columns: int) -> None:
        """The least an xlsx writer must do: the same number of cells, plain values, openpyxl write-only mode."""
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("matrix")
        for row in range(rows):
            sheet.append([f"{row}-{column}" for column in range(columns)])
        workbook.save(folder / "baseline.xlsx")

    def matrix() -> None:
        item_matrix(project)
        step_matrix(project)
        customization_requests(project)
        avoidance_summary(project)

    def dashboard() -> None:
        coverage_by_process(project)
        customization_register(project)
        unreferenced_mandatory(project)
        analyze_document(project)

    out = folder / f"group-report-{members}.xlsx"
    result = {
        "members": members,
        "load": load,
        "matrix": timed(matrix),
        "matrix_baseline": min(timed(matrix_baseline) for _ in range(3)),
        "group_report": timed(lambda: write_group_report(project, out)),
        "dashboard": timed(dashboard),
        "steps": len(project.step),
        "rss_base": base_rss,
        "rss_after_imports": after_imports,
    }
    from openpyxl import load_workbook

    workbook = load_workbook(out, read_only=True)
    cells = sum((ws.max_row or 0) * (ws.max_column or 0) for ws in workbook.worksheets)
    workbook.close()
    result["report_cells"] = cells
    result["report_baseline"] = timed(lambda: report_baseline(max(cells // 20, 1), 20))
    result["dashboard_baseline"] = result["matrix_baseline"]
    result["load_baseline"] = _raw_read(folder / f"merge-{members}.jcdesk")
    result["rss_peak"] = _rss_mib()
    result["memory"] = result["rss_peak"] - after_imports
    return result


def _raw_read(path: Path) -> float:
    """Read every row of every table with plain sqlite3 (the least an open must do)."""
    start = time.perf_counter()
    db = sqlite3.connect(path)
    try:
        for (table,) in db.execute("select name from sqlite_master where type='table'").fetchall():
            db.execute(f"select * from [{table}]").fetchall()
    finally:
        db.close()
    return time.perf_counter() - start


# ------------------------------------------------------------------------------------------------------- driver


def _child(args: list[str]) -> dict[str, Any]:
    """Run this module in a fresh interpreter with ``args``; the last stdout line is its JSON result."""
    completed = subprocess.run([sys.executable, "-m", "benchmarks.group_bench", *args], check=True,
                               capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def _fmt(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def report(merges: list[dict[str, Any]], analysis: dict[str, Any], build: dict[str, Any], started: str,
           load: tuple[float, float]) -> str:
    """The Markdown section of RESULTS.md."""
    per = build["per_member"]
    lines = [
        f"Measured {started} on {os.cpu_count()} CPUs (nproc), Python {platform.python_version()}, "
        f"load average {load[0]:.2f} at the start, {load[1]:.2f} at the end (other jobs share the machine: "
        "compare ratios).",
        "",
        f"Settings: {build['steps_per_process']} steps per process, catalogue of {build['catalog_items']} items.",
        "",
        "Command: `.venv/bin/python -m benchmarks.group_bench --write` (every measurement in a fresh subprocess). "
        f"Each member file: {PROCESSES} As-Is processes × {build['steps_per_process']} steps = {per['steps']} steps, "
        f"{per['flows']} flows, "
        f"{per['links']} links, {per['judgments']} judgments; catalogue based on the bundled 住民記録 catalogue.",
        "",
        "### Merging member files into the group project",
        "",
        "| members | steps after | merge (ours) | per member | raw SQL copy (baseline) | ours / baseline | conflicts "
        "| peak memory |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in merges:
        ratio = m["seconds"] / m["baseline"] if m["baseline"] else float("nan")
        lines.append(f"| {m['members']} | {m['steps']:,} | {_fmt(m['seconds'])} | {_fmt(m['seconds'] / m['members'])} "
                     f"| {_fmt(m['baseline'])} | {ratio:.1f}× | {m['conflicts']} | +{m['memory']:.0f} MiB |")
    first, last = merges[0], merges[-1]
    growth = (last["seconds"] / last["members"]) / (first["seconds"] / first["members"])
    target = next((m for m in merges if m["members"] == TARGET_MEMBERS), None)
    lines += [
        "",
        f"Linearity: time per member at {last['members']} members is {growth:.2f}× the time per member at "
        f"{first['members']} (1.00 = perfectly linear).",
    ]
    if target is not None:
        verdict = "pass" if target["seconds"] <= 10 else "**FAIL**"
        lines.append(f"Target: merge of {TARGET_MEMBERS} members ≤ 10 s: {_fmt(target['seconds'])} — {verdict}.")
    a = analysis
    lines += [
        "",
        f"### On the merged project of {a['members']} members ({a['steps']:,} steps)",
        "",
        "| what | ours | baseline | ratio | target | result |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    rows = (
        ("matrix", "matrix_baseline", "harmonization matrices + requests + avoidance",
         "group the steps by normalised label (dict)", 3.0),
        ("group_report", "report_baseline", "group report (xlsx, styled)",
         f"same number of plain cells ({a['report_cells']:,}), openpyxl write-only", 3.0),
        ("dashboard", "dashboard_baseline", "dashboard figures", "group the steps by normalised label (dict)", None),
        ("load", "load_baseline", "open + load the project", "read every table with sqlite3", None),
    )
    for key, base_key, label, base_label, limit in rows:
        value, base = a[key], a[base_key]
        ratio = value / base if base else float("nan")
        result = "—" if limit is None else ("pass" if value <= limit else "**FAIL**")
        lines.append(f"| {label} | {_fmt(value)} | {_fmt(base)} ({base_label}) | {ratio:,.1f}× | "
                     f"{'≤ 3 s' if limit else 'report'} | {result} |")
    mem_result = "pass" if a["memory"] <= 500 else "**FAIL**"
    lines += [
        f"| memory: peak RSS over the RSS after imports | +{a['memory']:.0f} MiB | "
        f"{a['rss_after_imports']:.0f} MiB after imports | — | ≤ +500 MiB | {mem_result} |",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build the files, measure in subprocesses, print (and optionally write) the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, nargs="+", default=list(MEMBER_COUNTS))
    parser.add_argument("--write", action="store_true", help="replace the section in benchmarks/RESULTS.md")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--steps", type=int, help=f"steps per process (default {STEPS})")
    parser.add_argument("--catalog-items", type=int, help="catalogue size (default: the bundled 197 items)")
    parser.add_argument("--child", nargs=3, metavar=("WHAT", "FOLDER", "MEMBERS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        what, folder, members = args.child[0], Path(args.child[1]), int(args.child[2])
        handlers = {"build": build_files, "merge": measure_merge, "analysis": measure_analysis}
        print(json.dumps(handlers[what](folder, members)))
        return 0
    if args.steps or args.catalog_items:  # the children read them from the environment
        if args.steps:
            os.environ["GROUP_BENCH_STEPS"] = str(args.steps)
        if args.catalog_items:
            os.environ["GROUP_BENCH_ITEMS"] = str(args.catalog_items)
        args.write = False  # RESULTS.md keeps the standard configuration
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    load_start = os.getloadavg()[0]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="group-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        most = max(args.members)
        print(f"building master + {most} member files in {folder} …", flush=True)
        build = _child(["--child", "build", str(folder), str(most)])
        merges = []
        for members in sorted(args.members):
            result = _child(["--child", "merge", str(folder), str(members)])
            print(f"merge {members:>3}: {result['seconds']:.2f} s (baseline {result['baseline']:.2f} s)", flush=True)
            merges.append(result)
        target = TARGET_MEMBERS if TARGET_MEMBERS in args.members else most
        analysis = _child(["--child", "analysis", str(folder), str(target)])
        text = report(merges, analysis, build, started, (load_start, os.getloadavg()[0]))
        print(f"{SECTION}\n\n{text}")
        if args.write:
            write_section(SECTION, text)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
