"""Imported structure is checked before anything is stored: a broken reference names the element, never
「FOREIGN KEY constraint failed」."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.domain.process import Flow, Lane, Process, Step
from jcloud_desk.io.imported import ImportedFlows
from jcloud_desk.services.import_limits import ImportStructureError, check_structure
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.faults.support import run_cli

SELF_ATTACHED = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <process id="p"><task id="t" name="作業"/><boundaryEvent id="b" attachedToRef="b"/>
  <boundaryEvent id="c" attachedToRef="t"/></process>
</definitions>
"""


def test_self_attached_boundary_event_imports_free_standing_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "自己参照.bpmn"
    source.write_text(SELF_ATTACHED, encoding="utf-8")
    project = tmp_path / "p.jcdesk"
    ProjectService().new_project(project, "p", "", "").close()
    result = run_cli(tmp_path / "config", "import-flow", str(project), str(source))
    assert result.returncode == 0, result.stderr
    assert "FOREIGN KEY" not in result.stderr
    assert "境界イベント「b」が自分自身に付けられている" in result.stderr, result.stderr
    with ProjectRepository.open(project, read_only=True) as repository:
        steps = repository.load().step.values()
        assert sorted(s.attrs.get("bpmn_id", "") for s in steps) == ["b", "c", "t"]
        assert repository.db.execute("PRAGMA foreign_key_check").fetchall() == []


def _imported() -> ImportedFlows:
    return ImportedFlows(
        processes=[Process(id="p", name="流れ")],
        lanes=[Lane(id="l", process_id="p", name="窓口")],
        steps=[Step(id="s1", process_id="p", lane_id="l", label="受付", attrs={"bpmn_id": "Task_1"}),
               Step(id="s2", process_id="p", lane_id="l", label="交付")],
        flows=[Flow(id="f", process_id="p", source_id="s1", target_id="s2")],
    )


def test_consistent_import_passes() -> None:
    check_structure(_imported(), "x.bpmn")


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (lambda i: setattr(i.steps[0], "lane_id", ""), "要素「Task_1」"),
        (lambda i: setattr(i.steps[1], "lane_id", "nowhere"), "手順「交付」"),
        (lambda i: setattr(i.steps[1], "phase_id", "ph-x"), "手順「交付」の工程"),
        (lambda i: setattr(i.flows[0], "target_id", "gone"), "要素「Task_1」の接続先"),
    ],
    ids=["no lane", "unknown lane", "unknown phase", "flow to nothing"],
)
def test_broken_reference_names_the_element(damage: object, named: str) -> None:
    imported = _imported()
    damage(imported)  # type: ignore[operator]
    with pytest.raises(ImportStructureError) as info:
        check_structure(imported, "x.bpmn")
    assert named in str(info.value) and "x.bpmn" in str(info.value), str(info.value)


def test_oversized_flow_file_is_refused_before_reading(tmp_path: Path) -> None:
    from jcloud_desk.services.flow_import_service import FlowImportService
    from jcloud_desk.services.import_limits import MAX_FLOW_FILE_BYTES, ImportTooLargeError

    big = tmp_path / "巨大.mmd"
    with big.open("wb") as handle:  # sparse: no disk space, and nothing is ever read
        handle.truncate(MAX_FLOW_FILE_BYTES + 1)
    with pytest.raises(ImportTooLargeError, match="ファイルが大きすぎます"):
        FlowImportService().read(big)


def test_oversized_project_json_is_refused_before_reading(tmp_path: Path) -> None:
    from jcloud_desk.io.errors import ProjectJsonError
    from jcloud_desk.io.project_json import MAX_JSON_BYTES, read_project_json

    big = tmp_path / "巨大.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_JSON_BYTES + 1)
    with pytest.raises(ProjectJsonError, match="ファイルが大きすぎます"):
        read_project_json(big)
