"""The layer table of docs/architecture.md §3, enforced on every module of the package (parsed, not imported)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

import jcloud_desk

PKG = Path(jcloud_desk.__file__).resolve().parent

#: Everything outside the stdlib that the domain may use.
_DOMAIN_THIRD_PARTY = ("networkx",)


@dataclass(frozen=True)
class Rule:
    """Forbidden import prefixes of one layer; ``allowed`` lists exceptions to ``forbidden``."""

    forbidden: tuple[str, ...]
    allowed: tuple[str, ...] = ()
    module_level_only: tuple[str, ...] = ()


RULES: dict[str, Rule] = {
    "domain": Rule(
        forbidden=("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "openpyxl", "defusedxml", "jcloud_desk"),
        allowed=("jcloud_desk.domain",),
    ),
    "analysis": Rule(
        forbidden=("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "jcloud_desk.storage", "jcloud_desk.io",
                   "jcloud_desk.services", "jcloud_desk.ui"),
    ),
    "storage": Rule(forbidden=("PySide6", "shiboken6", "jcloud_desk.io", "jcloud_desk.services", "jcloud_desk.ui")),
    "io": Rule(
        forbidden=("PySide6", "shiboken6", "sqlite_utils", "sqlite3", "jcloud_desk.storage", "jcloud_desk.services",
                   "jcloud_desk.ui"),
    ),
    "services": Rule(forbidden=("PySide6", "shiboken6", "jcloud_desk.ui")),
    # services translate storage errors (services/errors.py): the ui never imports storage
    "ui": Rule(forbidden=("sqlite_utils", "sqlite3", "jcloud_desk.storage")),
    # the GUI (and so PySide6) is imported only inside the function that launches it
    "cli.py": Rule(
        forbidden=("PySide6", "shiboken6", "jcloud_desk.ui", "jcloud_desk.storage", "sqlite_utils", "sqlite3"),
        module_level_only=("PySide6", "shiboken6", "jcloud_desk.ui"),
    ),
    # sub-commands registered from cli.py follow the same rule (services and domain only)
    "cli_vendor.py": Rule(
        forbidden=("PySide6", "shiboken6", "jcloud_desk.ui", "jcloud_desk.storage", "sqlite_utils", "sqlite3"),
    ),
}
RULES["cli_catalog.py"] = RULES["cli.py"]


@dataclass(frozen=True)
class Imported:
    """One imported module name and whether the import runs at module level."""

    name: str
    line: int
    module_level: bool


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def imports_of(source: str, filename: str = "<string>") -> Iterator[Imported]:
    """Every absolute module name imported by ``source``; relative imports fail the test."""
    tree = ast.parse(source, filename=filename)
    nested: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            nested.update(id(child) for child in ast.walk(node) if child is not node)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Imported(alias.name, node.lineno, id(node) not in nested)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{filename}:{node.lineno}: relative import; use absolute imports"
            module = node.module or ""
            yield Imported(module, node.lineno, id(node) not in nested)
            # `from jcloud_desk import storage` imports jcloud_desk.storage
            for alias in node.names:
                yield Imported(f"{module}.{alias.name}", node.lineno, id(node) not in nested)


def violations(source: str, rule: Rule, filename: str = "<string>") -> list[str]:
    """The imports of ``source`` that ``rule`` forbids."""
    bad: list[str] = []
    for imported in imports_of(source, filename):
        hit = next((f for f in rule.forbidden if _matches(imported.name, f)), None)
        if hit is None or any(_matches(imported.name, a) for a in rule.allowed):
            continue
        if hit in rule.module_level_only and not imported.module_level:
            continue
        bad.append(f"{filename}:{imported.line} imports {imported.name}")
    return sorted(set(bad))


def _files(layer: str) -> list[Path]:
    target = PKG / layer
    return [target] if target.suffix == ".py" else sorted(target.rglob("*.py"))


def _source_violations(layer: str) -> list[str]:
    bad: list[str] = []
    for path in _files(layer):
        bad.extend(violations(path.read_text(encoding="utf-8"), RULES[layer], str(path.relative_to(PKG))))
    return bad


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer: str) -> None:
    assert (PKG / layer).exists(), f"layer {layer} is missing"
    bad = _source_violations(layer)
    assert not bad, "\n".join(bad)


def test_only_storage_imports_sqlite_utils() -> None:
    bad = [
        f"{path.relative_to(PKG)} imports {imported.name}"
        for path in sorted(PKG.rglob("*.py"))
        if path.relative_to(PKG).parts[0] != "storage"
        for imported in imports_of(path.read_text(encoding="utf-8"), str(path))
        if _matches(imported.name, "sqlite_utils")
    ]
    assert not bad, "\n".join(bad)


def module_name(path: Path) -> str:
    """``jcloud_desk.ui.window.menus`` for ``.../jcloud_desk/ui/window/menus.py`` (packages: their name)."""
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(sources: dict[str, str]) -> nx.DiGraph:
    """Module → module it imports, for every import that runs when the module is loaded or type-checked:
    module level and ``if TYPE_CHECKING:`` blocks (imports inside functions run later and are left out)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(sources)
    for module, source in sources.items():
        for imported in imports_of(source, module):
            if not imported.module_level:
                continue
            target = imported.name
            while target and target not in sources:  # `from a.b import C` names a.b.C: the module is a.b
                target = target.rpartition(".")[0]
            if target and target != module and target != "jcloud_desk":
                graph.add_edge(module, target)
    return graph


