"""Text files as municipalities send them: UTF-16 with BOM (Excel's 「Unicode テキスト」), empty files, labels
carrying bidirectional controls that would make them display differently from what they contain."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.io.catalog.importer import read_catalog
from jcloud_desk.io.errors import MermaidFormatError
from jcloud_desk.io.mermaid import read_mermaid
from jcloud_desk.io.step_list import read_step_list
from jcloud_desk.io.text_decoding import BIDI_CONTROLS, decode_japanese_text, strip_bidi_controls
from jcloud_desk.services.flow_import_service import FlowImportService
from jcloud_desk.services.project_service import ProjectService
from tests.faults.support import assert_one_japanese_error_line, run_cli, sha256

STEP_LIST = "業務フロー\t部署\t手順\n転入届\t窓口\t受付\n転入届\t窓口\t𠮷田さんの確認\n"
CATALOG = "機能ID\t機能名称\t機能要件\t実装区分\n0010001\t住民登録\t登録できること\t実装必須機能\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read(tmp_path: Path, codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    steps = tmp_path / "手順.csv"
    steps.write_bytes(bom + STEP_LIST.replace("\n", "\r\n").encode(codec))
    imported = read_step_list(steps)
    assert sorted(s.label for s in imported.steps) == ["受付", "𠮷田さんの確認"]
    catalog = tmp_path / "機能一覧.txt"
    catalog.write_bytes(bom + CATALOG.encode(codec))
    result = read_catalog(catalog, "住民記録")
    assert [(i.code, i.title) for i in result.items] == [("0010001", "住民登録")]
    assert result.encoding == "utf-16"
    flow = tmp_path / "図.mmd"
    flow.write_bytes(bom + "flowchart TD\n  a[受付] --> b[交付]\n".encode(codec))
    assert sorted(s.label for s in read_mermaid(flow).steps) == ["交付", "受付"]


def test_utf16_without_bom_is_not_guessed() -> None:
    assert decode_japanese_text("受付".encode("utf-16-le")) != "受付"


def test_empty_mermaid_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "空.mmd"
    empty.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(MermaidFormatError, match="空のファイル"):
        read_mermaid(empty)
    project = tmp_path / "p.jcdesk"
    ProjectService().new_project(project, "p", "", "").close()
    digest = sha256(project)
    line = assert_one_japanese_error_line(run_cli(tmp_path / "config", "import-flow", str(project), str(empty)))
    assert "空のファイル" in line and str(empty) in line, line
    assert sha256(project) == digest


def test_bidi_controls_are_removed_from_imported_labels_with_a_warning(tmp_path: Path) -> None:
    flow = tmp_path / "図.mmd"
    flow.write_text("flowchart TD\n  subgraph L[窓\u202e口]\n    a[\u202eabc受付] --> b[交付\u2066x\u2069]\n  end\n",
                    encoding="utf-8")
    imported = FlowImportService().read(flow)
    texts = [s.label for s in imported.steps] + [lane.name for lane in imported.lanes]
    assert sorted(texts) == ["abc受付", "交付x", "窓口"]
    assert not any(ch in BIDI_CONTROLS for text in texts for ch in text)
    assert sum("制御文字" in w.message for w in imported.warnings) == 3


def test_bidi_controls_are_removed_from_catalogue_cells(tmp_path: Path) -> None:
    catalog = tmp_path / "機能一覧.csv"
    catalog.write_text("機能ID,機能名称,機能要件,実装区分\n0010001,\u202e録登民住,登録\u200fできること,実装必須機能\n",
                       encoding="utf-8")
    item = read_catalog(catalog, "住民記録").items[0]
    assert (item.title, item.text) == ("録登民住", "登録できること")


def test_strip_bidi_controls_keeps_other_text() -> None:
    text = "受付\u00a0🙂𠮷\ue000\u0301"
    assert strip_bidi_controls(text) is text
    assert strip_bidi_controls("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c") == ""
