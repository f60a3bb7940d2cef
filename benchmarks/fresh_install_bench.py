"""First start on a fresh install: a brand-new virtualenv set up like `scripts/setup.sh`, its first starts vs bare Qt.

Run by hand (installs packages, about a minute; not in CI, not in ``bench_all``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.fresh_install_bench [--write] [--keep DIR]

What it does, in a temporary folder (``--keep DIR``: in DIR, left there):

1. per variant, copies the checkout's files as a fresh clone has them (``git ls-files``: no ``__pycache__``, no
   egg-info) and installs a new ``.venv`` in the copy from this interpreter's base Python (``sys._base_executable``,
   put first on PATH as ``python3.11``), timing each step; pip runs with its usual configuration and cache, and its
   log says which files it downloaded, took from its HTTP cache or from a local index. Variants: *setup.sh* (runs
   ``bash scripts/setup.sh`` itself: venv, ``pip install --upgrade pip``, ``pip install -e ".[dev]"``, ``compileall -q
   jcloud_desk``; its system packages must be installed already, or it would run apt-get), *no compileall* (the
   README's bare ``pip install -e .[dev]``) and *wheel* (``pip install .``: pip compiles every module it installs);
2. starts from that venv, each a whole process timed from spawn to exit, wall and CPU (``RUSAGE_CHILDREN``): ours =
   ``python -m jcloud_desk --exit-after-paint <the user's copy of the sample>``, bare = ``startup_bench.BARE``
   (QApplication + QMainWindow shown, exit after its first paint) and, for setup.sh, the README start
   (``scripts/start.sh`` without its ``gui`` package list: ``source scripts/setup.sh`` then ``.venv/bin/jcloud-desk
   --exit-after-paint``, no project). Each sequence gives every program a brand-new user (fresh ``HOME`` and
   ``XDG_CONFIG/DATA/CACHE/STATE_HOME``) for its 1st start and reuses it for the 2nd and 3rd, the programs
   interleaved. The very first start of the venv (sequence 1, ours first) is the first start after install; the later
   sequences give medians of a new user's 1st/2nd/3rd start;
3. what a first start leaves behind: bytecode files it wrote (into the venv or the source), files in the new user's
   folders (a fontconfig cache there means fontconfig had to scan the fonts), ``-X importtime`` of a new user's 1st
   start vs its 3rd (by top-level package), one simulated machine without a system fontconfig cache
   (``FONTCONFIG_FILE`` whose only cache folder is the user's), starts with the install's files dropped from the page
   cache first (as after a reboot; MB read from disk for every start), and whether the installed app finds
   ``resources/``.

Bytecode: the shell this is started from may set ``PYTHONDONTWRITEBYTECODE=1`` (the shared dev venv does); every child
(pip, compileall, the starts) runs with every ``PYTHON*`` variable removed, so bytecode is written and read exactly as
on a user's machine. Children start in the new user's home, never in the source copy (``python -m`` would import
``jcloud_desk`` from the working directory and bypass a wheel install).

``--write`` replaces the "## First start on a fresh install" section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.install_probe import (
    FONTCONFIG_NO_SYSTEM_CACHE,
    Fetched,
    bytecode_files,
    describe_files,
    evict_from_page_cache,
    importtime_by_package,
    parse_importtime,
    parse_pip_fetches,
    user_files,
)
from benchmarks.results_file import write_section
from benchmarks.startup_bench import BARE, Timing, machine, ms

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## First start on a fresh install"
SAMPLE = Path("sample_projects") / "juminkiroku_sample.jcdesk"
PIP = ("-m", "pip", "install", "--disable-pip-version-check")  # scripts/setup.sh's flags, without -q (log parsed)
STARTS = 3


@dataclass(frozen=True, slots=True)
class Variant:
    """One way of installing: `scripts/setup.sh` itself, editable without compileall, or a wheel."""

    key: str
    title: str
    commands: tuple[tuple[str, tuple[str, ...]], ...]  # (step name, command; "{python}" / "{base}" substituted)


VARIANTS = (
    Variant("setup", "`scripts/setup.sh`", (("scripts/setup.sh", ("bash", "scripts/setup.sh")),)),
    Variant("nocompile", "`pip install -e \".[dev]\"` only (no `compileall`)", (
        ("venv", ("{base}", "-m", "venv", ".venv")),
        ("pip install -e", ("{python}", *PIP, "-e", ".[dev]")))),
    Variant("wheel", "`pip install .` (not editable; pip compiles what it installs)", (
        ("venv", ("{base}", "-m", "venv", ".venv")),
        ("pip install .", ("{python}", *PIP, ".")))),
)
# The README's start: scripts/start.sh is `source scripts/setup.sh gui` + `exec .venv/bin/jcloud-desk "$@"`; "gui"
# only adds X11 packages to the check (this machine lacks two, so start.sh would run apt-get): without it here.
README_START = "source scripts/setup.sh && exec .venv/bin/jcloud-desk --exit-after-paint"
OURS, BARE_QT, README = "ours", "bare", "readme"


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without ``PYTHON*`` (``PYTHONDONTWRITEBYTECODE``, ``PYTHONPATH``,
    ``PYTHONPYCACHEPREFIX`` ...), ``VIRTUAL_ENV``, ``FONTCONFIG_FILE`` and ``JCLOUD_DESK_*``, plus ``extra``: children
    see what a user's shell would."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "JCLOUD_DESK")) and k not in ("VIRTUAL_ENV", "FONTCONFIG_FILE")}
    env.update(extra)
    return env


def base_python() -> Path:
    """The interpreter the running venv was made from (pyenv's python3.11 here)."""
    return Path(getattr(sys, "_base_executable", sys.executable)).resolve()


def copy_checkout(target: Path) -> Path:
    """The checkout's tracked and untracked-but-not-ignored files (what a fresh clone has, plus local edits)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@dataclass(slots=True)
class Install:
    """One fresh virtualenv (``src/.venv`` of a copy of the checkout, where setup.sh makes it), installed one way;
    its steps' times and where pip got the files."""

    variant: Variant
    folder: Path
    steps: list[tuple[str, float]] = field(default_factory=list)
    fetched: Fetched = field(default_factory=Fetched)
    resources: str = ""  # where the installed app looks for resources/ and whether it is there

    @property
    def src(self) -> Path:
        """The copy of the checkout this venv was installed from."""
        return self.folder / "src"

    @property
    def python(self) -> Path:
        """The venv's interpreter."""
        return self.src / ".venv" / "bin" / "python"

    @property
    def seconds(self) -> float:
        """The whole install."""
        return sum(seconds for _name, seconds in self.steps)

    def env(self) -> dict[str, str]:
        """pip's usual configuration; ``python3.11`` on PATH is the base interpreter (setup.sh looks it up);
        ``PIP_VERBOSE=1`` cancels setup.sh's ``-q`` so pip's log says where each file came from."""
        bin_dir = self.folder / "bin"
        bin_dir.mkdir(exist_ok=True)
        for name in ("python3.11", "python3"):
            (bin_dir / name).unlink(missing_ok=True)
            (bin_dir / name).symlink_to(base_python())
        return clean_env(PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", PIP_VERBOSE="1")

    def build(self) -> Install:
        """Copy the checkout, make the venv and install into it, timing each step."""
        copy_checkout(self.src)
        env = self.env()
        log = ""
        for name, command in self.variant.commands:
            args = [a.format(python=self.python, base=base_python()) for a in command]
            began = time.perf_counter()
            done = subprocess.run(args, cwd=self.src, env=env, capture_output=True, text=True, timeout=1800)
            self.steps.append((name, time.perf_counter() - began))
            if done.returncode != 0:
                raise RuntimeError(f"{name} failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-3000:]}")
            log += done.stdout + done.stderr
        self.fetched = parse_pip_fetches(log)
        return self

    def locate_resources(self) -> None:
        """Where the installed app looks for ``resources/`` and whether it is there (run after the timed starts)."""
        probe = "from jcloud_desk.paths import resources_dir as r; print(r(), (r() / 'fonts').is_dir())"
        found = subprocess.run([str(self.python), "-c", probe], cwd=self.folder, env=clean_env(),
                               capture_output=True, text=True, check=True).stdout.split()
        where = Path(found[0]).relative_to(self.src) if Path(found[0]).is_relative_to(self.src) else found[0]
        self.resources = f"`{where}` {'found' if found[1] == 'True' else '**missing**'}"


class User:
    """A brand-new user: an empty home with its own XDG folders (and one copy of the sample)."""

    def __init__(self, home: Path, fontconfig_file: Path | None = None) -> None:
        self.home = home
        home.mkdir(parents=True)
        self.project = home / "sample.jcdesk"
        self.fontconfig_file = fontconfig_file

    def env(self) -> dict[str, str]:
        """The user's environment (offscreen Qt)."""
        xdg = {f"XDG_{name}_HOME": str(self.home / sub) for name, sub in
               (("CONFIG", ".config"), ("DATA", ".local/share"), ("CACHE", ".cache"), ("STATE", ".local/state"))}
        extra = {"FONTCONFIG_FILE": str(self.fontconfig_file)} if self.fontconfig_file else {}
        return clean_env(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", **xdg, **extra)


def _children_usage() -> tuple[float, int]:
    """CPU seconds and blocks read from disk (512 bytes) of every finished child so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_inblock


def command(install: Install, user: User, program: str, flags: tuple[str, ...] = ()) -> list[str]:
    """The command line of one start of ``program`` (OURS, BARE_QT or README) from ``install``."""
    if program == OURS:
        if not user.project.exists():
            shutil.copy2(install.src / SAMPLE, user.project)
        return [str(install.python), *flags, "-m", "jcloud_desk", "--exit-after-paint", str(user.project)]
    if program == BARE_QT:
        return [str(install.python), *flags, "-c", BARE]
    return ["bash", "-c", f"cd {shlex.quote(str(install.src))} && {README_START}"]


def start(install: Install, user: User, program: str, flags: tuple[str, ...] = ()) -> tuple[Timing, float, str]:
    """One start from ``install``'s venv as ``user`` (in the user's home): its timing, MB read from disk, stderr."""
    args = command(install, user, program, flags)
    cpu, blocks = _children_usage()
    began = time.perf_counter()
    done = subprocess.run(args, cwd=user.home, env=user.env(), capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - began
    if done.returncode != 0 or (program != BARE_QT and not flags and (done.stdout or done.stderr)):
        raise RuntimeError(f"{program} failed ({done.returncode}): {done.stdout[-1000:]}{done.stderr[-3000:]}")
    cpu_after, blocks_after = _children_usage()
    return Timing(wall, cpu_after - cpu), (blocks_after - blocks) * 512 / 1e6, done.stderr


@dataclass(slots=True)
class Starts:
    """Timings of one install's starts: ``runs[(program, number)]`` over the sequences; what the first one wrote."""

    programs: tuple[str, ...]
    runs: dict[tuple[str, int], list[Timing]] = field(default_factory=dict)
    reads: dict[tuple[str, int], list[float]] = field(default_factory=dict)  # MB read from disk
    first_pyc: int = 0
    first_user_files: dict[str, int] = field(default_factory=dict)

    def add(self, program: str, number: int, timing: Timing, read_mb: float) -> None:
        """Record one start."""
        self.runs.setdefault((program, number), []).append(timing)
        self.reads.setdefault((program, number), []).append(read_mb)

    def read_mb(self, program: str, number: int, first: bool = False) -> float:
        """MB read from disk by the very first start, or the median of the ``number``-th ones (as ``median``)."""
        reads = self.reads[(program, number)]
        return reads[0] if first else statistics.median(reads[1 if number == 1 else 0:])

    def first(self, program: str) -> Timing:
        """The very first start of this venv (sequence 1)."""
        return self.runs[(program, 1)][0]

    def median(self, program: str, number: int) -> Timing:
        """Median of the ``number``-th starts (for the 1st, sequence 1 is left out: it is reported alone)."""
        timings = self.runs[(program, number)][1 if number == 1 else 0:]
        return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))

    def count(self, number: int) -> int:
        """How many sequences a median of the ``number``-th start has."""
        return len(self.runs[(OURS, number)]) - (1 if number == 1 else 0)


