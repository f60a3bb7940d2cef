"""CLI of issue 13: import-catalog with a 帳票要件 sheet, `info --json` kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jcloud_desk.cli import EXIT_OK, EXIT_USER_ERROR, main
from jcloud_desk.services.project_service import ProjectService
from tests.factories import small_project
from tests.io.form_workbooks import write_two_sheet_workbook


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


def _info(project: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["info", str(project), "--json"]) == EXIT_OK
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_import_catalog_with_forms_sheet(project_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    code = main(["import-catalog", str(project_file), str(workbook), "--name", "住民記録第6版", "--version", "6.0",
                 "--functions-sheet", "機能要件", "--forms-sheet", "帳票要件"])
    assert code == EXIT_OK
    assert "機能 2 件・帳票 3 件" in capsys.readouterr().out
    catalogs = {c["name"]: c for c in _info(project_file, capsys)["catalogs"]}  # type: ignore[attr-defined]
    assert catalogs["住民記録第6版"]["kinds"] == {"function": 2, "form": 3}
    assert catalogs["住民記録システム標準仕様書"]["kinds"] == {"function": 3, "form": 0}


def test_import_catalog_unknown_forms_sheet(project_file: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    code = main(["import-catalog", str(project_file), str(workbook), "--forms-sheet", "ない"])
    assert code == EXIT_USER_ERROR
    assert "シート「ない」がありません" in capsys.readouterr().err
