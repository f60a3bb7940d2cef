"""A process beyond the editor's drawing limits shows a notice instead of building every item."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QGraphicsTextItem

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.ui.scene import process_scene
from jcloud_desk.ui.window.main_window import MainWindow


def test_a_process_above_the_limit_draws_a_notice_and_the_rest_keeps_working(
        main_window: MainWindow, small_project_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(process_scene, "DRAWING_LIMITS", (4, 100))  # the small project has 5 steps
    assert main_window.open_path(small_project_file)
    scene = main_window.scene
    assert scene is not None and scene.too_large and not scene.step_items
    notices = [i for i in scene.items() if isinstance(i, QGraphicsTextItem)]
    assert len(notices) == 1
    assert "大きすぎるため図にできません" in notices[0].toPlainText() and "手順 5 件" in notices[0].toPlainText()
    project = main_window.opened.project  # type: ignore[union-attr]
    main_window.push_edit(remove_steps(project, ["s-issue"]), "test")  # edits still work; 4 steps can be drawn
    assert not scene.too_large and len(scene.step_items) == 4
    main_window.undo_stack.undo()
    assert scene.too_large and not scene.step_items


def test_the_scene_index_stays_shallow_whatever_the_item_count() -> None:
    # Qt's automatic depth grows with the items, and a diagram-wide flow sits in every leaf (GBs for dense flows)
    scene = process_scene.ProcessScene()
    assert scene.bspTreeDepth() == process_scene.BSP_TREE_DEPTH == 8
