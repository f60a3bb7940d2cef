"""Autosave survives a hard kill: every edit whose apply() returned is in the file, and the file is intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project, subprocess_env

#: Child: create a project, then add steps one edit at a time, printing each label once apply() returned.
CHILD = """
import sys
from pathlib import Path

from jcloud_desk.domain.edits import Add, Batch, SetFields
from jcloud_desk.domain.process import Lane, Process, Step
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import ProjectService

opened = ProjectService(user=lambda: "crash-test").new_project(Path(sys.argv[1]), "crash")
session = opened.session
session.apply(Batch((Add(Process(id="p", name="p")), Add(Lane(id="l", process_id="p", name="l")))))
n = 0
while True:
    n += 1
    label = f"label-{n:06d}"
    session.apply(Add(Step(id=f"s-{n}", process_id="p", lane_id="l", label=label)))
    session.apply(SetFields(Ref("step", f"s-{n}"), (("x", float(n)),)))
    if session.detached:
        raise SystemExit(f"detached: {session.last_error}")
    print(label, flush=True)
"""


def _run_and_kill(path: Path, config_dir: Path, kill_after: int) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(str(config_dir)),
        text=True,
    )
    seen: list[str] = []
    try:
        assert child.stdout is not None
        while len(seen) < kill_after:
            line = child.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
        # lines already in the pipe were printed after their apply() returned: they count too. Read them through
        # the same buffered reader as above (communicate() reads the raw pipe and would miss what readline()
        # already buffered).
        rest = child.stdout.read()
        errors = child.stderr.read() if child.stderr is not None else ""
        child.wait(timeout=30)
        seen.extend(line.strip() for line in rest.splitlines() if line.strip())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert len(seen) >= kill_after, f"child stopped early: {errors}"
    assert child.returncode == -signal.SIGKILL
    return seen


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_during_autosave_loses_nothing(tmp_path: Path, seed: int) -> None:
    kill_after = random.Random(seed).randint(50, 300)
    path = tmp_path / "crash.jcdesk"
    printed = _run_and_kill(path, tmp_path / "config", kill_after)

    with ProjectRepository.open(path) as repository:  # rolls back a hot journal if the kill left one
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert repository.db.execute("PRAGMA foreign_key_check").fetchall() == []
        project = repository.load()
    labels = {s.label for s in project.step.values()}
    missing = [label for label in printed if label not in labels]
    assert not missing, f"{len(missing)} acknowledged edits lost, e.g. {missing[:3]}"
    for label in printed:
        n = int(label.split("-")[1])
        assert project.step[f"s-{n}"].x == float(n), "the second edit of each pair was acknowledged too"
    # at most the edit in flight when the kill came may be extra
    assert len(project.step) <= len(printed) + 1

    # a kill just after SQLite created its journal can leave an empty, not-hot journal; the next save removes it
    journal = path.with_name(path.name + "-journal")
    assert not journal.exists() or journal.read_bytes()[:1] in (b"", b"\x00"), "a hot journal was not rolled back"
    reopened = ProjectService().open(path)
    reopened.session.apply(SetFields(Ref("process", "p"), (("name", "after the crash"),)))
    reopened.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == ["crash.jcdesk"]


#: Child: commit one edit, then get killed in the middle of persisting a large second one (pages already spilled).
CHILD_MID_TRANSACTION = """
import os
import signal
import sys
from pathlib import Path

from jcloud_desk.domain.edits import Add, Batch
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.process import Step
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project

opened = ProjectService(user=lambda: "crash-test").create_from(Path(sys.argv[1]), small_project())
opened.repository.db.execute("PRAGMA cache_size = 2")  # spill dirty pages into the file before COMMIT

def killed_while_writing(self, records, user, at):
    os.kill(os.getpid(), signal.SIGKILL)

ProjectRepository._append_audit = killed_while_writing
steps = [Add(Step(id=f"s-big-{n}", process_id="proc-1", lane_id="lane-system", label="x" * 300)) for n in range(800)]
opened.session.apply(Batch((*steps, Add(Link(id="link-big", step_id="s-big-1", item_id="item-optional")))))
print("not killed", flush=True)
"""


@pytest.mark.parametrize("first_open_read_only", [False, True])
def test_kill_inside_a_transaction_rolls_back_on_next_open(tmp_path: Path, first_open_read_only: bool) -> None:
    path = tmp_path / "mid.jcdesk"
    result = subprocess.run(
        [sys.executable, "-c", CHILD_MID_TRANSACTION, str(path)],
        capture_output=True,
        text=True,
        env=subprocess_env(str(tmp_path / "config")),
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    journal = path.with_name(path.name + "-journal")
    assert journal.exists(), "the kill came inside the transaction"

    # `info` (read-only) or the GUI (read-write) may be the first to touch the file after the crash
    with ProjectRepository.open(path, read_only=first_open_read_only) as repository:
        assert repository.load() == small_project(), "the interrupted edit is rolled back completely"
    assert not journal.exists()
    with ProjectRepository.open(path) as repository:
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert repository.load() == small_project()
