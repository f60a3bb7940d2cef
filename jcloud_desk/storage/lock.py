"""One writer per project file: an OS-level lock on a side file, released by the OS if the process dies.

The lock file ``<project>.lock`` holds who has the project open, for the message shown to a second
instance. ``flock`` (POSIX) / ``msvcrt.locking`` (Windows) locks vanish with the process, so a file left
behind by a crash never blocks anyone.

The lock is taken on the side file of the *resolved* path, so opening one project through a symlink and
through its real path still finds the same lock. Where no lock can be taken at all (a read-only folder, a share
whose file system does not implement ``flock``), opening for writing is refused with
``LockUnavailableError``: never two writers, and read-only access stays available.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import importlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from jcloud_desk.storage.errors import LockUnavailableError, ProjectLockedError, failure_detail

#: ``flock`` errors that mean "someone else holds it"; any other error means locking does not work here.
_HELD_ELSEWHERE = frozenset({errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES})


def lock_path_for(project_path: Path) -> Path:
    """The side file used to lock ``project_path`` (next to the real file when the path is a symlink)."""
    real = Path(os.path.realpath(project_path))
    return real.with_name(real.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        msvcrt: Any = importlib.import_module("msvcrt")
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    fcntl: Any = importlib.import_module("fcntl")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _HELD_ELSEWHERE:
            return False
        raise  # ENOLCK, EOPNOTSUPP, EINVAL...: this file system cannot lock (see ProjectLock.acquire)
    return True


def _holder_text(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"{info.get('user', '?')}@{info.get('host', '?')} {info.get('since', '')}".strip()
    except (OSError, ValueError):
        return ""


class ProjectLock:
    """Exclusive lock of one project file for this process."""

    def __init__(self, project_path: Path) -> None:
        self.project_path = project_path
        self.path = lock_path_for(project_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``ProjectLockedError`` naming the holder."""
        for _ in range(5):
            try:
                handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while locked
            except OSError as exc:
                raise LockUnavailableError(
                    str(self.project_path), "ロックファイルを作成できません: " + failure_detail(exc)
                ) from exc
            try:
                locked = _try_lock(handle)
            except OSError as exc:
                handle.close()
                raise LockUnavailableError(
                    str(self.project_path), "この場所はファイルのロックに対応していません: " + failure_detail(exc)
                ) from exc
            if not locked:
                handle.close()
                raise ProjectLockedError(str(self.project_path), _holder_text(self.path))
            # the previous holder may have unlinked the file between our open() and flock()
            try:
                same = os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._handle = handle
                self._write_holder()
                return
            handle.close()
        raise ProjectLockedError(str(self.project_path), "")

    def _write_holder(self) -> None:
        assert self._handle is not None
        info = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        # Windows locks byte 0 exclusively, so only write on POSIX; the message then lacks the holder
        if sys.platform != "win32":
            # only informative: a full disk must not stop the project from opening
            with contextlib.suppress(OSError):
                self._handle.seek(0)
                self._handle.truncate()
                self._handle.write(json.dumps(info, ensure_ascii=False))
                self._handle.flush()

    def release(self) -> None:
        """Give the lock back and remove the side file."""
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):  # a holder text that could not be flushed (disk full)
            self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None
