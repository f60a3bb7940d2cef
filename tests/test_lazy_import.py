"""lazy_module: a module's code runs at its first attribute access, once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jcloud_desk.lazy_import import lazy_module
from tests.factories import subprocess_env


def test_a_lazy_module_runs_at_first_use_and_is_the_real_module_then(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from jcloud_desk.lazy_import import lazy_module\n"
        "ops = lazy_module('jcloud_desk.domain.operations')\n"
        "assert 'jcloud_desk.domain.edits' not in sys.modules, 'nothing of it ran yet'\n"
        "assert callable(ops.new_process)\n"
        "assert 'jcloud_desk.domain.edits' in sys.modules, 'its imports ran at first use'\n"
        "from jcloud_desk.domain import operations\n"
        "assert operations is ops and operations.new_process is ops.new_process\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=subprocess_env(str(tmp_path)))


def test_an_imported_module_is_returned_as_it_is() -> None:
    import json

    assert lazy_module("json") is json


def test_a_missing_module_is_an_import_error() -> None:
    with pytest.raises(ModuleNotFoundError):
        lazy_module("jcloud_desk.no_such_module")