def import_cycles(sources: dict[str, str]) -> list[list[str]]:
    """Every set of modules that import each other (directly or round a circle), sorted."""
    graph = import_graph(sources)
    return sorted(sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1)


def test_no_import_cycles_even_under_type_checking() -> None:
    sources = {module_name(p): p.read_text(encoding="utf-8") for p in sorted(PKG.rglob("*.py"))}
    cycles = import_cycles(sources)
    assert not cycles, "modules importing each other:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_cycle_checker_sees_type_checking_imports() -> None:
    sources = {
        "jcloud_desk.a": "from jcloud_desk.b import B\n",
        "jcloud_desk.b": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from jcloud_desk.a import A\n",
        "jcloud_desk.c": "def late() -> None:\n    from jcloud_desk.a import A\n",
    }
    assert import_cycles(sources) == [["jcloud_desk.a", "jcloud_desk.b"]]
    sources["jcloud_desk.b"] = "import os\n"
    assert import_cycles(sources) == []


def test_every_module_parses_with_absolute_imports() -> None:
    for path in sorted(PKG.rglob("*.py")):
        list(imports_of(path.read_text(encoding="utf-8"), str(path)))


def test_domain_uses_only_stdlib_and_networkx() -> None:
    bad: list[str] = []
    for path in _files("domain"):
        for imported in imports_of(path.read_text(encoding="utf-8"), str(path)):
            top = imported.name.split(".")[0]
            if top in sys.stdlib_module_names or top in _DOMAIN_THIRD_PARTY or top == "__future__":
                continue
            if _matches(imported.name, "jcloud_desk.domain") or imported.name == "jcloud_desk":
                continue
            bad.append(f"{path.relative_to(PKG)}:{imported.line} imports {imported.name}")
    assert not bad, "\n".join(bad)


# --- the checker itself --------------------------------------------------------------------------------------


def test_checker_reports_pyside_in_domain() -> None:
    bad = violations("import PySide6.QtCore\n", RULES["domain"], "domain/bad.py")
    assert bad == ["domain/bad.py:1 imports PySide6.QtCore"]


@pytest.mark.parametrize(
    ("layer", "source"),
    [
        ("domain", "from PySide6.QtCore import QObject\n"),
        ("domain", "import sqlite3\n"),
        ("domain", "from jcloud_desk.storage.repository import ProjectRepository\n"),
        ("domain", "from jcloud_desk import services\n"),
        ("analysis", "import jcloud_desk.io.bpmn\n"),
        ("storage", "from jcloud_desk.services.edit_session import EditSession\n"),
        ("io", "import sqlite_utils\n"),
        ("services", "from jcloud_desk.ui.app import main\n"),
        ("ui", "from jcloud_desk.storage.repository import ProjectRepository\n"),
        ("ui", "from jcloud_desk.storage import repository\n"),
        ("ui", "from jcloud_desk.storage.errors import ProjectLockedError\n"),
        ("cli.py", "from jcloud_desk.storage.errors import StorageError\n"),
        ("cli.py", "from PySide6.QtWidgets import QApplication\n"),
        ("cli.py", "from jcloud_desk.storage.repository import ProjectRepository\n"),
        ("cli.py", "from jcloud_desk.ui.app import main\n"),
    ],
)
def test_checker_reports_forbidden_imports(layer: str, source: str) -> None:
    assert violations(source, RULES[layer]), f"{layer} should refuse: {source.strip()}"


@pytest.mark.parametrize(
    ("layer", "source"),
    [
        ("domain", "from jcloud_desk.domain.project import Project\nimport networkx as nx\n"),
        ("ui", "from jcloud_desk.services.errors import ProjectFileError\nimport PySide6.QtCore\n"),
        ("cli.py", "def gui() -> None:\n    from PySide6.QtWidgets import QApplication\n"),
        ("cli.py", "def gui() -> None:\n    from jcloud_desk.ui.app import main\n"),
    ],
)
def test_checker_accepts_allowed_imports(layer: str, source: str) -> None:
    assert violations(source, RULES[layer]) == []


def test_checker_fails_relative_imports() -> None:
    with pytest.raises(AssertionError, match="relative import"):
        violations("from .project import Project\n", RULES["domain"], "domain/bad.py")
