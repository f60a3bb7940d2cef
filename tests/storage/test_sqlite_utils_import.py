"""sqlite-utils as storage imports it: its costly case-insensitive pattern is compiled and ``dateutil.parser`` is
loaded on first use, and what asks them (virtual tables, table checks, date recipes) still answers as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from jcloud_desk.storage.sqlite_utils_import import Database, LazyPattern


def _db_module() -> ModuleType:
    """``sqlite_utils.db`` as storage imported it (the module imported above did)."""
    return sys.modules["sqlite_utils.db"]


def test_the_virtual_table_pattern_is_compiled_on_first_use_and_still_matches() -> None:
    pattern = _db_module()._virtual_table_using_re
    assert isinstance(pattern, LazyPattern)
    db = Database(memory=True, execute_plugins=False)
    db.execute("CREATE VIRTUAL TABLE [全文] USING fts5(body)")
    db.execute("CREATE TABLE step (id TEXT PRIMARY KEY, label TEXT CHECK (label <> ''))")
    assert db["全文"].virtual_table_using == "FTS5"
    assert db["step"].virtual_table_using is None
    assert [c.check for c in db["step"].checks] == ["label <> ''"]
    assert pattern.compiled().flags & _db_module().re.IGNORECASE


def test_other_patterns_are_compiled_as_usual() -> None:
    assert isinstance(_db_module()._quote_fts_re, _db_module().re.Pattern)


LAZY_DATEUTIL = """
import sys
import jcloud_desk.storage.sqlite_utils_import
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


OPEN_WITHOUT_SQLITE_UTILS = """
import sys
from pathlib import Path
from jcloud_desk.services.project_service import ProjectService
opened = ProjectService().open(Path(sys.argv[1]))
print(len(opened.project.step), len(opened.session.undo_history()[0]), "sqlite_utils" in sys.modules)
opened.repository.clear_undo_log("external")  # a write: sqlite-utils is imported for it
print("sqlite_utils" in sys.modules, opened.repository.undo_history()[1])
opened.close()
"""


def test_opening_and_loading_a_project_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    """The start only shows a project: sqlite-utils (a third of the start's imports outside Qt) waits for a write."""
    from jcloud_desk.storage.repository import ProjectRepository
    from tests.factories import small_project

    path = tmp_path / "p.jcdesk"
    project = small_project()
    ProjectRepository.create(path, project).close()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-c", OPEN_WITHOUT_SQLITE_UTILS, str(path)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(project.step)), "0", "False", "True", "external"]
