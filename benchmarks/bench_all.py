"""Whole-app benchmarks: every performance target of the app against a baseline measured in the same run.

Run by hand (not part of CI)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_all [--write] [--only 1 5 ...]

``--write`` replaces the "## Whole-app benchmarks" section of ``benchmarks/RESULTS.md`` (other sections are kept).
Each GUI or cold-start measurement runs in a fresh subprocess (``sys.executable -c ...``, see ``bench_gui``) so
imports and caches are cold and memory is isolated; numbers are medians of several repetitions, ours and the
baseline interleaved. Test projects are generated with the domain operations (``new_process``, ``new_step`` chained,
rework flows with ``connect``, the sample's catalogue, links and judgments) and written with
``ProjectRepository.create``.

Targets:

1. start to a painted window with the sample project ≤ 2× a bare QApplication + QMainWindow, both timed as whole
   processes (``benchmarks/startup_bench.py``: ``jcloud-desk --exit-after-paint``; first start reported too);
2. open + load of a 2,000-step project ≤ 3× a raw sqlite-utils read of every table, and under 1 s;
3. one persisted edit (``EditSession.apply``) ≤ 3× a raw one-row sqlite-utils update (same journal / sync mode);
4. auto-layout vs Graphviz ``dot`` at 500 and 2,000 steps: time and crossings (reported);
5. fit-all render of 5,000 steps ≤ 2× a bare QGraphicsScene (scene build reported);
6. a 1,000-step project opens in MainWindow and is painted fit-all in under 1 s;
7. dragging a step at 2,000 steps: under 50 ms per mouse move (rerouting and repaint included);
8. catalogue suggestions over 2,000 items: median and p95 ≤ 5 ms per query;
9. memory of a 5,000-step project open and painted: ≤ +150 MiB over the empty window.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from benchmarks import startup_bench
from benchmarks.baselines import require
from benchmarks.results_file import RESULTS, write_section
from jcloud_desk.domain.edits import Add, Change, Edit, SetFields
from jcloud_desk.domain.fitgap import Link, Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.operations import connect, new_process, new_step
from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Project, ProjectInfo
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository

ROOT = Path(__file__).resolve().parent.parent
#: The comparison engines this script measures against (``benchmarks.baselines``): dot, for target 4.
BASELINES = ("dot",)
SECTION = "## Whole-app benchmarks"
SEED = 20250401
LANES = 6
STEPS_PER_PHASE = 100
LABELS = ("転入届を受け付ける", "本人確認書類を確認する", "住民票の写しを交付する", "異動内容を入力する",
          "記載事項を審査する", "手数料を収納する", "決裁を受ける", "関係課へ異動を通知する")

# --- test projects ------------------------------------------------------------------------------------


def _apply(project: Project, edit: Edit | None) -> None:
    if edit is not None:
        edit.apply(project, Change())


def generate(steps: int, seed: int = SEED) -> Project:
    """One process of ``steps`` steps in 6 lanes and ``steps / 100`` phases, built with the domain operations.

    Steps are chained (each ``new_step`` connects from the previous one); the lane changes at a quarter of the
    steps; about 5 % are check gateways with a rework flow back to a recent step. The sample's catalogue is copied
    in; 60 % of the activity steps link 1-2 items and half of them have a judgment.
    """
    rng = random.Random(seed)
    project = Project(info={"project": ProjectInfo(name=f"benchmark {steps}", municipality="ベンチ市")})
    phase_count = max(1, steps // STEPS_PER_PHASE)
    process_id, edit = new_process(project, f"住民異動届 {steps}", [f"部署{i + 1}" for i in range(LANES)],
                                   [f"工程{i + 1}" for i in range(phase_count)])
    _apply(project, edit)
    lanes, phases = project.lanes_of(process_id), project.phases_of(process_id)
    lane, previous = 0, ""
    recent: list[str] = []
    next_x: dict[tuple[str, str], float] = {}
    for number in range(steps):
        phase = phases[number * phase_count // steps]
        if rng.random() < 0.25:
            lane = rng.randrange(LANES)
        kind = StepKind.TASK
        if number == 0:
            kind = StepKind.START
        elif number == steps - 1:
            kind = StepKind.END
        elif rng.random() < 0.05:
            kind = StepKind.GATEWAY
        elif rng.random() < 0.3:
            kind = rng.choice((StepKind.MANUAL_TASK, StepKind.SYSTEM_TASK))
        cell = (lanes[lane].id, phase.id)
        label = f"{LABELS[number % len(LABELS)]} {number + 1}" if kind.is_activity else ("確認" if kind.is_gateway
                                                                                         else "")
        planned = new_step(project, process_id, cell[0], cell[1], label, kind, next_x.get(cell, 0.0), previous)
        _apply(project, planned.edit)
        next_x[cell] = planned.step.x + 190.0
        if kind is StepKind.GATEWAY and len(recent) > 4:
            _apply(project, connect(project, planned.step_id, rng.choice(recent[-12:-2]), "差戻し"))
        recent.append(planned.step_id)
        previous = planned.step_id
    _add_fitgap(project, rng)
    return project


def _add_fitgap(project: Project, rng: random.Random) -> None:
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        sample = repository.load()
    for catalog in sample.catalog.values():
        _apply(project, Add(deepcopy(catalog)))
    for item in sample.item.values():
        _apply(project, Add(deepcopy(item)))
    item_ids = list(project.item)
    verdicts = [v for v in Verdict if v is not Verdict.UNASSESSED]
    for step in list(project.step.values()):
        if not step.kind.is_activity:
            continue
        if rng.random() < 0.6:
            for item_id in rng.sample(item_ids, rng.choice((1, 1, 2))):
                _apply(project, Add(Link(id=new_id(), step_id=step.id, item_id=item_id)))
            if rng.random() < 0.5:
                _apply(project, set_judgment(project, step.id, verdict=rng.choice(verdicts)))


class Files:
    """Generated project files (one per size, written once) and fresh copies of them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._written: dict[int, Path] = {}
        self.counts: dict[int, tuple[int, int, int]] = {}
        self._copies = 0

    def project(self, steps: int) -> Path:
        """The file with ``steps`` steps (generated on first use)."""
        if steps not in self._written:
            project = generate(steps)
            path = self.folder / f"steps{steps}.jcdesk"
            ProjectRepository.create(path, project).close()
            self._written[steps] = path
            self.counts[steps] = (len(project.step), len(project.flow), len(project.link))
        return self._written[steps]

    def copy(self, source: Path) -> Path:
        """A fresh copy (new name: no lock, no settings memory shared with earlier runs)."""
        self._copies += 1
        target = self.folder / f"copy{self._copies}-{source.name}"
        shutil.copyfile(source, target)
        return target


