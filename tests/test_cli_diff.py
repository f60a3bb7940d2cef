"""`jcloud-desk diff`: JSON keys and content, Japanese text output, --from defaulting to the origin, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR, duplicate_process
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.services.project_service import ProjectService
from tests.factories import small_project, subprocess_env


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jcloud_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", env=subprocess_env(str(config)), timeout=120)


@pytest.fixture(scope="module")
def project_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """small_project with a To-Be copy of 転入届 that drops 終了 and judges 届出内容を確認 as a gap."""
    project = small_project()
    to_id, edit = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "転入届（見直し後）")
    edit.apply(project, Change())
    copies = {s.attrs[ORIGIN_STEP_ATTR]: s.id for s in project.steps_of(to_id)}
    remove_steps(project, [copies["s-end"]]).apply(project, Change())
    judged = set_judgment(project, copies["s-check"], verdict=Verdict.GAP)
    assert judged is not None
    judged.apply(project, Change())
    path = tmp_path_factory.mktemp("diff") / "diff.jcdesk"
    ProjectService().create_from(path, project).close()
    return path


def test_json_lists_the_changes_with_stable_keys(project_file: Path, tmp_path: Path) -> None:
    result = _run(tmp_path, "diff", str(project_file), "--from", "転入届", "--to", "転入届（見直し後）", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["from", "to", "summary", "steps", "flows"]
    assert (data["from"], data["to"]) == ("転入届", "転入届（見直し後）")
    assert data["summary"]["removed"] == 1 and data["summary"]["verdict_changed"] == 1
    assert data["summary"]["flow_removed"] == 1 and data["summary"]["unchanged"] == 3
    changes = {(row["change"], row["label"], row["before"], row["after"]) for row in data["steps"]}
    assert changes == {("removed", "終了", "窓口／交付", ""),
                       ("verdict_changed", "届出内容を確認", "unassessed", "gap")}
    assert all(set(row) == {"change", "label", "from_step", "to_step", "before", "after"} for row in data["steps"])
    assert data["flows"] == [{"change": "removed", "source": "住民票の写しを交付", "target": "終了", "label": "",
                              "from_flow": "f-issue-end", "to_flow": ""}]


def test_text_output_is_japanese_and_from_defaults_to_the_origin(project_file: Path, tmp_path: Path) -> None:
    result = _run(tmp_path, "diff", str(project_file), "--to", "転入届（見直し後）")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "差分: 転入届 → 転入届（見直し後）"
    assert "  [判定変更] 届出内容を確認: 未判定 → ギャップ" in lines
    assert "  [削除] 終了: 窓口／交付" in lines
    assert "  [流れの削除] 住民票の写しを交付 → 終了" in lines
    assert lines[-1] == "変更: 削除 1 件、判定変更 1 件、流れの削除 1 件 / 変更のない手順 3 件"


def test_unknown_names_and_a_missing_origin_exit_1_with_one_japanese_line(project_file: Path,
                                                                            tmp_path: Path) -> None:
    for args in (("--from", "ない業務", "--to", "転入届（見直し後）"), ("--from", "転入届", "--to", "ない業務"),
                 ("--to", "転入届")):
        result = _run(tmp_path, "diff", str(project_file), *args, "--json")
        assert result.returncode == 1, result.stdout
        assert result.stdout == ""
        assert result.stderr.startswith("エラー: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert "ない業務" in _run(tmp_path, "diff", str(project_file), "--from", "ない業務", "--to", "転入届").stderr
    assert "複製元" in _run(tmp_path, "diff", str(project_file), "--to", "転入届").stderr
    usage = _run(tmp_path, "diff", str(project_file), "--from", "転入届")
    assert usage.returncode == 2
