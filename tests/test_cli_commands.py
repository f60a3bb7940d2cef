"""CLI commands over the sample project: sample, info, check, layout, render (files read back)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from jcloud_desk.services.project_service import ProjectService
from tests.factories import subprocess_env


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jcloud_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", env=subprocess_env(str(config)), timeout=120)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    result = _run(folder, "sample", str(folder / "sample.jcdesk"))
    assert result.returncode == 0, result.stderr
    return folder / "sample.jcdesk"


def test_sample_writes_a_project_that_info_describes(sample: Path, tmp_path: Path) -> None:
    result = _run(tmp_path, "info", str(sample), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    names = [p["name"] for p in data["processes"]]
    assert {"転入届", "転出届", "住民票の写しの交付"} <= set(names)
    assert data["catalogs"][0]["items"] == 207
    assert data["catalogs"][0]["kinds"] == {"function": 197, "form": 10}
    assert data["links"] > 30
    again = _run(tmp_path, "sample", str(sample))
    assert again.returncode == 1 and again.stderr.startswith("エラー:")


def test_check_json_keys_and_process_filter(sample: Path, tmp_path: Path) -> None:
    result = _run(tmp_path, "check", str(sample), "--process", "転入届", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows, "the sample has findings (unmapped tasks at least)"
    for row in rows:
        assert {"rule", "severity", "process", "step", "message"} <= set(row)
        assert row["process"] == "転入届"
        assert row["severity"] in ("error", "warning", "info")
    everything = json.loads(_run(tmp_path, "check", str(sample), "--json").stdout)
    assert len(everything) > len(rows)
    assert any(r["rule"] == "unreferenced_mandatory" for r in everything)
    missing = _run(tmp_path, "check", str(sample), "--process", "ない業務", "--json")
    assert missing.returncode == 1 and "ない業務" in missing.stderr


_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_check_language_follows_lang_and_every_finding_has_a_code(sample: Path, tmp_path: Path) -> None:
    english = json.loads(_run(tmp_path, "--lang", "en", "check", str(sample), "--json").stdout)
    japanese = json.loads(_run(tmp_path, "--lang", "ja", "check", str(sample), "--json").stdout)
    default = json.loads(_run(tmp_path, "check", str(sample), "--json").stdout)
    assert english and len(english) == len(japanese) == len(default)
    for en, ja in zip(english, japanese, strict=True):
        assert en["code"] == ja["code"] and en["code"].startswith("check.")
        assert not _JAPANESE.search(re.sub(r"“[^”]*”", "", en["message"])), en["message"]  # labels aside
        assert _JAPANESE.search(ja["message"]), ja["message"]
    assert [r["message"] for r in default] == [r["message"] for r in japanese], "no settings: Japanese"
    text = _run(tmp_path, "--lang=en", "check", str(sample))
    assert text.returncode == 0 and text.stdout.rstrip().endswith("findings")
    assert _run(tmp_path, "--lang", "fr", "check", str(sample)).returncode == 2


def test_analyze_reasons_follow_lang(sample: Path, tmp_path: Path) -> None:
    english = json.loads(_run(tmp_path, "--lang", "en", "analyze", str(sample), "--json").stdout)
    japanese = json.loads(_run(tmp_path, "analyze", str(sample), "--json").stdout)
    assert list(english) == list(japanese)
    for key in ("customizations", "open_risks"):
        assert english[key] and len(english[key]) == len(japanese[key])
        assert all(not _JAPANESE.search(row["reason"]) for row in english[key]), english[key]
        assert all(_JAPANESE.search(row["reason"]) for row in japanese[key])
        assert [row["items"] for row in english[key]] == [row["items"] for row in japanese[key]]
    summary = _run(tmp_path, "--lang", "en", "analyze", str(sample)).stdout.rstrip().splitlines()[-1]
    assert "open risks" in summary and not _JAPANESE.search(summary), summary


def test_errors_follow_lang(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.jcdesk")
    english = _run(tmp_path, "--lang", "en", "info", missing)
    assert english.returncode == 1 and english.stderr.startswith("Error: File not found: "), english.stderr
    assert _run(tmp_path, "info", missing).stderr.startswith("エラー: ファイルが見つかりません: ")


def test_format_errors_follow_lang(sample: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    copy = tmp_path / "p.jcdesk"
    shutil.copy(sample, copy)
    english = _run(tmp_path, "--lang", "en", "import-catalog", str(copy), str(bad))
    japanese = _run(tmp_path, "import-catalog", str(copy), str(bad))
    assert english.returncode == japanese.returncode == 1
    assert english.stderr.startswith("Error: Cannot read the function list file: "), english.stderr
    assert english.stderr.count("\nrow 1: ") == 2, "every problem, one per line"
    assert japanese.stderr.startswith("エラー: 機能一覧ファイルを読み込めません: ") and "1行目: " in japanese.stderr


def test_lang_defaults_to_the_settings(sample: Path, tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    rows = json.loads(_run(tmp_path, "check", str(sample), "--json").stdout)
    assert rows and not _JAPANESE.search(re.sub(r"“[^”]*”", "", rows[0]["message"]))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_render_png_scales_with_dpi_and_svg_pdf(sample: Path, tmp_path: Path) -> None:
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    for out, dpi in ((low, "96"), (high, "300")):
        result = _run(tmp_path, "render", str(sample), "--process", "転出届", "--out", str(out), "--dpi", dpi)
        assert result.returncode == 0, result.stderr
    (w1, h1), (w2, h2) = _png_size(low), _png_size(high)
    assert abs(w2 / w1 - 300 / 96) < 0.02 and abs(h2 / h1 - 300 / 96) < 0.02
    svg = tmp_path / "flow.svg"
    assert _run(tmp_path, "render", str(sample), "--process", "転出届", "--out", str(svg)).returncode == 0
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "転出" in text
    pdf = tmp_path / "flow.pdf"
    assert _run(tmp_path, "render", str(sample), "--process", "転出届", "--out", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = _run(tmp_path, "render", str(sample), "--process", "転出届", "--out", str(tmp_path / "x.gif"))
    assert bad.returncode == 1


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) not installed")
def test_rendered_pdf_embeds_the_japanese_font(sample: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "flow.pdf"
    assert _run(tmp_path, "render", str(sample), "--process", "転入届", "--out", str(pdf)).returncode == 0
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    assert all(" yes " in row for row in rows), fonts  # every font embedded
    assert any("IPAexGothic" in row for row in rows), fonts


def test_layout_applies_and_keeps_lanes(sample: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.jcdesk"
    shutil.copy(sample, copy)
    before = ProjectService().open(copy, read_only=True)
    lanes_before = {s.id: (s.lane_id, s.phase_id) for s in before.project.step.values()}
    before.close()
    result = _run(tmp_path, "layout", str(copy), "--process", "転入届")
    assert result.returncode == 0, result.stderr
    after = ProjectService().open(copy, read_only=True)
    assert {s.id: (s.lane_id, s.phase_id) for s in after.project.step.values()} == lanes_before
    after.close()


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    """``jcloud-desk check P | head -1``: no 「ファイルを扱えませんでした」 when the reader goes away."""
    project = tmp_path / "s.jcdesk"
    assert _run(tmp_path, "sample", str(project)).returncode == 0
    process = subprocess.Popen([sys.executable, "-m", "jcloud_desk", "check", str(project)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=subprocess_env(str(tmp_path)))
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line (``| head -0``): every write fails
    error = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=60) == 0
    assert error == ""
