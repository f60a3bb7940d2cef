"""`jcloud-desk merge`: copies handed out with ProjectService.distribute_copy, changed apart, merged back."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from jcloud_desk.domain.edits import Add, SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project, subprocess_env


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jcloud_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", env=subprocess_env(str(config)), timeout=120)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _distribute(folder: Path) -> tuple[Path, Path]:
    """A master file and two copies of it for two municipalities."""
    service = ProjectService()
    master = service.create_from(folder / "master.jcdesk", small_project())
    try:
        return (service.distribute_copy(master, folder / "みどり市.jcdesk"),
                service.distribute_copy(master, folder / "あおば町.jcdesk"))
    finally:
        master.close()


def _edit(path: Path, *edits: object) -> None:
    opened = ProjectService(user=lambda: "担当").open(path)
    try:
        for edit in edits:
            opened.session.apply(edit)  # type: ignore[arg-type]
    finally:
        opened.close()


def _verdict(value: Verdict) -> SetFields:
    return SetFields(Ref("judgment", "s-input"), (("verdict", value),))


def test_clean_merge_writes_and_reports(tmp_path: Path) -> None:
    mine, theirs = _distribute(tmp_path)
    _edit(mine, SetFields(Ref("step", "s-check"), (("label", "届出内容を確認する"),)))
    _edit(theirs, _verdict(Verdict.GAP),
          Add(Step(id="s-new", process_id="proc-1", lane_id="lane-window", label="通知を送る")))
    result = _run(tmp_path, "merge", str(mine), str(theirs), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["written"] is True and data["conflicts"] == [] and data["common_origin"] is True
    assert data["incoming"] == {"step": {"added": 1, "updated": 0, "removed": 0},
                                "judgment": {"added": 0, "updated": 1, "removed": 0}}
    with ProjectRepository.open(mine, read_only=True) as repository:
        project = repository.load()
        assert project.step["s-new"].label == "通知を送る" and project.step["s-check"].label == "届出内容を確認する"
        assert project.judgment["s-input"].verdict is Verdict.GAP
        (record,) = [r for r in repository.audit_trail() if r["entity"] == "merge"]
        assert record["entity_id"] == "あおば町.jcdesk" and "追加 1・更新 1" in record["new"]
    again = _run(tmp_path, "merge", str(mine), str(theirs))
    assert again.returncode == 0, again.stderr
    assert "取り込む変更はありません" in again.stdout and "書き込んでいません" in again.stdout


def test_conflict_writes_nothing_until_a_side_is_preferred(tmp_path: Path) -> None:
    mine, theirs = _distribute(tmp_path)
    _edit(mine, _verdict(Verdict.PARTIAL))
    _edit(theirs, _verdict(Verdict.GAP))
    before = _sha(mine)
    result = _run(tmp_path, "merge", str(mine), str(theirs), "--json")
    assert result.returncode == 1
    assert "競合が 1 件" in result.stderr
    data = json.loads(result.stdout)
    assert data["written"] is False
    (conflict,) = data["conflicts"]
    assert {k: conflict[k] for k in ("kind", "id", "field", "base", "ours", "theirs")} == {
        "kind": "judgment", "id": "s-input", "field": "verdict", "base": "fit", "ours": "partial", "theirs": "gap"}
    assert conflict["label"] == "転入届 ▸ 住民票を登録 の判定"
    assert _sha(mine) == before
    text = _run(tmp_path, "merge", str(mine), str(theirs))
    assert text.returncode == 1 and "共通の元: 適合 / 自分: 一部適合 / 相手: ギャップ" in text.stdout
    assert _sha(mine) == before
    preferred = _run(tmp_path, "merge", str(mine), str(theirs), "--prefer", "theirs", "--json")
    assert preferred.returncode == 0, preferred.stderr
    assert json.loads(preferred.stdout)["written"] is True
    with ProjectRepository.open(mine, read_only=True) as repository:
        assert repository.load().judgment["s-input"].verdict is Verdict.GAP


def test_merge_errors(tmp_path: Path) -> None:
    mine, _theirs = _distribute(tmp_path)
    itself = _run(tmp_path, "merge", str(mine), str(mine))
    assert itself.returncode == 1 and itself.stderr.startswith("エラー:")
    missing = _run(tmp_path, "merge", str(mine), str(tmp_path / "ない.jcdesk"))
    assert missing.returncode == 1 and "ない.jcdesk" in missing.stderr
    bad = _run(tmp_path, "merge", str(mine), str(mine), "--prefer", "both")
    assert bad.returncode == 2
