"""Gestures installed on the scene push one edit each on the document; the scene itself never pushes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.ui.mime import CATALOG_ITEM_MIME
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView
from tests.ui.conftest import Diagram


def drag(view: ProcessView, qtbot: QtBot, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move to ``end``, release (scene coordinates)."""
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(start))
    qtbot.mouseMove(view.viewport(), pos=view.mapFromScene(end))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(end))


def test_step_drag_is_one_move_edit_into_the_cell_below(diagram: Diagram, qtbot: QtBot) -> None:
    project, scene = diagram.document.project, diagram.scene
    assert project is not None
    item = scene.step_items["s-check"]
    drag(diagram.view, qtbot, item.pos(), item.pos() + QPointF(0, project.lane["lane-system"].size))
    assert project.step["s-check"].lane_id == "lane-system"
    assert diagram.document.undo_stack.count() == 1 and diagram.document.undo_stack.undoText() == "移動"
    diagram.document.undo_stack.undo()
    assert project.step["s-check"].lane_id == "lane-window"


def test_lane_and_phase_bands_reorder_along_their_own_axis(diagram: Diagram, qtbot: QtBot) -> None:
    project, grid = diagram.document.project, diagram.scene.grid
    assert project is not None
    lower = grid.lane_rect("lane-system")
    drag(diagram.view, qtbot, QPointF(40, grid.lane_rect("lane-window").y + 20), QPointF(40, lower.y + lower.h - 5))
    assert [x.id for x in project.lanes_of("proc-1")] == ["lane-system", "lane-window"]
    grid = diagram.scene.grid  # the scene rebuilt its grid
    last = grid.phase_rect("ph-issue")
    drag(diagram.view, qtbot, QPointF(grid.phase_rect("ph-receive").x + 30, 20), QPointF(last.x + last.w - 10, 20))
    assert [x.id for x in project.phases_of("proc-1")] == ["ph-review", "ph-issue", "ph-receive"]
    assert diagram.document.undo_stack.count() == 2


def test_band_commands_are_the_same_for_lanes_and_phases(diagram: Diagram) -> None:
    project, bands = diagram.document.project, diagram.bands
    assert project is not None
    assert bands.move("lane", "lane-window", 1) and bands.move("phase", "ph-issue", -1)
    assert [x.id for x in project.lanes_of("proc-1")] == ["lane-system", "lane-window"]
    assert [x.id for x in project.phases_of("proc-1")] == ["ph-receive", "ph-issue", "ph-review"]
    assert not bands.move("lane", "lane-window", 1), "already last: no edit"
    assert bands.resize("lane", "lane-window", 10) and project.lane["lane-window"].size == 70.0
    assert bands.resize("phase", "ph-issue", 10) and project.phase["ph-issue"].size == 90.0
    assert not bands.reorder("phase", "no-such-phase", 0)
    assert diagram.document.undo_stack.count() == 4


@pytest.mark.parametrize("on_step", [True, False])
def test_catalogue_drop_links_only_on_a_step(diagram: Diagram, on_step: bool) -> None:
    project, scene, view = diagram.document.project, diagram.scene, diagram.view
    assert project is not None
    item_id = next(i for i in project.item if not any(link.item_id == i and link.step_id == "s-input"
                                                      for link in project.link.values()))
    mime = QMimeData()
    mime.setData(CATALOG_ITEM_MIME, item_id.encode("utf-8"))
    target = scene.step_items["s-input"].pos() if on_step else QPointF(scene.grid.width - 5, scene.grid.height - 5)
    pos = QPoint(view.mapFromScene(target))
    before = len(project.link)
    actions = Qt.DropAction.CopyAction
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton,
                                                            Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton,
                                                       Qt.KeyboardModifier.NoModifier))
    assert len(project.link) == before + (1 if on_step else 0)
    assert diagram.document.undo_stack.count() == (1 if on_step else 0)


def test_a_scene_without_interactions_only_draws(diagram: Diagram, qtbot: QtBot) -> None:
    project = diagram.document.project
    assert project is not None
    bare = ProcessScene(project, parent=diagram.document)
    bare.set_process("proc-1")
    view = ProcessView(bare)
    qtbot.addWidget(view)
    view.show()
    item = bare.step_items["s-check"]
    drag(view, qtbot, item.pos(), item.pos() + QPointF(0, 120))
    assert diagram.document.undo_stack.count() == 0 and project.step["s-check"].lane_id == "lane-window"


def test_shift_drag_from_step_to_step_connects_them(diagram: Diagram, qtbot: QtBot) -> None:
    project, scene, view = diagram.document.project, diagram.scene, diagram.view
    assert project is not None
    start, target = scene.step_items["s-start"].pos(), scene.step_items["s-input"].pos()
    before = len(project.flow)
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, view.mapFromScene(start))
    qtbot.mouseMove(view.viewport(), view.mapFromScene(target))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift, view.mapFromScene(target))
    assert len(project.flow) == before + 1
    assert any(f.source_id == "s-start" and f.target_id == "s-input" for f in project.flow.values())
    assert project.step["s-start"].lane_id == "lane-window", "the source did not move"
    assert diagram.document.undo_stack.undoText() == "手順の接続" and diagram.document.undo_stack.count() == 1
    assert not [i for i in scene.items() if type(i).__name__ == "QGraphicsLineItem"], "the guide line is gone"
    # released on empty canvas: nothing
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, shift, view.mapFromScene(start))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, shift,
                       view.mapFromScene(QPointF(scene.grid.width - 5, scene.grid.height - 5)))
    assert len(project.flow) == before + 1
    # leave no Shift behind: Qt remembers the modifiers of the last synthetic mouse event for later tests
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(QPointF(scene.grid.width - 5, scene.grid.height - 5)))
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
