"""Spare start-up PySide6's source scan of modules that cannot use it.

Once shiboken6 is imported it hooks ``__import__`` and, for every module imported after it, reads the module's
whole source (``inspect.getsource``) to see whether it mentions PySide6 (for ``from __feature__ import ...``,
which jcloud_desk does not use). That is ~300 source files read at start-up. Modules of the standard library, of
jcloud_desk's Qt-free layers (``tests/test_architecture.py`` keeps PySide6 out of them) and of the Qt-free
packages below are answered "does not use PySide" without reading them. Every other module with a ``.py`` file gets
the same answer from the file's raw bytes (``b"PySide6" in``), without ``inspect``'s line cache and tokenizer
(~7 ms → ~1 ms over jcloud_desk.ui's modules at start); a module without one is left to shiboken's own scan.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: jcloud_desk packages that never import PySide6 (only ``jcloud_desk.ui`` does).
QT_FREE_LAYERS = ("jcloud_desk.domain", "jcloud_desk.analysis", "jcloud_desk.storage", "jcloud_desk.io",
                  "jcloud_desk.services", "jcloud_desk.paths", "jcloud_desk.cli", "jcloud_desk.launch",
                  "jcloud_desk.start_trace")
#: Third-party packages the app imports that have nothing to do with Qt.
QT_FREE_PACKAGES = frozenset({"sqlite_utils", "sqlite_fts4", "pluggy", "click", "dateutil", "openpyxl",
                              "et_xmlfile", "defusedxml", "platformdirs", "networkx", "sudachipy",
                              "sudachidict_core", "fugashi", "tabulate", "six", "yaml", "reportlab", "PIL"})


def is_qt_free(name: str) -> bool:
    """Whether module ``name`` is known not to use PySide6."""
    top = name.partition(".")[0]
    return top in sys.stdlib_module_names or top in QT_FREE_PACKAGES or name.startswith(QT_FREE_LAYERS)


def mentions_pyside(module: ModuleType, scan: Callable[[ModuleType], bool]) -> bool:
    """shiboken's question ("does the source mention PySide6?") answered from the module's file; ``scan`` where
    it has no readable ``.py`` file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return scan(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return scan(module)


def install() -> bool:
    """Wrap shiboken's scan so known Qt-free modules are not read; False when this PySide6 has no such scan."""
    import shiboken6  # noqa: F401  (loads shibokensupport.feature, which holds the scan)

    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or not callable(scan):
        return False
    if getattr(scan, "jcloud_desk_wrapped", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        if is_qt_free(getattr(module, "__name__", "") or ""):
            return False
        return mentions_pyside(module, scan)

    uses_pyside.jcloud_desk_wrapped = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
