"""A lane marked as an external organisation: the lane menu toggles it (one undo step), the scene draws it apart
and the flows across its pool boundary become message flows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from jcloud_desk.domain.process import FlowKind
from jcloud_desk.ui.window.main_window import MainWindow

ACTION = "外部の組織（別プール・メッセージフロー）"


def _lane_menu_action(window: MainWindow, lane_id: str):  # type: ignore[no-untyped-def]
    window.menus.show_scene_menu("lane", lane_id, QPoint(0, 0))
    menu = window.findChildren(QMenu)[-1]
    action = next(a for a in menu.actions() if a.text() == ACTION)
    menu.close()
    return action


def test_lane_menu_marks_a_lane_external_and_undo_puts_it_back(main_window: MainWindow,
                                                               small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    scene = main_window.scene
    assert scene is not None and scene.external_lanes == frozenset()
    project = main_window.opened.project  # type: ignore[union-attr]
    action = _lane_menu_action(main_window, "lane-system")
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert scene.external_lanes == {"lane-system"}
    assert scene.lane_items["lane-system"].external and not scene.lane_items["lane-window"].external
    assert project.lane["lane-system"].pool == "システム"
    assert project.flow["f-check-input"].kind is FlowKind.MESSAGE
    assert main_window.undo_stack.text(main_window.undo_stack.index() - 1) == "「システム」を外部の組織にする"
    assert _lane_menu_action(main_window, "lane-system").isChecked()
    main_window.undo_stack.undo()
    assert scene.external_lanes == frozenset() and project.lane["lane-system"].pool == ""
    assert not scene.lane_items["lane-system"].external
