"""One writer per project file; readers always welcome; a crashed writer never blocks anyone."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jcloud_desk.storage.errors import ProjectLockedError
from jcloud_desk.storage.lock import ProjectLock, host_name, lock_path_for
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project, subprocess_env


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.jcdesk"
    with ProjectRepository.create(target, small_project()):
        pass
    return target


@pytest.fixture
def writer(path: Path) -> Iterator[ProjectRepository]:
    repository = ProjectRepository.open(path)
    yield repository
    repository.close()


def test_host_name_is_the_name_socket_gives() -> None:
    assert host_name() == socket.gethostname()


def test_second_writer_is_refused_naming_the_holder(writer: ProjectRepository, path: Path) -> None:
    with pytest.raises(ProjectLockedError) as info:
        ProjectRepository.open(path)
    message = info.value.user_message()
    assert getpass.getuser() in info.value.holder
    assert socket.gethostname() in info.value.holder
    assert info.value.holder in message
    assert "読み取り専用" in message
    assert writer.load() == small_project(), "the holder is not disturbed"


def test_create_over_a_locked_path_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "new.jcdesk"
    lock = ProjectLock(target)
    lock.acquire()
    try:
        with pytest.raises(ProjectLockedError):
            ProjectRepository.create(target, small_project())
        assert not target.exists()
    finally:
        lock.release()


def test_read_only_open_works_while_locked(writer: ProjectRepository, path: Path) -> None:
    with ProjectRepository.open(path, read_only=True) as reader:
        assert reader.read_only
        assert reader.load() == small_project()
    assert lock_path_for(path).exists(), "the reader does not touch the writer's lock"


def test_lock_is_free_after_close(path: Path) -> None:
    first = ProjectRepository.open(path)
    first.close()
    assert not lock_path_for(path).exists()
    second = ProjectRepository.open(path)
    second.close()
    first.close()  # closing twice is harmless


def test_failed_open_releases_nothing_it_does_not_hold(writer: ProjectRepository, path: Path) -> None:
    with pytest.raises(ProjectLockedError):
        ProjectRepository.open(path)
    assert lock_path_for(path).exists()
    with pytest.raises(ProjectLockedError):
        ProjectRepository.open(path)


def test_stale_lock_file_does_not_block(path: Path) -> None:
    lock_path_for(path).write_text('{"user": "ghost", "host": "old-pc", "since": "2020-01-01 00:00"}')
    with ProjectRepository.open(path) as repository:
        assert repository.load() == small_project()


def test_lock_held_by_killed_process_does_not_block(path: Path, tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from jcloud_desk.storage.repository import ProjectRepository\n"
        "repository = ProjectRepository.open(Path(sys.argv[1]))\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(str(tmp_path / "child-config")),
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "locked", child.stderr.read() if child.stderr else ""
        with pytest.raises(ProjectLockedError) as info:
            ProjectRepository.open(path)
        assert getpass.getuser() in info.value.holder
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert lock_path_for(path).exists(), "the killed process left its lock file behind"
    with ProjectRepository.open(path) as repository:
        assert repository.load() == small_project()


def test_project_lock_object(tmp_path: Path) -> None:
    target = tmp_path / "x.jcdesk"
    lock = ProjectLock(target)
    held_before = lock.held
    lock.acquire()
    assert (held_before, lock.held) == (False, True)
    other = ProjectLock(target)
    with pytest.raises(ProjectLockedError):
        other.acquire()
    assert not other.held
    lock.release()
    assert [lock.held] == [False]
    assert not lock_path_for(target).exists()
    other.acquire()
    other.release()
    lock.release()
