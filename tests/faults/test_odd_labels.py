"""Hostile and odd text in labels and names: 10,000-character labels, C0 controls and DEL, emoji (ZWJ family,
flags), rare kanji outside the BMP (𠮷 U+20BB7, U+2A6B2), private use (U+E000, 外字-like), RTL text, combining
marks, zero-width and bidi controls.

Set through ``EditSession`` on a real file, they come back equal after reopening; the CLI draws them as PNG
and PDF in bounded time; the xlsx report and the BPMN export hold them (minus what XML 1.0 cannot carry) and
read back. A lone UTF-16 surrogate, which is not Unicode text, is stored as U+FFFD instead of breaking autosave.
"""

from __future__ import annotations

import importlib.util
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcloud_desk.domain.edits import Edit, SetFields
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.report_service import write_report
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project
from tests.faults.support import run_cli

CONTROLS = "".join(chr(c) for c in range(0x20)) + "\x7f"
ODD: dict[str, str] = {
    "long": "長い手順名" * 2000,
    "controls": f"前{CONTROLS}後",
    "emoji": "確認🙂 👨‍👩‍👧 🇯🇵 ✍🏽",
    "rare kanji": "𠮷野 \U0002a6b2 外字\ue000",
    "rtl": "שלום عربي mixed 日本",
    "combining": "e\u0301 か\u3099 a\u0308\u0301\u0323",
    "invisible": "a\u200bb\u200dc\u202ed\u2066e\ufeff",
}
PROCESS_NAME = "𠮷田の🙂手続き"
#: What XML 1.0 (xlsx, BPMN) cannot hold.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TIME_LIMIT = 30.0


def _edits() -> Iterator[tuple[Edit, str]]:
    """One edit per odd text, spread over step labels and notes, lane/phase/flow/item/process names, attrs and
    a judgment."""
    def step(step_id: str, **values: object) -> Edit:
        return SetFields(Ref("step", step_id), tuple(values.items()))

    yield step("s-start", label=ODD["long"]), "long label"
    yield step("s-check", label=ODD["controls"], notes=ODD["long"] + ODD["controls"]), "controls"
    yield step("s-input", label=ODD["emoji"] + " " + ODD["rtl"]), "emoji"
    yield step("s-issue", label=ODD["rare kanji"], attrs={"owner": ODD["emoji"], "forms": ODD["controls"]}), "kanji"
    yield step("s-end", label=ODD["rtl"]), "rtl"
    yield SetFields(Ref("lane", "lane-window"), (("name", ODD["combining"]),)), "lane"
    yield SetFields(Ref("lane", "lane-system"), (("name", ODD["invisible"]),)), "lane 2"
    yield SetFields(Ref("phase", "ph-review"), (("name", ODD["rare kanji"]),)), "phase"
    yield SetFields(Ref("flow", "f-check-input"), (("label", ODD["rtl"] + ODD["controls"]),)), "flow"
    yield SetFields(Ref("item", "item-optional"), (("title", ODD["rare kanji"] + ODD["emoji"]),)), "item"
    yield SetFields(Ref("judgment", "s-issue"), (("rationale", ODD["combining"] + ODD["long"]),)), "judgment"
    yield SetFields(Ref("process", "proc-1"), (("name", PROCESS_NAME),)), "process"


@pytest.fixture(scope="module")
def odd_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Project]:
    """A project file whose texts were all set through the session (autosave), and the in-memory project."""
    path = tmp_path_factory.mktemp("odd") / "変な ラベル.jcdesk"
    opened = ProjectService(user=lambda: "🙂 テスト").create_from(path, small_project())
    try:
        for edit, name in _edits():
            started = time.perf_counter()
            opened.session.apply(edit)
            assert time.perf_counter() - started < 2.0, f"{name}: an edit takes milliseconds"
            assert not opened.session.detached, f"{name}: {opened.session.last_error}"
        memory = opened.project
    finally:
        opened.close()
    return path, memory


def test_reload_equals_memory(odd_file: tuple[Path, Project]) -> None:
    path, memory = odd_file
    with ProjectRepository.open(path) as repository:
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        loaded = repository.load()
    assert loaded == memory
    assert loaded.step["s-check"].label == ODD["controls"], "NUL and every control character survive"
    assert len(loaded.step["s-start"].label) == 10_000


def test_lone_surrogate_is_stored_as_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    opened = ProjectService().create_from(path, small_project())
    opened.session.apply(SetFields(Ref("step", "s-check"), (("label", "壊れた\ud800文字"),)))
    assert not opened.session.detached, opened.session.last_error
    opened.session.apply(SetFields(Ref("step", "s-input"), (("label", "その後の編集"),)))
    opened.close()
    with ProjectRepository.open(path, read_only=True) as repository:
        loaded = repository.load()
    assert loaded.step["s-check"].label == "壊れた\ufffd文字"
    assert loaded.step["s-input"].label == "その後の編集", "autosave goes on"


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_cli_render_in_bounded_time(
    odd_file: tuple[Path, Project], tmp_path: Path, isolated_config_dir: Path, suffix: str
) -> None:
    path, _memory = odd_file
    out = tmp_path / f"図 🙂{suffix}"
    started = time.monotonic()
    result = run_cli(isolated_config_dir, "render", str(path), "--process", PROCESS_NAME, "--out", str(out),
                     "--dpi", "72", timeout=TIME_LIMIT + 30)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert elapsed < TIME_LIMIT, f"render took {elapsed:.1f} s"
    data = out.read_bytes()
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert 100 < width < 40_000 and 100 < height < 40_000, (width, height)
    else:
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
        assert len(data) > 1000


def test_xlsx_report_reads_back(odd_file: tuple[Path, Project], tmp_path: Path) -> None:
    _path, memory = odd_file
    out = tmp_path / "レポート.xlsx"
    started = time.monotonic()
    write_report(memory, out, generated_at="2024-04-01T09:00:00")
    assert time.monotonic() - started < TIME_LIMIT
    workbook = load_workbook(out, read_only=True)
    texts = [str(cell) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
             for cell in row if cell is not None]
    workbook.close()
    joined = "\n".join(texts)
    for needle in ("𠮷野", "\U0002a6b2", "\ue000", "🙂", "👨‍👩‍👧", "שלום", "か\u3099", PROCESS_NAME):
        assert needle in joined, f"{needle!r} missing from the report"
    assert not XML_ILLEGAL.search(joined)
    assert any("前\t\n" in text and "後" in text for text in texts), "tab and line breaks are kept"


def test_bpmn_export_reparses(odd_file: tuple[Path, Project], tmp_path: Path) -> None:
    if importlib.util.find_spec("jcloud_desk.io.bpmn.exporter") is None:
        pytest.skip("jcloud_desk.io.bpmn.exporter does not exist yet")
    from jcloud_desk.io.bpmn.exporter import write_bpmn

    _path, memory = odd_file
    out = tmp_path / "flow.bpmn"
    started = time.monotonic()
    write_bpmn(memory, "proc-1", out)
    assert time.monotonic() - started < TIME_LIMIT
    root = ET.parse(out).getroot()
    names = [el.get("name") or "" for el in root.iter()]
    joined = "\n".join(names)
    for needle in ("𠮷野", "\U0002a6b2", "\ue000", "🙂", "שלום", PROCESS_NAME):
        assert needle in joined, f"{needle!r} missing from the BPMN names"
    assert any(len(name) == 10_000 for name in names), "the long label is written whole"
