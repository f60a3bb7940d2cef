"""Settings (user name for the audit trail, language), crash dialog + log, verdict legend, printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar

from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.crash_handler import CrashHandler
from jcloud_desk.ui.dialogs.settings_dialog import SettingsDialog
from jcloud_desk.ui.export.pdf_report import print_diagrams
from jcloud_desk.ui.window.main_window import MainWindow


def test_settings_dialog_writes_name_and_language(qtbot: object, isolated_config_dir: Path) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.user_name.setText("山田 花子")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.apply_to(settings)
    SettingsStore(isolated_config_dir).save(settings)
    again = SettingsStore(isolated_config_dir).load()
    assert again.user_name == "山田 花子" and again.language == "en"
    assert again.display_user() == "山田 花子"


def test_unhandled_exception_is_logged_and_shown_in_japanese(qtbot: object, monkeypatch: pytest.MonkeyPatch,
                                                             isolated_config_dir: Path) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    handler = CrashHandler()
    try:
        raise ValueError("テスト用の想定外エラー")
    except ValueError as error:
        handler.handle(ValueError, error, error.__traceback__)
    assert shown and "プロジェクトは安全" in shown[0][0]
    assert "テスト用の想定外エラー" in shown[0][1] and "Traceback" in shown[0][1]
    assert "テスト用の想定外エラー" in handler.log_path.read_text(encoding="utf-8")
    assert str(isolated_config_dir) in str(handler.log_path)


def test_verdict_overlay_shows_a_legend(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    assert main_window.menus.verdict_action.isChecked()  # on by default
    assert main_window.view is not None and main_window.view.overlay.legend
    labels = [text for _color, text in main_window.view.overlay.legend]
    assert labels[0] == "適合" and "ギャップ" in labels
    overlay = main_window.view.overlay
    main_window.resize(1366, 768)
    QApplication.processEvents()
    box = overlay.legend_rect()  # while editing: one line along the bottom, clear of the steps at the top right
    assert box.height() < 40 and box.bottom() > overlay.height() - 30 and box.width() < overlay.width()
    overlay.set_hints([("1", "適合")])  # presenting (the key strip is shown): the big box top right
    assert overlay.legend_rect().top() < 20 and overlay.legend_rect().height() > 100
    overlay.set_hints(None)
    overlay.resize(160, overlay.height())  # too narrow for the line: the box again
    assert overlay.legend_rect().height() > 100
    main_window.menus.verdict_action.trigger()
    assert not main_window.view.overlay.legend and main_window.scene is not None
    assert not main_window.scene.show_verdicts


def test_print_diagrams_tiles_a_wide_process(main_window: MainWindow, tmp_path: Path) -> None:
    from jcloud_desk.services.project_service import ProjectService

    path = ProjectService().write_sample(tmp_path / "s.jcdesk")
    opened = ProjectService().open(path, read_only=True)
    out = tmp_path / "print.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QPageLayout().margins()))
    process = opened.project.process_named("転入届")
    assert process is not None
    print_diagrams(writer, opened.project, [process.id], main_window.font())
    opened.close()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") >= 1


def test_dashboard_shows_coverage_and_lists(main_window: MainWindow, tmp_path: Path, qtbot: object) -> None:
    from jcloud_desk.services.project_service import ProjectService

    path = ProjectService().write_sample(tmp_path / "dash.jcdesk")
    assert main_window.open_path(path)
    dock = main_window.dashboard_dock
    assert "適合率" in dock.kpis.text()
    assert len(dock.by_process.rows) == 4
    assert dock.by_lane.rows and dock.by_phase.rows
    assert dock.customizations.count() >= 1
    assert dock.unreferenced.count() > 50
    entry = dock.unassessed.item(0)
    _process_id, step_id = entry.data(0x0100)
    dock.unassessed.itemActivated.emit(entry)
    assert main_window.scene is not None and main_window.scene.selected_step_ids() == [step_id]
    dock.unreferenced.itemActivated.emit(dock.unreferenced.item(0))
    assert main_window.catalog_dock.current_item_id() == dock.unreferenced.item(0).data(0x0100)
    dock.resize(1000, 600)
    image = dock.grab()
    assert image.width() > 100


def test_fitgap_form_and_suggestions_fit_a_1366x768_window_without_scrolling(main_window: MainWindow,
                                                                             tmp_path: Path) -> None:
    from PySide6.QtWidgets import QScrollArea

    from jcloud_desk.services.project_service import ProjectService

    path = ProjectService().write_sample(tmp_path / "s.jcdesk")
    main_window.resize(1366, 768)
    assert main_window.open_path(path)
    dock = main_window.fitgap_dock
    dock.show()
    dock.raise_()
    scene, project = main_window.scene, main_window.opened.project  # type: ignore[union-attr]
    assert scene is not None
    step = next(s for s in project.steps_of(scene.process_id) if len(project.links_of_step(s.id)) == 2)
    scene.select_steps([step.id])
    QApplication.processEvents()
    assert dock.links.suggestions.count() == 5
    assert dock.justification.isHidden()  # no customization on this step: no justification row
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea)
    bottom = dock.links.suggestions.mapTo(scroll.widget(), dock.links.suggestions.rect().bottomLeft()).y()
    assert bottom <= scroll.viewport().height(), (bottom, scroll.viewport().height())
    # the right docks take the whole height; the bottom docks' tabs keep their whole names (and scroll)
    assert dock.geometry().bottom() > main_window.checks_dock.geometry().top()
    bars = [bar for bar in main_window.findChildren(QTabBar) if bar.parent() is main_window]
    assert bars and all(bar.elideMode() is Qt.TextElideMode.ElideNone for bar in bars)


def test_revealing_the_review_queue_gives_it_room_to_compare(main_window: MainWindow, tmp_path: Path) -> None:
    from jcloud_desk.services.project_service import ProjectService

    path = ProjectService().write_sample(tmp_path / "s.jcdesk")
    main_window.resize(1366, 768)
    assert main_window.open_path(path)
    QApplication.processEvents()
    dock = main_window.review_dock
    assert dock.height() < 0.4 * main_window.height()  # the bottom docks start short
    dock.reveal()
    QApplication.processEvents()
    assert dock.isVisible() and dock.height() >= 0.4 * main_window.height()


def test_the_editing_legend_wraps_to_two_lines_before_it_becomes_a_box(main_window: MainWindow,
                                                                       small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    overlay = main_window.view.overlay  # type: ignore[union-attr]
    overlay.resize(2000, 500)
    one_line = overlay.legend_rect()
    assert overlay.compact and one_line.bottom() > 470
    overlay.resize(int(one_line.width() * 0.7), 500)  # the line no longer fits: two lines along the bottom
    two_lines = overlay.legend_rect()
    assert overlay.compact and two_lines.bottom() > 470
    assert 1.6 * one_line.height() < two_lines.height() < 2.4 * one_line.height()
    overlay.resize(int(one_line.width() * 0.3), 500)  # would take more lines: the box top right
    assert not overlay.compact and overlay.legend_rect().top() < 20
