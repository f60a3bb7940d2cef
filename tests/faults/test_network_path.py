"""The "network path" code path, as far as Linux can reach it (docs/STORAGE.md explains the choices).

What runs here: paths with spaces, Japanese and URI-special characters; a symlinked file and a symlinked folder
(the way a mapped folder looks); a POSIX ``//`` prefix (the closest Linux has to a UNC name: implementation-
defined, Linux treats it as ``/``); a path longer than Windows' 260-character MAX_PATH, and one longer than the
512 bytes SQLite's Unix VFS opens (a clear message, not "damaged"); the rollback journal
(never ``-wal``/``-shm``); and a file system whose ``flock`` fails with ENOLCK (NFS without a lock daemon),
injected because no such mount exists here.

What does not run here: a real SMB/NFS share (no server in CI), Windows UNC names, mapped drives and
``\\\\?\\`` paths. For those, the URI that read-only opening hands to SQLite is checked as a string
(``sqlite_uri`` with ``PureWindowsPath``), and it is shown that the URI ``Path.as_uri()`` would give is refused.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.storage.errors import (
    CorruptProjectError,
    LockUnavailableError,
    ProjectLockedError,
    ProjectWriteError,
    StorageError,
)
from jcloud_desk.storage.inspection import SQLITE_MAX_PATH_BYTES, sqlite_uri
from jcloud_desk.storage.lock import lock_path_for
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project
from tests.faults.support import assert_one_japanese_error_line, run_cli, sha256

ODD_FOLDER = "共有 フォルダ #1 ?&+% (令和6年度)"


def _create(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ProjectService().create_from(path, small_project()).close()
    return path


def _rename(opened: OpenProject, label: str) -> None:
    opened.session.apply(SetFields(Ref("step", "s-check"), (("label", label),)))
    assert not opened.session.detached, opened.session.last_error


def _label_on_disk(path: Path) -> str:
    with ProjectRepository.open(path, read_only=True) as repository:
        return str(repository.load().step["s-check"].label)


def test_spaces_japanese_and_uri_characters(tmp_path: Path, isolated_config_dir: Path) -> None:
    path = _create(tmp_path / ODD_FOLDER / "住民記録 100%.jcdesk")
    opened = ProjectService().open(path)
    try:
        _rename(opened, "共有フォルダで編集")
        assert _label_on_disk(path) == "共有フォルダで編集", "read-only opening (URI) finds the file"
    finally:
        opened.close()
    result = run_cli(isolated_config_dir, "info", str(path))
    assert result.returncode == 0, result.stderr
    assert "住民記録テスト" in result.stdout


def test_symlinked_file_and_folder_share_one_lock(tmp_path: Path) -> None:
    real = _create(tmp_path / "server" / "案件" / "p.jcdesk")
    file_link = tmp_path / "デスクトップ の近道.jcdesk"
    file_link.symlink_to(real)
    folder_link = tmp_path / "Z ドライブ"
    folder_link.symlink_to(real.parent, target_is_directory=True)
    through_folder = folder_link / "p.jcdesk"

    assert lock_path_for(file_link) == lock_path_for(real) == lock_path_for(through_folder)
    opened = ProjectService().open(file_link)
    try:
        _rename(opened, "近道から編集")
        assert lock_path_for(real).exists(), "the lock sits next to the real file"
        for other in (real, through_folder):
            with pytest.raises(ProjectLockedError):
                ProjectService().open(other)
        assert _label_on_disk(through_folder) == "近道から編集"
    finally:
        opened.close()
    assert file_link.is_symlink() and file_link.resolve() == real.resolve(), "the link itself is not replaced"
    assert sorted(p.name for p in real.parent.iterdir()) == ["p.jcdesk"]


@pytest.mark.skipif(os.name != "posix", reason="the // prefix is POSIX")
def test_double_slash_prefix_is_the_same_file(tmp_path: Path) -> None:
    path = _create(tmp_path / "p.jcdesk")
    unc_like = Path("//" + str(path).lstrip("/"))
    assert str(unc_like).startswith("//")
    opened = ProjectService().open(unc_like)
    try:
        _rename(opened, "二重スラッシュ")
        with pytest.raises(ProjectLockedError):
            ProjectService().open(path)
        assert _label_on_disk(unc_like) == "二重スラッシュ"
        assert sqlite_uri(unc_like.resolve()).startswith("file:///"), "no URI authority"
    finally:
        opened.close()


def test_path_longer_than_windows_max_path(tmp_path: Path) -> None:
    folder = tmp_path
    for depth in range(7):
        folder = folder / f"Shared Folder 2024 - 住民記録 - level {depth}"
    path = _create(folder / "Project with a long name 住民記録 転入届.jcdesk")
    assert len(str(path)) > 260 and len(os.fsencode(path)) < SQLITE_MAX_PATH_BYTES
    opened = ProjectService().open(path)
    try:
        _rename(opened, "長いパス")
    finally:
        opened.close()
    assert _label_on_disk(path) == "長いパス"
    saved = ProjectService().save_as(ProjectService().open(path), folder / "コピー.jcdesk")
    saved.close()
    assert _label_on_disk(folder / "コピー.jcdesk") == "長いパス"


def test_path_too_long_for_sqlite_is_not_called_damaged(tmp_path: Path, isolated_config_dir: Path) -> None:
    """Past SQLite's 512-byte path limit (170 kanji): a clear message and the file untouched, not "壊れています"."""
    source = _create(tmp_path / "p.jcdesk")
    folder = tmp_path
    for depth in range(6):
        folder = folder / (f"{depth}階層目の共有フォルダ名" * 4)
    folder.mkdir(parents=True)
    path = folder / "p.jcdesk"
    shutil.copyfile(source, path)
    assert len(os.fsencode(path)) > SQLITE_MAX_PATH_BYTES
    digest = sha256(path)
    for read_only in (False, True):
        with pytest.raises(StorageError) as info:
            ProjectService().open(path, read_only=read_only)
        assert not isinstance(info.value, CorruptProjectError)
        assert "パスが長すぎ" in info.value.user_message()
    line = assert_one_japanese_error_line(run_cli(isolated_config_dir, "info", str(path)))
    assert "パスが長すぎ" in line and "壊れて" not in line
    with pytest.raises(ProjectWriteError):
        ProjectRepository.create(folder / "new.jcdesk", small_project())
    assert sha256(path) == digest
    assert sorted(p.name for p in folder.iterdir()) == ["p.jcdesk"]


