"""The start trace the start-up benchmark reads: silent unless asked for, then every moment in order."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jcloud_desk import start_trace

ROOT = Path(__file__).resolve().parents[1]


def test_a_mark_prints_nothing_unless_the_trace_is_asked_for(monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(start_trace.ENV, raising=False)
    start_trace.mark("python")
    monkeypatch.setenv(start_trace.ENV, "not a time")
    start_trace.mark("python")
    assert capsys.readouterr() == ("", "")
    monkeypatch.setenv(start_trace.ENV, repr(time.time() - 2))
    start_trace.mark("python")
    name, value = capsys.readouterr().err.removeprefix(start_trace.PREFIX).split()
    assert name == "python" and 2000 <= float(value) < 60_000


def test_a_traced_gui_start_marks_every_moment_in_order(tmp_path: Path) -> None:
    project = tmp_path / "sample.jcdesk"
    shutil.copy(ROOT / "sample_projects" / "juminkiroku_sample.jcdesk", project)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JCLOUD_DESK_CONFIG_DIR=str(tmp_path / "config"),
               **{start_trace.ENV: repr(time.time())})
    done = subprocess.run([sys.executable, "-m", "jcloud_desk", "--exit-after-paint", str(project)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert (done.returncode, done.stdout) == (0, "")
    marks = [line.removeprefix(start_trace.PREFIX).split() for line in done.stderr.splitlines()]
    assert [name for name, _ in marks] == ["python", "imported", "window", "chrome", "shown"]
    times = [float(value) for _, value in marks]
    assert times == sorted(times)
