"""Helpers of the fault tests: CLI runs, message checks, and real file systems that refuse writes.

Real faults need ``mount`` (root, or a user namespace): a size-limited ``tmpfs`` for "disk full" and a read-only
bind mount for "read-only file / folder". When the sandbox forbids mounting, the ``*_or_skip`` helpers skip
with the reason; every such test has an injected twin (SQLite's own ``max_page_count`` / ``query_only``) that
always runs, so CI without mount rights still covers the code path.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.factories import subprocess_env

CLI_TIMEOUT = 60


def sha256(path: Path) -> str:
    """Hash of a file's bytes (to prove a file was left untouched)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def has_japanese(text: str) -> bool:
    """True when ``text`` contains kana or kanji."""
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def run_cli(
    config_dir: Path, *args: str, timeout: float = CLI_TIMEOUT, memory_mb: int | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m jcloud_desk ARGS`` in a child process with its own settings folder (``memory_mb``: its
    address space capped, Linux only)."""
    return subprocess.run(
        [sys.executable, "-m", "jcloud_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=subprocess_env(str(config_dir)),
        timeout=timeout,
        preexec_fn=_limit_memory(memory_mb) if memory_mb else None,
    )


#: Address space a CLI child may use in the bounded runs (Python + openpyxl + SQLite need about 300 MB).
CLI_MEMORY_BUDGET_MB = 1024


def _limit_memory(megabytes: int) -> Callable[[], None]:
    def limit() -> None:
        import resource

        size = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    return limit


def run_cli_bounded(
    config_dir: Path, *args: str, memory_mb: int = CLI_MEMORY_BUDGET_MB, timeout: float = CLI_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """``run_cli`` with the child's address space capped (Linux): a blow-up ends in MemoryError, not swap."""
    if not sys.platform.startswith("linux"):
        pytest.skip("address-space limits need Linux")
    return run_cli(config_dir, *args, timeout=timeout, memory_mb=memory_mb)


def assert_one_japanese_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """Exit code 1, nothing but one Japanese ``エラー:`` line on stderr, no traceback; returns the line."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("エラー:"), result.stderr
    assert has_japanese(lines[0].removeprefix("エラー:")), result.stderr
    return lines[0]


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


def _umount(target: Path) -> None:
    result = subprocess.run(["umount", str(target)], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:  # something still holds it open: detach it lazily rather than leak the mount
        subprocess.run(["umount", "-l", str(target)], capture_output=True, text=True, timeout=30)


def mount_reason() -> str:
    """Why mounting cannot work here ('' when it may)."""
    if not sys.platform.startswith("linux"):
        return "mount-based faults need Linux"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount are not installed"
    if os.geteuid() != 0:
        return "mounting needs root (the injected variant of this test covers the code path)"
    return ""


@contextlib.contextmanager
def tmpfs_or_skip(target: Path, size: str) -> Iterator[Path]:
    """A real size-limited tmpfs at ``target`` (unmounted afterwards), or skip with the reason."""
    reason = mount_reason()
    if reason:
        pytest.skip(reason)
    target.mkdir(parents=True, exist_ok=True)
    result = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(target))
    if result.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {result.stderr.strip()}")
    try:
        yield target
    finally:
        _umount(target)


@contextlib.contextmanager
def read_only_bind(target: Path) -> Iterator[bool]:
    """Make ``target`` (a file or a folder) read-only with a read-only bind mount; yields False if impossible."""
    if mount_reason():
        yield False
        return
    if _mount("--bind", str(target), str(target)).returncode != 0:
        yield False
        return
    try:
        if _mount("-o", "remount,bind,ro", str(target), str(target)).returncode != 0:
            yield False
            return
        yield True
    finally:
        _umount(target)


def write_refused(path: Path) -> bool:
    """True when opening ``path`` for writing fails (read-only medium or permissions); writes nothing."""
    try:
        with open(path, "r+b"):
            return False
    except OSError:
        return True


def folder_write_refused(folder: Path) -> bool:
    """True when no new file can be created in ``folder``."""
    probe = folder / ".write-probe"
    try:
        probe.touch()
    except OSError:
        return True
    probe.unlink()
    return False


def fill_disk(folder: Path) -> Path:
    """Fill the file system holding ``folder`` with one file until ENOSPC; returns that file."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    chunk = b"\0" * 65536
    try:
        while True:
            try:
                os.write(fd, chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 512:
                    break
                chunk = chunk[: len(chunk) // 2]
    finally:
        os.close(fd)
    assert shutil.disk_usage(folder).free < 4096
    return filler
