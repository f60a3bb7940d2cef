"""A second instance on the same project: refused for writing (named holder, "編集中"), welcome read-only, and
never two writers, also when several start at the same moment or come in through a symlink.

The first instance is a real child process that holds the project open for writing (as the GUI does); the others
are child processes (``ProjectService.open``, the CLI) and a window in this process.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.storage.lock import lock_path_for
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project, subprocess_env
from tests.faults.support import assert_one_japanese_error_line, has_japanese, run_cli, sha256

#: The first instance: opens for writing, edits, says "ready", then obeys "edit <label>" / "quit" on stdin.
HOLDER = """
import sys
from pathlib import Path

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import OpenProject, ProjectService

opened = ProjectService(user=lambda: "first").open(Path(sys.argv[1]))
opened.session.apply(SetFields(Ref("step", "s-check"), (("label", "first-1"),)))
print("ready", flush=True)
for line in sys.stdin:
    command, _, label = line.strip().partition(" ")
    if command == "edit":
        opened.session.apply(SetFields(Ref("step", "s-check"), (("label", label),)))
        print("detached" if opened.session.detached else "saved", flush=True)
    elif command == "quit":
        break
opened.close()
print("closed", flush=True)
"""

#: Another instance trying to write: prints what happened as JSON.
CONTENDER = """
import json
import sys
from pathlib import Path

from jcloud_desk.services.errors import ProjectFileError
from jcloud_desk.services.project_service import OpenProject, ProjectService

try:
    opened = ProjectService(user=lambda: "second").open(Path(sys.argv[1]))
except ProjectFileError as error:
    print(json.dumps({"error": error.problem.value, "message": str(error)}, ensure_ascii=False))
else:
    opened.close()
    print(json.dumps({"error": None}))
"""

#: Many instances at once: each that gets the project holds it briefly and reports when (monotonic clock).
RACER = """
import json
import sys
import time
from pathlib import Path

from jcloud_desk.storage.errors import ProjectLockedError
from jcloud_desk.services.project_service import OpenProject, ProjectService

while time.time() < float(sys.argv[2]):
    time.sleep(0.005)
try:
    opened = ProjectService().open(Path(sys.argv[1]))
except ProjectLockedError:
    print(json.dumps(None))
else:
    start = time.monotonic()
    time.sleep(0.6)
    end = time.monotonic()
    opened.close()
    print(json.dumps([start, end]))
