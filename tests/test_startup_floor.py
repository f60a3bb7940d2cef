"""The start-up benchmark's floor (stock widgets of our first frame) draws the sample's first process and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from jcloud_desk import start_trace

ROOT = Path(__file__).resolve().parents[1]


def test_the_floor_paints_the_sample_once_and_exits_0_without_jcloud_desk_code(tmp_path: Path) -> None:
    probe = ("import runpy, sys; sys.argv = ['floor', sys.argv[1]]; "
             "import benchmarks.startup_floor as floor; from PySide6.QtWidgets import QApplication, QMainWindow; "
             "app = QApplication([]); window = QMainWindow(); floor.build(window, sys.argv[1]); "
             "scene = window.centralWidget().scene(); "
             "print(len(window.findChildren(floor.QDockWidget)), len(scene.items()) > 30, "
             "sorted(m for m in sys.modules if m.startswith('jcloud_desk')))")
    sample = str(ROOT / "sample_projects" / "juminkiroku_sample.jcdesk")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    built = subprocess.run([sys.executable, "-c", probe, sample], env=env, capture_output=True, text=True,
                           timeout=120, cwd=ROOT)
    assert built.returncode == 0, built.stderr
    assert built.stdout.split("\n")[0] == "7 True ['jcloud_desk', 'jcloud_desk.start_trace']"
    env[start_trace.ENV] = repr(time.time())
    done = subprocess.run([sys.executable, "-m", "benchmarks.startup_floor", sample], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith(f"{start_trace.PREFIX}shown ") for line in done.stderr.splitlines())
