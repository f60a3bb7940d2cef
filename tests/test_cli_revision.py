"""CLI contract of a revision: `import-catalog PROJECT FILE --name N --version V [--revises NAME] [--map OLD_NEW.csv]`
and `analyze --json` → "review_needed" (item = old 機能ID, change ∈ removed|text|title|impl_class)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jcloud_desk.cli import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, main
from jcloud_desk.paths import default_sample_path
from tests import revision_fixture as rev
from tests.factories import subprocess_env

SHEETS = ["--functions-sheet", rev.FUNCTIONS_SHEET, "--forms-sheet", rev.FORMS_SHEET]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample.jcdesk"
    shutil.copyfile(default_sample_path(), target)
    return target


def analyze(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, str]]]:
    capsys.readouterr()
    assert main(["analyze", str(path), "--json"]) == EXIT_OK
    document: dict[str, list[dict[str, str]]] = json.loads(capsys.readouterr().out)
    return document


def test_revision_without_map_prints_the_proposal_and_fills_the_queue(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    revision = rev.write_revision_workbook(tmp_path / "v11.xlsx")
    assert len(analyze(sample, capsys)["unreferenced_mandatory"]) == 79
    assert main(["import-catalog", str(sample), str(revision), "--name", rev.CATALOG_NAME,
                 "--version", rev.VERSION, *SHEETS]) == EXIT_OK
    out = capsys.readouterr().out
    assert "機能ID変更: JUKI1-5.6-M → JUKI2-5.6-M" in out
    assert "候補: JUKI1-1.3.9-M → JUKI2-1.3.9-M（類似度 1.00）" in out
    assert "「要再確認」に入れました" in out
    document = analyze(sample, capsys)
    assert len(document["unreferenced_mandatory"]) == 80
    review = document["review_needed"]
    assert [set(entry) >= {"process", "step", "item", "change", "new_item"} for entry in review] == [True] * 7
    assert sorted((e["item"], e["change"], e["new_item"]) for e in review) == sorted([
        ("JUKI1-4.0.9-M", "removed", ""), ("JUKI1-1.3.9-M", "removed", ""),
        ("JUKI1-4.0.8-M", "title", "JUKI1-4.0.8-M"), ("JUKI1-4.0.8-M", "title", "JUKI1-4.0.8-M"),
        ("JUKI1-4.0.8-M", "title", "JUKI1-4.0.8-M"), ("JUKI1-4.4-M", "text", "JUKI1-4.4-M"),
        ("JUKI1-7.1.1.3-O", "impl_class", "JUKI1-7.1.1.3-O"),
    ])
    assert any(f["rule"] == "linked_to_retired_item" for f in document["findings"])


def test_map_confirms_a_pair_and_revises_names_the_catalogue(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    revision = rev.write_revision_workbook(tmp_path / "v11.xlsx")
    pairs = tmp_path / "old_new.csv"
    pairs.write_text("旧機能ID,新機能ID\nJUKI1-1.3.9-M,JUKI2-1.3.9-M\n", encoding="utf-8-sig")
    assert main(["import-catalog", str(sample), str(revision), "--name", "住民記録 改定版", "--version", "1.1",
                 "--revises", rev.CATALOG_NAME, "--map", str(pairs), *SHEETS]) == EXIT_OK
    out = capsys.readouterr().out
    assert "候補:" not in out
    capsys.readouterr()
    assert main(["info", str(sample), "--json"]) == EXIT_OK
    catalogs = json.loads(capsys.readouterr().out)["catalogs"]
    assert [(c["version"], c["retired"]) for c in catalogs] == [("第1.0版（第3章 機能要件）", True), ("1.1", False)]
    assert catalogs[1]["previous_id"] == catalogs[0]["id"]
    document = analyze(sample, capsys)
    assert len(document["review_needed"]) == 6
    assert "JUKI1-1.3.9-M" not in {e["item"] for e in document["review_needed"]}
    assert len(document["unreferenced_mandatory"]) == 79


def test_user_errors_exit_1_with_one_line(sample: Path, tmp_path: Path) -> None:
    revision = rev.write_revision_workbook(tmp_path / "v11.xlsx")
    bad_map = tmp_path / "bad.csv"
    bad_map.write_text("JUKI1-1.3.9-M,NO-SUCH\n", encoding="utf-8")
    cases = [
        ["--revises", "ない一覧"],
        ["--map", str(bad_map)],
        ["--map", str(tmp_path / "missing.csv")],
    ]
    for extra in cases:
        result = subprocess.run(
            [sys.executable, "-m", "jcloud_desk", "import-catalog", str(sample), str(revision), "--name",
             rev.CATALOG_NAME, "--version", rev.VERSION, *SHEETS, *extra],
            capture_output=True, text=True, encoding="utf-8", env=subprocess_env(str(tmp_path)), timeout=120)
        assert result.returncode == EXIT_USER_ERROR, (extra, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("エラー:") and "Traceback" not in result.stderr
    assert main(["import-catalog", str(sample)]) == EXIT_USAGE
