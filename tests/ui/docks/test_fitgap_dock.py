"""Fit&Gap in the GUI: judgments through the dock, links by type-ahead, suggestions, drag from the catalogue,
customization flag explained, history with the user's name; every change undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.ui.docks.fitgap_dock import WARM_SUGGESTIONS_AFTER_MS
from jcloud_desk.ui.mime import CATALOG_ITEM_MIME
from jcloud_desk.ui.window.main_window import MainWindow


def _open(window: MainWindow, path: Path, step: str) -> None:
    assert window.open_path(path)
    assert window.scene is not None
    window.scene.select_steps([step])


def test_verdict_and_resolution_edits_flag_customization_and_undo(main_window: MainWindow,
                                                                   small_project_file: Path) -> None:
    _open(main_window, small_project_file, "s-check")
    dock = main_window.fitgap_dock
    project = main_window.opened.project  # type: ignore[union-attr]
    dock.verdict.setCurrentIndex(dock.verdict.findData(Verdict.GAP.value))
    dock.verdict.activated.emit(dock.verdict.currentIndex())
    dock.resolution.setCurrentIndex(dock.resolution.findData(Resolution.CUSTOMIZATION.value))
    dock.resolution.activated.emit(dock.resolution.currentIndex())
    assert project.judgment["s-check"].verdict is Verdict.GAP
    assert project.judgment["s-check"].resolution is Resolution.CUSTOMIZATION
    assert "カスタマイズ" in dock.flag.text() and "正当化理由" in dock.flag.text()
    assert main_window.scene.step_items["s-check"]._customization  # type: ignore[union-attr]
    main_window.undo_stack.undo()
    main_window.undo_stack.undo()
    assert "s-check" not in project.judgment
    assert dock.flag.text() == ""


def test_type_ahead_links_an_item_and_history_names_the_user(main_window: MainWindow,
                                                             small_project_file: Path) -> None:
    _open(main_window, small_project_file, "s-check")
    panel = main_window.fitgap_dock.links
    project = main_window.opened.project  # type: ignore[union-attr]
    panel.search.setText("0010003")
    panel.search.returnPressed.emit()
    assert any(lk.step_id == "s-check" and lk.item_id == "item-prohibited" for lk in project.link.values())
    assert panel.links.topLevelItemCount() == 1
    assert "実装不可" in main_window.fitgap_dock.flag.text()
    history = main_window.opened.step_history("s-check")  # type: ignore[union-attr]
    assert history and history[-1]["by"] == "テスト担当" and history[-1]["entity"] == "link"


def test_suggestions_list_and_alt_key_accepts(main_window: MainWindow, small_project_file: Path,
                                              qtbot: QtBot) -> None:
    _open(main_window, small_project_file, "s-check")  # 届出内容を確認 ~ 転入届の登録
    main_window.fitgap_dock.show()
    main_window.fitgap_dock.raise_()
    panel = main_window.fitgap_dock.links
    assert 1 <= panel.suggestions.count() <= 5
    first = str(panel.suggestions.item(0).data(Qt.ItemDataRole.UserRole))
    assert panel.accept_suggestion(0)
    project = main_window.opened.project  # type: ignore[union-attr]
    assert any(lk.step_id == "s-check" and lk.item_id == first for lk in project.link.values())
    assert main_window.undo_stack.count() == 1


def test_drop_catalogue_item_on_step_links_it(main_window: MainWindow, small_project_file: Path) -> None:
    _open(main_window, small_project_file, "s-check")
    scene = main_window.scene
    assert scene is not None
    view = main_window.view
    assert view is not None
    mime = QMimeData()
    mime.setData(CATALOG_ITEM_MIME, b"item-mandatory")
    pos = QPointF(view.mapFromScene(scene.step_items["s-check"].pos()))
    action, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos.toPoint(), action, mime, buttons, mods))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos.toPoint(), action, mime, buttons, mods))
    QApplication.sendEvent(view.viewport(), QDropEvent(pos, action, mime, buttons, mods))
    project = main_window.opened.project  # type: ignore[union-attr]
    assert any(lk.step_id == "s-check" and lk.item_id == "item-mandatory" for lk in project.link.values())
    main_window.undo_stack.undo()
    assert not any(lk.step_id == "s-check" for lk in project.link.values())


def test_catalogue_dock_search_filter_and_users(main_window: MainWindow, small_project_file: Path) -> None:
    _open(main_window, small_project_file, "s-check")
    dock = main_window.catalog_dock
    dock.search.setText("写し")
    dock.select_item("item-optional")
    assert dock.current_item_id() == "item-optional"
    assert dock.users.count() == 1 and "住民票の写しを交付" in dock.users.item(0).text()
    dock.users.itemActivated.emit(dock.users.item(0))
    assert main_window.scene.selected_step_ids() == ["s-issue"]  # type: ignore[union-attr]


def test_a_link_can_have_its_own_verdict(main_window: MainWindow, small_project_file: Path) -> None:
    _open(main_window, small_project_file, "s-input")
    panel = main_window.fitgap_dock.links
    project = main_window.opened.project  # type: ignore[union-attr]
    panel.set_link_verdict("link-input", Verdict.PARTIAL)
    assert project.link["link-input"].verdict is Verdict.PARTIAL
    assert panel.links.topLevelItem(0).text(3) == "一部適合"
    panel.set_link_verdict("link-input", None)
    assert project.link["link-input"].verdict is None
    main_window.undo_stack.undo()
    assert project.link["link-input"].verdict is Verdict.PARTIAL


def test_an_opened_projects_suggestions_are_ready_before_the_first_step_is_clicked(
        main_window: MainWindow, small_project_file: Path, qtbot: QtBot) -> None:
    dock = main_window.fitgap_dock  # built and on screen
    dock.raise_()
    assert main_window.open_path(small_project_file)
    assert dock.links._service is None  # not while the project is being shown
    qtbot.waitUntil(lambda: dock.links._service is not None and dock.links._service._index is not None,
                    timeout=5000)
    assert dock._step_id == ""  # built in idle time, no step selected


def test_a_project_closed_before_its_suggestions_were_built_is_left_alone(
        main_window: MainWindow, small_project_file: Path, qtbot: QtBot) -> None:
    dock = main_window.fitgap_dock
    dock.raise_()
    assert main_window.open_path(small_project_file)
    main_window.file_actions.close()
    qtbot.wait(WARM_SUGGESTIONS_AFTER_MS + 300)
    assert dock.links._service is None