# --- results --------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Row:
    """One line of the results table."""

    number: int
    metric: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    passed: bool | None
    note: str = ""

    def cells(self) -> list[str]:
        """The table cells."""
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        result = "—" if self.passed is None else ("pass" if self.passed else "**FAIL**")
        return [str(self.number), self.metric, self.ours, self.baseline, ratio, self.target, result]


def ms(seconds: float) -> str:
    """Seconds as milliseconds text."""
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def p95(values: list[float]) -> float:
    """95th percentile (inclusive method)."""
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def markdown(rows: list[Row]) -> str:
    """The results as a markdown table."""
    lines = ["| # | metric | ours | baseline | ratio | target | result |",
             "| ---: | --- | ---: | ---: | ---: | --- | --- |"]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def plain(rows: list[Row]) -> str:
    """The results as an aligned text table for the terminal."""
    table = [["#", "metric", "ours", "baseline", "ratio", "target", "result"]] + [
        [c.replace("**", "") for c in row.cells()] for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in table)


# --- subprocesses ----------------------------------------------------------------------------------------
class Runner:
    """Starts fresh Python processes with an offscreen platform and a throw-away settings folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._configs = 0

    def env(self) -> dict[str, str]:
        """Environment of one child: offscreen Qt, its own empty settings/log folder, cached bytecode.

        Bytecode goes to a pycache prefix in the work folder (the source tree stays clean) and is written even when
        ``PYTHONDONTWRITEBYTECODE`` is set, as an installed app ships compiled modules; otherwise every child would
        compile the whole app on start.
        """
        self._configs += 1
        config = self.folder / f"config{self._configs}"
        config.mkdir()
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.folder / "pycache")
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["JCLOUD_DESK_CONFIG_DIR"] = str(config)
        return env

    def code(self, code: str, *args: str) -> tuple[float, dict[str, Any]]:
        """Run ``python -c code args``; return the wall-clock start (``time.time``) and its last JSON line."""
        env = self.env()
        start = time.time()
        done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=900)
        if done.returncode != 0:
            raise RuntimeError(f"child failed ({done.returncode}):\n{done.stderr[-3000:]}")
        line = next(x for x in reversed(done.stdout.splitlines()) if x.startswith("{"))
        return start, json.loads(line)

    def import_profile(self, code: str) -> list[tuple[int, int, str]]:
        """``python -X importtime -c code``: (depth, cumulative µs, module) per line, children before parents."""
        done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT, env=self.env(),
                              capture_output=True, text=True, timeout=300)
        lines = []
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if match:
                lines.append((len(match.group(3)) // 2, int(match.group(2)), match.group(4)))
        return lines

    def task(self, *args: object) -> dict[str, Any]:
        """Run one ``bench_gui`` task."""
        return self.code("from benchmarks.bench_gui import main; main()", *map(str, args))[1]


# --- the benchmarks ------------------------------------------------------------------------------------------
class Bench:
    """All measurements of one run."""

    def __init__(self, folder: Path, quick: bool) -> None:
        self.files = Files(folder)
        self.run = Runner(folder)
        self.quick = quick
        self.notes: list[str] = []

    def reps(self, normal: int) -> int:
        """Repetitions (fewer with ``--quick``)."""
        return max(1, normal // 3) if self.quick else normal

    def log(self, text: str) -> None:
        """Progress on stderr."""
        print(text, file=sys.stderr, flush=True)

    # 1
    def cold_start(self) -> list[Row]:
        """Process start to exit after the first frame with the sample (`--exit-after-paint`), vs a bare QMainWindow."""
        result = startup_bench.measure(self.files.folder / "startup", self.reps(11), 3 if not self.quick else 1)
        self.notes.append("1: " + " ".join(startup_bench.report(result)[-1:]) + " CPU time (less sensitive to "
                          f"other load): ours {ms(result.ours.cpu)}, bare {ms(result.bare.cpu)} "
                          f"({result.ours.cpu / result.bare.cpu:.2f}×).")
        self.notes.append("1: " + import_breakdown(self.run))
        ratio = result.ratio
        cold = result.ours_cold.wall / result.bare_cold.wall
        compiled = result.ours_compile.wall / result.bare_compile.wall
        return [Row(1, "Start → sample painted, whole process (`--exit-after-paint`)", ms(result.ours.wall),
                    ms(result.bare.wall), ratio, "≤ 2×", ratio <= 2.0),
                Row(1, "First start (fresh settings + font cache), whole process", ms(result.ours_cold.wall),
                    ms(result.bare_cold.wall), cold, "report", None),
                Row(1, "Start without bytecode (all compiled), whole process", ms(result.ours_compile.wall),
                    ms(result.bare_compile.wall), compiled, "report", None)]

    # 2
    def open_project(self) -> list[Row]:
        """ProjectService.open (validate, lock, migrate check, load) vs raw sqlite-utils reads of every table."""
        path = self.files.project(2000)
        service = ProjectService()

        def ours() -> None:
            service.open(path).close()

        def raw() -> None:
            db = Database(path)
            try:
                for name in db.table_names():
                    list(db[name].rows)
            finally:
                db.close()

        ours_t, raw_t = interleaved(ours, raw, self.reps(9))
        ratio = ours_t / raw_t
        steps, flows, links = self.files.counts[2000]
        self.notes.append(f"2: the 2,000-step file holds {steps} steps, {flows} flows, {links} links "
                          f"({path.stat().st_size / 1e6:.1f} MB).")
        return [Row(2, "Open + load 2,000 steps", ms(ours_t), ms(raw_t), ratio, "≤ 3× and < 1 s",
                    ratio <= 3.0 and ours_t < 1.0)]

    # 3
    def edit(self) -> list[Row]:
        """EditSession.apply of one SetFields (persisted) vs a raw one-row update, same file, same sync mode."""
        path = self.files.copy(self.files.project(2000))
        opened = ProjectService().open(path)
        session = opened.session
        step = next(s for s in opened.project.step.values() if s.kind.is_activity)
        db = Database(path)
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
        counter = iter(range(1_000_000))

        def ours() -> None:
            session.apply(SetFields.of(step, label=f"手順 {next(counter)}"))

        def raw() -> None:
            db["step"].update(step.id, {"label": f"手順 {next(counter)}"})  # type: ignore[union-attr]

        try:
            ours_t, raw_t = blocks(ours, raw, self.reps(200), block=50)
        finally:
            db.close()
            opened.close()
        ratio = ours_t / raw_t
        return [Row(3, "One edit persisted (median)", ms(ours_t), ms(raw_t), ratio, "≤ 3×", ratio <= 3.0)]

    # 4
    def layout(self) -> list[Row]:
        """benchmarks.layout_bench: ours vs dot on the swimlane generator, 500 and 2,000 steps."""
        try:
            from benchmarks import layout_bench
            from benchmarks.swimlane_graphs import swimlane_project
        except ImportError as error:
            self.notes.append(f"4: layout benchmark unavailable ({error}).")
            return []
        if shutil.which("dot") is None:
            self.notes.append("4: Graphviz dot is not installed (apt-get install -y graphviz).")
            return []
        rows = []
        for size in (500, 2000):
            project, _stats = swimlane_project(size, lanes=layout_bench.LANES, seed=layout_bench.MAIN_SEED)
            ours = layout_bench.run_ours(project)
            dot = layout_bench.run_dot(project, 3 if size <= 500 else 1)
            if ours.seconds is not None and dot.seconds is not None:
                rows.append(Row(4, f"Auto-layout {size:,} steps: time", ms(ours.seconds), f"{ms(dot.seconds)} (dot)",
                                ours.seconds / dot.seconds, "report", None))
            if ours.crossings is not None and dot.crossings is not None:
                rows.append(Row(4, f"Auto-layout {size:,} steps: crossings", str(ours.crossings),
                                f"{dot.crossings} (dot)", ours.crossings / max(1, dot.crossings), "report", None))
        version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
        self.notes.append(f"4: `benchmarks/layout_bench.py` run_ours / run_dot on `swimlane_graphs` (seed "
                          f"{layout_bench.MAIN_SEED}, {layout_bench.LANES} lanes); ours median of 3, dot median of "
                          f"3 at 500 and one run at 2,000 (subprocess included); {version}.")
        return rows

    # 5
    def render(self) -> list[Row]:
        """Fit-all render and scene build at 5,000 steps: ProcessScene/ProcessView vs the bare scene."""
        path = self.files.project(5000)
        ours, bare = [], []
        for _ in range(self.reps(3)):
            ours.append(self.run.task("render", path, 3))
            bare.append(self.run.task("bare_render", path, 3))
        render_o = statistics.median(r["render"] for r in ours)
        render_b = statistics.median(r["render"] for r in bare)
        build_o = statistics.median(r["build"] for r in ours)
        build_b = statistics.median(r["build"] for r in bare)
        self.notes.append(f"5: first (cold) render ours {ms(statistics.median(r['first_render'] for r in ours))}, "
                          f"bare {ms(statistics.median(r['first_render'] for r in bare))}; scene items ours "
                          f"{ours[0]['items']}, bare {bare[0]['items']}.")
        return [
            Row(5, "Fit-all render 5,000 steps (1600×1000)", ms(render_o), ms(render_b), render_o / render_b,
                "≤ 2×", render_o / render_b <= 2.0),
            Row(5, "Scene build 5,000 steps", ms(build_o), ms(build_b), build_o / build_b, "report", None),
        ]

    # 6
    def open_window(self) -> list[Row]:
        """MainWindow.open_path of 1,000 steps + fit-all + paint (absolute), bare scene build + render shown."""
        source = self.files.project(1000)
        ours, bare = [], []
        for _ in range(self.reps(3)):
            ours.append(self.run.task("window", self.files.copy(source)))
            bare.append(self.run.task("bare_render", source, 1))
        seconds = statistics.median(r["seconds"] for r in ours)
        bare_s = statistics.median(r["build"] + r["first_render"] for r in bare)
        self.notes.append(f"6: ours = `open_path` + `fit_all` + one `processEvents` (the event loop paints the diagram "
                          f"and the overview dock), of which `open_path` (load, scene, docks) "
                          f"{ms(statistics.median(r['open'] for r in ours))}; CPU time "
                          f"{ms(statistics.median(r['cpu'] for r in ours))}; a further `window.grab()` (everything "
                          f"rendered again into a pixmap) takes {ms(statistics.median(r['grab'] for r in ours))}. "
                          "The baseline is the bare scene's build + first fit-all render (`fitInView` + `grab`).")
        return [Row(6, "Open 1,000 steps in MainWindow + fit-all paint", ms(seconds), ms(bare_s), seconds / bare_s,
                    "< 1 s", seconds < 1.0)]

    # 7
    def drag(self) -> list[Row]:
        """Per mouse-move time of a step drag at 2,000 steps (30 moves) vs the bare scene."""
        source = self.files.project(2000)
        ours, bare = [], []
        for _ in range(self.reps(2)):
            ours.append(self.run.task("drag", self.files.copy(source), 30))
            bare.append(self.run.task("bare_drag", source, 30))
        frames_o = [f for r in ours for f in r["frames"]]
        frames_b = [f for r in bare for f in r["frames"]]
        median_o, median_b = statistics.median(frames_o), statistics.median(frames_b)
        p95_o, p95_b = p95(frames_o), p95(frames_b)
        release = statistics.median(r["release"] for r in ours)
        moved = all(r["persisted"] for r in ours) and all(abs(r["moved"][0]) > 1 for r in ours + bare)
        self.notes.append(f"7: {len(frames_o)} moves of ours (max {ms(max(frames_o))}), release (Move edit applied, "
                          f"persisted, docks updated) {ms(release)}; the dragged step has {ours[0]['flows_of_step']} "
                          f"flows; viewports ours {ours[0]['view']}, bare {bare[0]['view']}; "
                          f"{'moves landed and persisted' if moved else 'WARNING: the drag did not move the step'}.")
        return [
            Row(7, "Drag at 2,000 steps, per move (median)", ms(median_o), ms(median_b), median_o / median_b,
                "< 50 ms", median_o < 0.05),
            Row(7, "Drag at 2,000 steps, per move (p95)", ms(p95_o), ms(p95_b), p95_o / p95_b, "< 50 ms",
                p95_o < 0.05),
        ]

    # 8
    def suggest(self) -> list[Row]:
        """benchmarks.suggest_bench: SuggestionIndex over 2,000 items vs brute-force cosine."""
        from benchmarks import suggest_bench

        project = suggest_bench.load_sample()
        real = suggest_bench.build_index(project).items
        items = suggest_bench.synthetic_catalogue(real, 2000)
        texts = suggest_bench.queries(project, 200)
        timings = suggest_bench.measure(items, texts)
        median_o, median_b = statistics.median(timings.index_ms), statistics.median(timings.naive_ms)
        p95_o, p95_b = p95(timings.index_ms), p95(timings.naive_ms)
        self.notes.append(f"8: `benchmarks/suggest_bench.py` measure(): {len(items)} items, {len(texts)} queries, "
                          f"best of {suggest_bench.REPEAT} per query; baseline = brute-force cosine over every item.")
        return [
            Row(8, "Suggestion query, 2,000 items (median)", f"{median_o:.2f} ms", f"{median_b:.2f} ms",
                median_o / median_b, "≤ 5 ms", median_o <= 5.0),
            Row(8, "Suggestion query, 2,000 items (p95)", f"{p95_o:.2f} ms", f"{p95_b:.2f} ms", p95_o / p95_b,
                "≤ 5 ms", p95_o <= 5.0),
        ]

    # 9
    def memory(self) -> list[Row]:
        """VmRSS growth of MainWindow opening and painting 5,000 steps, vs the bare scene's growth."""
        source = self.files.project(5000)
        ours, bare = [], []
        for _ in range(self.reps(2)):
            ours.append(self.run.task("window", self.files.copy(source)))
            bare.append(self.run.task("bare_render", source, 1))
        delta_o = statistics.median(r["rss_open"] - r["rss_empty"] for r in ours)
        delta_b = statistics.median(r["rss_delta"] for r in bare)
        self.notes.append(f"9: empty window {statistics.median(r['rss_empty'] for r in ours):.0f} MiB VmRSS; "
                          f"opening 5,000 steps (load, scene, docks, first paint) took "
                          f"{ms(statistics.median(r['seconds'] for r in ours))}, the grab "
                          f"{ms(statistics.median(r['grab'] for r in ours))}; VmRSS read after both; the baseline is "
                          "the bare scene's growth (build + renders; project loading excluded).")
        return [Row(9, "Memory, 5,000 steps open and painted", f"+{delta_o:.0f} MiB", f"+{delta_b:.0f} MiB",
                    delta_o / delta_b if delta_b > 0 else None, "≤ +150 MiB", delta_o <= 150.0)]