def measure(install: Install, sequences: int, programs: tuple[str, ...] = (OURS, BARE_QT), tag: str = "user",
            fontconfig_file: Path | None = None, evict: bool = False) -> Starts:
    """``sequences`` × (a new user for each program, STARTS starts each, interleaved; in sequence 1 in the order
    given, ours first, later rotated). ``evict``: the install's files leave the page cache before every start."""
    result = Starts(programs)
    for sequence in range(max(2, sequences)):
        users = {p: User(install.folder / f"{tag}{sequence + 1}-{p}", fontconfig_file) for p in programs}
        order = programs[sequence % len(programs):] + programs[:sequence % len(programs)]
        for number in range(1, STARTS + 1):
            for program in order:
                watch = sequence == 0 and number == 1 and program == OURS
                pyc = bytecode_files(install.folder) if watch else set()
                if evict:
                    evict_from_page_cache(install.folder)
                timing, read_mb, _err = start(install, users[program], program)
                result.add(program, number, timing, read_mb)
                if watch:
                    result.first_pyc = len(bytecode_files(install.folder) - pyc)
                    result.first_user_files = {name: size for name, size in user_files(users[program].home).items()
                                               if name != users[program].project.name}
    return result


@dataclass(frozen=True, slots=True)
class Probe:
    """``-X importtime`` of a new user's 1st and 3rd start, summed by top-level package (µs, self time)."""

    first: dict[str, int]
    third: dict[str, int]


