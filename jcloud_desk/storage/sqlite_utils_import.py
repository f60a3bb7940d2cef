"""sqlite-utils, imported for this package without two costs the app never uses.

* ``sqlite_utils/db.py`` compiles, at import, one case-insensitive regular expression over the character range
  ``\\u0080-\\uffff`` (``_virtual_table_using_re``, asked only by ``Table.virtual_table_using``: table checks and
  FTS helpers, never while a project opens, loads or saves). Python's ``re`` case-folds that whole range while
  compiling it (8 ms). Here that pattern is compiled on its first use instead.
* ``sqlite_utils/recipes.py`` imports ``dateutil.parser`` (with ``dateutil.tz``: 11 ms) for its date recipes
  (the sqlite-utils command line's ``convert``). Here that module is loaded when first used
  (``importlib.util.LazyLoader``).

Every other pattern, module and behaviour stays as it is.

Import ``Database`` and ``Migrations`` from here, not from ``sqlite_utils``, so the import happens this way
whichever storage module comes first.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from typing import Any


class LazyPattern:
    """Stands in for a compiled pattern; compiles it on the first attribute asked (``match``, ``search``...)."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The real pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def load_when_used(name: str) -> None:
    """Register module ``name`` so that it is executed on its first attribute access, not when imported."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    load_when_used("dateutil.parser")
    original = re.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__")
        if caller == "sqlite_utils.db" and isinstance(pattern, str) and flags & re.IGNORECASE:
            return LazyPattern(pattern, flags)
        return original(pattern, flags)

    re.compile = compile_
    try:
        import sqlite_utils  # noqa: F401
    finally:
        re.compile = original


_import_sqlite_utils()

from sqlite_utils import Database, Migrations  # noqa: E402

__all__ = ["Database", "LazyPattern", "Migrations"]
