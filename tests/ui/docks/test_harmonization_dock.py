"""The group harmonization dock on the bundled group sample: matrix, filter, mode switch, requests, reveal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from jcloud_desk.analysis.harmonization import CellState
from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.paths import sample_projects_dir
from jcloud_desk.ui.docks.harmonization_dock import MODE_STEPS, HarmonizationDock
from jcloud_desk.ui.models.harmonization_model import STATE_COLORS
from jcloud_desk.ui.window.main_window import MainWindow

NAMES = ["みどり市", "あおば町", "さくら村"]


@pytest.fixture()
def dock(main_window: MainWindow, tmp_path: Path) -> HarmonizationDock:
    path = tmp_path / "group.jcdesk"
    shutil.copy(sample_projects_dir() / "group_sample.jcdesk", path)
    assert main_window.open_path(path)
    dock = main_window.harmonization_dock
    dock.show()
    dock.raise_()
    return dock


def row_of(dock: HarmonizationDock, text: str) -> int:
    return next(i for i, row in enumerate(dock.model.rows) if text in row.texts)


def test_dock_is_registered(main_window: MainWindow) -> None:
    assert main_window.harmonization_dock in main_window.docks()
    assert main_window.harmonization_dock.windowTitle() == "グループ調和マトリクス"
    assert main_window.tabifiedDockWidgets(main_window.ledger_dock).count(main_window.harmonization_dock) == 1


def test_matrix_shows_the_group_sample(dock: HarmonizationDock, qtmodeltester: object) -> None:
    model = dock.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.columnCount() == 6 and model.rowCount() == 22
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == ["機能ID", "機能", "実装区分",
                                                                                 *NAMES]
    row = row_of(dock, "JUKI1-7.2.1-M")
    assert [model.data(model.index(row, c)) for c in range(3, 6)] == ["×", "×", "○"]
    background = model.data(model.index(row, 5), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == STATE_COLORS[CellState.FIT]
    tip = str(model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("みどり市: カスタマイズ") and "庁内他業務システムへ連携" in tip
    blank = row_of(dock, "JUKI1-4.0.3-N")
    assert model.data(model.index(blank, 4)) == ""
    assert model.data(model.index(blank, 4), Qt.ItemDataRole.BackgroundRole) is None
    assert "延べ7件（3機能）" in dock.summary.text() and "延べ4件（2機能）" in dock.summary.text()


def test_filter_only_rows_that_differ(dock: HarmonizationDock) -> None:
    assert dock.proxy.rowCount() == 22
    dock.only_differs.setChecked(True)
    assert dock.proxy.rowCount() == 6
    codes = {dock.proxy.index(r, 0).data() for r in range(dock.proxy.rowCount())}
    assert codes == {"JUKI1-4.0.3-N", "JUKI1-4.0.8-M", "JUKI1-7.1.1.3-O", "JUKI1-7.1.1.4-M", "JUKI1-7.2.1-M",
                     "JUKI1-10.1-M"}
    assert dock.count.text() == "22 行中 6 行"
    dock.mode.setCurrentIndex(dock.mode.findData(MODE_STEPS))
    labels = {dock.proxy.index(r, 2).data() for r in range(dock.proxy.rowCount())}
    assert "受付簿（紙）に手書きで記入" in labels and "本人確認（本人確認書類）" not in labels
    assert all(dock.model.rows[r].differs for r in range(dock.model.rowCount())
               if dock.model.rows[r].texts[2] in labels)
    dock.only_differs.setChecked(False)
    assert dock.proxy.rowCount() == dock.model.rowCount() > len(labels)


def test_requests_table_shows_the_shares(dock: HarmonizationDock, qtmodeltester: object) -> None:
    qtmodeltester.check(dock.requests_model)  # type: ignore[attr-defined]
    model = dock.requests_model
    assert dock.requests.model() is model

    def text(row: int, column: int) -> str:
        return str(model.index(row, column).data())

    assert model.rowCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-3:] == NAMES and headers[0] == "機能ID"
    row = next(r for r in range(3) if text(r, 0) == "JUKI1-4.1.0.3-N")
    assert [text(row, c) for c in range(5, 8)] == ["333,334円／2.17人日", "333,333円／2.17人日", "333,333円／2.16人日"]
    row = next(r for r in range(3) if text(r, 0) == "JUKI1-7.2.1-M")
    assert text(row, 7) == ""
    assert "さくら村" in str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))


def test_clicking_a_cell_reveals_the_step(dock: HarmonizationDock, main_window: MainWindow, qtbot: object) -> None:
    project = main_window.opened.project  # type: ignore[union-attr]
    dock.mode.setCurrentIndex(dock.mode.findData(MODE_STEPS))
    row = row_of(dock, "受付簿（紙）に手書きで記入")
    index = dock.proxy.mapFromSource(dock.model.index(row, 3 + NAMES.index("あおば町")))
    with qtbot.waitSignal(dock.step_activated) as blocker:  # type: ignore[attr-defined]
        dock.table.scrollTo(index)
        rect = dock.table.visualRect(index)
        qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                         pos=rect.center())
    process_id, step_id = blocker.args
    assert project.process[process_id].municipality == "あおば町"
    assert project.step[step_id].label == "受付簿（紙）に手書きで記入"
    scene = main_window.scene
    assert scene is not None and scene.process_id == process_id
    assert scene.selected_step_ids() == [step_id]
    # an empty cell (no step there) reveals nothing
    with qtbot.assertNotEmitted(dock.step_activated):  # type: ignore[attr-defined]
        dock.table.clicked.emit(dock.proxy.mapFromSource(dock.model.index(row, 3)))


def test_edits_refresh_the_matrix_and_closing_clears_it(dock: HarmonizationDock, main_window: MainWindow,
                                                        qtbot: object) -> None:
    project = main_window.opened.project  # type: ignore[union-attr]
    row = row_of(dock, "JUKI1-7.2.1-M")
    sakura = next(p for p in project.processes() if p.municipality == "さくら村")
    step = next(s for s in project.steps_of(sakura.id) if s.label.startswith("庁内他業務"))
    main_window.push_edit(SetFields.of(project.judgment[step.id], verdict=Verdict.PARTIAL), "test")
    qtbot.waitUntil(lambda: dock.model.data(dock.model.index(row, 5)) == "△")  # type: ignore[attr-defined]
    main_window.file_actions.close()
    assert dock.model.rowCount() == 0 and dock.requests_model.rowCount() == 0


def test_a_designated_city_member_shows_the_class_split_by_municipality(
        dock: HarmonizationDock, main_window: MainWindow, qtbot: object) -> None:
    from jcloud_desk.domain.municipality_type import MunicipalityType
    project = main_window.opened.project  # type: ignore[union-attr]
    midori = next(m for m in project.municipality.values() if m.name == "みどり市")
    row = row_of(dock, "JUKI1-7.1.1.3-O")
    assert dock.model.data(dock.model.index(row, 2)) == "標準オプション"
    main_window.push_edit(SetFields.of(midori, category=MunicipalityType.DESIGNATED_CITY), "test")
    expected = "実装必須（みどり市）／標準オプション（あおば町・さくら村）"
    qtbot.waitUntil(lambda: dock.model.data(dock.model.index(row, 2)) == expected)  # type: ignore[attr-defined]
    assert dock.model.data(dock.model.index(row_of(dock, "JUKI1-4.0.8-M"), 2)) == "実装必須"
    assert dock.table.columnWidth(2) <= 230