def import_probe(install: Install) -> Probe:
    """One new user's 1st, 2nd and 3rd start of ours with ``-X importtime``."""
    user = User(install.folder / "probe-user")
    profiles = [importtime_by_package(parse_importtime(start(install, user, OURS, ("-X", "importtime"))[2]))
                for _ in range(STARTS)]
    return Probe(profiles[0], profiles[-1])


# --- report ------------------------------------------------------------------------------------------------------
def _cell(ours: Timing, bare: Timing) -> str:
    return (f"{ms(ours.wall)} | {ms(bare.wall)} | {ours.wall / bare.wall:.2f}× | "
            f"{ms(ours.cpu)} / {ms(bare.cpu)} ({ours.cpu / bare.cpu:.2f}×)")


def install_line(install: Install) -> str:
    """How long the install took, step by step, and where pip got the files."""
    steps = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in install.steps)
    return (f"{install.seconds:.1f} s ({steps}); pip: {install.fetched.describe()}; the installed app's resources "
            f"folder (relative to the checkout): {install.resources}")


def start_rows(label: str, starts: Starts, program: str = OURS, first: str = "1st after install") -> list[str]:
    """Table rows of one install and program: the very first start, then medians per start number."""
    def reads(number: int, very_first: bool = False) -> str:
        return (f"{starts.read_mb(program, number, very_first):.0f} / "
                f"{starts.read_mb(BARE_QT, number, very_first):.0f} MB")

    rows = [f"| {label} | {first} (one run) | {_cell(starts.first(program), starts.first(BARE_QT))} | "
            f"{reads(1, True)} |"]
    for number in range(1, STARTS + 1):
        name = f"{number}{('st', 'nd', 'rd')[number - 1]} {'of a new user' if number == 1 else 'same user'}"
        rows.append(f"| {label} | {name} (median of {starts.count(number)}) | "
                    f"{_cell(starts.median(program, number), starts.median(BARE_QT, number))} | {reads(number)} |")
    return rows


