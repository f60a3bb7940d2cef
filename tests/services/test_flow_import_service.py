"""FlowImportService: format detection, dispatch (BPMN guarded), one undoable import edit, project JSON helpers."""

from __future__ import annotations

import copy
import sys
import types
from pathlib import Path

import pytest

from jcloud_desk.domain.edits import Add, Batch, Change
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.process import Lane, Process, Step
from jcloud_desk.domain.project import Project
from jcloud_desk.io.errors import ProjectJsonError, UnsupportedFlowFormatError
from jcloud_desk.io.imported import ImportedFlows
from jcloud_desk.io.mermaid import read_mermaid
from jcloud_desk.services import flow_import_service
from jcloud_desk.services.flow_import_service import FlowImportService, unique_name
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.errors import ProjectExistsError
from tests.factories import small_project

MERMAID = Path(__file__).resolve().parent.parent / "data" / "mermaid"
BPMN_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d1">'
    '<bpmn:process id="p1" name="転入"><bpmn:startEvent id="s"/><bpmn:task id="t" name="受付"/>'
    '<bpmn:endEvent id="e"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>'
    '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/></bpmn:process></bpmn:definitions>'
)


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("a.bpmn", "", "bpmn"),
        ("a.BPMN", "", "bpmn"),
        ("a.xml", BPMN_XML, "bpmn"),
        ("a.xml", "<definitions/>", "bpmn"),
        ("a.csv", "", "csv"),
        ("a.xlsx", "", "xlsx"),
        ("a.md", "", "mermaid"),
        ("a.mmd", "", "mermaid"),
    ],
)
def test_detect_format(tmp_path: Path, name: str, content: str, fmt: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert FlowImportService().detect_format(path) == fmt


def test_detect_format_refuses_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text('<?xml version="1.0"?><catalog/>', encoding="utf-8")
    with pytest.raises(UnsupportedFlowFormatError, match="「catalog」"):
        FlowImportService().detect_format(tmp_path / "a.xml")
    with pytest.raises(UnsupportedFlowFormatError, match="対応していない形式です"):
        FlowImportService().detect_format(tmp_path / "a.txt")


def test_read_dispatches_by_detected_or_given_format(tmp_path: Path) -> None:
    service = FlowImportService()
    imported = service.read(MERMAID / "sonota.md")
    assert imported.process_names() == ["業務一般フロー（相談受付〜入金）"]
    csv = tmp_path / "list.txt"
    csv.write_text("部署,手順\n窓口,受付\n", encoding="utf-8")
    assert service.read(csv, "csv").process_names() == ["list"]
    with pytest.raises(UnsupportedFlowFormatError, match="不明な形式「pdf」"):
        service.read(csv, "pdf")


def test_bpmn_without_its_reader_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(flow_import_service, "BPMN_READER", ("jcloud_desk.io.no_such_bpmn_module", "read_bpmn"))
    (tmp_path / "a.bpmn").write_text(BPMN_XML, encoding="utf-8")
    with pytest.raises(UnsupportedFlowFormatError, match="BPMN の取り込みはまだ利用できません"):
        FlowImportService().read(tmp_path / "a.bpmn")


def test_bpmn_goes_to_read_bpmn(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    module = types.ModuleType("fake_bpmn_import")
    seen: list[Path] = []

    def read_bpmn(path: Path) -> ImportedFlows:
        seen.append(path)
        return ImportedFlows(positioned=True)

    module.read_bpmn = read_bpmn  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_bpmn_import", module)
    monkeypatch.setattr(flow_import_service, "BPMN_READER", ("fake_bpmn_import", "read_bpmn"))
    (tmp_path / "a.xml").write_text(BPMN_XML, encoding="utf-8")
    assert FlowImportService().read(tmp_path / "a.xml").positioned is True
    assert seen == [tmp_path / "a.xml"]


def test_bpmn_with_the_real_reader_imports_as_one_edit(tmp_path: Path) -> None:
    pytest.importorskip("jcloud_desk.io.bpmn.importer", reason="the BPMN reader is written separately")
    (tmp_path / "a.bpmn").write_text(BPMN_XML, encoding="utf-8")
    service = FlowImportService()
    imported = service.read(tmp_path / "a.bpmn")
    assert len(imported.steps) == 3 and len(imported.flows) == 2
    project = Project()
    service.import_edit(project, imported).apply(project, Change())
    assert len(project.step) == 3


def test_unique_name() -> None:
    assert unique_name("転入届", set()) == "転入届"
    assert unique_name("転入届", {"転入届"}) == "転入届（2）"
    assert unique_name("転入届", {"転入届", "転入届（2）"}) == "転入届（3）"


def test_import_edit_is_one_undoable_batch_with_renamed_laid_out_processes() -> None:
    project = small_project()
    before = copy.deepcopy(project)
    imported = read_mermaid(MERMAID / "jyumin-ido.md")
    imported.processes[1].name = "転入届"  # collides with the factory's process
    imported.processes[2].name = "転入届フロー"  # collides with the first imported process
    pristine = copy.deepcopy(imported)
    edit = FlowImportService().import_edit(project, imported)
    assert isinstance(edit, Batch)
    assert imported == pristine  # the reader's result is not modified
    inverse = edit.apply(project, Change())
    names = [p.name for p in project.processes()]
    assert names == ["転入届", "転入届フロー", "転入届（2）", "転入届フロー（2）"]
    assert [p.sort for p in project.processes()] == [0.0, 1.0, 2.0, 3.0]
    for process in project.processes()[1:]:
        steps = project.steps_of(process.id)
        grid = Grid(project.lanes_of(process.id), project.phases_of(process.id))
        rects = [grid.step_rect(s) for s in steps]
        assert len({(r.x, r.y) for r in rects}) == len(rects)  # laid out: no two steps on one spot
        assert not any(a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h
                       for i, a in enumerate(rects) for b in rects[i + 1:])
    inverse.apply(project, Change())
    assert project == before


def test_positioned_imports_keep_their_positions() -> None:
    project = Project()
    process = Process(id="p", name="BPMN")
    imported = ImportedFlows(processes=[process], lanes=[Lane(id="l", process_id="p", name="窓口")],
                             steps=[Step(id="s", process_id="p", lane_id="l", x=12.0, y=34.0)], positioned=True)
    edit = FlowImportService().import_edit(project, imported)
    assert isinstance(edit, Batch) and all(isinstance(e, Add) for e in edit.edits)
    edit.apply(project, Change())
    assert (project.step["s"].x, project.step["s"].y) == (12.0, 34.0)


def test_json_export_then_import_creates_an_equal_project_file(tmp_path: Path) -> None:
    service = FlowImportService()
    project = small_project()
    exported = service.export_json(project, tmp_path / "p.json")
    out = service.import_json(exported, tmp_path / "p.jcdesk")
    opened = ProjectService().open(out, read_only=True)
    try:
        assert opened.project == project
    finally:
        opened.close()
    with pytest.raises(ProjectExistsError):
        service.import_json(exported, out)
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ProjectJsonError):
        service.import_json(tmp_path / "bad.json", tmp_path / "new.jcdesk")
    assert not (tmp_path / "new.jcdesk").exists()
