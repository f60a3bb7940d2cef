"""sqlite-utils as storage imports it: its costly case-insensitive pattern is compiled on first use, and what
asks that pattern (virtual tables, table checks) still answers as before."""

from __future__ import annotations

import sqlite_utils.db

from jcloud_desk.storage.sqlite_utils_import import Database, LazyPattern


def test_the_virtual_table_pattern_is_compiled_on_first_use_and_still_matches() -> None:
    pattern = sqlite_utils.db._virtual_table_using_re
    assert isinstance(pattern, LazyPattern)
    db = Database(memory=True, execute_plugins=False)
    db.execute("CREATE VIRTUAL TABLE [全文] USING fts5(body)")
    db.execute("CREATE TABLE step (id TEXT PRIMARY KEY, label TEXT CHECK (label <> ''))")
    assert db["全文"].virtual_table_using == "FTS5"
    assert db["step"].virtual_table_using is None
    assert [c.check for c in db["step"].checks] == ["label <> ''"]
    assert pattern.compiled().flags & sqlite_utils.db.re.IGNORECASE


def test_other_patterns_are_compiled_as_usual() -> None:
    assert isinstance(sqlite_utils.db._quote_fts_re, sqlite_utils.db.re.Pattern)