def probe_line(probe: Probe) -> str:
    """1st vs 3rd start's import time, in all and the packages that differ most."""
    total_1, total_3 = sum(probe.first.values()), sum(probe.third.values())
    names = set(probe.first) | set(probe.third)
    diffs = sorted(names, key=lambda n: -abs(probe.first.get(n, 0) - probe.third.get(n, 0)))[:3]
    parts = ", ".join(f"{n} {probe.first.get(n, 0) / 1000:.0f} vs {probe.third.get(n, 0) / 1000:.0f} ms"
                      for n in diffs)
    top = sorted(probe.third, key=lambda n: -probe.third[n])[:5]
    heavy = ", ".join(f"{n} {probe.third[n] / 1000:.0f} ms" for n in top)
    return (f"`-X importtime` of a new user's 1st start (setup.sh install; self times summed by top-level package, "
            f"importtime's own overhead included): {total_1 / 1000:.0f} ms vs {total_3 / 1000:.0f} ms at its 3rd "
            f"start; largest differences {parts}; heaviest {heavy}.")


def pip_cache(install: Install) -> str:
    """``pip cache info``'s HTTP cache lines (after the installs: did pip keep what it downloaded?)."""
    done = subprocess.run([str(install.python), "-m", "pip", "cache", "info"], env=clean_env(), capture_output=True,
                          text=True)
    keep = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith(("Package index page cache "
            "size", "Number of HTTP files"))]
    return "; ".join(keep) or f"pip cache info failed: {done.stderr.strip()[-200:]}"


