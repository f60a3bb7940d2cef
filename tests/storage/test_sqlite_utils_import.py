"""sqlite-utils as storage imports it: its costly case-insensitive pattern is compiled and ``dateutil.parser`` is
loaded on first use, and what asks them (virtual tables, table checks, date recipes) still answers as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


LAZY_DATEUTIL = """
import sys
import jcloud_desk.storage.repository
print(type(sys.modules["dateutil.parser"]).__name__)
from sqlite_utils.recipes import parsedate, parsedatetime
print(parsedate("2024/1/2"), parsedatetime("2024-01-02 03:04"))
print(type(sys.modules["dateutil.parser"]).__name__)
"""


def test_dateutil_parser_is_loaded_when_a_date_recipe_first_needs_it() -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-c", LAZY_DATEUTIL], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["_LazyModule", "2024-01-02 2024-01-02T03:04:00", "module"]
