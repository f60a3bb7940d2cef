"""The As-Is → To-Be diff view: both diagrams, coloured outlines on the right steps, synchronised selection,
the Process menu action (with and without an origin), a PDF report with the diff table."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Change, Edit, SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR, duplicate_process, new_step
from jcloud_desk.domain.process import ProcessKind, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.services.report_service import build_report_data
from jcloud_desk.ui.dialogs.diff_dialog import (
    ADDED_COLOR,
    MOVED_COLOR,
    REMOVED_COLOR,
    VERDICT_COLOR,
    DiffDialog,
)
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project


def _apply(project: Project, edit: Edit | None) -> None:
    assert edit is not None
    edit.apply(project, Change())


def changed_pair() -> tuple[Project, str, dict[str, str]]:
    """small_project + To-Be copy: 住民票を登録 removed, a step added, 交付 to the system lane, 確認 judged a gap,
    終了 moved."""
    project = small_project()
    to_id, edit = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "転入届（To-Be）")
    _apply(project, edit)
    c = {s.attrs[ORIGIN_STEP_ATTR]: s.id for s in project.steps_of(to_id)}
    system = next(x.id for x in project.lanes_of(to_id) if x.name == "システム")
    review = next(x.id for x in project.phases_of(to_id) if x.name == "審査")
    _apply(project, remove_steps(project, [c["s-input"]]))
    added = new_step(project, to_id, system, review, "マイナンバーで照会", StepKind.SYSTEM_TASK, after=c["s-check"])
    _apply(project, added.edit)
    c["added"] = added.step_id
    _apply(project, SetFields.of(project.step[c["s-issue"]], lane_id=system))
    _apply(project, set_judgment(project, c["s-check"], verdict=Verdict.GAP))
    _apply(project, SetFields.of(project.step[c["s-end"]], x=project.step[c["s-end"]].x + 60.0))
    return project, to_id, c


def _row(dialog: DiffDialog, change: str, step: str) -> QTreeWidgetItem:
    for index in range(dialog.changes.topLevelItemCount()):
        row = dialog.changes.topLevelItem(index)
        if row is not None and (row.text(0), row.text(1)) == (change, step):
            return row
    raise AssertionError(f"no row {change} {step}")


def _color(dialog: DiffDialog, side: str, step_id: str) -> QColor | None:
    scene = dialog.from_scene if side == "from" else dialog.to_scene
    return scene.step_items[step_id].highlight


def test_both_diagrams_with_highlights_and_list(qtbot: object, tmp_path: Path) -> None:
    project, to_id, c = changed_pair()
    dialog = DiffDialog(project, "proc-1", to_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.from_scene.process_id == "proc-1" and dialog.to_scene.process_id == to_id
    assert set(dialog.from_scene.step_items) == {s.id for s in project.steps_of("proc-1")}
    assert set(dialog.to_scene.step_items) == {s.id for s in project.steps_of(to_id)}
    assert _color(dialog, "from", "s-input") == REMOVED_COLOR
    assert _color(dialog, "to", c["added"]) == ADDED_COLOR
    assert _color(dialog, "from", "s-issue") == MOVED_COLOR == _color(dialog, "to", c["s-issue"])
    assert _color(dialog, "from", "s-end") == MOVED_COLOR == _color(dialog, "to", c["s-end"])
    assert _color(dialog, "from", "s-check") == VERDICT_COLOR == _color(dialog, "to", c["s-check"])
    assert _color(dialog, "from", "s-start") is None and _color(dialog, "to", c["s-start"]) is None
    # read-only: steps cannot be dragged
    assert not dialog.to_scene.step_items[c["added"]].flags() & dialog.to_scene.step_items[c["added"]]\
        .GraphicsItemFlag.ItemIsMovable
    texts = [(r.text(0), r.text(1), r.text(2), r.text(3)) for r in
             (dialog.changes.topLevelItem(i) for i in range(dialog.changes.topLevelItemCount())) if r is not None]
    assert ("部署変更", "住民票の写しを交付", "窓口", "システム") in texts
    assert ("判定変更", "届出内容を確認", "未判定", "ギャップ") in texts
    assert ("削除", "住民票を登録", "システム／審査", "") in texts
    assert ("追加", "マイナンバーで照会", "", "システム／審査") in texts
    assert any(t[0] == "流れの削除" for t in texts) and any(t[0] == "流れの追加" for t in texts)
    assert "変更のない手順 1 件" in dialog.summary.text()
    dialog.resize(1500, 900)
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert not dialog.grab().isNull()
    dialog.grab().save(str(tmp_path / "diff.png"))


def test_clicking_a_change_selects_and_centres_on_both_sides(qtbot: object) -> None:
    project, to_id, c = changed_pair()
    dialog = DiffDialog(project, "proc-1", to_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    row = _row(dialog, "部署変更", "住民票の写しを交付")
    dialog.changes.scrollToItem(row)
    center = dialog.changes.visualItemRect(row).center()
    qtbot.mouseClick(dialog.changes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(center))  # type: ignore
    assert dialog.changes.currentItem() is row
    assert dialog.from_scene.selected_step_ids() == ["s-issue"]
    assert dialog.to_scene.selected_step_ids() == [c["s-issue"]]
    # removed: only the As-Is side has it
    dialog.changes.setCurrentItem(_row(dialog, "削除", "住民票を登録"))
    assert dialog.from_scene.selected_step_ids() == ["s-input"]
    assert dialog.to_scene.selected_step_ids() == []
    # a step clicked on the To-Be side selects its As-Is twin and its change
    dialog.to_scene.select_steps([c["s-check"]])
    assert dialog.from_scene.selected_step_ids() == ["s-check"]
    current = dialog.changes.currentItem()
    assert current is not None and current.text(1) == "届出内容を確認"


def test_stacked_layout_and_scrolling_together(qtbot: object) -> None:
    project, to_id, _c = changed_pair()
    dialog = DiffDialog(project, "proc-1", to_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.sides.orientation() == Qt.Orientation.Horizontal
    dialog.stacked.setChecked(True)
    assert dialog.sides.orientation() == Qt.Orientation.Vertical
    dialog.from_view.set_zoom(3.0)
    assert dialog.to_view.zoom() == pytest.approx(3.0)
    bar = dialog.from_view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert dialog.to_view.horizontalScrollBar().value() == bar.value() > 0
    dialog.scroll_together.setChecked(False)
    bar.setValue(0)
    assert dialog.to_view.horizontalScrollBar().value() > 0


def test_identical_copy_says_no_differences(qtbot: object) -> None:
    project = small_project()
    to_id, edit = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "copy")
    _apply(project, edit)
    dialog = DiffDialog(project, "proc-1", to_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    item = dialog.changes.topLevelItem(0)
    assert dialog.changes.topLevelItemCount() == 1 and item is not None and item.text(0) == "差分はありません"
    assert all(i.highlight is None for i in dialog.to_scene.step_items.values())


def _dialogs(window: MainWindow) -> list[DiffDialog]:
    return [d for d in window.findChildren(DiffDialog) if d.isVisible()]


def test_process_menu_compares_with_the_origin_or_asks(main_window: MainWindow, small_project_file: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert main_window.open_path(small_project_file)
    assert main_window.opened is not None and main_window.scene is not None
    project = main_window.opened.project
    action = main_window.findChild(type(main_window.menus.verdict_action), "action_compare_as_is")
    assert action is not None and action.text() == "As-Is と比較(&C)..."
    # 転入届 has no origin and is the only process: nothing to compare with
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *args: None)
    action.trigger()
    assert _dialogs(main_window) == []
    to_id, edit = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "転入届（To-Be）")
    main_window.push_edit(edit, "duplicate")
    main_window.document.set_process(to_id)
    action.trigger()
    dialogs = _dialogs(main_window)
    assert len(dialogs) == 1
    assert (dialogs[0].diff.from_id, dialogs[0].diff.to_id) == ("proc-1", to_id)
    assert dialogs[0].isModal() or dialogs[0].windowModality() != Qt.WindowModality.NonModal
    dialogs[0].close()
    # from a process without an origin, the user picks the process to compare with
    main_window.document.set_process("proc-1")
    asked: list[list[str]] = []

    def pick(_parent: object, _title: str, _label: str, names: list[str], *_args: object) -> tuple[str, bool]:
        asked.append(list(names))
        return "転入届（To-Be）", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    action.trigger()
    assert asked == [["転入届（To-Be）"]]
    dialogs = [d for d in _dialogs(main_window) if d.diff.to_id == "proc-1"]
    assert len(dialogs) == 1 and dialogs[0].diff.from_id == to_id
    dialogs[0].close()


def test_pdf_report_has_a_diff_page(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QFont

    from jcloud_desk.ui.export.pdf_report import write_pdf_report

    project, _to_id, _c = changed_pair()
    data = build_report_data(project, "2025-05-01 10:00")
    assert data.diff
    with_diff = write_pdf_report(project, data, tmp_path / "with.pdf", QFont())
    without = write_pdf_report(project, replace(data, diff=()), tmp_path / "without.pdf", QFont())
    pages = [len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes())) for path in (with_diff, without)]
    assert pages[1] > 0 and pages[0] == pages[1] + 1
