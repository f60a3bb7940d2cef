"""Docks out of sight when a project opens (a tab behind another, or closed) read it once first shown, and the
docks behind other tabs at start are built when first shown (LazyDocks); what the user sees is the same as when
every dock is built and reads the project at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.window.dock_specs import CATALOG, LAZY_DOCKS, LEDGER, NOTES
from jcloud_desk.ui.window.lazy_docks import DockSlot
from jcloud_desk.ui.window.main_window import MainWindow


@pytest.fixture()
def lazy_window(qtbot: QtBot, isolated_config_dir: Path) -> Iterator[MainWindow]:
    """A shown MainWindow as the app builds it (lazy docks, the default)."""
    window = MainWindow(ProjectService(user=lambda: "テスト担当"), SettingsStore(isolated_config_dir), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.document.lazy_docks
    yield window
    window.close()


def _ledger_steps(window: MainWindow) -> set[str]:
    return {row.step_id for row in window.ledger_dock.model.rows}


def test_only_docks_on_screen_read_the_opened_project(lazy_window: MainWindow, small_project_file: Path) -> None:
    window = lazy_window
    assert window.checks_dock.out_of_sight() is False and window.ledger_dock.out_of_sight()
    assert window.open_path(small_project_file)
    assert window.ledger_dock.model.project is None  # behind the checks tab: not read yet
    assert window.process_dock.current_process_id() == window.document.process_id  # on screen: read
    window.ledger_dock.raise_()  # the user picks its tab
    assert window.ledger_dock.model.project is window.opened.project  # type: ignore[union-attr]
    assert {"s-check", "s-input", "s-issue"} <= _ledger_steps(window)
    assert window.checks_dock.out_of_sight()  # now the checks dock is the tab behind


def test_edits_and_selection_while_out_of_sight_are_shown_once_raised(lazy_window: MainWindow,
                                                                     small_project_file: Path) -> None:
    window = lazy_window
    assert window.open_path(small_project_file)
    project = window.opened.project  # type: ignore[union-attr]
    window.scene.select_steps(["s-check"])
    assert window.fitgap_dock.heading.text() != project.step["s-check"].label  # not read: behind properties
    window.push_edit(SetFields.of(project.step["s-check"], label="確認する"), "rename")
    window.fitgap_dock.raise_()
    assert "確認する" in window.fitgap_dock.heading.text()
    dock = window.fitgap_dock
    dock.verdict.setCurrentIndex(dock.verdict.findData(Verdict.GAP.value))
    dock.verdict.activated.emit(dock.verdict.currentIndex())
    assert project.judgment["s-check"].verdict is Verdict.GAP
    window.undo_stack.undo()
    assert "s-check" not in project.judgment
    window.undo_stack.undo()
    assert project.step["s-check"].label != "確認する" and "確認する" not in dock.heading.text()


def test_a_closed_dock_reads_the_project_when_opened_again(lazy_window: MainWindow, small_project_file: Path,
                                                           tmp_path: Path) -> None:
    window = lazy_window
    window.ledger_dock.close()
    assert window.open_path(small_project_file)
    assert window.ledger_dock.model.project is None
    window.ledger_dock.ensure_current()  # a caller that needs its rows without showing it
    assert {"s-check", "s-input", "s-issue"} <= _ledger_steps(window)
    other = tmp_path / "other.jcdesk"
    other.write_bytes(small_project_file.read_bytes())
    assert window.open_path(other)  # read the first one, out of sight again when the next opens
    first_model_project = window.ledger_dock.model.project
    assert first_model_project is not window.opened.project  # type: ignore[union-attr]
    window.ledger_dock.show()
    window.ledger_dock.raise_()
    assert window.ledger_dock.model.project is window.opened.project  # type: ignore[union-attr]


def test_every_dock_reads_at_once_when_lazy_docks_is_off(lazy_window: MainWindow, small_project_file: Path) -> None:
    window = lazy_window
    window.document.lazy_docks = False
    assert window.open_path(small_project_file)
    assert {"s-check", "s-input", "s-issue"} <= _ledger_steps(window)


def _tabs(window: MainWindow) -> set[tuple[str, ...]]:
    """The tab groups (Qt keeps tab bars of earlier layouts around: each group once)."""
    return {tuple(bar.tabText(i) for i in range(bar.count())) for bar in window.findChildren(QTabBar)
            if bar.count() > 2}


def test_docks_behind_tabs_start_as_slots_with_the_docks_own_titles(lazy_window: MainWindow) -> None:
    window = lazy_window
    assert not any(window.lazy.is_built(spec.name) for spec in LAZY_DOCKS)
    slots = {spec.name: window.lazy.current(spec.name) for spec in LAZY_DOCKS}
    assert all(isinstance(slot, DockSlot) for slot in slots.values())
    titles = {name: slot.windowTitle() for name, slot in slots.items()}
    minimum = window.minimumSize()
    tabs = _tabs(window)
    for spec in LAZY_DOCKS:
        dock = window.lazy.get(spec.name)
        assert not isinstance(dock, DockSlot) and dock.objectName() == spec.name
        assert dock.windowTitle() == titles[spec.name]  # DockSpec.title is the dock's own text
    QApplication.processEvents()
    assert _tabs(window) == tabs  # every dock took its slot's tab, in the same order
    assert window.minimumSize() == minimum
    assert not any(isinstance(dock, DockSlot) for dock in window.docks())
    view_menu = window.menus.view_menu.actions()
    assert all(dock.toggleViewAction() in view_menu for dock in window.docks())


def test_picking_a_slots_tab_builds_the_dock_in_its_place_with_the_project(lazy_window: MainWindow,
                                                                          small_project_file: Path,
                                                                          qtbot: QtBot) -> None:
    window = lazy_window
    assert window.open_path(small_project_file)
    window.lazy.current(LEDGER.name).raise_()  # the user picks the tab
    qtbot.waitUntil(lambda: window.lazy.is_built(LEDGER.name))
    ledger = window.ledger_dock
    assert not ledger.out_of_sight() and window.checks_dock.out_of_sight()  # it is the current tab
    assert {"s-check", "s-input", "s-issue"} <= _ledger_steps(window)
    project = window.opened.project  # type: ignore[union-attr]
    window.push_edit(SetFields.of(project.step["s-check"], label="確認する"), "rename")
    assert "確認する" in {row.step_label for row in ledger.model.rows}
    window.undo_stack.undo()
    assert "確認する" not in {row.step_label for row in ledger.model.rows}


def test_a_closed_slot_stays_closed_when_its_dock_is_built(lazy_window: MainWindow) -> None:
    window = lazy_window
    window.lazy.current(NOTES.name).close()
    assert window.notes_dock.isHidden()
    window.notes_dock.toggleViewAction().trigger()
    assert not window.notes_dock.isHidden()


def test_asking_for_a_catalogue_item_builds_the_catalogue_dock(lazy_window: MainWindow,
                                                               small_project_file: Path) -> None:
    window = lazy_window
    assert window.open_path(small_project_file)
    assert not window.lazy.is_built(CATALOG.name)
    window.document.show_item("item-mandatory")
    assert window.lazy.is_built(CATALOG.name)
    assert window.catalog_dock.current_item_id() == "item-mandatory"


def test_an_edit_that_is_not_a_link_builds_no_dock(lazy_window: MainWindow, small_project_file: Path) -> None:
    # learning evidence is recorded for link edits only: a step edit must not build the Fit&Gap dock and its
    # suggestion index (that took 0.4 s on the first drag of a session)
    window = lazy_window
    assert window.open_path(small_project_file)
    project = window.opened.project  # type: ignore[union-attr]
    window.push_edit(SetFields.of(project.step["s-check"], x=project.step["s-check"].x + 40), "move")
    window.document.undo_stack.undo()
    assert not any(window.lazy.is_built(spec.name) for spec in LAZY_DOCKS)


def test_building_a_dock_shows_the_wait_cursor_and_restores_it(lazy_window: MainWindow, small_project_file: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from jcloud_desk.ui.docks import fitgap_dock

    seen: list[object] = []
    original = fitgap_dock.FitGapDock.read_open_project

    def reading(self: object) -> None:  # the dock reads the project while the wait cursor is up
        override = QApplication.overrideCursor()
        seen.append(override.shape() if override is not None else None)
        original(self)  # type: ignore[arg-type]

    monkeypatch.setattr(fitgap_dock.FitGapDock, "read_open_project", reading)
    assert lazy_window.open_path(small_project_file)
    lazy_window.fitgap_dock.raise_()
    from PySide6.QtCore import Qt
    assert seen == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None
