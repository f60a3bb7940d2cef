"""The editing and structure controllers on a ProjectDocument (no window): one undoable edit per command."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jcloud_desk.ui.editor_controller import EditorController
from jcloud_desk.ui.structure_controller import StructureController
from tests.ui.conftest import Diagram


@pytest.fixture()
def editor(diagram: Diagram) -> EditorController:
    return EditorController(diagram.scene, diagram.view, diagram.document)


@pytest.fixture()
def structure(diagram: Diagram, qtbot: QtBot) -> StructureController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return StructureController(parent, diagram.document)


def test_connect_needs_exactly_two_selected_steps(diagram: Diagram, editor: EditorController) -> None:
    messages: list[str] = []
    diagram.document.message.connect(lambda text, _ms: messages.append(text))
    diagram.scene.select_steps(["s-start"])
    assert not editor.connect_selected() and messages
    diagram.scene.select_steps(["s-start", "s-input"])
    assert editor.connect_selected()
    project = diagram.document.project
    assert project is not None
    assert any(f.source_id == "s-start" and f.target_id == "s-input" for f in project.flow.values())
    assert diagram.document.undo_stack.count() == 1


def test_delete_and_undo_bring_steps_back_with_their_flows(diagram: Diagram, editor: EditorController) -> None:
    project = diagram.document.project
    assert project is not None
    flows = {f.id for f in project.flow.values() if "s-check" in (f.source_id, f.target_id)}
    diagram.scene.select_steps(["s-check"])
    assert editor.delete_selected()
    assert "s-check" not in project.step and "s-check" not in diagram.scene.step_items
    diagram.document.undo_stack.undo()
    assert "s-check" in project.step and flows <= set(project.flow) and "s-check" in diagram.scene.step_items


def test_move_lane_and_align_are_single_edits(diagram: Diagram, editor: EditorController) -> None:
    project = diagram.document.project
    assert project is not None
    diagram.scene.select_steps(["s-check"])
    assert editor.move_lane(1) and project.step["s-check"].lane_id == "lane-system"
    assert not editor.move_lane(1), "no lane below"
    diagram.scene.select_steps(["s-start", "s-check"])
    assert editor.align("top")
    grid = diagram.scene.grid
    assert grid.step_rect(project.step["s-start"]).y == pytest.approx(grid.step_rect(project.step["s-check"]).y)
    assert diagram.document.undo_stack.count() == 2
    assert editor.align("top") is False, "already aligned: no edit"


def test_walk_follows_flows(diagram: Diagram, editor: EditorController) -> None:
    diagram.scene.select_steps(["s-start"])
    assert editor.walk("right")
    assert diagram.document.selection == ["s-check"]


def test_structure_commands_ask_then_push_one_edit(diagram: Diagram, structure: StructureController,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    project = diagram.document.project
    assert project is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("転出届", True))
    new_id = structure.new_process()
    assert new_id in project.process and diagram.document.process_id == new_id, "the new process is shown"
    assert len(project.lanes_of(new_id)) == 4 and len(project.phases_of(new_id)) == 4
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("審査", True))
    assert structure.add_phase()
    assert [p.name for p in project.phases_of(new_id)][-1] == "審査"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not structure.delete_process(new_id), "declined"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert structure.delete_process(new_id) and new_id not in project.process
    assert diagram.document.process_id == "proc-1", "the current process falls back"
    assert diagram.document.undo_stack.count() == 3


def test_lane_commands_go_through_the_band_commands(diagram: Diagram, structure: StructureController) -> None:
    project = diagram.document.project
    assert project is not None
    assert structure.move_lane("lane-window", 1) and structure.reorder_phase("ph-issue", 0)
    assert structure.resize_lane("lane-system", 10) and project.lane["lane-system"].size == 70.0
    assert [x.id for x in project.lanes_of("proc-1")] == ["lane-system", "lane-window"]
    assert project.phases_of("proc-1")[0].id == "ph-issue"
