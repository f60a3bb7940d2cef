"""Inputs shaped to hang or fill memory (issue 15), through the real CLI in a child process with its address space
capped (``run_cli_bounded``): dense graphs, thousands of lanes, long chains, huge catalogues. Each ends within
the cap, with a warning or a one-line Japanese refusal; ``render`` leaves no temporary file, also on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jcloud_desk.io.catalog.problems import MAX_CATALOG_ROWS, WARN_CATALOG_ROWS
from jcloud_desk.services.import_limits import STEP_LIMITS
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.export.render_limits import MAX_PIXELS
from tests.factories import subprocess_env
from tests.faults.support import assert_one_japanese_error_line, run_cli_bounded, sha256
from tests.fuzz.shapes import (
    catalog_rows,
    mermaid_chain,
    mermaid_complete_digraph,
    mermaid_many_lanes,
    project_from_mermaid,
    write_csv,
)

#: Address space of a rendering child (Qt offscreen + a 40-megapixel image fit easily; 2,000 lanes took 10 GB).
RENDER_BUDGET_MB = 1536


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def test_dense_graph_png_is_lowered_into_the_pixel_budget(tmp_path: Path) -> None:
    project = project_from_mermaid(tmp_path, mermaid_complete_digraph(30), "完全グラフ")
    out = tmp_path / "完全グラフ.png"
    result = run_cli_bounded(tmp_path / "config", "render", str(project), "--process", "完全グラフ", "--out", str(out),
                             memory_mb=RENDER_BUDGET_MB)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "QPainter" not in result.stderr, result.stderr[:2000]
    assert result.stderr.startswith("警告:") and "SVG または PDF" in result.stderr, result.stderr
    width, height = _png_size(out)
    assert width * height <= MAX_PIXELS
    assert _leftovers(tmp_path) == []


def test_thousands_of_lanes_are_refused_as_png_and_drawn_as_svg(tmp_path: Path) -> None:
    project = project_from_mermaid(tmp_path, mermaid_many_lanes(2000), "部署2000")
    png = tmp_path / "部署.png"
    result = run_cli_bounded(tmp_path / "config", "render", str(project), "--process", "部署2000", "--out", str(png),
                             memory_mb=RENDER_BUDGET_MB)
    assert "SVG または PDF" in assert_one_japanese_error_line(result)
    assert not png.exists() and _leftovers(tmp_path) == []
    svg = tmp_path / "部署.svg"
    result = run_cli_bounded(tmp_path / "config", "render", str(project), "--process", "部署2000", "--out", str(svg),
                             memory_mb=RENDER_BUDGET_MB)
    assert result.returncode == 0, result.stderr
    assert svg.read_bytes().startswith(b"<?xml")


def test_sigterm_during_render_leaves_no_temporary_file(tmp_path: Path) -> None:
    project = project_from_mermaid(tmp_path, mermaid_complete_digraph(40), "完全グラフ")
    out = tmp_path / "図.png"
    partial = tmp_path / "図.png.tmp.png"
    child = subprocess.Popen(
        [sys.executable, "-m", "jcloud_desk", "render", str(project), "--process", "完全グラフ", "--out", str(out),
         "--dpi", "600"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=subprocess_env(str(tmp_path / "config")),
    )
    try:
        deadline = time.monotonic() + 60
        while not partial.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        assert partial.exists(), "the signal must come while the PNG is being written"
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert "Traceback" not in err, err
    assert child.returncode in (0, 128 + signal.SIGTERM), (child.returncode, err)
    assert _leftovers(tmp_path) == [], "the temporary PNG was removed"
    if out.exists():  # the signal came after the rename: then the picture is whole
        assert not QImage(str(out)).isNull()


def test_too_many_steps_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    limit, warn = STEP_LIMITS
    project = tmp_path / "p.jcdesk"
    ProjectService().new_project(project, "p", "", "").close()
    digest = sha256(project)
    too_long = tmp_path / "長すぎる.mmd"
    too_long.write_text(mermaid_chain(limit + 1), encoding="utf-8")
    line = assert_one_japanese_error_line(run_cli_bounded(tmp_path / "config", "import-flow", str(project),
                                                          str(too_long)))
    assert "多すぎます" in line and f"{limit:,}" in line, line
    assert sha256(project) == digest
    long = tmp_path / "長い.mmd"
    long.write_text(mermaid_chain(warn + 1), encoding="utf-8")
    result = run_cli_bounded(tmp_path / "config", "import-flow", str(project), str(long))
    assert result.returncode == 0, result.stderr
    assert "警告:" in result.stderr and f"{warn + 1:,} 件" in result.stderr, result.stderr


@pytest.mark.parametrize(("rows", "expected"), [(WARN_CATALOG_ROWS + 1, "warn"), (MAX_CATALOG_ROWS + 1, "refuse")])
def test_catalogue_size_limits(tmp_path: Path, rows: int, expected: str) -> None:
    project = tmp_path / "p.jcdesk"
    ProjectService().new_project(project, "p", "", "").close()
    digest = sha256(project)
    source = write_csv(tmp_path / "機能一覧.csv", catalog_rows(rows))
    result = run_cli_bounded(tmp_path / "config", "import-catalog", str(project), str(source))
    if expected == "refuse":
        line = assert_one_japanese_error_line(result)
        assert "行が多すぎます" in line and f"{MAX_CATALOG_ROWS:,}" in line, line
        assert sha256(project) == digest
    else:
        assert result.returncode == 0, result.stderr
        assert result.stderr.startswith("警告:") and f"{rows:,} 件" in result.stderr, result.stderr
