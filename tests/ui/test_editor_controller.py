"""The diagram editor driven with real key and mouse events: capture, IME, undo, clipboard, lanes."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.process import StepKind
from jcloud_desk.ui.scene.process_view import ProcessView
from jcloud_desk.ui.window.main_window import MainWindow


@pytest.fixture()
def editor(main_window: MainWindow, small_project_file: Path, qtbot: QtBot) -> MainWindow:
    """The small project open, the diagram focused, the window active."""
    assert main_window.open_path(small_project_file)
    main_window.activateWindow()
    assert main_window.view is not None
    main_window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.view)
    return main_window


def key(window: MainWindow, qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
    """Press one key where the user's focus is (the diagram or the label editor)."""
    target = QApplication.focusWidget() or window.view
    qtbot.keyClick(target, k, modifier)


def type_label(window: MainWindow, text: str) -> None:
    """Type a label as a Japanese IME does: pre-edit, then the confirmed string."""
    scene = window.scene
    assert scene is not None and scene.editor is not None
    scene.editor.inputMethodEvent(QInputMethodEvent(text, []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    scene.editor.inputMethodEvent(commit)


def test_enter_creates_connected_step_with_label_as_one_undo_step(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    before = copy.deepcopy(project)
    scene.select_steps(["s-check"])
    key(editor, qtbot, Qt.Key.Key_Return)
    assert scene.editor is not None, "Enter opens the label editor"
    type_label(editor, "住民票を確認")
    key(editor, qtbot, Qt.Key.Key_Return)
    assert scene.editor is None
    new = [s for s in project.step.values() if s.label == "住民票を確認"]
    assert len(new) == 1 and new[0].lane_id == "lane-window"
    assert any(f.source_id == "s-check" and f.target_id == new[0].id for f in project.flow.values())
    assert scene.selected_step_ids() == [new[0].id]
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert project == before


def test_ime_enter_confirms_conversion_without_committing(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    scene.select_steps(["s-check"])
    key(editor, qtbot, Qt.Key.Key_Return)
    assert scene.editor is not None
    steps_before = len(project.step)
    scene.editor.inputMethodEvent(QInputMethodEvent("じゅうみんひょう", []))  # composing
    assert scene.editor.composing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the IME's Enter: confirm the 変換
    assert scene.editor is not None, "Enter during composition must not commit the label"
    assert len(project.step) == steps_before, "nor create a step"
    commit = QInputMethodEvent()
    commit.setCommitString("住民票")
    scene.editor.inputMethodEvent(commit)
    assert not scene.editor.composing
    key(editor, qtbot, Qt.Key.Key_Return)
    assert scene.editor is None
    assert len(project.step) == steps_before + 1
    assert any(s.label == "住民票" for s in project.step.values())


def test_escape_cancels_new_step(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    editor.scene.select_steps(["s-check"])  # type: ignore[union-attr]
    key(editor, qtbot, Qt.Key.Key_Return)
    type_label(editor, "取り消す")
    key(editor, qtbot, Qt.Key.Key_Escape)
    assert not any(s.label == "取り消す" for s in project.step.values())
    assert editor.undo_stack.count() == 0


def test_tab_creates_step_in_lane_below_and_ctrl_arrows_move_it(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    scene.select_steps(["s-check"])
    key(editor, qtbot, Qt.Key.Key_Tab)
    type_label(editor, "システム登録")
    key(editor, qtbot, Qt.Key.Key_Return)
    new = next(s for s in project.step.values() if s.label == "システム登録")
    assert new.lane_id == "lane-system"
    key(editor, qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert project.step[new.id].lane_id == "lane-window"
    key(editor, qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert project.step[new.id].phase_id == "ph-issue"
    assert editor.undo_stack.count() == 3
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert project.step[new.id].lane_id == "lane-system"


def test_arrow_keys_walk_along_flows(editor: MainWindow, qtbot: QtBot) -> None:
    scene = editor.scene
    assert scene is not None
    scene.select_steps(["s-start"])
    key(editor, qtbot, Qt.Key.Key_Right)
    assert scene.selected_step_ids() == ["s-check"]
    key(editor, qtbot, Qt.Key.Key_Left)
    assert scene.selected_step_ids() == ["s-start"]
    key(editor, qtbot, Qt.Key.Key_Down)
    assert scene.selected_step_ids() == ["s-input"]


def test_connect_key_links_two_selected_steps(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    scene.select_steps(["s-input", "s-end"])
    key(editor, qtbot, Qt.Key.Key_C)
    assert any(f.source_id == "s-input" and f.target_id == "s-end" for f in project.flow.values())
    assert len(scene.flow_items) == 5


def test_delete_cascades_and_undo_restores(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    before = copy.deepcopy(project)
    scene.select_steps(["s-issue"])
    key(editor, qtbot, Qt.Key.Key_Delete)
    assert "s-issue" not in project.step and "link-issue" not in project.link and "s-issue" not in project.judgment
    assert "s-issue" not in scene.step_items
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert project == before
    assert "s-issue" in scene.step_items


def test_copy_paste_is_one_undo_step_with_new_ids(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    scene.select_steps(["s-check", "s-issue"])
    key(editor, qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    key(editor, qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = scene.selected_step_ids()
    assert len(pasted) == 2 and not set(pasted) & {"s-check", "s-issue"}
    assert {project.step[p].label for p in pasted} == {"届出内容を確認", "住民票の写しを交付"}
    assert any(f.source_id in pasted and f.target_id in pasted for f in project.flow.values())
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert not set(pasted) & set(project.step)


def test_lane_reorder_by_dragging_the_header(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene, view = editor.scene, editor.view
    assert scene is not None and view is not None
    view.set_zoom(1.0)
    window_rect = scene.grid.lane_rect("lane-window")
    system_rect = scene.grid.lane_rect("lane-system")
    start = view.mapFromScene(QPointF(40, window_rect.y + 40))
    end = view.mapFromScene(QPointF(40, system_rect.y + system_rect.h - 10))
    view.ensureVisible(0, 0, 10, 10)
    start = view.mapFromScene(QPointF(40, window_rect.y + 40))
    end = view.mapFromScene(QPointF(40, system_rect.y + system_rect.h - 10))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert [x.id for x in project.lanes_of("proc-1")] == ["lane-system", "lane-window"]
    assert editor.undo_stack.count() == 1
    # steps keep their lanes; the scene redrew them in the new bands
    assert scene.grid.lane_rect("lane-system").y < scene.grid.lane_rect("lane-window").y
    editor.undo_stack.undo()
    assert [x.id for x in project.lanes_of("proc-1")] == ["lane-window", "lane-system"]


def drag_in_scene(view: ProcessView, qtbot: QtBot, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move to ``end`` and release there (scene coordinates), like a user's drag."""
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(start))
    qtbot.mouseMove(view.viewport(), pos=view.mapFromScene(end))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(end))


def test_header_edges_resize_lanes_and_phases_and_a_click_moves_nothing(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene, view = editor.scene, editor.view
    assert scene is not None and view is not None
    view.set_zoom(1.0)
    view.ensureVisible(0, 0, 10, 10)
    lane = scene.grid.lane_rect("lane-window")
    drag_in_scene(view, qtbot, QPointF(40, lane.y + lane.h - 2), QPointF(40, lane.y + lane.h + 58))
    assert project.lane["lane-window"].size == pytest.approx(round(lane.h + 58), abs=1)  # the edge lands where released
    assert editor.undo_stack.count() == 1
    phase = scene.grid.phase_rect("ph-receive")
    drag_in_scene(view, qtbot, QPointF(phase.x + phase.w - 2, 20), QPointF(phase.x + phase.w + 48, 20))
    assert project.phase["ph-receive"].size == pytest.approx(round(phase.w + 48), abs=1)
    assert editor.undo_stack.count() == 2
    # a press on a header that barely moves is a click: no reorder, no edit, and no guide line left behind
    phase = scene.grid.phase_rect("ph-review")
    drag_in_scene(view, qtbot, QPointF(phase.x + 30, 20), QPointF(phase.x + 34, 20))
    assert [x.id for x in project.phases_of("proc-1")] == ["ph-receive", "ph-review", "ph-issue"]
    assert editor.undo_stack.count() == 2
    assert not [i for i in scene.items() if type(i).__name__ == "QGraphicsLineItem"]
    # dragging the first phase past the middle of the last one moves it to the end
    first, last = scene.grid.phase_rect("ph-receive"), scene.grid.phase_rect("ph-issue")
    drag_in_scene(view, qtbot, QPointF(first.x + 30, 20), QPointF(last.x + last.w - 10, 20))
    assert [x.id for x in project.phases_of("proc-1")] == ["ph-review", "ph-issue", "ph-receive"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert project.lane["lane-window"].size == pytest.approx(lane.h, abs=1)
    assert [x.id for x in project.phases_of("proc-1")] == ["ph-receive", "ph-review", "ph-issue"]


def test_properties_dock_edits_are_undoable(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    editor.scene.select_steps(["s-check"])  # type: ignore[union-attr]
    dock = editor.properties_dock
    assert dock.label.text() == "届出内容を確認"
    dock.attrs["cases_per_year"].setText("1200")
    dock.attrs["cases_per_year"].editingFinished.emit()
    assert project.step["s-check"].attrs["cases_per_year"] == "1200"
    dock.kind.setCurrentIndex(dock.kind.findData(StepKind.MANUAL_TASK.value))
    dock.kind.activated.emit(dock.kind.currentIndex())
    assert project.step["s-check"].kind is StepKind.MANUAL_TASK
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert "cases_per_year" not in project.step["s-check"].attrs


def test_find_selects_and_centres(editor: MainWindow, qtbot: QtBot) -> None:
    editor.diagram.open_find_bar()
    editor.diagram.find_bar.field.setText("写し")
    editor.diagram.find_bar.field.returnPressed.emit()
    assert editor.scene.selected_step_ids() == ["s-issue"]  # type: ignore[union-attr]


def test_subprocess_step_opens_the_chosen_process(editor: MainWindow, qtbot: QtBot) -> None:
    from jcloud_desk.domain import operations

    project = editor.opened.project  # type: ignore[union-attr]
    child_id, edit = operations.new_process(project, "本人確認の詳細", ["窓口"], [])
    editor.push_edit(edit, "new process")
    editor.process_dock.select_process("proc-1")
    editor.scene.select_steps(["s-check"])  # type: ignore[union-attr]
    dock = editor.properties_dock
    dock.kind.setCurrentIndex(dock.kind.findData(StepKind.SUBPROCESS.value))
    dock.kind.activated.emit(dock.kind.currentIndex())
    assert dock.opens.isVisibleTo(dock)
    dock.opens.setCurrentIndex(dock.opens.findData(child_id))
    dock.opens.activated.emit(dock.opens.currentIndex())
    assert project.step["s-check"].subprocess_id == child_id
    editor.scene.step_activated.emit("s-check")  # double-click opens the sub-process
    assert editor.scene.process_id == child_id  # type: ignore[union-attr]


def test_bidi_controls_typed_into_a_label_are_removed(editor: MainWindow, qtbot: QtBot) -> None:
    """U+202E would make the label display reversed from what it contains: it never reaches the project."""
    project = editor.opened.project  # type: ignore[union-attr]
    editor.scene.select_steps(["s-check"])  # type: ignore[union-attr]
    dock = editor.properties_dock
    dock.label.setText("\u202e認確を容内出届")
    dock.label.editingFinished.emit()
    assert project.step["s-check"].label == "認確を容内出届"
