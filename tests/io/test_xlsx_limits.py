"""Hostile workbooks stay within bounds: declared dimensions are ignored, unzipped sizes checked first.

Real files built here (small on disk), read by the real CLI in a child process whose address space is capped
(``run_cli_bounded``): before this, the far-cell file built billions of empty cells and the huge-cell file
inflated its shared strings whole, so either ran into the cap (MemoryError) instead of finishing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from jcloud_desk.io.catalog.importer import read_catalog
from jcloud_desk.io.errors import CatalogFormatError, StepListFormatError
from jcloud_desk.io.step_list import read_step_list
from jcloud_desk.io.xlsx_limits import MAX_CELLS, MAX_UNZIPPED_BYTES, archive_problem
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.faults.support import assert_one_japanese_error_line, run_cli_bounded, sha256


def _far_cell_workbook(path: Path, rows: list[list[str]]) -> Path:
    """``rows`` from A1, plus one value in the very last cell: the sheet declares A1:XFD1048576."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    sheet["XFD1048576"] = "遠いセル"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b'<dimension ref="A1:XFD1048576"' in archive.read("xl/worksheets/sheet1.xml")
    return path


def _huge_cell_workbook(path: Path, rows: list[list[str]]) -> Path:
    """A workbook whose shared strings hold one cell just over the unzipped-size bound (a MB or so zipped)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    size = MAX_UNZIPPED_BYTES + 8 * 1024 * 1024
    with (zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
          archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part):
        part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
        chunk = b"A" * (1 << 22)
        for _ in range(size // len(chunk)):
            part.write(chunk)
        part.write(b"</t></si></sst>")
    assert path.stat().st_size < 5 * 1024 * 1024
    return path


STEPS = [["業務フロー", "部署", "手順"], ["転入届", "窓口", "受付"], ["転入届", "窓口", "入力"]]
CATALOG = [["機能ID", "機能名称", "機能要件", "実装区分"],
           ["0010001", "住民登録", "登録できること", "標準オプション機能"]]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.jcdesk"
    ProjectService().new_project(path, "テスト", "", "").close()
    return path


def test_far_cell_step_list_reads_only_used_cells(tmp_path: Path, project: Path) -> None:
    workbook = _far_cell_workbook(tmp_path / "far.xlsx", STEPS)
    imported = read_step_list(workbook)
    assert [p.name for p in imported.processes] == ["転入届"]
    assert sorted(s.label for s in imported.steps) == ["入力", "受付"]
    result = run_cli_bounded(tmp_path / "config", "import-flow", str(project), str(workbook))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["転入届"]
    with ProjectRepository.open(project, read_only=True) as repository:
        assert sorted(s.label for s in repository.load().step.values()) == ["入力", "受付"]


def test_far_cell_catalogue_reads_only_used_cells(tmp_path: Path, project: Path) -> None:
    workbook = _far_cell_workbook(tmp_path / "far-catalog.xlsx", CATALOG)
    assert [item.code for item in read_catalog(workbook, "機能一覧").items] == ["0010001"]
    result = run_cli_bounded(tmp_path / "config", "import-catalog", str(project), str(workbook))
    assert result.returncode == 0, result.stderr
    assert "1 件" in result.stdout


def test_huge_cell_is_refused_before_reading(tmp_path: Path, project: Path) -> None:
    steps = _huge_cell_workbook(tmp_path / "huge.xlsx", STEPS)
    problem = archive_problem(steps)
    assert "展開すると大きすぎる" in problem and "sharedStrings.xml" in problem and "CSV" in problem
    with pytest.raises(StepListFormatError, match="展開すると大きすぎる"):
        read_step_list(steps)
    with pytest.raises(CatalogFormatError, match="展開すると大きすぎる"):
        read_catalog(steps, "機能一覧")
    digest = sha256(project)
    for command in ("import-flow", "import-catalog"):
        line = assert_one_japanese_error_line(run_cli_bounded(tmp_path / "config", command, str(project), str(steps)))
        assert "展開すると大きすぎる" in line and str(steps) in line, line
    assert sha256(project) == digest


def _wide(path: Path, rows: list[list[str]]) -> Path:
    """``rows``, then rows that each reach column XFD: together past the cell budget."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "手順"
    for row in rows:
        sheet.append(row)
    for number in range(len(rows) + 1, len(rows) + 2 + MAX_CELLS // 16384):
        sheet.cell(number, 16384, "x")
    workbook.save(path)
    return path


def test_many_far_cells_are_refused_with_the_row(tmp_path: Path) -> None:
    """A message naming the sheet, the row and the column where the budget ran out (one line, short)."""
    with pytest.raises(StepListFormatError) as info:
        read_step_list(_wide(tmp_path / "wide.xlsx", STEPS))
    message = str(info.value)
    assert "大きすぎます" in message and "XFD 列" in message and "「手順」" in message, message
    with pytest.raises(CatalogFormatError) as catalog_info:
        read_catalog(_wide(tmp_path / "wide-catalog.xlsx", CATALOG), "機能一覧")
    assert "大きすぎます" in str(catalog_info.value) and "\n" not in str(catalog_info.value)


def test_missing_column_message_stays_short(tmp_path: Path) -> None:
    """A header row reaching column XFD used to list 16,384 header names in the message."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["名称", *[f"見出し{n}" for n in range(100)]])
    sheet["XFD1"] = "遠い見出し"
    sheet.append(["a"])
    path = tmp_path / "no-code.xlsx"
    workbook.save(path)
    with pytest.raises(CatalogFormatError) as info:
        read_catalog(path, "機能一覧")
    message = str(info.value)
    assert "見出し18" in message and "見出し19" not in message and "ほか 82 列" in message, message[:500]
    assert len(message) < 1000


def test_normal_workbook_is_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "ok.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(STEPS[0])
    workbook.save(path)
    assert archive_problem(path) == ""
    assert archive_problem(tmp_path / "missing.xlsx") == ""
