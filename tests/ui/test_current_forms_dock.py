"""The 帳票 dock: import an inventory, edit cells in place, add/remove rows — each one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jcloud_desk.domain.forms import FormRoute
from jcloud_desk.ui.docks.current_forms_dock import CurrentFormsDock
from jcloud_desk.ui.main_window import MainWindow
from jcloud_desk.ui.models.current_forms_model import COLUMNS

INVENTORY = """帳票名,送付先,年間件数,帳票ID,差異,対応方法
住民票の写し,申請者,1200,0010001,印字項目の差異,標準帳票を使用
窓口集計表,市民課長,12,独自帳票,標準にない帳票,
"""


def _column(field: str) -> int:
    return [name for name, _editable in COLUMNS].index(field)


def test_import_edit_and_undo(main_window: MainWindow, small_project_file: Path, tmp_path: Path,
                              monkeypatch: object) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",  # type: ignore[attr-defined]
                        lambda _p, _t, text, *a, **k: shown.append(text))
    assert main_window.open_path(small_project_file)
    dock = next(d for d in main_window.forms_docks if isinstance(d, CurrentFormsDock))
    assert dock in main_window.docks()
    csv = tmp_path / "forms.csv"
    csv.write_text(INVENTORY, encoding="utf-8")
    assert dock.import_file(csv)
    assert "追加 2 件" in shown[0]
    model = dock.model
    assert model.rowCount() == 2 and main_window.undo_stack.count() == 1
    assert model.data(model.index(1, _column("own_form")), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dock.unreferenced.count() == 0  # small_project has no 帳票 items
    assert [int(n) for n in __import__("re").findall(r"\d+", dock.summary.text())] == [2, 1, 0]
    route = model.index(1, _column("route"))
    assert model.setData(route, FormRoute.EUC.value)
    project = main_window.opened.project  # type: ignore[union-attr]
    assert next(f for f in project.current_form.values() if f.name == "窓口集計表").route is FormRoute.EUC
    assert model.setData(model.index(0, _column("annual_volume")), "1,500")
    assert model.rows[0].annual_volume == 1500
    assert not model.setData(model.index(0, _column("annual_volume")), "たくさん")
    assert not model.setData(model.index(0, _column("name")), "  ")
    dock.add_form()
    assert model.rowCount() == 3
    dock.table.selectRow(2)
    dock.remove_selected()
    assert model.rowCount() == 2
    assert main_window.undo_stack.count() == 5
    for _ in range(5):
        main_window.undo_stack.undo()
    assert model.rowCount() == 0 and project.current_form == {}
    main_window.undo_stack.redo()
    assert model.rowCount() == 2


def test_pdf_report_has_a_forms_page(qtbot: object, tmp_path: Path) -> None:
    import re
    from dataclasses import replace

    from PySide6.QtGui import QFont

    from jcloud_desk.services.report_service import build_report_data
    from jcloud_desk.ui.export.pdf_report import write_pdf_report
    from tests.services.test_form_report import forms_project

    project = forms_project()
    data = build_report_data(project, "2025-05-01 10:00")
    with_forms = write_pdf_report(project, data, tmp_path / "with.pdf", QFont())
    without = write_pdf_report(project, replace(data, forms=()), tmp_path / "without.pdf", QFont())
    pages = [len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes())) for path in (with_forms, without)]
    assert pages[1] > 0 and pages[0] == pages[1] + 1


def test_route_cell_is_edited_with_a_combo_box(main_window: MainWindow, small_project_file: Path) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    assert main_window.open_path(small_project_file)
    dock = next(d for d in main_window.forms_docks if isinstance(d, CurrentFormsDock))
    dock.add_form()
    index = dock.model.index(0, _column("route"))
    delegate = dock.table.itemDelegate()
    editor = delegate.createEditor(dock.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.count() == len(FormRoute)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData(FormRoute.ABOLISH.value))
    delegate.setModelData(editor, dock.model, index)
    assert dock.model.rows[0].route is FormRoute.ABOLISH
    name = delegate.createEditor(dock.table.viewport(), QStyleOptionViewItem(), dock.model.index(0, _column("name")))
    assert not isinstance(name, QComboBox)
