"""kill -9 at random points of long CLI writes (import-flow, import-catalog, merge, import-json) and of an edit
burst through the window: after reopening, ``integrity_check`` passes and each operation is wholly there or wholly
absent. Each kill comes a seeded random moment after the command's write transaction began (its ``-journal`` appeared):
``JCLOUD_FAULT_KILLS`` kills per command (default 2), ``JCLOUD_FAULT_SEED``."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from jcloud_desk.domain.edits import Add, Batch
from jcloud_desk.domain.process import Step
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project, subprocess_env
from tests.faults.test_kill9_burst import Model, _reopen_and_check
from tests.fuzz.shapes import catalog_rows, mermaid_chain, write_csv

KILLS = int(os.environ.get("JCLOUD_FAULT_KILLS", "2"))
SEED = int(os.environ.get("JCLOUD_FAULT_SEED", "15"))


def signature(path: Path) -> tuple[object, ...] | None:
    """What an operation changes, ids aside (imports make fresh ids): counts, step labels, item codes; None if
    there is no file. Reopening also rolls back the hot journal a kill may have left, then checks integrity."""
    if not path.exists():
        return None
    with ProjectRepository.open(path) as repository:
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert repository.db.execute("PRAGMA foreign_key_check").fetchall() == []
        project = repository.load()
    counts = Counter({kind: len(project.table(kind)) for kind in ("process", "lane", "step", "flow", "catalog",
                                                                    "item", "link", "judgment")})
    return (tuple(sorted(counts.items())), tuple(sorted(s.label for s in project.step.values())),
            tuple(sorted(i.code for i in project.item.values())))


@dataclass
class Scenario:
    """Files for one command in ``folder``; returns the CLI arguments and the project file the command writes."""

    prepare: Callable[[Path], tuple[list[str], Path]]


def _base(folder: Path) -> Path:
    path = folder / "案件.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


def _import_flow(folder: Path) -> tuple[list[str], Path]:
    project = _base(folder)
    source = folder / "長い流れ.mmd"
    source.write_text(mermaid_chain(1500), encoding="utf-8")
    return ["import-flow", str(project), str(source)], project


def _import_catalog(folder: Path) -> tuple[list[str], Path]:
    project = _base(folder)
    source = write_csv(folder / "機能一覧.csv", catalog_rows(15_000))
    return ["import-catalog", str(project), str(source), "--name", "大きな一覧"], project


def _merge(folder: Path) -> tuple[list[str], Path]:
    service = ProjectService()
    master = service.create_from(folder / "master.jcdesk", small_project())
    try:
        mine = service.distribute_copy(master, folder / "本庁.jcdesk")
        theirs = service.distribute_copy(master, folder / "支所.jcdesk")
    finally:
        master.close()
    opened = service.open(theirs)
    try:
        opened.session.apply(Batch(tuple(
            Add(Step(id=f"s-m{n}", process_id="proc-1", lane_id="lane-system", label=f"支所の手順{n}"))
            for n in range(3000))))
    finally:
        opened.close()
    return ["merge", str(mine), str(theirs)], mine


def _import_json(folder: Path) -> tuple[list[str], Path]:
    project = small_project()
    for n in range(3000):
        project.step[f"s-j{n}"] = Step(id=f"s-j{n}", process_id="proc-1", lane_id="lane-window", label=f"手順{n}")
    source = folder / "全体.jcdesk"
    ProjectService().create_from(source, project).close()
    exported = folder / "全体.json"
    result = subprocess.run([sys.executable, "-m", "jcloud_desk", "export-json", str(source), "--out", str(exported)],
                            capture_output=True, text=True, env=subprocess_env(str(folder / "config")), timeout=120)
    assert result.returncode == 0, result.stderr
    target = folder / "復元.jcdesk"
    return ["import-json", str(exported), "--out", str(target)], target


SCENARIOS = {"import-flow": _import_flow, "import-catalog": _import_catalog, "merge": _merge,
             "import-json": _import_json}


def _start(args: list[str], config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "jcloud_desk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=subprocess_env(str(config)))


@pytest.mark.parametrize("command", list(SCENARIOS))
def test_kill9_during_a_cli_write_leaves_it_whole_or_absent(tmp_path: Path, command: str) -> None:
    prepare = SCENARIOS[command]
    reference = tmp_path / "reference"
    reference.mkdir()
    args, target = prepare(reference)
    before = signature(target)
    started = time.monotonic()
    child = _start(args, tmp_path / "config")
    _out, err = child.communicate(timeout=300)
    duration = time.monotonic() - started
    assert child.returncode == 0, err
    after = signature(target)
    assert after != before, "the command changes the project"

    rnd = random.Random(f"{SEED}-{command}")
    outcomes = []
    for attempt in range(KILLS):
        folder = tmp_path / f"kill{attempt}"
        folder.mkdir()
        args, target = prepare(folder)
        child = _start(args, tmp_path / "config")
        writing = _wait_for_journal(folder, child)  # the write transaction has begun
        time.sleep(rnd.uniform(0.0, 0.4))  # somewhere inside it, or after its commit
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        found = signature(target)
        when = "while writing" if writing else "early"
        assert found in (before, after), f"{command} killed {when} left a torn result"
        outcomes.append("absent" if found == before else "whole")
        if target.exists():  # the file works on: a stale lock never blocks the next writer
            ProjectService().open(target).close()
    print(f"{command}: {duration:.2f} s uninterrupted; kills -> {outcomes}")


def _wait_for_journal(folder: Path, child: subprocess.Popen[str]) -> bool:
    """Poll until a rollback journal appears in ``folder`` (a write transaction is open); False if none came."""
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        if any(name.endswith("-journal") for name in os.listdir(folder)):
            return True
        time.sleep(0.0005)
    return False


#: Child: the window applies the burst through push_edit (the undo stack), acknowledging each edit.
GUI_CHILD = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.main_window import MainWindow
from tests.faults.test_kill9_burst import BURST, burst_edit

app = QApplication(["burst"])
window = MainWindow(ProjectService(user=lambda: "burst"), SettingsStore(Path(sys.argv[3])), Settings())
assert window.open_path(Path(sys.argv[1]))
for i in range(int(sys.argv[2]), BURST):
    window.push_edit(burst_edit(i, window.opened.project), f"edit {i}")
    if window.opened.session.detached:
        raise SystemExit("detached")
    print(i, flush=True)
window.close()
print("finished", flush=True)
"""


def test_kill9_during_a_gui_edit_burst(tmp_path: Path) -> None:
    rnd = random.Random(SEED)
    path = tmp_path / "画面編集.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    model = Model()
    for _attempt in range(KILLS + 1):
        start = model.done
        kill_after = start + rnd.randrange(20, 120)
        env = dict(subprocess_env(str(tmp_path / "config")), QT_QPA_PLATFORM="offscreen")
        child = subprocess.Popen([sys.executable, "-c", GUI_CHILD, str(path), str(start), str(tmp_path / "config")],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        acked: list[int] = []
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:
            if not line.strip().isdigit():
                break
            acked.append(int(line))
            if acked[-1] >= kill_after:
                time.sleep(rnd.uniform(0.0, 0.01))
                os.kill(child.pid, signal.SIGKILL)
                break
        rest = child.stdout.read()
        errors = child.stderr.read()
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL, f"the window ended before the kill: {errors[-2000:]}"
        acked.extend(int(line) for line in rest.split() if line.strip().isdigit())
        assert acked == list(range(start, start + len(acked)))
        _reopen_and_check(path, model, start + len(acked), read_only_first=False)
