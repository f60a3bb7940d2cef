"""The checks panel follows edits, jumps to the step, and rules can be switched off (undoably)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.ui.dialogs.rule_settings_dialog import RuleSettingsDialog
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
    item = next(i for i in main_window.checks_dock.finding_items()
                if i.data(0, Qt.ItemDataRole.UserRole) == ("proc-1", "s-issue", "dead_end"))
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


def test_findings_are_grouped_by_severity_with_counts_and_info_collapsed(main_window: MainWindow,
                                                                         tmp_path: Path) -> None:
    from jcloud_desk.analysis.checks import Severity
    from jcloud_desk.services.project_service import ProjectService

    assert main_window.open_path(ProjectService().write_sample(tmp_path / "sample.jcdesk"))
    dock = main_window.checks_dock
    counts = {s: sum(1 for f in dock.findings if f.severity is s) for s in Severity}
    assert counts[Severity.INFO] > 10 and counts[Severity.WARNING] > 0  # the sample has many info findings
    groups = [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]
    assert [g.childCount() for g in groups] == [counts[s] for s in (Severity.ERROR, Severity.WARNING,
                                                                     Severity.INFO) if counts[s]]
    titles = [g.text(0) for g in groups]
    assert f"情報 ({counts[Severity.INFO]})" in titles and f"警告 ({counts[Severity.WARNING]})" in titles
    assert not dock.groups[Severity.INFO].isExpanded() and dock.groups[Severity.WARNING].isExpanded()
    # a refresh (after any edit) keeps what the user opened
    dock.groups[Severity.INFO].setExpanded(True)
    dock.refresh()
    assert dock.groups[Severity.INFO].isExpanded()
    assert len(dock.finding_items()) == len(dock.findings)


def test_an_opened_project_is_drawn_first_and_checked_right_after_its_first_frame(
        main_window: MainWindow, small_project_file: Path, qtbot: QtBot) -> None:
    main_window.document.lazy_docks = True  # as at a real start
    dock = main_window.checks_dock
    assert main_window.open_path(small_project_file)
    assert main_window.scene is not None and main_window.scene.step_items, "the diagram is drawn at once"
    assert dock.findings == [] and dock.tree.topLevelItemCount() == 0, "the checks wait for the first frame"
    qtbot.waitUntil(lambda: "unmapped_task" in _rules(main_window), timeout=2000)
    assert dock.tree.topLevelItemCount() > 0


def test_a_project_replaced_before_its_checks_ran_is_not_checked(main_window: MainWindow,
                                                                 small_project_file: Path, qtbot: QtBot) -> None:
    main_window.document.lazy_docks = True
    assert main_window.open_path(small_project_file)
    main_window.file_actions.close()
    qtbot.wait(50)  # several paints and event-loop turns
    assert main_window.checks_dock.findings == [] and main_window.checks_dock.tree.topLevelItemCount() == 0


def test_an_edit_made_before_the_deferred_check_is_checked_with_the_project(
        main_window: MainWindow, small_project_file: Path, qtbot: QtBot) -> None:
    main_window.document.lazy_docks = True
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    main_window.push_edit(remove_steps(project, ["s-end"]), "delete")  # before the first frame's check
    qtbot.waitUntil(lambda: "no_end" in _rules(main_window), timeout=2000)


def test_the_rules_dialog_switches_a_rule_off_for_the_project_undoably(main_window: MainWindow,
                                                                      small_project_file: Path, qtbot: QtBot) -> None:
    assert main_window.open_path(small_project_file)
    seen: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RuleSettingsDialog)
        seen.append(len(dialog.boxes))
        dialog.boxes["unmapped_task"].setChecked(False)
        dialog.accept()

    QTimer.singleShot(0, answer)
    main_window.checks_dock.edit_rules()
    assert seen and seen[0] > 5  # every rule has its box
    project = main_window.opened.project  # type: ignore[union-attr]
    assert project.meta.disabled_checks == ("unmapped_task",)
    qtbot.waitUntil(lambda: "unmapped_task" not in _rules(main_window), timeout=2000)
    main_window.undo_stack.undo()
    assert main_window.opened.project.meta.disabled_checks == ()  # type: ignore[union-attr]
