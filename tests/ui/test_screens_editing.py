"""Keyboard work in the main window: start events, Delete not Backspace, Tab order, history names, Enter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from jcloud_desk.analysis.checks import run_checks
from jcloud_desk.domain.fitgap import Resolution
from jcloud_desk.domain.process import StepKind
from jcloud_desk.ui.main_window import MainWindow
from tests.ui.test_editor_controller import editor, key, type_label

__all__ = ["editor"]


def test_ctrl_b_adds_a_start_event_before_the_selected_step(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    scene = editor.scene
    assert scene is not None
    scene.select_steps(["s-check"])
    key(editor, qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert scene.editor is not None, "Ctrl+B opens the label editor of the new start event"
    type_label(editor, "来庁")
    key(editor, qtbot, Qt.Key.Key_Return)
    starts = [s for s in project.step.values() if s.kind is StepKind.START and s.label == "来庁"]
    assert len(starts) == 1 and starts[0].lane_id == project.step["s-check"].lane_id
    assert any(f.source_id == starts[0].id and f.target_id == "s-check" for f in project.flow.values())
    assert editor.undo_stack.count() == 1 and "来庁" in editor.undo_stack.text(0)


def test_a_keyboard_built_flow_has_a_start(main_window: MainWindow, small_project_file: Path, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("転出届", True))
    pid = main_window.structure.new_process()
    assert pid and not project.steps_of(pid)
    qtbot.waitUntil(lambda: main_window.scene is not None and main_window.scene.process_id == pid)
    assert main_window.controller is not None and main_window.scene is not None
    assert main_window.controller.new_start()
    assert main_window.scene.editor is not None
    type_label(main_window, "転出の相談")
    main_window.scene.editor.finish(commit=True)  # what Enter does in the label editor
    assert [(s.kind, s.label) for s in project.steps_of(pid)] == [(StepKind.START, "転出の相談")]
    assert not any(f.rule == "no_start" and f.process_id == pid for f in run_checks(project))


def test_backspace_does_not_delete_a_step_but_delete_does(editor: MainWindow, qtbot: QtBot) -> None:
    project = editor.opened.project  # type: ignore[union-attr]
    assert editor.scene is not None
    editor.scene.select_steps(["s-check"])
    key(editor, qtbot, Qt.Key.Key_Backspace)
    assert "s-check" in project.step and editor.undo_stack.count() == 0
    key(editor, qtbot, Qt.Key.Key_Delete)
    assert "s-check" not in project.step


def test_menus_show_enter_and_every_shortcut_is_unique(main_window: MainWindow) -> None:
    actions = main_window.diagram.editor_actions.actions
    assert actions["new_step"].shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Enter"
    assert QKeySequence("Return") in actions["new_step"].shortcuts()  # the main Enter key still works
    assert actions["new_start"].shortcut() == QKeySequence("Ctrl+B")
    assert all(QKeySequence("Backspace") not in a.shortcuts() for a in actions.values())
    seen: dict[str, str] = {}
    for action in [*actions.values(), *main_window.menus.window_actions, *main_window.presentation.actions]:
        for sequence in set(action.shortcuts()):
            text = sequence.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()


def test_fitgap_history_entries_name_the_step(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    assert main_window.scene is not None
    dock = main_window.fitgap_dock
    for step_id in ("s-check", "s-issue"):
        main_window.scene.select_steps([step_id])
        dock.owner.setText(f"担当 {step_id}")
        dock.owner.editingFinished.emit()
    project = main_window.opened.project  # type: ignore[union-attr]
    texts = [main_window.undo_stack.text(i) for i in range(main_window.undo_stack.count())]
    assert texts == [f"Fit&Gap の編集: {project.step['s-check'].label}",
                     f"Fit&Gap の編集: {project.step['s-issue'].label}"]
    old_label = project.step["s-issue"].label
    main_window.properties_dock.label.setText("写しを交付する")
    main_window.properties_dock.label.editingFinished.emit()
    assert main_window.undo_stack.text(2) == f"手順の編集: {old_label}"  # the name it had when edited
    dock.show()
    dock.raise_()
    main_window.scene.select_steps(["s-check"])
    assert dock.links.accept_suggestion(0)
    linked = main_window.undo_stack.text(3)
    assert linked.startswith("機能の紐付け ") and linked.endswith(f": {project.step['s-check'].label}")


def test_tab_from_due_date_goes_to_the_decision(main_window: MainWindow, small_project_file: Path,
                                                qtbot: QtBot) -> None:
    assert main_window.open_path(small_project_file)
    assert main_window.scene is not None
    dock = main_window.fitgap_dock
    dock.show()
    dock.raise_()
    main_window.activateWindow()
    main_window.scene.select_steps(["s-check"])
    # no customization here: the justification row is hidden and Tab goes from 決定 to the linked items
    assert dock.justification.isHidden()
    order = [dock.verdict, dock.resolution, dock.rationale, dock.owner, dock.due_on, dock.decision, dock.links.links]
    order[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order[0])
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, (QApplication.focusWidget(), expected)
    # a カスタマイズ decision asks for its justification: the row appears and Tab from 決定 reaches it
    dock.resolution.setCurrentIndex(dock.resolution.findData(Resolution.CUSTOMIZATION.value))
    dock.resolution.activated.emit(dock.resolution.currentIndex())
    qtbot.waitUntil(lambda: not dock.justification.isHidden())
    dock.decision.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.decision)
    qtbot.keyClick(dock.decision, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dock.justification


def test_new_phase_is_scrolled_into_view(main_window: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from jcloud_desk.services.project_service import ProjectService

    assert main_window.open_path(ProjectService().write_sample(tmp_path / "sample.jcdesk"))
    view, scene = main_window.view, main_window.scene
    assert view is not None and scene is not None
    view.set_zoom(1.5)
    view.horizontalScrollBar().setValue(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("照合", True))
    assert main_window.structure.add_phase()
    phase = next(p for p in main_window.opened.project.phases_of(scene.process_id)  # type: ignore[union-attr]
                 if p.name == "照合")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.intersects(scene.phase_items[phase.id].sceneBoundingRect())
