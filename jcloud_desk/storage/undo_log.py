"""The undo log of a project file: the inverse of each action of the editor, newest last, bounded.

Undo pops the newest entry, a new action pushes one, so the log is the "done" part of the editor's undo stack
and Ctrl+Z after reopening undoes the last session's work. Any change made outside that history (a merge by the
CLI, a format upgrade, an import by the CLI) would leave inverses that no longer fit, so it clears the log and
leaves a note row (no inverse) whose text says why.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Literal, NamedTuple

from jcloud_desk.domain.edits import Edit
from jcloud_desk.storage import sql_rows
from jcloud_desk.storage.edit_codec import EditCodecError, decode_edit, encode_edit

if TYPE_CHECKING:
    from sqlite_utils import Database

#: How many actions the file keeps.
LIMIT = 1000
#: Note codes left where the history was cleared (the UI words them).
NOTE_MIGRATED = "migrated"
NOTE_MERGED = "merged"
NOTE_EXTERNAL = "external"
NOTE_COPY = "copy"


class UndoOp(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """What an applied edit does to the log: push its inverse, pop the newest entry, or clear with a note."""

    op: Literal["push", "pop", "clear"]
    text: str = ""  # the Edit menu's text (push) or the note code (clear)
    inverse: Edit | None = None


class UndoEntry(NamedTuple):
    """One undoable action read back from the file."""

    text: str
    inverse: Edit


def has_table(conn: sqlite3.Connection) -> bool:
    """False for an old file opened read-only (not migrated)."""
    return sql_rows.has_table(conn, "undo_log")


def write(db: Database, op: UndoOp, at: str) -> None:
    """Apply ``op`` inside the caller's transaction."""
    if op.op == "push":
        assert op.inverse is not None
        db.execute("INSERT INTO undo_log (text, inverse, at) VALUES (?, ?, ?)", [op.text, encode_edit(op.inverse), at])
        db.execute("DELETE FROM undo_log WHERE seq <= (SELECT MAX(seq) FROM undo_log) - ?", [LIMIT])
    elif op.op == "pop":
        db.execute("DELETE FROM undo_log WHERE seq = (SELECT MAX(seq) FROM undo_log) AND inverse IS NOT NULL")
    else:
        db.execute("DELETE FROM undo_log")
        db.execute("INSERT INTO undo_log (text, inverse, at) VALUES (?, NULL, ?)", [op.text, at])


def size(conn: sqlite3.Connection) -> int:
    """How many undoable entries the file keeps (notes do not count)."""
    if not has_table(conn):
        return 0
    return int(conn.execute("SELECT COUNT(*) FROM undo_log WHERE inverse IS NOT NULL").fetchone()[0])


def read(conn: sqlite3.Connection) -> tuple[list[UndoEntry], str]:
    """The entries after the last note, oldest first, and that note's text ('' when none).

    An entry this version cannot read ends the usable history there (older entries are dropped with it).
    """
    if not has_table(conn):
        return [], ""
    entries: list[UndoEntry] = []
    note = ""
    for row in sql_rows.query(conn, "SELECT text, inverse FROM undo_log ORDER BY seq"):
        if row["inverse"] is None:
            entries, note = [], str(row["text"])
            continue
        try:
            entries.append(UndoEntry(str(row["text"]), decode_edit(row["inverse"])))
        except EditCodecError:
            entries, note = [], "unreadable"
    return entries, note
