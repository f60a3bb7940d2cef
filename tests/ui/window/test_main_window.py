"""The main window opens projects, draws the selected process and reports counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.dialogs.about_dialog import AboutDialog
from jcloud_desk.ui.scene.items.lane_item import LaneItem, PhaseHeaderItem
from jcloud_desk.ui.window.main_window import MainWindow


def test_opens_small_project_and_draws_it(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    scene = main_window.scene
    assert scene is not None
    assert set(scene.step_items) == {"s-start", "s-check", "s-input", "s-issue", "s-end"}
    assert len(scene.flow_items) == 4
    assert sum(isinstance(i, LaneItem) for i in scene.items()) == 2
    assert sum(isinstance(i, PhaseHeaderItem) for i in scene.items()) == 3
    counts = main_window.statusBar().findChildren(type(main_window.status.counts))[0].text()
    assert "手順 5（うち判定対象の作業 3）" in counts
    assert "住民記録テスト" in main_window.windowTitle()


def test_sample_project_opens_with_processes(main_window: MainWindow, tmp_path: Path) -> None:
    path = ProjectService().write_sample(tmp_path / "sample.jcdesk")
    assert main_window.open_path(path)
    assert main_window.opened is not None
    assert main_window.process_dock.count() >= 3
    assert main_window.scene is not None and len(main_window.scene.step_items) >= 15
    # switching process redraws the scene with that process's steps
    main_window.process_dock.select_row(1)
    second = main_window.process_dock.current_process_id()
    assert main_window.scene.process_id == second
    expected = {s.id for s in main_window.opened.project.steps_of(second)}
    assert set(main_window.scene.step_items) == expected


def test_drag_moves_step_to_other_lane_as_one_undo_step(main_window: MainWindow, small_project_file: Path,
                                                        qtbot: object) -> None:
    main_window.open_path(small_project_file)
    scene, view = main_window.scene, main_window.view
    assert scene is not None and view is not None
    view.set_zoom(1.0)
    item = scene.step_items["s-check"]
    lane_system = main_window.opened.project.lane["lane-system"]  # type: ignore[union-attr]
    start = view.mapFromScene(item.pos())
    target = view.mapFromScene(item.pos() + QPointF(0, lane_system.size))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)  # type: ignore[attr-defined]
    qtbot.mouseMove(view.viewport(), pos=target)  # type: ignore[attr-defined]
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)  # type: ignore[attr-defined]
    project = main_window.opened.project  # type: ignore[union-attr]
    assert project.step["s-check"].lane_id == "lane-system"
    assert main_window.undo_stack.count() == 1
    main_window.undo_stack.undo()
    assert project.step["s-check"].lane_id == "lane-window"
    window_band = main_window.opened.project.lane["lane-window"]  # type: ignore[union-attr]
    assert scene.step_items["s-check"].pos().y() < 36 + window_band.size  # redrawn from the model
    # the move was persisted (autosave): reopen read-only and compare
    main_window.undo_stack.redo()
    reopened = ProjectService().open(small_project_file, read_only=True)
    assert reopened.project.step["s-check"].lane_id == "lane-system"
    reopened.close()


def test_second_window_is_offered_read_only(main_window: MainWindow, small_project_file: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    holder = ProjectService().open(small_project_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        assert main_window.open_path(small_project_file)
        assert main_window.opened is not None and main_window.opened.read_only
        assert "読み取り専用" in main_window.windowTitle()
    finally:
        holder.close()


def test_broken_file_shows_japanese_error_and_is_untouched(main_window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "renamed.jcdesk"
    bad.write_bytes(b"PK\x03\x04 not really a project")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert not main_window.open_path(bad)
    assert shown and "プロジェクトファイルではありません" in shown[0]
    assert bad.read_bytes() == b"PK\x03\x04 not really a project"


def test_about_box_lists_attributions(qtbot: object) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    text = dialog.text.toPlainText()
    assert "総務省" in text
    assert "IPA" in text


def test_bundled_sample_exists() -> None:
    assert default_sample_path().exists()


def test_reopening_restores_process_and_zoom(main_window: MainWindow, tmp_path: Path, qtbot: object,
                                             isolated_config_dir: Path) -> None:
    from jcloud_desk.services.settings import SettingsStore

    path = ProjectService().write_sample(tmp_path / "again.jcdesk")
    assert main_window.open_path(path)
    main_window.process_dock.select_row(2)
    chosen = main_window.process_dock.current_process_id()
    main_window.diagram.zoom_to(1.3)
    main_window.close()
    settings = SettingsStore(isolated_config_dir).load()
    assert settings.recent_files[0] == str(path.resolve())
    again = MainWindow(ProjectService(), SettingsStore(isolated_config_dir), settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.show()
    assert again.open_path(Path(settings.recent_files[0]))
    assert again.scene is not None and again.scene.process_id == chosen
    assert again.view is not None and abs(again.view.zoom() - 1.3) < 0.01


def test_lane_names_stay_visible_when_scrolled_right(main_window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor

    assert main_window.open_path(ProjectService().write_sample(tmp_path / "wide.jcdesk"))
    view, scene = main_window.view, main_window.scene
    assert view is not None and scene is not None
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    lane = scene.grid.lanes[1]
    band = scene.grid.lane_rect(lane.id)
    y = view.mapFromScene(QPointF(band.x + band.w / 2, band.y + band.h - 6)).y()
    image = view.viewport().grab().toImage()
    assert QColor(image.pixel(3, y)) == QColor(223, 232, 243), "a header strip is painted at the left edge"


def test_process_tree_nests_sub_processes(main_window: MainWindow, small_project_file: Path) -> None:
    from jcloud_desk.domain import operations
    from jcloud_desk.domain.edits import SetFields

    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    child_id, edit = operations.new_process(project, "本人確認の詳細", ["窓口"], [])
    main_window.push_edit(edit, "new process")
    main_window.push_edit(SetFields.of(project.step["s-check"], subprocess_id=child_id), "link")
    top = main_window.process_dock.tree.topLevelItem(0)
    assert main_window.process_dock.tree.topLevelItemCount() == 1, "the sub-process is not a top-level row"
    assert top.childCount() == 1 and top.child(0).data(0, 0x0100) == child_id
    assert main_window.process_dock.process_ids() == ["proc-1", child_id]
