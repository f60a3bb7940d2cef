"""Docks without a step are empty; verdict colours are remembered and always on while presenting; Qt's own
dialogs speak Japanese; the window is on screen before the project loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.app import open_after_first_frame
from jcloud_desk.ui.main_window import MainWindow


def _assert_cleared(window: MainWindow) -> None:
    fitgap, props = window.fitgap_dock, window.properties_dock
    assert fitgap.heading.text() == "手順を選択してください。" or not fitgap.verdict.isEnabled()
    assert fitgap.verdict.currentIndex() == -1 and fitgap.decision.currentIndex() == -1
    assert fitgap.owner.text() == "" and fitgap.rationale.toPlainText() == "" and fitgap.due_on.text() == ""
    assert fitgap.links.links.topLevelItemCount() == 0
    assert props.label.text() == "" and props.step_no.text() == "" and props.notes.toPlainText() == ""
    assert props.kind.currentIndex() == -1 and props.lane.count() == 0
    assert all(field.text() == "" for field in props.attrs.values())


def test_docks_are_cleared_when_no_step_is_selected(main_window: MainWindow, small_project_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    assert main_window.open_path(small_project_file)
    scene = main_window.scene
    assert scene is not None
    scene.select_steps(["s-check"])  # judged, linked, with a label and notes
    assert main_window.fitgap_dock.verdict.currentIndex() >= 0 and main_window.properties_dock.label.text()
    scene.select_steps([])
    _assert_cleared(main_window)
    # a new flow starts with empty docks too
    scene.select_steps(["s-check"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("転出届", True))
    pid = main_window.structure.new_process()
    qtbot.waitUntil(lambda: main_window.scene is not None and main_window.scene.process_id == pid)
    _assert_cleared(main_window)


def test_verdict_colours_are_remembered(qtbot: QtBot, isolated_config_dir: Path, small_project_file: Path) -> None:
    store = SettingsStore(isolated_config_dir)
    first = MainWindow(ProjectService(), store, Settings())
    qtbot.addWidget(first)
    first.open_path(small_project_file)
    assert first.scene is not None and first.scene.show_verdicts  # on by default
    first.menus.verdict_action.trigger()
    assert not first.scene.show_verdicts
    first.close()
    assert store.load().show_verdicts is False
    second = MainWindow(ProjectService(), store, store.load())
    qtbot.addWidget(second)
    second.open_path(small_project_file)
    assert not second.menus.verdict_action.isChecked() and second.scene is not None and not second.scene.show_verdicts


def test_presentation_mode_shows_verdicts_keys_and_confirms_each_tag(main_window: MainWindow,
                                                                     small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    main_window.menus.verdict_action.trigger()  # the user switched colours off…
    scene, view = main_window.scene, main_window.view
    assert scene is not None and view is not None and not scene.show_verdicts
    main_window.presentation.toggle_action.setChecked(True)
    try:
        assert scene.show_verdicts and view.overlay.legend  # …presentation mode shows them anyway
        keys = [k for k, _t in view.overlay.hints or []]
        assert keys == ["1", "2", "3", "4", "5", "6", "N", "P", "Esc"]
        assert view.overlay.scale > 1.5  # readable from the back of the room
        assert not main_window.presentation.tag(Verdict.GAP)  # nothing selected: says so
        assert "手順を選んで" in view.overlay.flash_text
        scene.select_steps(["s-input"])
        assert main_window.presentation.tag(Verdict.GAP)
        label = main_window.opened.project.step["s-input"].label  # type: ignore[union-attr]
        assert view.overlay.flash_text.startswith("5  ギャップ") and label in view.overlay.flash_text
        assert main_window.undo_stack.text(main_window.undo_stack.index() - 1) == f"判定の入力: {label}"
        for step in main_window.opened.project.steps_of(scene.process_id):  # type: ignore[union-attr]
            scene.select_steps([step.id])
            main_window.presentation.tag(Verdict.FIT)
        assert not main_window.presentation.jump(1) and "すべて判定済み" in view.overlay.flash_text
        scene.select_steps(["s-input"])
        main_window.presentation.tag(Verdict.GAP)
        image = view.overlay.grab().toImage()
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        assert centre.red() > 180 and centre.green() < 110  # the confirmation is drawn in the gap colour
    finally:
        main_window.presentation.toggle_action.setChecked(False)
    assert not scene.show_verdicts and not view.overlay.hints and not view.overlay.flash_text
    assert main_window.settings.show_verdicts is False


def test_qt_file_dialog_is_japanese() -> None:
    dialog = QFileDialog(None, "開く")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "アドレス(&L):" in texts and "ファイルの種類(&T):" in texts and "ファイル名(&N):" in texts
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "フォルダ"
    # texts nobody translates stay as they are (the gap filler must not blank them)
    assert QCoreApplication.translate("QFileDialog", "no such text 123") == "no such text 123"
    assert QCoreApplication.translate("SomeDock", "Untranslated") == "Untranslated"
    dialog.deleteLater()


def test_window_is_shown_before_the_project_loads(qtbot: QtBot, isolated_config_dir: Path,
                                                  small_project_file: Path) -> None:
    window = MainWindow(ProjectService(), SettingsStore(isolated_config_dir), Settings())
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    open_after_first_frame(app, window, small_project_file)
    assert window.isVisible() and window.opened is None  # chrome first…
    assert "small.jcdesk" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.opened is not None)  # …then the project
    assert window.scene is not None and window.scene.step_items
    window.close()
    qtbot.wait(10)  # the view's deleteLater, before pytest-qt deletes the window