def report(installs: dict[str, Install], results: dict[str, Starts], fonts: Starts, cold: Starts,
           probe: Probe) -> list[str]:
    """Markdown lines: the start table, the install times and what a first start leaves behind."""
    lines = ["| install | start | ours | bare QMainWindow | ratio | CPU ours / bare | read from disk ours / bare |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for variant in VARIANTS:
        lines += start_rows(variant.title, results[variant.key])
    lines += start_rows("README start: `source scripts/setup.sh` + `.venv/bin/jcloud-desk` (no project)",
                        results["setup"], README)
    lines += start_rows("`scripts/setup.sh`, no system fontconfig cache (simulated)", fonts,
                        first="1st of the first new user")
    lines += start_rows("`scripts/setup.sh`, the install's files out of the page cache before every start", cold,
                        first="1st of the first new user")
    lines += ["", "Install, each step timed (pip with its usual configuration and cache; its log says where each "
              "file came from):", ""]
    lines += [f"* {variant.title}: {install_line(installs[variant.key])}" for variant in VARIANTS]
    lines.append(f"* pip's HTTP cache after the three installs (`pip cache info`): {pip_cache(installs['setup'])}")
    lines += ["", "What the very first start of ours wrote:", ""]
    for variant in VARIANTS:
        starts = results[variant.key]
        lines.append(f"* {variant.title}: {starts.first_pyc} bytecode files (venv and source copy); in the new "
                     f"user's folders {describe_files(starts.first_user_files)}")
    lines.append(f"* no system fontconfig cache: in the new user's folders {describe_files(fonts.first_user_files)}")
    sequences = results["setup"].count(2)
    setup, nocompile = results["setup"], results["nocompile"]
    ours, readme, first = setup.median(OURS, 2), setup.median(README, 2), setup.first(OURS)
    lines += [
        "",
        f"{sequences} sequences per install: every program gets a brand-new user (fresh HOME and XDG_CONFIG/DATA/"
        f"CACHE/STATE_HOME) for its 1st start, reused for the 2nd and 3rd; the programs interleaved, ours first in "
        "sequence 1, the order rotated in later ones. \"1st after install\" is sequence 1's 1st start (ours: the "
        "venv's first process after the install); the medians of the 1st start leave it out. Ours = `python -m "
        "jcloud_desk --exit-after-paint <the user's copy of sample_projects/juminkiroku_sample.jcdesk>`; bare = "
        "`benchmarks.startup_bench.BARE` (QMainWindow 1440×900, exit after its first paint); both from the fresh "
        "venv, started in the user's home with every `PYTHON*` variable removed (bytecode written and read as on a "
        "user's machine). README start = `scripts/start.sh` without its `gui` package list (two X11 packages are "
        "missing here, start.sh would run apt-get). The simulated machine's `FONTCONFIG_FILE` lists the system's "
        "font folders and only the user's cache folder. Out of the page cache: every file of the install (venv, "
        "checkout, the users' folders) dropped from the page cache (`posix_fadvise(DONTNEED)`) before each start, as "
        "after a reboot; the base interpreter's standard library and the system libraries stay cached (other jobs "
        "share the machine). Read from disk = the start's `ru_inblock` × 512 bytes (0 when everything is cached). "
        f"{probe_line(probe)}",
        "",
        f"Per start, the README start costs {ms(readme.wall - ours.wall)} (CPU {ms(readme.cpu - ours.cpu)}) more than "
        "starting the app directly (medians of the 2nd starts): bash, `scripts/setup.sh`'s check that nothing is "
        "missing, and no project argument (the user's copy of the sample is opened). A setup.sh install's 1st start "
        f"is {ms(first.wall)} (CPU {ms(first.cpu)}) vs {ms(ours.wall)} (CPU {ms(ours.cpu)}) at a 2nd start; without "
        f"`compileall` the 1st start takes {ms(nocompile.first(OURS).wall)} (CPU {ms(nocompile.first(OURS).cpu)}): it "
        "compiles our modules. Out of the page cache a new user's 1st start takes "
        f"{ms(cold.median(OURS, 1).wall)} vs {ms(cold.median(BARE_QT, 1).wall)} for the bare window, "
        f"{ms(cold.median(OURS, 1).wall - setup.median(OURS, 1).wall)} and "
        f"{ms(cold.median(BARE_QT, 1).wall - setup.median(BARE_QT, 1).wall)} over their cached 1st starts, reading "
        f"{cold.read_mb(OURS, 1):.0f} vs {cold.read_mb(BARE_QT, 1):.0f} MB. Wall-clock time well over CPU time is "
        "waiting (disk, or the other jobs on the machine).",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Install, measure, print, optionally write RESULTS.md."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the section in benchmarks/RESULTS.md")
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and leave it there")
    parser.add_argument("--sequences", type=int, default=7, help="new-user sequences per install")
    args = parser.parse_args(argv)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=False)
        return run(args.keep.resolve(), args.sequences, args.write)
    with tempfile.TemporaryDirectory(prefix="jcloud-fresh-") as name:
        return run(Path(name), args.sequences, args.write)


