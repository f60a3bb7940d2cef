"""Group mode in the GUI on the bundled group sample: the municipalities dialog, the process settings dialog, the
As-Is copy for another municipality and estimates typed into the requests table — each one undo step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from jcloud_desk.domain.edits import Remove, SetFields
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.paths import sample_projects_dir
from jcloud_desk.ui.dialogs.municipalities_dialog import MunicipalitiesDialog
from jcloud_desk.ui.dialogs.process_settings_dialog import ProcessSettingsDialog
from jcloud_desk.ui.docks.harmonization_dock import HarmonizationDock
from jcloud_desk.ui.labels import process_kind_label
from jcloud_desk.ui.models.requests_model import COST, EFFORT, parse_amount
from jcloud_desk.ui.window.main_window import MainWindow

NAMES = ["みどり市", "あおば町", "さくら村"]


@pytest.fixture()
def project(main_window: MainWindow, tmp_path: Path) -> Project:
    path = tmp_path / "group.jcdesk"
    shutil.copy(sample_projects_dir() / "group_sample.jcdesk", path)
    assert main_window.open_path(path)
    assert main_window.opened is not None
    return main_window.opened.project


def process_of(project: Project, municipality: str) -> str:
    return next(p.id for p in project.processes() if p.municipality == municipality)


def municipality_names(project: Project) -> list[str]:
    return [m.name for m in project.municipality.values()]


def open_municipalities(window: MainWindow) -> MunicipalitiesDialog:
    dialog = window.structure.edit_municipalities()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_menus_offer_the_group_commands(main_window: MainWindow) -> None:
    texts = {a.objectName(): a.text() for a in main_window.findChildren(QAction) if a.objectName()}
    assert texts["action_municipalities"] == "団体の管理(&M)..."
    assert texts["action_process_settings"] == "業務フローの設定(&S)..."
    assert texts["action_copy_for_municipality"] == "この As-Is を他団体用にコピー(&U)..."


def test_municipalities_add_rename_remove_with_undo(main_window: MainWindow, project: Project) -> None:
    stack = main_window.undo_stack
    dialog = open_municipalities(main_window)
    assert [dialog.name_edit(r).text() for r in range(dialog.table.rowCount())] == NAMES
    assert dialog.table.item(0, 3).text() == "1"  # type: ignore[union-attr]
    # add
    row = dialog.add_row()
    dialog.name_edit(row).setText("もみじ町")
    dialog.code_edit(row).setText("994014")
    box = dialog.category_box(row)
    box.setCurrentIndex(box.findData("town_village"))
    assert box.currentText() == "町村"
    dialog.accept()
    assert not dialog.isVisible() and stack.count() == 1
    added = next(m for m in project.municipality.values() if m.name == "もみじ町")
    assert (added.lg_code, added.category) == ("994014", MunicipalityType.TOWN_VILLAGE)
    stack.undo()
    assert municipality_names(project) == NAMES
    stack.redo()
    # rename: the processes follow, in the same undo step
    aoba = process_of(project, "あおば町")
    dialog = open_municipalities(main_window)
    dialog.name_edit(dialog.row_of("あおば町")).setText("あおば市")
    box = dialog.category_box(dialog.row_of("あおば市"))
    box.setCurrentIndex(box.findData("city"))
    dialog.accept()
    assert stack.count() == 2 and stack.undoText() == "団体の変更"
    assert project.process[aoba].municipality == "あおば市"
    assert next(m for m in project.municipality.values() if m.name == "あおば市").category is MunicipalityType.CITY
    stack.undo()
    assert project.process[aoba].municipality == "あおば町" and "あおば町" in municipality_names(project)
    # remove: refused while a process names the municipality, done otherwise
    dialog = open_municipalities(main_window)
    assert not dialog.remove_row(dialog.row_of("さくら村"))
    assert "削除できません" in dialog.message.text() and "転入届（さくら村）" in dialog.message.text()
    assert dialog.remove_row(dialog.row_of("もみじ町"))
    dialog.accept()
    assert "もみじ町" not in municipality_names(project)
    stack.undo()
    assert "もみじ町" in municipality_names(project)


def test_municipalities_dialog_validates(main_window: MainWindow, project: Project, qtbot: object) -> None:
    dialog = open_municipalities(main_window)
    row = dialog.add_row()
    dialog.name_edit(row).setText("もみじ町")
    dialog.code_edit(row).setText("12345")
    dialog.accept()
    assert dialog.isVisible() and "6桁" in dialog.message.text()
    dialog.code_edit(row).setText("994015")  # six digits, wrong check digit: a warning only
    assert "994015" in dialog.message.text() and "994014" not in dialog.message.text()
    assert dialog.code_edit(row).toolTip() == "検査数字は 4 のはずです"
    dialog.name_edit(row).setText("みどり市")
    dialog.accept()
    assert dialog.isVisible() and "2回" in dialog.message.text()
    spare = dialog.add_row()  # Remove acts on the row being typed in
    dialog.activateWindow()
    dialog.code_edit(spare).setFocus()
    qtbot.waitUntil(lambda: dialog.table.currentRow() == spare)  # type: ignore[attr-defined]
    dialog.remove_button.click()
    assert dialog.table.rowCount() == spare
    blank = dialog.add_row()  # a blank new row is ignored
    dialog.name_edit(row).setText("もみじ町")
    dialog.accept()
    assert not dialog.isVisible() and main_window.undo_stack.count() == 1
    assert dialog.drafts()[-1].name == "もみじ町" and blank == row + 1
    assert len(project.municipality) == 4
    dialog = open_municipalities(main_window)
    dialog.reject()
    dialog = open_municipalities(main_window)
    dialog.accept()  # nothing changed: nothing pushed
    assert main_window.undo_stack.count() == 1


def test_process_settings_dialog_edits_kind_and_municipality(main_window: MainWindow, project: Project,
                                                              qtbot: object) -> None:
    pid = process_of(project, "さくら村")
    before = project.process[pid]
    item = next(i for i in main_window.process_dock.items() if i.data(0, Qt.ItemDataRole.UserRole) == pid)
    main_window.process_dock.tree.itemDoubleClicked.emit(item, 0)
    dialog = main_window.findChild(ProcessSettingsDialog)
    assert isinstance(dialog, ProcessSettingsDialog) and dialog.isVisible()
    assert (dialog.name.text(), dialog.kind.currentText(), dialog.municipality.currentText(),
            dialog.business.currentText()) == (before.name, "現行（As-Is）", "さくら村", "住民記録")
    assert [dialog.municipality.itemText(i) for i in range(1, 4)] == NAMES
    assert dialog.business.findText("児童手当") >= 0
    dialog.set_kind(ProcessKind.TO_BE)
    dialog.municipality.setCurrentText("あおば町")
    dialog.notes.setPlainText("見直し案")
    dialog.accept()
    process = project.process[pid]
    assert (process.kind, process.municipality, process.notes, process.name) == (
        ProcessKind.TO_BE, "あおば町", "見直し案", before.name)
    assert main_window.undo_stack.count() == 1 and main_window.undo_stack.undoText() == "業務フローの設定"
    texts = [item.text(0) for item in main_window.process_dock.items()]
    assert any(t.startswith(before.name) and f"[{process_kind_label(ProcessKind.TO_BE)}]" in t for t in texts)
    main_window.undo_stack.undo()
    assert (project.process[pid].kind, project.process[pid].municipality) == (ProcessKind.AS_IS, "さくら村")
    # an empty name is refused; no change pushes nothing
    dialog = main_window.structure.process_settings(pid)
    assert dialog is not None
    dialog.name.setText("  ")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text() == "業務フロー名を入力してください。"
    dialog.name.setText(before.name)
    dialog.accept()
    assert not dialog.isVisible() and main_window.undo_stack.index() == 0


def test_copy_for_another_municipality(main_window: MainWindow, project: Project, qtbot: object,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def ask(_parent: QWidget, _title: str, label: str, items: list[str], _current: int, editable: bool
            ) -> tuple[str, bool]:
        offered.append(list(items))
        assert editable and "転入届（みどり市）" in label
        return " もみじ町 ", True

    monkeypatch.setattr(QInputDialog, "getItem", ask)
    source = process_of(project, "みどり市")
    new_id = main_window.structure.copy_for_municipality(source)
    assert new_id is not None and offered == [NAMES[1:]]
    copy_ = project.process[new_id]
    assert (copy_.name, copy_.kind, copy_.municipality, copy_.origin_id) == (
        "転入届（もみじ町）", ProcessKind.AS_IS, "もみじ町", source)
    source_steps = {s.id for s in project.steps_of(source)}
    assert {s.attrs["origin_step"] for s in project.steps_of(new_id)} == source_steps
    assert main_window.undo_stack.count() == 1 and main_window.process_dock.current_process_id() == new_id
    dock: HarmonizationDock = main_window.harmonization_dock
    dock.show()
    dock.refresh()
    assert dock.model.names == [*NAMES, "もみじ町"]
    row = next(r for r in dock.model.rows if "JUKI1-7.2.1-M" in r.texts)
    assert row.cells["もみじ町"].state == row.cells["みどり市"].state  # a copy starts where its source stands
    main_window.undo_stack.undo()
    assert new_id not in project.process
    qtbot.waitUntil(lambda: dock.model.names == NAMES)  # type: ignore[attr-defined]
    # only an As-Is is copied; To-Be is refused with a message
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    main_window.push_edit(SetFields.of(project.process[source], kind=ProcessKind.TO_BE), "kind")
    assert main_window.structure.copy_for_municipality(source) is None
    assert shown == ["他団体用にコピーできるのは As-Is の業務フローだけです。"]


def request_row(dock: HarmonizationDock, code: str) -> int:
    model = dock.requests_model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)


def shares(dock: HarmonizationDock, code: str) -> list[str]:
    model = dock.requests_model
    row = request_row(dock, code)
    return [model.index(row, c).data() for c in range(5, 8)]


def test_estimates_typed_into_the_requests_table_change_the_shares(main_window: MainWindow, project: Project,
                                                                    qtbot: object) -> None:
    dock: HarmonizationDock = main_window.harmonization_dock
    dock.show()
    dock.raise_()
    model = dock.requests_model
    stack = main_window.undo_stack
    code = "JUKI1-4.1.0.3-N"  # requested by all three
    assert shares(dock, code)[0] == "333,334円／2.17人日"
    index = model.index(request_row(dock, code), COST)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.EditRole) == "1000000"
    # typed into the cell editor, as a user does
    dock.requests.setCurrentIndex(index)
    dock.requests.edit(index)
    editor = dock.requests.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.setText("300,000円")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: shares(dock, code) == [  # type: ignore[attr-defined]
        "100,000円／2.17人日", "100,000円／2.17人日", "100,000円／2.16人日"])
    assert stack.count() == 1 and stack.undoText() == "見積の変更"
    assert model.index(request_row(dock, code), COST).data() == "300,000"
    # invalid numbers are refused
    for text in ("abc", "-5", "1e400", "nan"):
        assert not model.setData(model.index(request_row(dock, code), EFFORT), text)
    assert stack.count() == 1
    stack.undo()
    qtbot.waitUntil(lambda: shares(dock, code)[0] == "333,334円／2.17人日")  # type: ignore[attr-defined]
    # an item without a CustomizationRequest gets one
    other = "JUKI1-7.2.1-M"
    request = next(r for r in project.request.values() if project.item[r.item_id].code == other)
    main_window.push_edit(Remove(Ref("request", request.id)), "test")
    dock.refresh()
    assert shares(dock, other)[:2] == ["0円／0.00人日", "0円／0.00人日"]
    assert "見積未登録" in str(model.index(request_row(dock, other), EFFORT).data(Qt.ItemDataRole.ToolTipRole))
    assert model.setData(model.index(request_row(dock, other), EFFORT), "１０")  # 全角 digits
    qtbot.waitUntil(lambda: shares(dock, other)[:2] == ["0円／5.00人日", "0円／5.00人日"])  # type: ignore[attr-defined]
    assert [r.effort_days for r in project.request.values() if r.item_id == request.item_id] == [10.0]
    stack.undo()
    assert not [r for r in project.request.values() if r.item_id == request.item_id]


def test_parse_amount() -> None:
    assert parse_amount("１，２００，０００円") == 1_200_000
    assert parse_amount("2.5人日") == 2.5
    assert parse_amount(" ") == 0.0
    assert parse_amount(3) == 3.0
    assert parse_amount(True) is None and parse_amount("-1") is None and parse_amount("inf") is None