def import_breakdown(run: Runner) -> str:
    """Where the app's import time goes: packages (and which of our modules pulls each in first) vs our own code."""
    code = "from jcloud_desk.ui.app import build_main_window, create_application; import jcloud_desk.ui.crash_handler"
    run.import_profile(code)  # compiles the bytecode
    lines = run.import_profile(code)
    total = next((cumulative for _d, cumulative, name in lines if name == "jcloud_desk.ui.app"), 0)
    third: dict[str, int] = {}
    via: dict[str, str] = {}
    for index, (depth, cumulative, name) in enumerate(lines):
        parent = next((n for d, _c, n in lines[index + 1:] if d < depth), "")
        if name.startswith("jcloud_desk") or not parent.startswith("jcloud_desk"):
            continue
        root = name.split(".")[0]
        third[root] = third.get(root, 0) + cumulative
        via.setdefault(root, parent)
    top = [kv for kv in sorted(third.items(), key=lambda kv: -kv[1]) if kv[1] >= 20_000][:6]
    parts = [f"{root} {us / 1000:.0f} ms (via {via[root]})" for root, us in top]
    own = total - sum(third.values())
    return (f"`python -X importtime` (which adds its own overhead) of the GUI modules, bytecode cached: "
            f"{total / 1000:.0f} ms in all; packages over 20 ms: {', '.join(parts)}; jcloud_desk's own modules about "
            f"{own / 1000:.0f} ms.")


