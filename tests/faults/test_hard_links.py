"""Two writers through two names of one file: the lock is on the file itself, so a hard link sees it.

A hard link in another folder has another side ``.lock`` file; what keeps its opener out is the byte lock taken
on the project file (``storage.lock.FileLock``). Real hard links, real child processes, the real CLI.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import tempfile
from pathlib import Path

import pytest

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.errors import ProjectLockedError
from jcloud_desk.storage.lock import HOLDER_REGISTRY, FileLock, lock_path_for
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project
from tests.faults.support import assert_one_japanese_error_line, run_cli, sha256
from tests.faults.test_second_instance import Holder, race


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """One project file with two names in two folders (``st_ino`` equal, side lock files different)."""
    first = tmp_path / "課A" / "住民記録.jcdesk"
    first.parent.mkdir()
    ProjectService().create_from(first, small_project()).close()
    second = tmp_path / "課B" / "別名.jcdesk"
    second.parent.mkdir()
    os.link(first, second)
    assert os.path.samefile(first, second) and lock_path_for(first) != lock_path_for(second)
    return first, second


def test_second_name_in_this_process_is_refused(linked: tuple[Path, Path]) -> None:
    first, second = linked
    with ProjectRepository.open(first):
        with pytest.raises(ProjectLockedError) as info:
            ProjectRepository.open(second)
        assert "編集中" in info.value.user_message() and str(second) in info.value.user_message()
        # the side lock file of the other name is not there: the holder comes from the record inside the file
        assert f"{getpass.getuser()}@{socket.gethostname()}" in info.value.user_message()
        assert not lock_path_for(second).exists(), "the refused opener leaves no side file behind"
        with ProjectRepository.open(second, read_only=True) as reader:  # reading stays welcome
            assert reader.load() == small_project()
    with ProjectRepository.open(second) as repository:  # free once the first one closed
        assert repository.load() == small_project()
    assert not list((Path(tempfile.gettempdir()) / HOLDER_REGISTRY).glob(f"*-{first.stat().st_ino}.json"))


def test_closing_a_reader_in_the_same_process_keeps_the_lock(linked: tuple[Path, Path], tmp_path: Path) -> None:
    """Classic POSIX locks die when any descriptor of the file closes; the file lock must not."""
    first, second = linked
    with ProjectRepository.open(first):
        for _ in range(3):
            with ProjectRepository.open(second, read_only=True) as reader:
                reader.load()
            second.read_bytes()  # any other descriptor of the file, opened and closed
        result = run_cli(tmp_path / "config", "layout", str(second), "--process", "転入届")
        assert "編集中" in assert_one_japanese_error_line(result)


def test_holder_in_another_process_keeps_the_other_name_out(linked: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = linked
    holder = Holder(first, tmp_path / "holder-config")
    try:
        digest_before = sha256(second)
        with pytest.raises(ProjectLockedError) as refused:
            ProjectService(user=lambda: "second").open(second)
        assert refused.value.holder.startswith(f"{getpass.getuser()}@{socket.gethostname()}")
        layout = run_cli(tmp_path / "config", "layout", str(second), "--process", "転入届")
        assert "編集中" in assert_one_japanese_error_line(layout)
        info = run_cli(tmp_path / "config", "info", str(second), "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["name"] == "住民記録テスト"
        assert sha256(second) == digest_before, "nobody but the holder wrote"
        assert holder.send("edit first-2") == "saved"
    finally:
        holder.stop()
    opened = ProjectService(user=lambda: "second").open(second)
    try:
        assert opened.project.step["s-check"].label == "first-2"
        opened.session.apply(SetFields(Ref("step", "s-check"), (("label", "second-1"),)))
    finally:
        opened.close()
    with ProjectRepository.open(first, read_only=True) as repository:
        assert repository.load().step["s-check"].label == "second-1"


def test_killed_holder_does_not_block_the_other_name(linked: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = linked
    holder = Holder(first, tmp_path / "holder-config")
    try:
        with pytest.raises(ProjectLockedError):
            ProjectRepository.open(second)
        holder.child.kill()
        holder.child.wait(timeout=30)
    finally:
        holder.stop()
    with ProjectRepository.open(second) as repository:
        assert repository.load().step["s-check"].label == "first-1"
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_simultaneous_starts_through_different_names_never_overlap(linked: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = linked
    third = tmp_path / "課C.jcdesk"
    os.link(first, third)
    race([first, second, third] * 2, tmp_path)


def test_file_lock_object(linked: tuple[Path, Path]) -> None:
    first, second = linked
    lock, other = FileLock(first), FileLock(second)
    lock.acquire()
    try:
        assert lock.held
        with pytest.raises(ProjectLockedError):
            other.acquire()
        assert not other.held
    finally:
        lock.release()
    assert not lock.held
    other.acquire()
    other.release()
    lock.release()  # twice is harmless


def test_a_record_left_by_a_dead_holder_is_not_shown(linked: tuple[Path, Path], tmp_path: Path) -> None:
    import subprocess
    import sys

    from jcloud_desk.storage import lock as lock_module

    first, _second = linked
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    entry = lock_module._registry_entry(first)
    assert entry is not None
    entry.parent.mkdir(exist_ok=True)
    record = {"user": "someone", "host": socket.gethostname(), "since": "2026-12-04 09:00"}
    entry.write_text(json.dumps(record | {"pid": int(gone.stdout)}), encoding="utf-8")
    try:
        assert lock_module._registered_holder(first) == ""  # that process has ended
        entry.write_text(json.dumps(record | {"pid": os.getpid()}), encoding="utf-8")
        assert lock_module._registered_holder(first) == f"someone@{socket.gethostname()} 2026-12-04 09:00"
    finally:
        entry.unlink()
