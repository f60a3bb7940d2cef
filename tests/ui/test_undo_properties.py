"""Random user actions through the real UI layer: no exception; undo-all restores, redo-all replays."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QInputDialog, QMessageBox

from jcloud_desk.domain.process import StepKind
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project

ACTIONS = ["new_step", "new_below", "new_gateway", "rename", "connect", "lane_down", "lane_up", "phase_next",
           "phase_prev", "delete", "copy_paste", "align", "add_lane", "reorder_lane", "resize_lane", "delete_lane",
           "add_phase", "delete_phase", "undo", "redo"]


def _run(window: MainWindow, action: str, a: int, b: int) -> None:
    scene, controller, structure = window.scene, window.controller, window.structure
    assert scene is not None and controller is not None and window.opened is not None
    project = window.opened.project
    steps = list(scene.step_items)
    lanes = project.lanes_of(scene.process_id)
    phases = project.phases_of(scene.process_id)
    if steps:
        picked = [steps[a % len(steps)]] + ([steps[b % len(steps)]] if b % 3 == 0 else [])
        scene.select_steps(list(dict.fromkeys(picked)))
    if action in ("new_step", "new_below", "new_gateway"):
        kind = StepKind.GATEWAY if action == "new_gateway" else StepKind.TASK
        if controller.new_step(1 if action == "new_below" else 0, kind) and scene.editor is not None:
            scene.editor.setPlainText(f"手順{a}")
            scene.editor.finish(commit=True)
    elif action == "rename" and steps:
        if controller.rename_selected() and scene.editor is not None:
            scene.editor.setPlainText(f"名称{b}")
            scene.editor.finish(commit=True)
    elif action == "connect" and len(steps) >= 2:
        scene.select_steps(list(dict.fromkeys([steps[a % len(steps)], steps[b % len(steps)]])))
        controller.connect_selected()
    elif action in ("lane_down", "lane_up"):
        controller.move_lane(1 if action == "lane_down" else -1)
    elif action in ("phase_next", "phase_prev"):
        controller.move_phase(1 if action == "phase_next" else -1)
    elif action == "delete":
        controller.delete_selected()
    elif action == "copy_paste":
        controller.duplicate_selected()
    elif action == "align" and steps:
        scene.select_steps(steps[: 2 + a % 3])
        controller.align(["left", "top", "hdistribute", "vcenter"][b % 4])
    elif action == "add_lane":
        structure.add_lane(lanes[a % len(lanes)].id if lanes else "", below=bool(b % 2))
    elif action == "reorder_lane" and lanes:
        structure.reorder_lane(lanes[a % len(lanes)].id, b % len(lanes))
    elif action == "resize_lane" and lanes:
        structure.resize_lane(lanes[a % len(lanes)].id, 80 + (b % 5) * 30)
    elif action == "delete_lane" and len(lanes) > 1:
        structure.delete_lane(lanes[a % len(lanes)].id)
    elif action == "add_phase":
        structure.add_phase(phases[a % len(phases)].id if phases else "")
    elif action == "delete_phase" and phases:
        structure.delete_phase(phases[a % len(phases)].id)
    elif action == "undo":
        window.undo_stack.undo()
    elif action == "redo":
        window.undo_stack.redo()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 50), st.integers(0, 50)),
                        min_size=5, max_size=40))
def test_random_ui_actions_undo_and_redo_exactly(actions: list[tuple[str, int, int]], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新しい部署", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # delete-lane question: cancel
    folder = tmp_path / f"p{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = folder / "random.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    window = MainWindow(ProjectService(), SettingsStore(folder), Settings())
    try:
        window.show()
        assert window.open_path(path)
        original = copy.deepcopy(window.opened.project)  # type: ignore[union-attr]
        for action, a, b in actions:
            _run(window, action, a, b)
        final = copy.deepcopy(window.opened.project)  # type: ignore[union-attr]
        stack = window.undo_stack
        final_index = stack.index()  # the sequence may end with undos: redo back to here, not beyond
        while stack.canUndo():
            stack.undo()
        assert window.opened.project == original  # type: ignore[union-attr]
        while stack.index() < final_index:
            stack.redo()
        assert window.opened.project == final  # type: ignore[union-attr]
        # the scene shows exactly the model
        assert window.scene is not None
        assert set(window.scene.step_items) == {s.id for s in window.opened.project.steps_of(window.scene.process_id)}  # type: ignore[union-attr]
        # and the file holds the same project (autosave per edit)
        window.document.close()
        reopened = ProjectService().open(path, read_only=True)
        assert reopened.project == final
        reopened.close()
    finally:
        window.close()
        window.deleteLater()