def interleaved(ours: Callable[[], object], base: Callable[[], object], reps: int) -> tuple[float, float]:
    """Medians of ``reps`` alternating runs of both (one warm-up each)."""
    times: tuple[list[float], list[float]] = ([], [])
    for rep in range(reps + 1):
        for index, function in enumerate((ours, base)):
            start = time.perf_counter()
            function()
            if rep:
                times[index].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def blocks(ours: Callable[[], object], base: Callable[[], object], count: int, block: int) -> tuple[float, float]:
    """Medians of ``count`` runs of each, in alternating blocks of ``block`` (same connection stays hot)."""
    times: tuple[list[float], list[float]] = ([], [])
    ours(), base()
    while len(times[1]) < count:
        for index, function in enumerate((ours, base)):
            for _ in range(min(block, count - len(times[index]))):
                start = time.perf_counter()
                function()
                times[index].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


# --- report ------------------------------------------------------------------------------------------------------
def machine(start_load: float | None = None) -> str:
    """nproc, CPU model, Python, PySide6 and SQLite versions, load average (at the start and now)."""
    from PySide6 import __version__ as pyside_version

    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ""
    if hasattr(os, "getloadavg"):
        at_start = "" if start_load is None else f"{start_load:.2f} at the start, "
        load = f", load average {at_start}{os.getloadavg()[0]:.2f} at the end (other jobs share the machine)"
    return (f"{cpus} CPUs (nproc), {model}, Python {platform.python_version()}, PySide6 {pyside_version}, "
            f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}{load}")


