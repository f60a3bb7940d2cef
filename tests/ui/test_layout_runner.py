"""Auto-layout from the GUI: one undo step; large processes run in the background with cancel."""

from __future__ import annotations

import copy
from pathlib import Path

from pytestqt.qtbot import QtBot

from jcloud_desk.domain import operations
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project, ProjectInfo
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.window.main_window import MainWindow


def _chain_project(steps: int) -> tuple[Project, str]:
    project = Project(info={"project": ProjectInfo(name="大規模")})
    pid, edit = operations.new_process(project, "大きな業務", ["窓口", "担当課", "システム"], ["受付", "処理"])
    edit.apply(project, Change())
    lanes = project.lanes_of(pid)
    phases = project.phases_of(pid)
    previous = ""
    for i in range(steps):
        lane = lanes[i % 3]
        planned = operations.new_step(project, pid, lane.id, phases[i * 2 // steps].id, f"手順{i}",
                                      x=(i * 37) % 500, after=previous)
        planned.edit.apply(project, Change())
        previous = planned.step_id
    return project, pid


def test_small_process_layout_is_one_undo_step(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    before = copy.deepcopy(project)
    main_window.diagram.auto_layout()
    assert main_window.undo_stack.count() == 1
    assert {s.id: s.lane_id for s in project.step.values()} == {s.id: s.lane_id for s in before.step.values()}
    main_window.undo_stack.undo()
    assert project == before


def test_large_process_lays_out_in_the_background(main_window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    project, _pid = _chain_project(360)
    path = tmp_path / "large.jcdesk"
    ProjectService().create_from(path, project).close()
    assert main_window.open_path(path)
    opened = main_window.opened.project  # type: ignore[union-attr]
    lanes_before = {s.id: (s.lane_id, s.phase_id) for s in opened.step.values()}
    with qtbot.waitSignal(main_window.diagram.layout_runner.done, timeout=30_000) as blocker:
        main_window.diagram.auto_layout()
        assert main_window.diagram.layout_runner.task is not None, "large processes run in a worker thread"
    assert blocker.args == [True]
    assert main_window.undo_stack.count() == 1
    assert {s.id: (s.lane_id, s.phase_id) for s in opened.step.values()} == lanes_before


def test_background_layout_can_be_cancelled(main_window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    project, _pid = _chain_project(360)
    path = tmp_path / "cancel.jcdesk"
    ProjectService().create_from(path, project).close()
    assert main_window.open_path(path)
    with qtbot.waitSignal(main_window.diagram.layout_runner.done, timeout=30_000) as blocker:
        main_window.diagram.auto_layout()
        task = main_window.diagram.layout_runner.task
        assert task is not None
        task.cancel()
    assert blocker.args == [False]
    assert main_window.undo_stack.count() == 0
