"""`jcloud-desk group-report`: the group sample gives a workbook; a single-municipality project is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from jcloud_desk.paths import default_sample_path, sample_projects_dir
from tests.factories import subprocess_env

GROUP_SAMPLE = sample_projects_dir() / "group_sample.jcdesk"


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jcloud_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", env=subprocess_env(str(config)), timeout=120)


def test_group_report_of_the_group_sample(tmp_path: Path) -> None:
    out = tmp_path / "グループ.xlsx"
    result = _run(tmp_path, "group-report", str(GROUP_SAMPLE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "グループレポートを書き出しました" in result.stdout
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["調和マトリクス（機能別）", "調和マトリクス（手順別）",
                                   "カスタマイズ要望（按分）", "集計"]
    items = workbook["調和マトリクス（機能別）"]
    assert [c.value for c in items[1]][3:6] == ["みどり市", "あおば町", "さくら村"]
    shares = [list(row) for row in workbook["カスタマイズ要望（按分）"].iter_rows(min_row=2, values_only=True)]
    assert len(shares) == 7
    by_code: dict[object, list[list[object]]] = {}
    for row in shares:
        by_code.setdefault(row[0], []).append(row)
    assert len(by_code) == 3
    for rows in by_code.values():
        assert sum(row[8] for row in rows) == rows[0][6]  # type: ignore[misc]


def test_a_single_municipality_project_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "single.xlsx"
    result = _run(tmp_path, "group-report", str(default_sample_path()), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("エラー:")
    assert "2団体以上" in lines[0] and "みどり市" in lines[0]
    assert not out.exists()


def test_only_xlsx_is_written(tmp_path: Path) -> None:
    result = _run(tmp_path, "group-report", str(GROUP_SAMPLE), "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and ".xlsx" in result.stderr


def test_a_designated_city_member_gets_its_own_class_in_the_matrix(tmp_path: Path) -> None:
    # カード管理状況 (JUKI1-7.1.1.3-O) is a 標準オプション that the catalogue makes 実装必須 for a 指定都市
    project = tmp_path / "group.jcdesk"
    project.write_bytes(GROUP_SAMPLE.read_bytes())
    configured = _run(tmp_path, "configure", str(project), "--municipality", "みどり市",
                      "--municipality-type", "指定都市")
    assert configured.returncode == 0, configured.stderr
    out = tmp_path / "g.xlsx"
    assert _run(tmp_path, "group-report", str(project), "--out", str(out)).returncode == 0
    workbook = load_workbook(out)
    classes = {row[0]: row[2] for row in workbook["調和マトリクス（機能別）"].iter_rows(min_row=2, values_only=True)}
    assert classes["JUKI1-7.1.1.3-O"] == "実装必須（みどり市）／標準オプション（あおば町・さくら村）"
    assert classes["JUKI1-4.0.8-M"] == "実装必須"
    members = {row[0]: row[2] for row in workbook["集計"].iter_rows(values_only=True) if row[0] in
               ("みどり市", "あおば町", "さくら村")}
    assert members == {"みどり市": "指定都市", "あおば町": "町村", "さくら村": "町村"}
