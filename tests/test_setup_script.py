"""scripts/setup.sh, sourced by every scripts/start.sh: once installed it starts no interpreter and queries no package,
and compiles the modules a `git pull` changed (also those the start does not import).

The checkout is a temporary copy of the script with a `.venv/bin/python`, `python3.11` and `dpkg-query` on PATH that
log their calls and run the real interpreter (dpkg-query reports every package installed, so nothing is installed).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _logging_tool(path: Path, log: Path, body: str) -> None:
    path.write_text(f'#!/usr/bin/env bash\necho "$(basename "$0") $*" >> {log}\n{body}\n', encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A checkout installed by setup.sh (stamp written, base system packages checked), modules compiled after their
    last change."""
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "jcloud_desk").mkdir()
    module = tmp_path / "jcloud_desk" / "mod.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    os.utime(module, (1_000_000_000, 1_000_000_000))
    venv_bin, tools = tmp_path / ".venv" / "bin", tmp_path / "tools"
    venv_bin.mkdir(parents=True)
    tools.mkdir()
    log = tmp_path / "calls.log"
    log.touch()
    _logging_tool(venv_bin / "python", log, f'exec {sys.executable} "$@"')
    _logging_tool(tools / "python3.11", log, f'exec {sys.executable} "$@"')
    _logging_tool(tools / "dpkg-query", log, "echo 'install ok installed'")
    digest = hashlib.sha256((tmp_path / "pyproject.toml").read_bytes()).hexdigest()
    (tmp_path / ".venv" / ".jcloud_desk-installed").write_text(digest + "\n", encoding="utf-8")
    (tmp_path / ".venv" / ".jcloud_desk-system-base").touch()
    return tmp_path


def source_setup(checkout: Path, *args: str) -> tuple[str, list[str]]:
    """``source scripts/setup.sh ARGS`` in a shell that goes on afterwards; its output and the logged calls."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PATH"] = f"{checkout / 'tools'}{os.pathsep}{env.get('PATH', '')}"
    log = checkout / "calls.log"
    before = log.read_text(encoding="utf-8").splitlines()
    done = subprocess.run(["bash", "-c", f"source scripts/setup.sh {' '.join(args)} && echo sourced"], cwd=checkout,
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout, log.read_text(encoding="utf-8").splitlines()[len(before):]


def test_an_installed_checkout_starts_no_interpreter_and_queries_no_package(checkout: Path) -> None:
    output, calls = source_setup(checkout)
    assert output == "sourced\n"  # returned to start.sh, which goes on to start the app
    assert calls == []


def test_modules_changed_since_the_install_are_compiled_once(checkout: Path) -> None:
    module = checkout / "jcloud_desk" / "mod.py"
    stamp = checkout / ".venv" / ".jcloud_desk-installed"
    os.utime(stamp, (1_500_000_000, 1_500_000_000))
    os.utime(module, (1_600_000_000, 1_600_000_000))  # a git pull rewrote it after the install
    _output, calls = source_setup(checkout)
    assert calls == ["python -m compileall -q jcloud_desk"]
    assert list((checkout / "jcloud_desk" / "__pycache__").glob("mod.cpython-*.pyc"))
    assert source_setup(checkout)[1] == []


def test_a_mode_not_checked_yet_checks_its_packages_once_and_keeps_the_venv(checkout: Path) -> None:
    output, calls = source_setup(checkout, "gui")
    assert output == "sourced\n"
    assert sum(call.startswith("dpkg-query") for call in calls) == 18  # the base list plus the X11 one
    assert not any(call.startswith("python -m pip") for call in calls)  # the stamp matches: no reinstall
    assert (checkout / ".venv" / ".jcloud_desk-system-gui").exists()
    assert source_setup(checkout, "gui")[1] == []
    assert source_setup(checkout)[1] == []  # the gui list includes the base one
