"""Where the run-time files are found: the checkout (also an editable install) or a pip-installed wheel's
``<prefix>/share/jcloud_desk`` (pyproject's data-files list every one of them)."""

from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from jcloud_desk import paths

ROOT = Path(__file__).resolve().parents[1]


def test_every_run_time_file_is_installed_by_a_wheel_under_share_jcloud_desk() -> None:
    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "data-files"]
    listed = subprocess.run(["git", "ls-files", "-z", "resources", "sample_projects"], cwd=ROOT,
                            capture_output=True, text=True, check=False).stdout
    tracked = [name for name in listed.split("\0") if name]
    if not tracked:  # not a git checkout (an unpacked archive): the files on disk
        tracked = [str(p.relative_to(ROOT)) for d in ("resources", "sample_projects") for p in (ROOT / d).rglob("*")
                   if p.is_file()]
    assert tracked
    for name in tracked:
        folder = str(Path(name).parent)
        patterns = data_files.get(f"share/jcloud_desk/{folder}", [])
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name


def test_a_wheel_install_finds_its_files_under_the_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "lib" / "site-packages" / "jcloud_desk"
    site.mkdir(parents=True)
    installed = tmp_path / "share" / "jcloud_desk"
    (installed / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(site / "paths.py"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert paths.app_root() == installed
    assert paths.resources_dir() == installed / "resources"
    # a checkout with its own resources wins (an editable install inside a virtualenv)
    (site.parent / "resources").mkdir()
    assert paths.app_root() == site.parent


def test_the_checkout_is_used_when_running_from_source() -> None:
    assert paths.app_root() == ROOT
    assert paths.default_sample_path().is_file()
