"""The headless CLI: exit codes 0/1/2, one-line Japanese errors without tracebacks, `info --json` shape."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jcloud_desk import __version__
from jcloud_desk.cli import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, main
from jcloud_desk.services.project_service import ProjectService
from tests.factories import small_project, subprocess_env


def _run(config_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jcloud_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=subprocess_env(str(config_dir)),
        timeout=60,
    )


def _assert_user_error(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("エラー:"), stderr
    assert "Traceback" not in stderr


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


def _check_info_shape(data: dict[str, Any]) -> None:
    assert type(data["format_version"]) is int
    assert isinstance(data["processes"], list)
    for process in data["processes"]:
        assert {"id", "name", "kind", "lanes", "phases", "steps", "flows"} <= set(process)
        assert all(isinstance(process[k], str) for k in ("id", "name", "kind"))
        assert all(type(process[k]) is int for k in ("lanes", "phases", "steps", "flows"))
    assert isinstance(data["catalogs"], list)
    for catalog in data["catalogs"]:
        assert {"name", "version", "items"} <= set(catalog)
        assert type(catalog["items"]) is int
    assert type(data["links"]) is int
    assert isinstance(data["verdicts"], dict)
    assert all(isinstance(k, str) and type(v) is int for k, v in data["verdicts"].items())


# --- through a real process ---------------------------------------------------------------------------------


def test_new_then_info_json(tmp_path: Path, isolated_config_dir: Path) -> None:
    path = tmp_path / "created.jcdesk"
    result = _run(isolated_config_dir, "new", str(path), "--name", "転入業務", "--municipality", "テスト市")
    assert result.returncode == EXIT_OK, result.stderr
    assert path.exists()
    assert "Traceback" not in result.stderr
    info = _run(isolated_config_dir, "info", str(path), "--json")
    assert info.returncode == EXIT_OK, info.stderr
    data = json.loads(info.stdout)
    _check_info_shape(data)
    assert data["processes"] == [] and data["catalogs"] == [] and data["links"] == 0
    assert data.get("name") == "転入業務"


def test_new_over_existing_file(tmp_path: Path, isolated_config_dir: Path) -> None:
    path = tmp_path / "existing.jcdesk"
    path.write_text("important", encoding="utf-8")
    result = _run(isolated_config_dir, "new", str(path), "--name", "x")
    assert result.returncode == EXIT_USER_ERROR
    _assert_user_error(result.stderr)
    assert path.read_text(encoding="utf-8") == "important"


def test_info_json_shape(project_file: Path, isolated_config_dir: Path) -> None:
    result = _run(isolated_config_dir, "info", str(project_file), "--json")
    assert result.returncode == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    _check_info_shape(data)
    assert data["processes"] == [
        {"id": "proc-1", "name": "転入届", "kind": "as_is", "municipality": "テスト市", "lanes": 2, "phases": 3,
         "steps": 5, "tasks": 3, "flows": 4}
    ]
    catalogs = [(c["name"], c["version"], c["items"]) for c in data["catalogs"]]
    assert catalogs == [("住民記録システム標準仕様書", "4.0", 3)]
    assert data["links"] == 2
    assert data["verdicts"]["fit"] == 1 and data["verdicts"]["gap"] == 1


def test_info_text(project_file: Path, isolated_config_dir: Path) -> None:
    result = _run(isolated_config_dir, "info", str(project_file))
    assert result.returncode == EXIT_OK, result.stderr
    assert "転入届" in result.stdout and "住民記録システム標準仕様書" in result.stdout


@pytest.mark.parametrize("kind", ["missing", "text", "folder"])
def test_info_on_bad_input(tmp_path: Path, isolated_config_dir: Path, kind: str) -> None:
    path = tmp_path / "bad.jcdesk"
    if kind == "text":
        path.write_text("not a project", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    result = _run(isolated_config_dir, "info", str(path), "--json")
    assert result.returncode == EXIT_USER_ERROR
    _assert_user_error(result.stderr)
    assert result.stdout == ""


def test_info_without_arguments_is_a_usage_error(isolated_config_dir: Path) -> None:
    result = _run(isolated_config_dir, "info")
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help(isolated_config_dir: Path, flag: str) -> None:
    result = _run(isolated_config_dir, flag)
    assert result.returncode == EXIT_OK, result.stderr
    if flag == "--version":
        assert __version__ in result.stdout
    else:
        assert "info" in result.stdout and "new" in result.stdout


# --- in process (fast; same code path as the entry point) ---------------------------------------------------------


def test_main_new_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "inproc.jcdesk"
    assert main(["new", str(path), "--name", "テスト"]) == EXIT_OK
    assert path.exists()
    assert not path.with_name(path.name + ".lock").exists(), "the CLI releases the file"
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == EXIT_OK
    _check_info_shape(json.loads(capsys.readouterr().out))
    assert main(["new", str(path), "--name", "again"]) == EXIT_USER_ERROR
    _assert_user_error(capsys.readouterr().err)


def test_main_info_while_project_is_open_elsewhere(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opened = ProjectService().open(project_file)
    try:
        assert main(["info", str(project_file), "--json"]) == EXIT_OK
    finally:
        opened.close()
    _check_info_shape(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("content", [None, b"", b"PK\x03\x04 not really a workbook", b"SQLite format 3\x00"])
def test_main_info_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None) -> None:
    path = tmp_path / "bad.jcdesk"
    if content is not None:
        path.write_bytes(content)
    assert main(["info", str(path), "--json"]) == EXIT_USER_ERROR
    captured = capsys.readouterr()
    _assert_user_error(captured.err)
    assert captured.out == ""


def test_main_new_in_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "no" / "such" / "dir.jcdesk"), "--name", "x"]) == EXIT_USER_ERROR
    _assert_user_error(capsys.readouterr().err)


def test_main_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == EXIT_USAGE
    assert main(["new", "x.jcdesk"]) == EXIT_USAGE  # --name is required
    assert main(["info", "a", "b", "c"]) == EXIT_USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_main_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert __version__ in capsys.readouterr().out
    assert main(["--help"]) == EXIT_OK
    assert main(["-h"]) == EXIT_OK
    assert main(["info", "--help"]) == EXIT_OK


def test_main_info_on_unreadable_values(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(project_file)
    with conn:
        conn.execute("UPDATE judgment SET verdict = 'from-a-newer-version' WHERE id = 's-input'")
    conn.close()
    assert main(["info", str(project_file), "--json"]) == EXIT_USER_ERROR
    _assert_user_error(capsys.readouterr().err)
