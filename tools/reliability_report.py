"""Regenerate the table in docs/RELIABILITY.md: hostile and careless inputs through the real CLI, measured.

Usage: python tools/reliability_report.py [--fuzz-examples N] [--kills N]

Each case runs ``python -m jcloud_desk …`` in a child process (offscreen Qt) with a timeout and records the exit
code, wall time, peak memory of the child (``wait4`` rusage), whether it hung (timeout), printed a traceback or
QPainter/libpng noise, and whether the project file was changed by a command that failed (data lost/touched).
The fuzz suite and the kill -9 tests run through pytest with the given budgets; their counts go in the table too.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz.shapes import (  # noqa: E402
    catalog_rows,
    mermaid_chain,
    mermaid_complete_digraph,
    mermaid_many_lanes,
    project_from_mermaid,
    step_list_rows,
    write_csv,
    write_xlsx,
)

DOC = ROOT / "docs" / "RELIABILITY.md"
BEGIN, END = "<!-- reliability-table:begin -->", "<!-- reliability-table:end -->"
TIMEOUT_S = 180
#: The CLI in a child that reports its own peak resident memory (KB on Linux) on stderr when it exits.
_MEASURED = (
    "import atexit, resource, runpy, sys\n"
    "atexit.register(lambda: sys.stderr.write("
    "f'\\n@@peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n'))\n"
    "sys.argv = ['jcloud_desk', *sys.argv[1:]]\n"
    "runpy.run_module('jcloud_desk', run_name='__main__')\n"
)


@dataclass
class Outcome:
    """One measured run."""

    case: str
    exit: str
    seconds: float
    peak_mb: float
    hang: bool
    traceback: bool
    data_lost: str
    message: str


def _env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), JCLOUD_DESK_CONFIG_DIR=str(config), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    return env


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def run_cli(case: str, work: Path, args: list[str], project: Path | None = None) -> Outcome:
    """Run one CLI command and measure it; ``project``: the file a failed command must leave as it was."""
    before = _digest(project) if project else ""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", _MEASURED, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=_env(work / "config"))
    hang = False
    try:
        out, err = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        hang = True
    seconds = time.monotonic() - started
    stderr = err.decode("utf-8", "replace")
    found = re.search(r"@@peak (\d+)", stderr)
    peak = int(found.group(1)) / 1024 if found else float("nan")
    stderr = re.sub(r"\n?@@peak \d+\n?", "", stderr)
    lost = "—"
    if project is not None:
        changed = _digest(project) != before
        lost = ("no" if not changed else "changed") if child.returncode != 0 else "—"
    first = next((line for line in stderr.splitlines() if line.strip()), out.decode("utf-8", "replace").strip())
    return Outcome(case, "timeout" if hang else str(child.returncode), seconds, peak, hang,
                   "Traceback" in stderr or bool(re.search(r"QPainter|libpng", stderr)), lost, first[:110])


def _project(work: Path, name: str = "案件") -> Path:
    from jcloud_desk.services.project_service import ProjectService
    from tests.factories import small_project

    path = work / f"{name}.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


def _huge_cell_xlsx(path: Path) -> Path:
    import zipfile

    from jcloud_desk.io.xlsx_limits import MAX_UNZIPPED_BYTES

    write_xlsx(path, step_list_rows(3))
    with (zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
          archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part):
        part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
        chunk = b"A" * (1 << 22)
        for _ in range((MAX_UNZIPPED_BYTES + (16 << 20)) // len(chunk)):
            part.write(chunk)
        part.write(b"</t></si></sst>")
    return path


BPMN_SELF = ('<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'
             ' id="d"><process id="p"><task id="t" name="作業"/><boundaryEvent id="b" attachedToRef="b"/></process>'
             "</definitions>")


def cases() -> list[tuple[str, Callable[[Path], Outcome]]]:
    """(name, run) of every measured case; ``run`` gets a fresh folder."""

    def render(name: str, text: str, suffix: str) -> Callable[[Path], Outcome]:
        def run(work: Path) -> Outcome:
            project = project_from_mermaid(work, text, name)
            return run_cli(f"render {name} → {suffix}", work,
                           ["render", str(project), "--process", name, "--out", str(work / f"out{suffix}")])
        return run

    def import_file(label: str, command: str, make: Callable[[Path], Path]) -> Callable[[Path], Outcome]:
        def run(work: Path) -> Outcome:
            project = _project(work)
            return run_cli(label, work, [command, str(project), str(make(work))], project)
        return run

    def text_file(name: str, data: bytes) -> Callable[[Path], Path]:
        def make(work: Path) -> Path:
            path = work / name
            path.write_bytes(data)
            return path
        return make

    def report_missing_folder(work: Path) -> Outcome:
        return run_cli("report into a missing folder", work,
                       ["report", str(_project(work)), "--out", str(work / "無い" / "報告.xlsx")])

    def hard_link_writer(work: Path) -> Outcome:
        project = _project(work)
        (work / "別の課").mkdir()
        link = work / "別の課" / "別名.jcdesk"
        os.link(project, link)
        holder = subprocess.Popen(
            [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
             "from jcloud_desk.services.project_service import ProjectService\n"
             "o = ProjectService().open(Path(sys.argv[1])); print('ready', flush=True); time.sleep(60)",
             str(project)], stdout=subprocess.PIPE, env=_env(work / "config"))
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
            return run_cli("second writer through a hard link", work,
                           ["layout", str(link), "--process", "転入届"], link)
        finally:
            holder.kill()
            holder.wait()

    def deep_json(work: Path) -> Outcome:
        source = work / "深い.json"
        source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        return run_cli("import-json nested 100,000 deep", work, ["import-json", str(source), "--out",
                                                                 str(work / "p.jcdesk")])

    return [
        ("k30", render("完全グラフ30", mermaid_complete_digraph(30), ".png")),
        ("k60", render("完全グラフ60", mermaid_complete_digraph(60), ".png")),
        ("k100", render("完全グラフ100", mermaid_complete_digraph(100), ".svg")),
        ("lanes", render("部署2000", mermaid_many_lanes(2000), ".png")),
        ("lanes-svg", render("部署2000", mermaid_many_lanes(2000), ".svg")),
        ("chain", render("手順10000", mermaid_chain(10_000), ".png")),
        ("far", import_file("import-flow xlsx declaring A1:XFD1048576", "import-flow",
                            lambda w: write_xlsx(w / "far.xlsx", step_list_rows(3), far_cell=True))),
        ("far-cat", import_file("import-catalog xlsx declaring A1:XFD1048576", "import-catalog",
                                lambda w: write_xlsx(w / "far.xlsx", catalog_rows(3), far_cell=True))),
        ("huge-flow", import_file("import-flow xlsx, 272 MB cell (1 MB zipped)", "import-flow",
                                  lambda w: _huge_cell_xlsx(w / "huge.xlsx"))),
        ("huge-cat", import_file("import-catalog xlsx, 272 MB cell", "import-catalog",
                                 lambda w: _huge_cell_xlsx(w / "huge.xlsx"))),
        ("rows", import_file("import-catalog 100,001 rows", "import-catalog",
                             lambda w: write_csv(w / "rows.csv", catalog_rows(100_001)))),
        ("steps", import_file("import-flow 10,001-step chain", "import-flow",
                              text_file("chain.mmd", mermaid_chain(10_001).encode()))),
        ("self", import_file("import-flow self-attached boundary event", "import-flow",
                             text_file("self.bpmn", BPMN_SELF.encode()))),
        ("empty", import_file("import-flow empty .mmd", "import-flow", text_file("empty.mmd", b""))),
        ("utf16", import_file("import-catalog UTF-16 with BOM (tabs)", "import-catalog", text_file(
            "u16.txt", b"\xff\xfe" + "機能ID\t機能名称\t実装区分\n0010001\t登録\t実装必須機能\n".encode("utf-16-le")))),
        ("bidi", import_file("import-flow label with U+202E", "import-flow",
                             text_file("bidi.mmd", "flowchart TD\n  a[\u202eabc] --> b[受付]\n".encode()))),
        ("json", deep_json),
        ("missing", report_missing_folder),
        ("link", hard_link_writer),
    ]


def run_pytest(label: str, paths: list[str], env_extra: dict[str, str]) -> Outcome:
    """A pytest run as one row: passed/failed counts as the message."""
    started = time.monotonic()
    env = dict(_env(Path(tempfile.gettempdir()) / "reliability-config"), **env_extra)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *paths],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=3600)
    summary = (result.stdout.strip().splitlines() or [""])[-1]
    return Outcome(label, str(result.returncode), time.monotonic() - started, float("nan"), False,
                   result.returncode != 0, "no" if result.returncode == 0 else "see log", summary[:110])


def table(outcomes: list[Outcome]) -> str:
    """The Markdown table."""
    lines = ["| case | exit | s | peak MB | hang | traceback/noise | file changed on failure | first line |",
             "| --- | --- | ---: | ---: | --- | --- | --- | --- |"]
    for o in outcomes:
        message = o.message.replace("|", "｜")
        peak = "—" if math.isnan(o.peak_mb) else f"{o.peak_mb:,.0f}"
        lines.append(f"| {o.case} | {o.exit} | {o.seconds:.1f} | {peak} | {'yes' if o.hang else 'no'} "
                     f"| {'yes' if o.traceback else 'no'} | {o.data_lost} | {message} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz-examples", type=int, default=100)
    parser.add_argument("--kills", type=int, default=4)
    parser.add_argument("--only", nargs="*", help="case keys to run (default: all)")
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    for key, run in cases():
        if args.only and key not in args.only:
            continue
        with tempfile.TemporaryDirectory(prefix="reliability-") as name:
            outcome = run(Path(name))
        print(f"{outcome.case}: exit {outcome.exit}, {outcome.seconds:.1f} s, {outcome.peak_mb:,.0f} MB", flush=True)
        outcomes.append(outcome)
    if args.only:  # a partial run is printed, never written over the full table
        print(table(outcomes))
        return 0
    outcomes.append(run_pytest(f"fuzz suite, {args.fuzz_examples} examples per importer", ["tests/fuzz"],
                               {"JCLOUD_FUZZ_EXAMPLES": str(args.fuzz_examples), "JCLOUD_FUZZ_RANDOM": "1"}))
    outcomes.append(run_pytest(f"kill -9: {args.kills} per CLI write + window burst",
                               ["tests/faults/test_kill9_cli.py", "tests/faults/test_kill9_burst.py"],
                               {"JCLOUD_FAULT_KILLS": str(args.kills)}))
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    stamp = f"\n\n_Regenerated by `python tools/reliability_report.py` on {time.strftime('%Y-%m-%d')}._\n\n"
    DOC.write_text(text[:start] + stamp + table(outcomes) + "\n\n" + text[end:], encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
