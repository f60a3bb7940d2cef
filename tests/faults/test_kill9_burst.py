"""kill -9 during a burst of 1,000 edits: after every kill, the reopened file passes ``integrity_check`` and holds
exactly the acknowledged edits (plus at most the one in flight), never less, never a torn edit.

A child process applies edit ``i`` through the real ``EditSession`` (one transaction per edit, autosave) and prints
``i`` once ``apply`` returned. The parent kills it with SIGKILL at seeded random points (at least three per
burst), reopens the file, compares it with a model built by applying the same edits in memory, and starts the
next child where the file stands, until all 1,000 edits are in. The edits mix adds, renames, flows, judgments,
links and cascading removals, so a kill can land inside any kind of transaction.
"""

from __future__ import annotations

import copy
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Add, Batch, Change, Edit, SetFields
from jcloud_desk.domain.fitgap import Judgment, Link, Verdict
from jcloud_desk.domain.process import Flow, Step
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project, subprocess_env

BURST = 1000
KILLS_PER_BURST = 3


def burst_edit(i: int, project: Project) -> Edit:
    """Edit number ``i`` of the burst (explicit ids: the child and the model build the same edits)."""
    group, phase = divmod(i, 5)
    step_id = f"s-b{group}"
    if phase == 0:
        lane = "lane-window" if group % 2 else "lane-system"
        return Add(Step(id=step_id, process_id="proc-1", lane_id=lane, label=f"手順{i} 🙂", phase_id="ph-review",
                        x=float(i)))
    if phase == 1:
        return SetFields(Ref("step", step_id), (("label", f"改名{i} 𠮷"), ("x", float(i)), ("notes", "n" * (i % 97))))
    if phase == 2:
        return Add(Flow(id=f"f-b{group}", process_id="proc-1", source_id=step_id, target_id="s-check",
                        label=f"流れ{i}"))
    if phase == 3:
        return Batch((Add(Judgment(id=step_id, verdict=Verdict.GAP, rationale=f"理由{i}")),
                      Add(Link(id=f"l-b{group}", step_id=step_id, item_id="item-optional"))))
    previous = f"s-b{group - 1}"
    if group % 2 and previous in project.step:
        return remove_steps(project, [previous])  # the step of the previous group, with its flow, link, judgment
    return SetFields(Ref("process", "proc-1"), (("name", f"転入届 {i}"),))


#: Child: continue the burst from edit ``argv[2]``, acknowledging each edit once apply() returned.
CHILD = """
import sys
from pathlib import Path

from jcloud_desk.services.project_service import ProjectService
from tests.faults.test_kill9_burst import BURST, burst_edit

opened = ProjectService(user=lambda: "burst").open(Path(sys.argv[1]))
session = opened.session
for i in range(int(sys.argv[2]), BURST):
    session.apply(burst_edit(i, session.project))
    if session.detached:
        raise SystemExit(f"detached: {session.last_error}")
    print(i, flush=True)
opened.close()
print("finished", flush=True)
"""


class Model:
    """The expected project after the first ``done`` edits."""

    def __init__(self) -> None:
        self.project = small_project()
        self.done = 0

    def advance_to(self, count: int) -> None:
        while self.done < count:
            burst_edit(self.done, self.project).apply(self.project, Change())
            self.done += 1

    def peek_next(self) -> Project:
        ahead = copy.deepcopy(self.project)
        burst_edit(self.done, ahead).apply(ahead, Change())
        return ahead


def _run_child(path: Path, start: int, kill_after: int | None, config: Path, delay: float = 0.0) -> list[int]:
    """Run the burst from ``start``; SIGKILL ``delay`` s after edit ``kill_after`` was acknowledged.

    Returns the acknowledged edit numbers. The delay (a few edits' time) moves the kill to a random point
    inside a later transaction instead of just after a print.
    """
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(start)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=subprocess_env(str(config)))
    acked: list[int] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "finished":
                break
            acked.append(int(line))
            if kill_after is not None and acked[-1] >= kill_after:
                time.sleep(delay)
                os.kill(child.pid, signal.SIGKILL)
                break
        # lines already in the pipe were printed after their apply() returned: they count. Read them through the
        # same buffered stream (communicate() would read the pipe directly and miss what iteration buffered).
        rest = child.stdout.read()
        assert child.stderr is not None
        errors = child.stderr.read()
        child.wait(timeout=60)
        acked.extend(int(line) for line in rest.split() if line.strip().isdigit())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if kill_after is None:
        assert child.returncode == 0, errors
    else:
        assert child.returncode == -signal.SIGKILL, f"the child ended before the kill: {errors}"
    assert acked == list(range(start, start + len(acked))), "acknowledged in order, none skipped"
    return acked


def _reopen_and_check(path: Path, model: Model, acked_until: int, read_only_first: bool) -> None:
    if read_only_first:  # `info` may be the first to touch the file after the crash
        summary = ProjectService().describe(path)
        assert summary["processes"], summary
    with ProjectRepository.open(path) as repository:  # rolls back the hot journal the kill may have left
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert repository.db.execute("PRAGMA foreign_key_check").fetchall() == []
        loaded = repository.load()
    model.advance_to(acked_until)
    if loaded == model.project:
        return
    # the edit in flight committed but was killed before it could print: allowed, and it must be whole
    assert model.done < BURST and loaded == model.peek_next(), (
        f"the file is neither the {acked_until} acknowledged edits nor them plus the one in flight"
    )
    model.advance_to(acked_until + 1)


@pytest.mark.parametrize("seed", [7, 2024])
def test_kill9_during_a_burst_of_1000_edits(tmp_path: Path, seed: int) -> None:
    rnd = random.Random(seed)
    kill_points = sorted(rnd.sample(range(20, BURST - 20), KILLS_PER_BURST))
    path = tmp_path / "連続編集.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    model = Model()

    for round_no, kill_after in enumerate([*kill_points, None]):
        start = model.done
        if kill_after is not None and kill_after < start:
            continue  # the previous child got further than this point
        acked = _run_child(path, start, kill_after, tmp_path / "config", rnd.uniform(0.0, 0.005))
        _reopen_and_check(path, model, start + len(acked), read_only_first=round_no % 2 == 1)

    assert model.done == BURST
    with ProjectRepository.open(path, read_only=True) as repository:
        final = repository.load()
    expected = Model()
    expected.advance_to(BURST)
    assert final == expected.project
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == [path.name], "no journal or lock left"
