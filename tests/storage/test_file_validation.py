"""Opening anything that is not an intact project gives a typed error with a Japanese message and never writes."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from jcloud_desk.storage.errors import (
    CorruptProjectError,
    NewerFormatError,
    NotAProjectError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ProjectWriteError,
    StorageError,
)
from jcloud_desk.storage.repository import ProjectRepository, inspect_file
from jcloud_desk.storage.schema import MIGRATION_SET
from tests.factories import small_project


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project_file(path: Path) -> Path:
    with ProjectRepository.create(path, small_project()):
        pass
    return path


def _assert_japanese_one_line(error: StorageError) -> None:
    message = error.user_message()
    assert "\n" not in message and "\r" not in message
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in message), message
    assert str(error) == message


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("氏名,住所\n山田,東京都\n", encoding="utf-8")


def _xlsx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('hello')")
    conn.close()


def _tiny_sqlite_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)


NOT_PROJECTS: dict[str, Callable[[Path], None]] = {
    "zero bytes": _empty,
    "text file": _text,
    "xlsx renamed": _xlsx,
    "another app's sqlite": _other_sqlite,
    "sqlite header only": _tiny_sqlite_header,
}


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.jcdesk"
    with pytest.raises(ProjectNotFoundError) as info:
        ProjectRepository.open(path)
    _assert_japanese_one_line(info.value)
    assert str(path) in info.value.user_message()
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAProjectError) as info:
        ProjectRepository.open(tmp_path)
    _assert_japanese_one_line(info.value)


@pytest.mark.parametrize("name", sorted(NOT_PROJECTS))
@pytest.mark.parametrize("read_only", [False, True])
def test_not_a_project(tmp_path: Path, name: str, read_only: bool) -> None:
    path = tmp_path / "file.jcdesk"
    NOT_PROJECTS[name](path)
    before = _sha256(path)
    with pytest.raises(NotAProjectError) as info:
        ProjectRepository.open(path, read_only=read_only)
    _assert_japanese_one_line(info.value)
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.jcdesk"], "no lock or journal left behind"


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _overwrite_middle(path: Path) -> None:
    data = path.read_bytes()
    page = 4096
    middle = (len(data) // 2) // page * page
    path.write_bytes(data[:middle] + bytes([0xA5]) * page + data[middle + page :])


def _overwrite_schema_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 3000 + data[3100:])


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated to half": _truncate,
    "middle page overwritten": _overwrite_middle,
    "schema page overwritten": _overwrite_schema_page,
}


@pytest.mark.parametrize("name", sorted(DAMAGE))
@pytest.mark.parametrize("read_only", [False, True])
def test_damaged_project(tmp_path: Path, name: str, read_only: bool) -> None:
    path = _project_file(tmp_path / "p.jcdesk")
    DAMAGE[name](path)
    before = _sha256(path)
    with (
        pytest.raises((CorruptProjectError, NotAProjectError)) as info,
        ProjectRepository.open(path, read_only=read_only) as repository,
    ):
        repository.load()
    assert not isinstance(info.value, sqlite3.Error)
    _assert_japanese_one_line(info.value)
    assert _sha256(path) == before, "a damaged file must never be modified"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jcdesk"]


def test_damage_is_found_before_locking(tmp_path: Path) -> None:
    path = _project_file(tmp_path / "p.jcdesk")
    _truncate(path)
    with pytest.raises(CorruptProjectError):
        inspect_file(path)


def test_unknown_migration_means_newer_format(tmp_path: Path) -> None:
    path = _project_file(tmp_path / "p.jcdesk")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [MIGRATION_SET, "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    conn.close()
    before = _sha256(path)
    for read_only in (False, True):
        with pytest.raises(NewerFormatError) as info:
            ProjectRepository.open(path, read_only=read_only)
        _assert_japanese_one_line(info.value)
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jcdesk"]


def test_migrations_of_another_set_are_ignored(tmp_path: Path) -> None:
    path = _project_file(tmp_path / "p.jcdesk")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('plugin', 'm001', '')"
        )
    conn.close()
    inspect_file(path)
    with ProjectRepository.open(path) as repository:
        assert repository.load() == small_project()


def test_intact_project_passes(tmp_path: Path) -> None:
    path = _project_file(tmp_path / "p.jcdesk")
    before = _sha256(path)
    inspect_file(path)
    assert _sha256(path) == before


@pytest.mark.parametrize(
    "error",
    [
        StorageError("/x/p.jcdesk", "detail"),
        ProjectNotFoundError("/x/p.jcdesk"),
        ProjectExistsError("/x/p.jcdesk"),
        NotAProjectError("/x/p.jcdesk", "SQLite データベースではありません"),
        CorruptProjectError("/x/p.jcdesk", "database disk image is malformed"),
        NewerFormatError("/x/p.jcdesk", "m999"),
        ProjectLockedError("/x/p.jcdesk", "yamada@pc01 2024-05-01 10:00"),
        ProjectLockedError("/x/p.jcdesk"),
        ProjectWriteError("/x/p.jcdesk", "disk I/O error"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_error_message_is_one_japanese_line(error: StorageError) -> None:
    _assert_japanese_one_line(error)
    assert "/x/p.jcdesk" in error.user_message()
