"""Workshop records (decisions, action items, comments) and presentation mode (projector, keys 1–6, N/P)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.workshop import NoteKind, NoteStatus
from jcloud_desk.ui.window.main_window import MainWindow


def _add(window: MainWindow, kind: NoteKind, text: str, owner: str = "", due: str = "") -> None:
    dock = window.notes_dock
    dock.kind.setCurrentIndex(dock.kind.findData(kind.value))
    dock.owner.setText(owner)
    dock.due.setText(due)
    dock.text.setPlainText(text)
    dock.add_note()


def test_notes_on_steps_and_processes_with_minutes(main_window: MainWindow, small_project_file: Path,
                                                   tmp_path: Path) -> None:
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    main_window.scene.select_steps(["s-check"])  # type: ignore[union-attr]
    _add(main_window, NoteKind.DECISION, "本人確認書類は2点に統一する")
    _add(main_window, NoteKind.ACTION, "様式案を作る", owner="住民課 田中", due="2026-12-10")
    main_window.scene.select_steps([])  # type: ignore[union-attr]
    _add(main_window, NoteKind.COMMENT, "全体として窓口の待ち時間が課題")
    notes = list(project.note.values())
    assert [n.kind for n in notes] == [NoteKind.DECISION, NoteKind.ACTION, NoteKind.COMMENT]
    assert notes[0].step_id == "s-check" and notes[2].step_id == ""
    assert notes[1].author == "テスト担当" and notes[1].created_at
    assert main_window.undo_stack.count() == 3
    action_item = main_window.notes_dock.tree.topLevelItem(1).child(0)
    main_window.notes_dock.tree.itemDoubleClicked.emit(action_item, 0)
    assert project.note[notes[1].id].status is NoteStatus.DONE
    out = tmp_path / "minutes.xlsx"
    assert main_window.transfer.export_minutes(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["決定事項", "宿題", "コメント"]
    assert book["宿題"]["C2"].value == "様式案を作る" and book["宿題"]["F2"].value == "完了"
    assert book["決定事項"]["B2"].value.endswith("届出内容を確認")
    for sheet in book.worksheets:  # printed like the reports: A4 landscape, headings repeated, page numbers
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
        assert sheet.print_title_rows == "$1:$1" and "&P" in (sheet.oddFooter.right.text or "")
        assert sheet.oddHeader.left.text == project.meta.name.replace("&", "&&")
    pdf = tmp_path / "minutes.pdf"
    assert main_window.transfer.export_minutes(pdf) and pdf.read_bytes().startswith(b"%PDF")
    for _ in range(4):
        main_window.undo_stack.undo()
    assert not project.note


def test_presentation_mode_tags_with_number_keys_and_jumps(main_window: MainWindow, tmp_path: Path,
                                                           qtbot: QtBot) -> None:
    from jcloud_desk.services.project_service import ProjectService

    assert main_window.open_path(ProjectService().write_sample(tmp_path / "sample.jcdesk"))
    project = main_window.opened.project  # type: ignore[union-attr]
    main_window.presentation.toggle_action.trigger()
    assert main_window.presentation.active
    assert all(not d.isVisible() for d in main_window.docks())
    assert main_window.view is not None and main_window.view.zoom() > 1.2
    assert main_window.presentation.jump(1)
    first = main_window.scene.selected_step_ids()  # type: ignore[union-attr]
    assert first and project.verdict_of(first[0]) is Verdict.UNASSESSED
    main_window.activateWindow()
    main_window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    assert project.verdict_of(first[0]) is Verdict.GAP
    qtbot.keyClick(QApplication.focusWidget() or main_window.view, Qt.Key.Key_N)
    second = main_window.scene.selected_step_ids()  # type: ignore[union-attr]
    assert second and second != first
    main_window.presentation.toggle_action.trigger()
    assert not main_window.presentation.active and main_window.menuBar().isVisible()
    main_window.undo_stack.undo()
    assert project.verdict_of(first[0]) is Verdict.UNASSESSED
