"""The Fit&Gap ledger table: rows per step × item, filters, in-place edits through undoable commands."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.ui.models.ledger_table_model import COLUMNS
from jcloud_desk.ui.window.main_window import MainWindow


def _column(field: str) -> int:
    return next(i for i, (_key, f) in enumerate(COLUMNS) if f == field)


def test_ledger_rows_filters_and_editing(main_window: MainWindow, small_project_file: Path, qtmodeltester: object
                                         ) -> None:
    assert main_window.open_path(small_project_file)
    dock = main_window.ledger_dock
    model = dock.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    steps = {r.step_id for r in model.rows}
    assert {"s-check", "s-input", "s-issue"} <= steps
    dock.verdict.setCurrentIndex(dock.verdict.findData(Verdict.PARTIAL.value))
    assert dock.proxy.rowCount() == 1  # s-issue: the link's own verdict (一部適合) overrides the step's ギャップ
    dock.verdict.setCurrentIndex(0)
    dock.text.setText("写し")
    assert dock.proxy.rowCount() == 1
    dock.text.setText("")
    row = next(i for i, r in enumerate(model.rows) if r.step_id == "s-check")
    index = model.index(row, _column("resolution"))
    assert model.setData(index, Resolution.EUC.value, Qt.ItemDataRole.EditRole)
    project = main_window.opened.project  # type: ignore[union-attr]
    assert project.judgment["s-check"].resolution is Resolution.EUC
    assert model.data(model.index(row, _column("resolution"))) == "帳票・EUCで対応"
    assert model.setData(model.index(row, _column("owner")), "住民課 記録係", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(row, _column("due_on")), "来週", Qt.ItemDataRole.EditRole)
    assert main_window.undo_stack.count() == 2
    main_window.undo_stack.undo()
    main_window.undo_stack.undo()
    assert "s-check" not in project.judgment
    # edits from elsewhere (the diagram's dock) show up in the table
    main_window.scene.select_steps(["s-check"])  # type: ignore[union-attr]
    fitgap = main_window.fitgap_dock
    fitgap.verdict.setCurrentIndex(fitgap.verdict.findData(Verdict.FIT.value))
    fitgap.verdict.activated.emit(fitgap.verdict.currentIndex())
    row = next(i for i, r in enumerate(model.rows) if r.step_id == "s-check")
    assert model.data(model.index(row, _column("verdict"))) == "適合"
