"""The 標準オプション dock: decide per municipality in place, with vendor availability; one undo step per cell."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.domain.vendor import OptionStatus
from jcloud_desk.ui.docks.option_decisions_dock import OptionDecisionsDock
from jcloud_desk.ui.main_window import MainWindow
from jcloud_desk.ui.models.option_decisions_model import COLUMNS


def _column(key: str) -> int:
    return [k for k, _e in COLUMNS].index(key)


def test_decide_and_undo(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    dock = next(d for d in main_window.forms_docks if isinstance(d, OptionDecisionsDock))
    model = dock.model
    assert model.rowCount() == 1  # small_project has one 標準オプション
    project = main_window.opened.project  # type: ignore[union-attr]
    status = model.index(0, _column("status"))
    assert model.setData(status, OptionStatus.REJECTED.value)
    decision = next(iter(project.option_decision.values()))
    assert decision.status is OptionStatus.REJECTED and decision.decided_on  # dated when first decided
    assert model.setData(model.index(0, _column("reason")), "窓口で対応")
    assert "item-optional" not in adopted_option_ids(project)
    assert not model.setData(status, "")  # no way back to 未決定 by editing: 保留 is the "not yet"
    assert main_window.undo_stack.count() == 2
    main_window.undo_stack.undo()
    main_window.undo_stack.undo()
    assert project.option_decision == {}
    assert model.data(model.index(0, _column("decided_on"))) == ""
    assert model.data(status, 2) == ""  # EditRole: undecided
