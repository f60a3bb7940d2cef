"""The main window fits the screen it opens on and comes back with the user's geometry, dock sizes and tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.main_window import MainWindow
from jcloud_desk.ui.window_state import fitted_geometry


def _window(qtbot: QtBot, store: SettingsStore, settings: Settings) -> MainWindow:
    window = MainWindow(ProjectService(user=lambda: "テスト担当"), store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_fitted_geometry_never_exceeds_a_small_screen() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 minus a task bar
    rect = fitted_geometry(laptop)
    assert laptop.contains(rect) and rect.height() <= 728 - 24 and rect.width() <= 1366
    assert rect.center() == laptop.center()
    assert fitted_geometry(QRect(0, 0, 2560, 1400)).size() == QSize(1440, 900)  # a big screen: the preferred size


def test_first_window_fits_its_screen_and_could_fit_768_px(qtbot: QtBot, isolated_config_dir: Path) -> None:
    window = _window(qtbot, SettingsStore(isolated_config_dir), Settings())
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry()), (window.geometry(), available)
    # every dock can shrink: the window's minimum is below a 1366×768 laptop's usable height
    assert window.minimumSizeHint().height() <= 700 and window.minimumSizeHint().width() <= 1366


def test_geometry_dock_sizes_and_raised_tabs_are_restored(qtbot: QtBot, isolated_config_dir: Path,
                                                          small_project_file: Path) -> None:
    store = SettingsStore(isolated_config_dir)
    first = _window(qtbot, store, Settings())
    first.setGeometry(QRect(30, 40, 760, 700))
    first.open_path(small_project_file)
    first.catalog_dock.raise_()
    first.ledger_dock.raise_()
    first.resizeDocks([first.catalog_dock], [300], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    width = first.catalog_dock.width()
    first.close()
    settings = store.load()
    assert settings.window_geometry and settings.window_state
    second = _window(qtbot, store, settings)
    qtbot.wait(10)  # the dock layout is applied again once the window is on screen
    assert second.geometry().size() == QSize(760, 700)
    assert abs(second.catalog_dock.width() - width) <= 2
    assert not second.catalog_dock.visibleRegion().isEmpty()  # the tab that was raised is raised again
    assert second.properties_dock.visibleRegion().isEmpty()
    assert not second.ledger_dock.visibleRegion().isEmpty() and second.checks_dock.visibleRegion().isEmpty()


def test_fitgap_form_fits_340_px_without_a_horizontal_scrollbar(main_window: MainWindow, small_project_file: Path
                                                                ) -> None:
    main_window.resize(1600, 900)
    main_window.open_path(small_project_file)
    dock = main_window.fitgap_dock
    dock.raise_()
    main_window.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
    assert main_window.scene is not None
    main_window.scene.select_steps(["s-check"])
    QApplication.processEvents()
    assert abs(dock.width() - 340) <= 4
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport().rect()
    for widget in (dock.verdict, dock.resolution, dock.rationale, dock.links.remove):
        rect = QRect(widget.mapTo(scroll.viewport(), widget.rect().topLeft()), widget.size())
        assert viewport.left() <= rect.left() and rect.right() <= viewport.right(), widget


def test_closing_in_presentation_mode_remembers_the_docks_not_the_full_screen(
        qtbot: QtBot, isolated_config_dir: Path, small_project_file: Path) -> None:
    store = SettingsStore(isolated_config_dir)
    first = _window(qtbot, store, Settings())
    first.open_path(small_project_file)
    first.presentation.toggle_action.setChecked(True)
    assert not first.fitgap_dock.isVisible()
    first.close()
    second = _window(qtbot, store, store.load())
    QApplication.processEvents()
    assert not second.isFullScreen()
    assert all(not dock.isHidden() for dock in (second.process_dock, second.properties_dock, second.checks_dock))