def test_rollback_journal_never_wal(tmp_path: Path) -> None:
    """One file to copy and mail, and nothing that needs shared memory on a share: no -wal / -shm, ever."""
    path = _create(tmp_path / "p.jcdesk")
    opened = ProjectService().open(path)
    try:
        assert opened.repository.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert opened.repository.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        for n in range(20):
            _rename(opened, f"編集{n}")
            assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jcdesk", "p.jcdesk.lock"]
    finally:
        opened.close()
    header = path.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01", "file format versions 1/1: rollback journal (2/2 would be WAL)"


def test_no_file_locking_on_the_share_refuses_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NFS without lockd / some SMB mounts: flock fails with ENOLCK. Never risk two writers: read-only only."""
    fcntl = pytest.importorskip("fcntl")
    path = _create(tmp_path / "p.jcdesk")

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    digest = sha256(path)
    with pytest.raises(LockUnavailableError) as info:
        ProjectService().open(path)
    message = info.value.user_message()
    assert "ロックに対応していません" in message and "読み取り専用で開く" in message, message
    reader = ProjectService().open(path, read_only=True)
    try:
        assert reader.project == small_project()
    finally:
        reader.close()
    assert sha256(path) == digest
    # the side file may stay: on a share whose locking failed, another client may own it (stale ones never block)


def test_held_lock_is_still_reported_as_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fcntl = pytest.importorskip("fcntl")
    path = _create(tmp_path / "p.jcdesk")

    def held(fd: int, operation: int) -> None:
        raise OSError(errno.EWOULDBLOCK, "Resource temporarily unavailable")

    monkeypatch.setattr(fcntl, "flock", held)
    with pytest.raises(ProjectLockedError):
        ProjectService().open(path)


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (PureWindowsPath(r"\\fileserver\共有\住民記録\p 1.jcdesk"),
         "file:////fileserver/%E5%85%B1%E6%9C%89/%E4%BD%8F%E6%B0%91%E8%A8%98%E9%8C%B2/p%201.jcdesk?mode=ro"),
        (PureWindowsPath(r"\\?\UNC\fileserver\share\p.jcdesk"), "file:////fileserver/share/p.jcdesk?mode=ro"),
        (PureWindowsPath(r"\\?\C:\案件\p.jcdesk"), "file:///C:/%E6%A1%88%E4%BB%B6/p.jcdesk?mode=ro"),
        (PureWindowsPath(r"Z:\共有 #1\p?.jcdesk"), "file:///Z:/%E5%85%B1%E6%9C%89%20%231/p%3F.jcdesk?mode=ro"),
        (PurePosixPath("/mnt/share/a b#%?.jcdesk"), "file:///mnt/share/a%20b%23%25%3F.jcdesk?mode=ro"),
        (PurePosixPath("//server/share/p.jcdesk"), "file:////server/share/p.jcdesk?mode=ro"),
    ],
    ids=["unc", "long unc", "long drive", "mapped drive", "posix", "posix //"],
)
def test_sqlite_uri_keeps_the_server_out_of_the_authority(path: PureWindowsPath | PurePosixPath, uri: str) -> None:
    assert sqlite_uri(path) == uri


def test_as_uri_would_put_the_server_in_the_authority_which_sqlite_refuses() -> None:
    """Why ``sqlite_uri`` exists: ``Path.as_uri()`` of a UNC path names the server as URI authority."""
    as_uri = PureWindowsPath(r"\\fileserver\share\p.jcdesk").as_uri()
    assert as_uri == "file://fileserver/share/p.jcdesk"
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(as_uri + "?mode=ro", uri=True)


def test_sqlite_accepts_the_uri_for_odd_local_paths(tmp_path: Path) -> None:
    path = _create(tmp_path / ODD_FOLDER / "p #?%.jcdesk")
    conn = sqlite3.connect(sqlite_uri(path.resolve()), uri=True)
    try:
        assert conn.execute("SELECT name FROM info").fetchone() == ("住民記録テスト",)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("UPDATE info SET name = 'x'")
    finally:
        conn.close()
