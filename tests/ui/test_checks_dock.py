"""The checks panel follows edits, jumps to the step, and rules can be switched off (undoably)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.ui.window.main_window import MainWindow


def _rules(window: MainWindow) -> list[str]:
    return [f.rule for f in window.checks_dock.findings]


def test_findings_update_after_an_edit_and_click_selects(main_window: MainWindow, small_project_file: Path,
                                                         qtbot: QtBot) -> None:
    assert main_window.open_path(small_project_file)
    assert "no_end" not in _rules(main_window)
    project = main_window.opened.project  # type: ignore[union-attr]
    main_window.push_edit(remove_steps(project, ["s-end"]), "delete")
    qtbot.waitUntil(lambda: "no_end" in _rules(main_window), timeout=2000)
    dead_end = next(i for i in range(main_window.checks_dock.tree.topLevelItemCount())
                    if main_window.checks_dock.findings[i].rule == "dead_end"
                    and main_window.checks_dock.findings[i].step_id == "s-issue")
    item = main_window.checks_dock.tree.topLevelItem(dead_end)
    main_window.checks_dock.tree.itemClicked.emit(item, 0)
    assert main_window.scene is not None and main_window.scene.selected_step_ids() == ["s-issue"]
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: "no_end" not in _rules(main_window), timeout=2000)


def test_switching_a_rule_off_is_an_undoable_project_setting(main_window: MainWindow, small_project_file: Path,
                                                             qtbot: QtBot) -> None:
    assert main_window.open_path(small_project_file)
    assert "unmapped_task" in _rules(main_window)
    main_window.checks_dock.set_rule_enabled("unmapped_task", False)
    qtbot.waitUntil(lambda: "unmapped_task" not in _rules(main_window), timeout=2000)
    assert main_window.opened.project.meta.disabled_checks == ("unmapped_task",)  # type: ignore[union-attr]
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: "unmapped_task" in _rules(main_window), timeout=2000)
