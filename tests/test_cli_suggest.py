"""`jcloud-desk suggest`: the JSON contract, --file, --k, order of results, learned evidence, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.learning_store import FILE_NAME
from jcloud_desk.services.settings import Settings, SettingsStore
from tests.factories import subprocess_env


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jcloud_desk", "suggest", *args], capture_output=True, text=True,
                          encoding="utf-8", env=subprocess_env(str(config)), timeout=120)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("suggest") / "sample.jcdesk"
    shutil.copy(default_sample_path(), path)
    return path


def test_json_contract_texts_then_file_in_order(sample: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.txt"
    labels.write_text("\ufeff亡くなった方の住民票を消除\n\n転出証明書を発行\n", encoding="utf-8")
    result = _run(tmp_path, str(sample), "住民票の写しを交付", "--file", str(labels), "--k", "3", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["results"]
    texts = ["住民票の写しを交付", "亡くなった方の住民票を消除", "転出証明書を発行"]
    assert [r["text"] for r in data["results"]] == texts
    for r in data["results"]:
        assert len(r["suggestions"]) == 3
        assert {"code", "title", "score"} <= set(r["suggestions"][0])
        scores = [s["score"] for s in r["suggestions"]]
        assert scores == sorted(scores, reverse=True)
    assert data["results"][1]["suggestions"][0]["code"] == "JUKI1-4.2.2.1-M"  # thesaurus: 亡くなった → 死亡
    assert data["results"][2]["suggestions"][0]["code"] == "JUKI1-4.1.3.0.3-M"


def test_learned_evidence_is_used_and_can_be_switched_off(sample: Path, tmp_path: Path) -> None:
    wording = "窓口でお客様に番号札を渡す"
    store = tmp_path / "learned" / FILE_NAME
    store.parent.mkdir(parents=True)
    store.write_text(json.dumps({"text": wording, "code": "JUKI1-6.1-M", "weight": 1.0}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    top = json.loads(_run(tmp_path, str(sample), wording, "--json").stdout)["results"][0]["suggestions"][0]
    assert top["code"] == "JUKI1-6.1-M"
    SettingsStore(tmp_path).save(Settings(learn_from_links=False))
    off = json.loads(_run(tmp_path, str(sample), wording, "--json").stdout)["results"][0]["suggestions"]
    assert not off or off[0]["code"] != "JUKI1-6.1-M"


def test_text_output_and_usage_errors(sample: Path, tmp_path: Path) -> None:
    result = _run(tmp_path, str(sample), "転入届の受付", "--k", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "転入届の受付" and lines[1].startswith("  1. JUKI1-") and len(lines) == 3
    assert _run(tmp_path, str(sample)).returncode == 2
    assert _run(tmp_path, str(sample), "x", "--k", "0").returncode == 2
    missing = _run(tmp_path, str(tmp_path / "nope.jcdesk"), "転入")
    assert missing.returncode == 1 and "エラー" in missing.stderr


def test_a_file_saved_as_excels_unicode_text_is_read_and_a_missing_one_is_worded(sample: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.txt"
    labels.write_bytes("転出証明書を発行\r\n".encode("utf-16"))  # UTF-16 with a BOM, CRLF
    result = _run(tmp_path, str(sample), "--file", str(labels), "--k", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["text"] == "転出証明書を発行"
    missing = subprocess.run([sys.executable, "-m", "jcloud_desk", "--lang", "en", "suggest", str(sample), "--file",
                              str(tmp_path / "nope.txt")], capture_output=True, text=True, encoding="utf-8",
                             env=subprocess_env(str(tmp_path)), timeout=120)
    assert missing.returncode == 1
    assert missing.stderr.startswith("Error: Cannot read the list of texts:") and "folder" not in missing.stderr
