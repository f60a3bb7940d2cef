"""Merging from the GUI: distribute a copy, list the conflicts side by side, choose, apply as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from jcloud_desk.domain.edits import Add, SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.merge_service import OURS, THEIRS, plan_merge
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.ui.dialogs.merge_dialog import MergeDialog
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project


@pytest.fixture()
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture message boxes instead of blocking."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _copies(folder: Path) -> tuple[Path, Path]:
    """Two copies of one distribution, changed apart: one conflicting verdict, one new step there."""
    service = ProjectService()
    master = service.create_from(folder / "master.jcdesk", small_project())
    try:
        mine = service.distribute_copy(master, folder / "mine.jcdesk")
        theirs = service.distribute_copy(master, folder / "theirs.jcdesk")
    finally:
        master.close()
    for path, verdict in ((mine, Verdict.PARTIAL), (theirs, Verdict.GAP)):
        opened = service.open(path)
        try:
            opened.session.apply(SetFields(Ref("judgment", "s-input"), (("verdict", verdict),)))
            if path == theirs:
                opened.session.apply(Add(Step(id="s-new", process_id="proc-1", lane_id="lane-window",
                                              label="通知を送る")))
        finally:
            opened.close()
    return mine, theirs


def test_dialog_lists_conflicts_side_by_side_and_counts_follow_choices(qtbot: object) -> None:
    base = small_project()
    ours, theirs = small_project(), small_project()
    ours.judgment["s-input"].verdict = Verdict.PARTIAL
    theirs.judgment["s-input"].verdict = Verdict.GAP
    theirs.step["s-check"].label = "確認"
    dialog = MergeDialog(plan_merge(ours, theirs, base, source="b.jcdesk"))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.table.rowCount() == 1
    texts = [dialog.table.item(0, column).text() for column in range(5)]
    assert texts == ["転入届 ▸ 住民票を登録 の判定", "両方で変更", "適合", "一部適合", "ギャップ"]
    assert dialog.table.horizontalHeaderItem(3).text() == "自分"
    assert dialog.combos[0].currentData() == OURS and dialog.combos[0].currentText() == "自分"
    assert dialog.counts.rowCount() == 1 and dialog.counts.item(0, 2).text() == "1"  # the step's label
    dialog.all_theirs.click()
    assert dialog.choices() == {("judgment", "s-input", "verdict"): THEIRS}
    assert dialog.counts.rowCount() == 2
    dialog.all_mine.click()
    assert dialog.choices() == {("judgment", "s-input", "verdict"): OURS}
    assert "競合 1 件" in dialog.conflict_label.text()


def test_merge_from_the_file_menu_is_one_undo_step(main_window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, quiet: list[str]) -> None:
    mine, theirs = _copies(tmp_path)
    assert main_window.open_path(mine)
    project = main_window.opened.project  # type: ignore[union-attr]
    action = main_window.findChild(QAction, "action_merge_project")
    assert action is not None and action.text() == "別のプロジェクトファイルを統合(&M)..."
    seen: list[list[str]] = []

    def decide(dialog: MergeDialog) -> int:
        seen.append([dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())])
        dialog.choose(0, THEIRS)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeDialog, "exec", decide)
    assert main_window.merge.merge_file(theirs)
    assert seen == [["転入届 ▸ 住民票を登録 の判定"]]
    assert project.judgment["s-input"].verdict is Verdict.GAP and project.step["s-new"].label == "通知を送る"
    assert main_window.undo_stack.count() == 1
    assert main_window.undo_stack.undoText() == "theirs.jcdesk を統合"
    main_window.undo_stack.undo()
    assert project.judgment["s-input"].verdict is Verdict.PARTIAL and "s-new" not in project.step
    main_window.undo_stack.redo()
    assert project.judgment["s-input"].verdict is Verdict.GAP
    trail = main_window.opened.repository.audit_trail()  # type: ignore[union-attr]
    assert [r["new"] for r in trail if r["entity"] == "merge"][-1].startswith("theirs.jcdesk を統合")
    assert [r["by"] for r in trail if r["entity"] == "merge"] == ["テスト担当"] * 3  # merge, undo, redo


def test_cancel_and_nothing_to_merge_change_nothing(main_window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, quiet: list[str]) -> None:
    mine, theirs = _copies(tmp_path)
    assert main_window.open_path(mine)
    monkeypatch.setattr(MergeDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert not main_window.merge.merge_file(theirs)
    assert main_window.undo_stack.count() == 0
    twin = tmp_path / "twin.jcdesk"
    assert main_window.merge.distribute_copy(twin)
    assert quiet and "twin.jcdesk" in quiet[-1]
    assert not main_window.merge.merge_file(twin)
    assert "ない変更はありません" in quiet[-1]
    assert not main_window.merge.merge_file(mine)  # itself
    assert "統合できません" in quiet[-1]
    with ProjectRepository.open(twin, read_only=True) as copy:
        assert copy.origin_id() in main_window.opened.repository.baseline_ids()  # type: ignore[union-attr]
    assert main_window.findChild(QAction, "action_distribute_copy") is not None
