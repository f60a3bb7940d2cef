"""団体区分 and the register in the GUI: project settings, conditions in the import preview and per item, link
outcomes, and the dashboard's register and open-risk counts — each change one undoable edit."""

from __future__ import annotations

import csv
from pathlib import Path

from jcloud_desk.domain.fitgap import Resolution
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog
from jcloud_desk.ui.dialogs.item_conditions_dialog import ItemConditionsDialog
from jcloud_desk.ui.dialogs.project_settings_dialog import ProjectSettingsDialog
from jcloud_desk.ui.main_window import MainWindow


def open_sample(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(ProjectService().write_sample(tmp_path / "sample.jcdesk"))


def test_project_settings_set_the_type_in_one_undoable_edit(main_window: MainWindow, tmp_path: Path) -> None:
    open_sample(main_window, tmp_path)
    assert main_window.opened is not None
    project = main_window.opened.project
    dock = main_window.dashboard_dock
    dock.refresh()
    assert "団体区分: 一般市" in dock.kpis.text()
    missing_as_city = dock.unreferenced.count()
    dialog = main_window.structure.project_settings()
    assert isinstance(dialog, ProjectSettingsDialog)
    dialog.set_type(MunicipalityType.UNKNOWN)
    assert "一般市として評価" in dialog.type_hint.text()
    dialog.set_type(MunicipalityType.DESIGNATED_CITY)
    dialog.accept()
    assert project.meta.municipality_type is MunicipalityType.DESIGNATED_CITY
    assert main_window.undo_stack.undoText() == "プロジェクトの設定変更"
    dock.refresh()
    assert "団体区分: 指定都市" in dock.kpis.text() and dock.unreferenced.count() > missing_as_city
    main_window.undo_stack.undo()
    assert project.meta.municipality_type is MunicipalityType.CITY


def test_dashboard_lists_one_customization_and_the_open_risks(main_window: MainWindow, tmp_path: Path) -> None:
    open_sample(main_window, tmp_path)
    dock = main_window.dashboard_dock
    dock.refresh()
    assert "カスタマイズ 1" in dock.kpis.text() and "未決定リスク 3" in dock.kpis.text()
    assert dock.customizations.count() == 1 and dock.customizations.item(0).text().startswith("[As-Is] 転出届")
    assert dock.risks.count() == 3  # 提供時期 (A社 delivers after go-live), an option not adopted, a 実装不可 item
    assert "提供が稼働後" in dock.risks.item(0).text()
    entry = dock.risks.item(2)
    assert "交付履歴を記録" in entry.text() and "実装不可" in entry.text()
    step_id = entry.data(0x0100)[1]
    dock.risks.itemActivated.emit(entry)
    assert main_window.scene is not None and main_window.scene.selected_step_ids() == [step_id]


def test_link_resolution_closes_the_risk(main_window: MainWindow, tmp_path: Path) -> None:
    open_sample(main_window, tmp_path)
    assert main_window.opened is not None
    project = main_window.opened.project
    step = next(s for s in project.step.values() if s.label == "交付履歴を記録")
    link = next(lk for lk in project.links_of_step(step.id) if project.item[lk.item_id].code == "JUKI1-1.3.8-N")
    main_window.document.reveal(step.process_id, step.id)
    assert main_window.scene is not None and main_window.scene.step_items[step.id]._risk  # the "!" badge
    assert "未決定のリスク" in main_window.fitgap_dock.flag.text()
    panel = main_window.fitgap_dock.links
    panel.show_step(project, step.id)
    panel.set_link_resolution(link.id, Resolution.WORKAROUND)
    assert project.link[link.id].resolution is Resolution.WORKAROUND
    assert not main_window.scene.step_items[step.id]._risk
    dock = main_window.dashboard_dock
    dock.refresh()
    assert dock.risks.count() == 2
    main_window.undo_stack.undo()
    assert project.link[link.id].resolution is None


def test_import_preview_lists_conditions_and_keeps_corrections(qtbot: object, tmp_path: Path) -> None:
    path = tmp_path / "cond.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["機能ID", "機能名称", "機能要件", "実装区分"],
            ["0010001", "区間異動", "区間異動の処理が行えること。", "実装必須機能（指定都市のみ）"],
            ["0010002", "一覧", "なお、指定都市においては、行政区単位で分割できること。", "実装必須機能"],
            ["0010003", "通常", "何かできること。", "実装必須機能"],
        ])
    dialog = CatalogImportDialog(None, path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    table = dialog.conditions
    assert [item.code for item in table.items_shown()] == ["0010001", "0010002"]
    assert "（2件）" in dialog.conditions_title.text()
    assert table.class_box(0, 0).currentData() == "mandatory" and table.class_box(0, 4).currentData() == "optional"
    assert table.class_box(1, 4).currentData() == "mandatory"  # a note only: the class is unchanged
    box = table.class_box(0, 4)  # 町村: the user corrects it
    box.setCurrentIndex(box.findData("prohibited"))
    dialog.accept_import()
    result = dialog.result_import
    assert result is not None
    first = next(i for i in result.items if i.code == "0010001")
    assert first.conditions == {"special_ward": "optional", "core_city": "optional", "city": "optional",
                                "town_village": "prohibited"}
    assert "行政区" in next(i for i in result.items if i.code == "0010002").condition_note


def test_item_conditions_are_edited_in_one_undoable_edit(main_window: MainWindow, tmp_path: Path) -> None:
    open_sample(main_window, tmp_path)
    assert main_window.opened is not None
    project = main_window.opened.project
    item = next(i for i in project.item.values() if i.code == "JUKI1-9.2-M")
    dialog = main_window.catalog_dock.edit_conditions(item.id)
    assert isinstance(dialog, ItemConditionsDialog)
    box = dialog.table.class_box(0, 4)
    box.setCurrentIndex(box.findData("optional"))
    dialog.accept()
    assert project.item[item.id].conditions == {"town_village": "optional"}
    assert main_window.undo_stack.undoText() == "団体区分の条件を変更"
    main_window.undo_stack.undo()
    assert project.item[item.id].conditions == {}
