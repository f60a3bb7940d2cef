"""sqlite-utils, imported for this package without its costliest line.

``sqlite_utils/db.py`` compiles, at import, one case-insensitive regular expression over the character range
``\\u0080-\\uffff`` (``_virtual_table_using_re``, asked only by ``Table.virtual_table_using``: table checks and
FTS helpers, never while a project opens, loads or saves). Python's ``re`` case-folds that whole range while
compiling it: about 17 ms, a third of importing sqlite-utils and a tenth of the app's own start-up. Here that
pattern is compiled on its first use instead; every other pattern and every behaviour stays as it is.

Import ``Database`` and ``Migrations`` from here, not from ``sqlite_utils``, so the import happens this way
whichever storage module comes first.
"""

from __future__ import annotations

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


def _import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
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
