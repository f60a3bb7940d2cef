"""One writer per project file: OS-level locks released by the OS if the process dies.

Two locks, both non-blocking and both dropped by the OS when the process ends (crash, ``kill -9``):

* **On the project file itself** (``FileLock``): one byte inside the page SQLite reserves for its own locks
  and never stores data in (offset ``LOCK_BYTE``, just past SQLite's pending/reserved/shared bytes). Every
  way of reaching the file -- a hard link, a symlink, ``../``, a mapped drive and its UNC path -- reaches the
  same file, so every one of them sees this lock; on a share the server enforces it (SMB byte-range locks,
  NFS with lockd). Linux uses open-file-description locks (``F_OFD_SETLK``), which, unlike classic POSIX
  locks, are not lost when another descriptor of the same file is closed in this process (SQLite's read-only
  connections, a header check).
* **On the side file** ``<project>.lock`` next to the *resolved* path (``ProjectLock``): it exists before the
  project file does (``create``), is what older versions look for, and holds who has the project open for the
  message shown to a second instance.

Where no lock can be taken at all (a read-only folder, a share whose file system does not implement locking),
opening for writing is refused with ``LockUnavailableError``; a read-only project file with
``ReadOnlyFileError``: never two writers, and read-only access stays available.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import importlib
import json
import os
import struct
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from jcloud_desk.storage.errors import (
    LockUnavailableError,
    ProjectLockedError,
    ReadOnlyFileError,
    failure_detail,
)

#: Folder (in the machine's temporary folder) of the records of who holds which project file.
HOLDER_REGISTRY = "jcloud_desk-holders"

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


def host_name() -> str:
    """This machine's name as ``socket.gethostname()`` gives it. On POSIX that is the uname node name, read
    without importing ``socket`` (~3 ms of every start, since opening a project records its holder)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket  # Windows

    return socket.gethostname()


def holder_info() -> dict[str, Any]:
    """Who this process is, for the message a second instance shows."""
    return {
        "user": getpass.getuser(),
        "host": host_name(),
        "pid": os.getpid(),
        "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
    }


def holder_text(info: dict[str, Any]) -> str:
    """``user@host since`` of a holder record ('' for none)."""
    if not info:
        return ""
    return f"{info.get('user', '?')}@{info.get('host', '?')} {info.get('since', '')}".strip()


def _holder_text(path: Path) -> str:
    try:
        return holder_text(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, AttributeError):
        return ""


#: The byte locked in the project file: inside SQLite's lock page (starting at its PENDING_BYTE, 0x40000000),
#: past the 512 bytes SQLite itself locks. SQLite never stores data in that page, so nothing ever reads or writes
#: this byte (Windows byte-range locks are mandatory) and it does not overlap any lock SQLite takes.
LOCK_BYTE = 0x40000000 + 1024

#: Linux ``struct flock``: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid (+ padding).
_FLOCK_STRUCT = "hhqqi4x"
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _lock_byte(fd: int) -> bool:
    """Lock ``LOCK_BYTE`` of the open file ``fd``; False when another process holds it."""
    if sys.platform == "win32":
        msvcrt: Any = importlib.import_module("msvcrt")
        os.lseek(fd, LOCK_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    fcntl: Any = importlib.import_module("fcntl")
    try:
        ofd = getattr(fcntl, "F_OFD_SETLK", None)
        if ofd is not None and struct.calcsize(_FLOCK_STRUCT) == 32:
            fcntl.fcntl(fd, ofd, struct.pack(_FLOCK_STRUCT, fcntl.F_WRLCK, os.SEEK_SET, LOCK_BYTE, 1, 0))
        else:  # classic POSIX record lock (macOS, BSD): same file, same byte, lost if this process closes the file
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, LOCK_BYTE, os.SEEK_SET)
    except OSError as exc:
        if exc.errno in _HELD_ELSEWHERE:
            return False
        raise
    return True


def _registry_entry(project_path: Path) -> Path | None:
    """Where this machine records who holds the file with identity (device, inode) of ``project_path``: a hard
    link's opener finds the holder there although the side lock file next to its own name is another one."""
    try:
        st = os.stat(project_path)
    except OSError:
        return None
    if not st.st_ino:
        return None
    return Path(tempfile.gettempdir()) / HOLDER_REGISTRY / f"{st.st_dev}-{st.st_ino}.json"


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32" or pid <= 0:
        return True  # no cheap check: trust the record (it is only shown when the lock is really held)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, another user's
    return True


def _registered_holder(project_path: Path) -> str:
    """The holder this machine recorded for the file, or '' (none, unreadable, or a process that has died)."""
    entry = _registry_entry(project_path)
    if entry is None:
        return ""
    try:
        info = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    if not isinstance(info, dict):
        return ""
    if info.get("host") == host_name() and not _pid_alive(int(info.get("pid", 0) or 0)):
        return ""
    return holder_text(info)


class FileLock:
    """Exclusive lock of the project file itself, seen through every path that reaches the same file.

    While held, the holder is also recorded in a small file named after the file's identity in the machine's
    temporary folder (``HOLDER_REGISTRY``), so that a refusal through a hard link can say who has it open; the
    project file itself is never written for this (opening and closing leaves it byte-for-byte unchanged)."""

    def __init__(self, project_path: Path) -> None:
        self.project_path = project_path
        self._fd: int | None = None
        self._entry: Path | None = None

    def acquire(self) -> None:
        """Take the lock, or raise ``ProjectLockedError`` / ``ReadOnlyFileError`` / ``LockUnavailableError``."""
        try:
            fd = os.open(self.project_path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise ReadOnlyFileError(str(self.project_path), failure_detail(exc)) from exc
            raise LockUnavailableError(str(self.project_path), failure_detail(exc)) from exc
        try:
            locked = _lock_byte(fd)
        except OSError as exc:
            os.close(fd)
            raise LockUnavailableError(
                str(self.project_path), "この場所はファイルのロックに対応していません: " + failure_detail(exc)
            ) from exc
        if not locked:
            os.close(fd)
            raise ProjectLockedError(str(self.project_path), _registered_holder(self.project_path))
        self._fd = fd
        self._register()

    def _register(self) -> None:
        entry = _registry_entry(self.project_path)
        if entry is None:
            return
        with contextlib.suppress(OSError):  # only informative
            entry.parent.mkdir(mode=0o1777, exist_ok=True)
            entry.write_text(json.dumps(holder_info(), ensure_ascii=False), encoding="utf-8")
            self._entry = entry

    def release(self) -> None:
        """Give the lock back (closing the descriptor drops it)."""
        if self._fd is None:
            return
        if sys.platform == "win32":  # Windows wants a lock undone explicitly; closing alone frees it late
            msvcrt: Any = importlib.import_module("msvcrt")
            with contextlib.suppress(OSError):
                os.lseek(self._fd, LOCK_BYTE, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None
        if self._entry is not None:
            with contextlib.suppress(OSError):
                self._entry.unlink()
            self._entry = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None


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
        info = holder_info()
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
