"""Rows read with plain ``sqlite3`` as dicts (column name → value), as sqlite-utils' ``Database.query`` gives them.

The reads on the way to a shown project (open, load, undo history) use this, so a start needs no sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any


def query(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    """The rows of ``sql`` as dicts."""
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has a table called ``name``."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
    return found is not None