@contextmanager
def work_folder() -> Iterator[Path]:
    """A temporary folder for generated files, copies and child settings."""
    with tempfile.TemporaryDirectory(prefix="jcloud-bench-") as name:
        yield Path(name)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks, print the table, optionally write it into RESULTS.md."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the section in benchmarks/RESULTS.md")
    parser.add_argument("--only", type=int, nargs="+", choices=range(1, 10), help="run only these targets")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run, not for --write)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    selected = set(args.only or range(1, 10))
    if args.write and 4 in selected:
        require(*BASELINES)
    start_load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    started = time.perf_counter()
    rows: list[Row] = []
    with work_folder() as folder:
        bench = Bench(folder, args.quick)
        steps: list[tuple[int, Callable[[], list[Row]]]] = [
            (1, bench.cold_start), (2, bench.open_project), (3, bench.edit), (4, bench.layout), (5, bench.render),
            (6, bench.open_window), (7, bench.drag), (8, bench.suggest), (9, bench.memory)]
        for number, function in steps:
            if number in selected:
                bench.log(f"[{number}] {function.__doc__ or ''}".splitlines()[0])
                rows += function()
        notes = bench.notes
    about = machine(start_load)
    elapsed = time.perf_counter() - started
    print(plain(rows))
    print()
    for note in notes:
        print(note)
    print(f"\n{about}; {elapsed:.0f} s")
    if args.write:
        passed = sum(1 for r in rows if r.passed)
        judged = sum(1 for r in rows if r.passed is not None)
        write_section(SECTION, "\n".join([
            f"Measured {datetime.date.today().isoformat()} on {about}.",
            "",
            "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_all --write` "
            f"({elapsed:.0f} s; every GUI and cold-start figure is a fresh subprocess; medians; ours and the baseline "
            "interleaved in the same run).",
            "",
            markdown(rows),
            "",
            f"{passed} of {judged} targets pass.",
            "",
            *[f"* {note}" for note in notes],
        ]))
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
