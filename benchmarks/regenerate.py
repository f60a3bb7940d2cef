"""Regenerate every section of benchmarks/RESULTS.md with one command: each benchmark script in turn, ``--write``.

Run by hand (not part of CI; 3 minutes on 2 cores, half of it the three fresh installs)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.regenerate [--skip fresh_install_bench ...]

Each script runs in its own process, one after the other (they time whole processes: running two at once would
skew both) and replaces only its own "## …" section. The exit code is 1 when any of them failed; the sections of
the others are written all the same. Without the comparison engines (Graphviz ``dot``, the ``bench`` extra) nothing
runs and the exit code is 2 (``benchmarks/baselines.py``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from importlib import import_module
from pathlib import Path

from benchmarks.baselines import refused

ROOT = Path(__file__).resolve().parent.parent
#: The scripts that own a section of RESULTS.md, in the order of its sections.
SCRIPTS = ("suggest_bench", "layout_bench", "bench_all", "group_bench", "revision_match_bench", "startup_bench",
           "fresh_install_bench")


def run(script: str) -> tuple[int, float]:
    """Run ``benchmarks.<script> --write``; its exit code and seconds taken (its output goes to ours)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", f"benchmarks.{script}", "--write"], cwd=ROOT, env=env,
                          check=False)
    return done.returncode, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Run the scripts (all but ``--skip``); print a summary line per script."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--skip", nargs="+", default=[], choices=SCRIPTS, metavar="SCRIPT",
                        help=f"leave these sections as they are ({', '.join(SCRIPTS)})")
    args = parser.parse_args(argv)
    chosen = [script for script in SCRIPTS if script not in args.skip]
    engines = {name for script in chosen for name in getattr(import_module(f"benchmarks.{script}"), "BASELINES", ())}
    if refused(*sorted(engines)):  # checked before anything runs: a half-regenerated file mixes two machines
        return 2
    summary: list[str] = []
    failed = False
    for script in SCRIPTS:
        if script in args.skip:
            summary.append(f"{script}: skipped (section kept)")
            continue
        print(f"== benchmarks.{script} --write", flush=True)
        code, seconds = run(script)
        failed = failed or code != 0
        summary.append(f"{script}: exit {code}, {seconds:.0f} s")
    print("\n".join(["", "RESULTS.md:", *summary]))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
