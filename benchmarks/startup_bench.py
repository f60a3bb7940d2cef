"""Start-up as a whole process: `jcloud-desk --exit-after-paint SAMPLE` vs a bare QMainWindow, same run.

Run by hand (also row 1 of ``bench_all``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.startup_bench [--write] [--reps N]

Both are timed from process start to process exit (``subprocess.run``), CPU time from ``RUSAGE_CHILDREN``; the
bare baseline exits right after its first paint the same way (an event filter on the window's Paint, then
``exit(0)`` from the event loop). Runs interleave ours and the baseline; medians.

* warm: bytecode cached (one discarded round compiles it first), the usual start;
* first start: fresh settings and a fresh ``XDG_CACHE_HOME`` (fontconfig's cache) per run, bytecode compiled as
  ``scripts/setup.sh`` leaves it (``compileall``; pip compiles the packages);
* no bytecode: also a fresh bytecode folder per run (``PYTHONPYCACHEPREFIX``: the standard library and every package
  compiled at start too), the worst case (an install whose bytecode was never written).

``--write`` replaces the "## Start-up" section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.results_file import write_section
from jcloud_desk import start_trace

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Start-up"
SAMPLE = ROOT / "sample_projects" / "juminkiroku_sample.jcdesk"

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from jcloud_desk import start_trace


class ExitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            start_trace.mark("shown")
            app.exit(0)  # the loop returns once this paint is flushed (as ours)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
watcher = ExitAfterPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True, slots=True)
class Timing:
    """One whole process: wall-clock and CPU seconds."""

    wall: float
    cpu: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class StartRunner:
    """Runs one start in a fresh process with its own settings folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._count = 0

    def _env(self, cold: bool, no_bytecode: bool = False) -> dict[str, str]:
        self._count += 1
        run = self.folder / f"run{self._count}"
        run.mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JCLOUD_DESK_CONFIG_DIR=str(run / "config"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(run / "pycache" if no_bytecode else self.folder / "pycache")
        if cold:
            env["XDG_CACHE_HOME"] = str(run / "cache")
        return env

    def start(self, ours: bool, cold: bool = False, no_bytecode: bool = False,
              moments: dict[str, float] | None = None, floor: bool = False) -> Timing:
        """Time one start of ours (a copy of the sample opened), of the bare window or (``floor``) of the stock
        widgets of our first frame (``benchmarks/startup_floor.py``); with ``moments``, also collect the start's
        trace marks (ms since launch, ``jcloud_desk.start_trace``) into it."""
        env = self._env(cold or no_bytecode, no_bytecode)
        if ours or floor:
            project = self.folder / f"sample{self._count}.jcdesk"
            project.write_bytes(SAMPLE.read_bytes())
            command = [sys.executable, "-m", "jcloud_desk", "--exit-after-paint", str(project)]
            if floor:
                command = [sys.executable, "-m", "benchmarks.startup_floor", str(project)]
        else:
            command = [sys.executable, "-c", BARE]
        cpu = _children_cpu()
        if moments is not None:
            env[start_trace.ENV] = repr(time.time())
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        wall = time.perf_counter() - start
        traced = [line for line in done.stderr.splitlines() if line.startswith(start_trace.PREFIX)]
        other = [line for line in done.stderr.splitlines() if not line.startswith(start_trace.PREFIX)]
        if done.returncode != 0 or (ours and (done.stdout or other)):
            raise RuntimeError(f"start failed ({done.returncode}): {done.stdout[-1000:]}{done.stderr[-3000:]}")
        if moments is not None:
            for line in traced:
                name, value = line.removeprefix(start_trace.PREFIX).split()
                moments[name] = float(value)
            moments["exit"] = wall * 1000
        return Timing(wall, _children_cpu() - cpu)


@dataclass(frozen=True, slots=True)
class StartResult:
    """Medians of ours and the bare window, warm and at first start."""

    ours: Timing
    bare: Timing
    ours_cold: Timing
    bare_cold: Timing
    ours_compile: Timing
    bare_compile: Timing
    reps: int
    cold_reps: int
    #: median ms since launch of each traced moment of a warm start (ours, bare)
    moments: tuple[dict[str, float], dict[str, float]] = ({}, {})
    #: warm starts of the stock widgets of our first frame without our code (``startup_floor``)
    floor: Timing | None = None

    @property
    def ratio(self) -> float:
        """Warm wall-clock ratio (the target: ≤ 2)."""
        return self.ours.wall / self.bare.wall


def _median(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def measure(folder: Path, reps: int = 11, cold_reps: int = 3) -> StartResult:
    """Interleaved starts of ours and the bare window, warm (after one discarded round) and first start."""
    folder.mkdir(parents=True, exist_ok=True)
    runner = StartRunner(folder)
    warm: tuple[list[Timing], list[Timing]] = ([], [])
    floor: list[Timing] = []
    for rep in range(reps + 1):
        for index, ours in enumerate((True, False)):
            timing = runner.start(ours)
            if rep:
                warm[index].append(timing)
        timing = runner.start(False, floor=True)
        if rep:
            floor.append(timing)
    cold: tuple[list[Timing], list[Timing]] = ([], [])
    compile_: tuple[list[Timing], list[Timing]] = ([], [])
    for _ in range(cold_reps):
        for index, ours in enumerate((True, False)):
            cold[index].append(runner.start(ours, cold=True))
            compile_[index].append(runner.start(ours, no_bytecode=True))
    traced: tuple[list[dict[str, float]], list[dict[str, float]]] = ([], [])
    for _ in range(reps):
        for index, ours in enumerate((True, False)):
            moments: dict[str, float] = {}
            runner.start(ours, moments=moments)
            traced[index].append(moments)
    return StartResult(_median(warm[0]), _median(warm[1]), _median(cold[0]), _median(cold[1]),
                       _median(compile_[0]), _median(compile_[1]), reps, cold_reps,
                       (_median_moments(traced[0]), _median_moments(traced[1])), _median(floor))


def _median_moments(runs: list[dict[str, float]]) -> dict[str, float]:
    names = [name for name in runs[0] if all(name in run for run in runs)] if runs else []
    return {name: statistics.median(run[name] for run in runs) for name in names}


#: The traced moments of a start, in order, and what each means.
MOMENTS = {
    "python": "interpreter up (`jcloud_desk.launch.main` entered)",
    "imported": "the GUI's modules imported",
    "window": "QApplication, fonts, translations, the main window and its docks built",
    "chrome": "the window chrome painted (no project yet)",
    "shown": "the first frame with the project painted (the bare window: its first paint)",
    "exit": "process gone (window closed, settings saved)",
}


def floor_lines(result: StartResult) -> list[str]:
    """What the floor row means: how much of the 2× budget the first frame's widgets alone use."""
    assert result.floor is not None
    budget = 2 * result.bare.wall - result.floor.wall
    return [
        "Floor (`benchmarks/startup_floor.py`): a 1440×900 QMainWindow with a menu bar of 6 × 8 actions, a process "
        "list and an overview dock, a form of 12 fields, four tabbed bottom docks (one a table of 80 rows) and a "
        "QGraphicsView of the sample's first process (its lanes, steps with their Japanese labels and flows, read "
        "with plain sqlite3), stock Qt items only, exit after the first paint without the interpreter's teardown "
        "(as ours): "
        f"{result.floor.wall / result.bare.wall:.2f}× the bare window. Of a 2× goal that leaves "
        f"{ms(budget)} for everything our code does on the way to the first frame (importing about 150 modules, "
        "reading and checking the project, laying out its docks); ours takes "
        f"{ms(result.ours.wall - result.floor.wall)} more than the floor.",
    ]


def moment_lines(result: StartResult) -> list[str]:
    """Markdown table: when each moment of a warm start is reached, ours against the bare window's first paint."""
    ours, bare = result.moments
    if not ours or "shown" not in bare:
        return []
    lines = ["| moment (warm start) | ms since launch | × bare first paint | step |", "| --- | ---: | ---: | ---: |"]
    previous = 0.0
    for name, meaning in MOMENTS.items():
        if name in ours:
            lines.append(f"| {name}: {meaning} | {ours[name]:.0f} | {ours[name] / bare['shown']:.2f}× | "
                         f"+{ours[name] - previous:.0f} |")
            previous = ours[name]
    lines += ["", f"Bare window: first paint {bare['shown']:.0f} ms, process gone {bare['exit']:.0f} ms after launch "
              f"(medians of {result.reps} traced starts each, interleaved; the trace is `JCLOUD_DESK_START_TRACE`, "
              "`jcloud_desk/start_trace.py`, and adds one environment lookup per moment)."]
    return lines


def ms(seconds: float) -> str:
    """Milliseconds, no decimals."""
    return f"{seconds * 1000:.0f} ms"


def report(result: StartResult) -> list[str]:
    """Markdown lines: the table and what it means."""
    def row(name: str, ours: Timing, bare: Timing, target: str, passed: bool | None) -> str:
        verdict = "—" if passed is None else ("pass" if passed else "**FAIL**")
        return (f"| {name} | {ms(ours.wall)} | {ms(bare.wall)} | {ours.wall / bare.wall:.2f}× | "
                f"{ms(ours.cpu)} / {ms(bare.cpu)} ({ours.cpu / bare.cpu:.2f}×) | {target} | {verdict} |")

    cold_ratio = result.ours_cold.wall / result.bare_cold.wall
    return [
        "| start (whole process) | ours | bare QMainWindow | ratio | CPU ours / bare | target | result |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
        row("warm: `jcloud-desk --exit-after-paint` sample", result.ours, result.bare, "≤ 2×",
            result.ratio <= 2.0),
        row("first start: fresh settings + font cache", result.ours_cold, result.bare_cold, "report", None),
        row("no bytecode: everything compiled at start", result.ours_compile, result.bare_compile, "report", None),
        *([row("floor: the same widgets in stock Qt, sample rows via sqlite3, no jcloud_desk code",
               result.floor, result.bare, "report", None)] if result.floor is not None else []),
        "",
        f"Medians of {result.reps} warm starts each (after one discarded round) and {result.cold_reps} first starts "
        "each, ours and the bare window interleaved. Ours = `python -m jcloud_desk --exit-after-paint <copy of "
        "sample_projects/juminkiroku_sample.jcdesk>`: window chrome painted, then the sample loaded and painted, "
        "the window closed (project closed, settings saved), exit 0 without the interpreter's teardown. The checks "
        "list and the minimap fill in the event-loop turn after that first frame (as in every start), so they are "
        "not in this time. "
        "Bare = QApplication + QMainWindow 1440×900 shown, exit after its "
        f"first paint. First start: ours {cold_ratio:.2f}× the bare window started the same way, "
        f"{ms(result.ours_cold.wall - result.ours.wall)} over our warm start (CPU "
        f"{ms(result.ours_cold.cpu - result.ours.cpu)}); without bytecode ours takes "
        f"{ms(result.ours_compile.wall - result.ours.wall)} more than warm (CPU "
        f"{ms(result.ours_compile.cpu - result.ours.cpu)}; the bare window "
        f"{ms(result.bare_compile.wall - result.bare.wall)}). `scripts/setup.sh` runs `compileall` on jcloud_desk and "
        "pip compiles the packages, so an installed app starts with bytecode.",
        *(["", *floor_lines(result)] if result.floor is not None else []),
        "",
        *moment_lines(result),
    ]


def machine() -> str:
    """CPUs, Python and load of this run."""
    load = f", load average {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    return f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}{load}"


def main(argv: list[str] | None = None) -> int:
    """Measure, print, optionally write RESULTS.md."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the section in benchmarks/RESULTS.md")
    parser.add_argument("--reps", type=int, default=11, help="warm starts of each")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jcloud-start-") as name:
        result = measure(Path(name), args.reps)
    lines = report(result)
    print("\n".join(lines))
    print(f"\nratio (warm, wall clock): {result.ratio:.2f}× (target ≤ 2×); {machine()}")
    if args.write:
        write_section(SECTION, "\n".join([
            f"Measured {datetime.date.today().isoformat()} on {machine()} (other jobs share the machine).",
            "",
            "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.startup_bench --write`.",
            "",
            *lines,
        ]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