"""


class Holder:
    """The first instance, driven line by line."""

    def __init__(self, path: Path, config: Path) -> None:
        self.child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=subprocess_env(str(config)),
        )
        assert self.expect() == "ready", self.child.stderr.read() if self.child.stderr else ""

    def expect(self) -> str:
        assert self.child.stdout is not None
        return self.child.stdout.readline().strip()

    def send(self, line: str) -> str:
        assert self.child.stdin is not None
        self.child.stdin.write(line + "\n")
        self.child.stdin.flush()
        return self.expect()

    def stop(self) -> None:
        if self.child.poll() is None:
            try:
                self.send("quit")
                self.child.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.child.kill()
                self.child.wait()
        for stream in (self.child.stdin, self.child.stdout, self.child.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "共有 フォルダ" / "住民記録.jcdesk"
    path.parent.mkdir()
    ProjectService().create_from(path, small_project()).close()
    return path


@pytest.fixture
def holder(project_path: Path, tmp_path: Path) -> Iterator[Holder]:
    first = Holder(project_path, tmp_path / "first-config")
    yield first
    first.stop()


def _contend(path: Path, config: Path) -> dict[str, str | None]:
    result = subprocess.run([sys.executable, "-c", CONTENDER, str(path)], capture_output=True, text=True,
                            encoding="utf-8", env=subprocess_env(str(config)), timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    answer: dict[str, str | None] = json.loads(result.stdout)
    return answer


def test_second_instance_is_refused_and_reads(
    holder: Holder, project_path: Path, tmp_path: Path, isolated_config_dir: Path
) -> None:
    link = tmp_path / "近道.jcdesk"
    link.symlink_to(project_path)
    lock_note = lock_path_for(project_path).read_text(encoding="utf-8")

    with ThreadPoolExecutor(max_workers=4) as pool:
        direct = pool.submit(_contend, project_path, tmp_path / "second-config")
        via_link = pool.submit(_contend, link, tmp_path / "third-config")
        layout = pool.submit(run_cli, isolated_config_dir, "layout", str(project_path), "--process", "転入届")
        info = pool.submit(run_cli, isolated_config_dir, "info", str(project_path), "--json")
        answers = [direct.result(), via_link.result()]
        layout_result, info_result = layout.result(), info.result()

    for answer in answers:
        assert answer["error"] == "locked", answer
        message = answer["message"] or ""
        assert "編集中" in message and "読み取り専用" in message, message
    line = assert_one_japanese_error_line(layout_result)
    assert "編集中" in line
    assert info_result.returncode == 0, info_result.stderr
    summary = json.loads(info_result.stdout)
    assert summary["name"] == "住民記録テスト"
    assert [p["steps"] for p in summary["processes"]] == [5]

    assert lock_path_for(project_path).read_text(encoding="utf-8") == lock_note, "the holder's note is untouched"
    # the first instance never noticed: it goes on saving, and nobody else wrote in between
    assert holder.send("edit first-2") == "saved"
    holder.stop()
    expected = small_project()
    expected.step["s-check"].label = "first-2"
    with ProjectRepository.open(project_path, read_only=True) as repository:
        assert repository.load() == expected
        trail = repository.db.execute("SELECT DISTINCT by FROM change_log").fetchall()
    assert trail in ([], [("first",)]), "no audit row from a second writer"
    assert _contend(project_path, tmp_path / "later-config") == {"error": None}, "free again once closed"


def test_simultaneous_starts_never_overlap(project_path: Path, tmp_path: Path) -> None:
    """Six instances released at the same instant: holding intervals never overlap, at least one wins."""
    race([project_path] * 6, tmp_path)


def race(paths: list[Path], tmp_path: Path) -> None:
    """One instance per path released at the same instant: holding intervals never overlap, at least one wins."""
    start_at = time.time() + 1.5  # after every child has imported the app
    children = [
        subprocess.Popen([sys.executable, "-c", RACER, str(path), repr(start_at)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=subprocess_env(str(tmp_path / f"config{n}")))
        for n, path in enumerate(paths)
    ]
    intervals: list[tuple[float, float]] = []
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0 and "Traceback" not in err, err
        value = json.loads(out)
        if value is not None:
            intervals.append((value[0], value[1]))
    assert intervals, "somebody got the project"
    intervals.sort()
    for (_s1, end1), (start2, _e2) in itertools.pairwise(intervals):
        assert start2 >= end1, f"two writers at once: {intervals}"


def _opened(window: MainWindow) -> OpenProject | None:
    return window.opened


def test_window_of_a_second_instance_opens_read_only(
    holder: Holder, project_path: Path, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ask)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(f"unexpected critical dialog {a}"))
    assert not main_window.open_path(project_path), "declined: nothing opened"
    assert _opened(main_window) is None
    assert main_window.open_path(project_path)
    assert len(asked) == 2 and all(has_japanese(text) and "別の" in text for text in asked), asked
    assert main_window.opened is not None and main_window.opened.read_only
    assert main_window.opened.project.step["s-check"].label == "first-1", "reads what the first one saved"
    assert "読み取り専用" in main_window.windowTitle()
    digest = sha256(project_path)
    main_window.push_edit(SetFields(Ref("step", "s-check"), (("label", "second"),)), "名前の変更")
    assert main_window.opened.project.step["s-check"].label == "first-1"
    assert sha256(project_path) == digest
    assert holder.send("edit first-3") == "saved"
