"""PySide6's per-import source scan is skipped for Qt-free modules and kept for the others."""

from __future__ import annotations

import inspect
import sys
import types
from pathlib import Path

from jcloud_desk.ui import pyside_import_scan

ROOT = Path(__file__).resolve().parents[2]


def _feature_dict() -> dict[str, int]:
    feature = sys.modules["shibokensupport.feature"]
    selections = feature.pyside_feature_dict  # type: ignore[attr-defined]
    assert isinstance(selections, dict)
    return selections


def test_known_qt_free_modules_are_named() -> None:
    assert pyside_import_scan.is_qt_free("json.decoder")
    assert pyside_import_scan.is_qt_free("sqlite_utils.db")
    assert pyside_import_scan.is_qt_free("jcloud_desk.storage.repository")
    assert pyside_import_scan.is_qt_free("jcloud_desk.cli_suggest")
    assert not pyside_import_scan.is_qt_free("jcloud_desk.ui.app")
    assert not pyside_import_scan.is_qt_free("pytestqt.qtbot")
    assert not pyside_import_scan.is_qt_free("PySide6.QtWidgets")


def test_the_scan_still_marks_qt_modules_and_skips_qt_free_ones() -> None:
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside  # type: ignore[attr-defined]
    assert getattr(scan, "jcloud_desk_wrapped", False)  # importing jcloud_desk.ui installed it
    assert pyside_import_scan.install()  # idempotent
    assert pyside_import_scan.install()
    selections = _feature_dict()
    # the hook registers the module an import statement returns: ``from module import name`` returns ``module``
    imports = {"jcloud_desk.ui.theme": "GRID_LINE", "jcloud_desk.launch": "COMMANDS", "jcloud_desk.cli": "EXIT_OK",
               "tests.factories": "small_project"}
    names = tuple(imports)
    kept = {name: sys.modules.pop(name, None) for name in names}
    try:
        for name in names:
            selections.pop(name, None)
            exec(f"from {name} import {imports[name]}", {})  # an import statement: through the hook
    finally:
        for name, module in kept.items():
            if module is not None:
                sys.modules[name] = module
    assert selections["jcloud_desk.ui.theme"] == 0  # read: it uses PySide6
    assert "PySide6" in (ROOT / "jcloud_desk" / "launch.py").read_text(encoding="utf-8")  # a scan would say 0
    assert selections["jcloud_desk.launch"] == -1  # not read: Qt-free
    assert selections["jcloud_desk.cli"] == -1
    assert selections["tests.factories"] == -1  # read, and it does not mention PySide6


def test_the_file_read_answers_as_shibokens_scan() -> None:
    scan = sys.modules["shibokensupport.feature"]._mod_uses_pyside  # the wrapped one: it reads the file

    def upstream(module: types.ModuleType) -> bool:  # shiboken's own question, asked through inspect
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            return False

    import jcloud_desk.ui.app
    import jcloud_desk.ui.theme
    import tests.factories

    for module in (jcloud_desk.ui.theme, tests.factories, jcloud_desk.ui.app, jcloud_desk.ui.pyside_import_scan):
        assert pyside_import_scan.mentions_pyside(module, upstream) == upstream(module)
    assert pyside_import_scan.mentions_pyside(jcloud_desk.ui.theme, upstream) is True
    assert pyside_import_scan.mentions_pyside(tests.factories, upstream) is False
    no_file = types.ModuleType("no_file_module")
    assert pyside_import_scan.mentions_pyside(no_file, lambda _m: True) is True  # left to the scan
    assert scan(jcloud_desk.ui.theme) is True