def run(folder: Path, sequences: int, write: bool) -> int:
    """Every variant's install and starts in ``folder``."""
    installs: dict[str, Install] = {}
    results: dict[str, Starts] = {}
    load = os.getloadavg()[0]
    for variant in VARIANTS:
        print(f"installing {variant.key} ...", file=sys.stderr, flush=True)
        installs[variant.key] = Install(variant, folder / variant.key).build()
        print(f"  {install_line(installs[variant.key])}\nstarting {variant.key} ...", file=sys.stderr, flush=True)
        programs = (OURS, BARE_QT, README) if variant.key == "setup" else (OURS, BARE_QT)
        results[variant.key] = measure(installs[variant.key], sequences, programs)
        installs[variant.key].locate_resources()
    setup = installs["setup"]
    config = setup.folder / "fonts.conf"
    config.write_text(FONTCONFIG_NO_SYSTEM_CACHE, encoding="utf-8")
    fonts = measure(setup, sequences, tag="nofccache", fontconfig_file=config)
    probe = import_probe(setup)  # before the page cache is emptied
    cold = measure(setup, sequences, tag="cold", evict=True)
    lines = report(installs, results, fonts, cold, probe)
    about = f"{machine()} (at the start {load:.2f}), base interpreter {base_python()}"
    print("\n".join(lines))
    print(f"\n{about}")
    if write:
        write_section(SECTION, "\n".join([
            f"Measured {datetime.date.today().isoformat()} on {about}; other jobs share the machine.",
            "",
            "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.fresh_install_bench --write` (three "
            "fresh virtualenvs, installed and started; not in CI).",
            "",
            *lines,
        ]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
