"""Checking a project file before it is opened: an intact jcloud_desk SQLite file of a known format.

Nothing here writes, except that SQLite rolls back a transaction a crash left behind (``_recover_interrupted_write``).
Also the ``file:`` URI SQLite needs for a read-only connection (UNC and long Windows paths included).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

from jcloud_desk.analysis.messages import worded
from jcloud_desk.storage.errors import (
    CorruptProjectError,
    NewerFormatError,
    NotAProjectError,
    ProjectNotFoundError,
    StorageError,
    failure_detail,
)
from jcloud_desk.storage.schema import APPLICATION_ID, applied_migrations, known_migrations

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_uri(path: PurePath, mode: str = "ro") -> str:
    r"""The ``file:`` URI of an absolute path, as SQLite parses it.

    ``Path.as_uri()`` puts a Windows UNC server into the URI authority (``file://server/share/...``), which
    SQLite refuses ("invalid uri authority"); here the authority stays empty and the server stays in the path
    (``file:////server/share/...``). ``\\?\`` long-path prefixes are dropped; drive paths become ``/C:/...``.
    """
    text = str(path)
    if isinstance(path, PureWindowsPath):
        if text.startswith("\\\\?\\UNC\\"):
            text = "\\\\" + text[8:]
        elif text.startswith("\\\\?\\"):
            text = text[4:]
        text = text.replace("\\", "/")
        if not text.startswith("/"):
            text = "/" + text
    return "file://" + quote(text, safe="/:") + f"?mode={mode}"


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path.resolve()), uri=True)


def inspect_file(path: Path) -> None:
    """Raise the matching StorageError unless ``path`` is an intact jcloud_desk project.

    Never writes, except that SQLite rolls back a transaction interrupted by a crash (see below).
    """
    if not path.exists():
        raise ProjectNotFoundError(str(path))
    if path.is_dir():
        raise NotAProjectError(str(path), worded("storage.folder"))
    size = path.stat().st_size
    if size == 0:
        raise NotAProjectError(str(path), worded("storage.empty"))
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(str(path), worded("storage.not_sqlite"))
    _recover_interrupted_write(path)
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAProjectError(str(path), worded("storage.other_app"))
    try:
        conn = read_only_connection(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise CorruptProjectError(str(path), str(result[0][0])[:200])
            applied = applied_migrations(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _raise_if_cannot_open(path, exc)
        raise CorruptProjectError(str(path), str(exc)) from exc
    except UnicodeDecodeError as exc:  # a damaged byte inside a text value (found by tests/fuzz)
        raise CorruptProjectError(str(path), worded("storage.bad_text")) from exc
    unknown = set(applied) - set(known_migrations())
    if unknown:
        raise NewerFormatError(str(path), ", ".join(sorted(unknown)))


#: Longest path SQLite's Unix VFS opens (MAX_PATHNAME, in bytes); longer ones fail with SQLITE_CANTOPEN.
SQLITE_MAX_PATH_BYTES = 512


def _raise_if_cannot_open(path: Path, exc: sqlite3.Error) -> None:
    """SQLite could not open the file at all (too long a path, no permission): say so, never "damaged"."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int) or code & 0xFF != sqlite3.SQLITE_CANTOPEN:
        return
    size = len(os.fsencode(os.path.abspath(path)))
    if size >= SQLITE_MAX_PATH_BYTES:
        raise StorageError(
            str(path), f"パスが長すぎて開けません（{size} バイト）。短い名前のフォルダに移してください"
        ) from exc
    raise StorageError(str(path), failure_detail(exc)) from exc


def _recover_interrupted_write(path: Path) -> None:
    """Roll back a transaction cut short by a crash or kill (a hot ``-journal`` next to the file).

    A read-only connection cannot do SQLite's own crash recovery and would report the file as unreadable, so
    let a normal connection read once; SQLite then restores the last committed state (and does nothing when
    the journal belongs to a live writer, which still holds its lock).
    """
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _raise_if_cannot_open(path, exc)
        raise CorruptProjectError(str(path), str(exc)) from exc
