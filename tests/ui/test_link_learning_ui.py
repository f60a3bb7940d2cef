"""Links made by dragging a catalogue item onto a step are learning evidence like accepted suggestions; undoing
the drop takes the evidence back in the same undo step, redo records it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from jcloud_desk.services.learning_store import LearningStore
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.suggest_service import SuggestService
from jcloud_desk.ui.mime import CATALOG_ITEM_MIME
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project

WORDING = "届出内容を確認"  # the label of step s-check


def _drop(window: MainWindow, step_id: str, item_id: str) -> None:
    """Drag ``item_id`` from the catalogue onto ``step_id`` through the view's real drag-and-drop events."""
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    mime = QMimeData()
    mime.setData(CATALOG_ITEM_MIME, item_id.encode())
    pos = QPointF(view.mapFromScene(scene.step_items[step_id].pos()))
    action, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos.toPoint(), action, mime, buttons, mods))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos.toPoint(), action, mime, buttons, mods))
    QApplication.sendEvent(view.viewport(), QDropEvent(pos, action, mime, buttons, mods))


def _ranking() -> list[str]:
    """How another project (not the one the drop happened in) ranks the items for the same wording."""
    service = SuggestService(small_project(), store=LearningStore(), use_analyser=False)
    return [s.item_id for s in service.suggest_text(WORDING, k=3)]


def test_dropped_link_is_evidence_for_other_projects_and_undo_takes_it_back(main_window: MainWindow,
                                                                            small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    before = _ranking()
    dropped = before[-1]  # the item this wording ranks last today
    assert dropped != before[0]
    _drop(main_window, "s-check", dropped)
    project = main_window.opened.project  # type: ignore[union-attr]
    assert any(lk.step_id == "s-check" and lk.item_id == dropped for lk in project.link.values())
    assert [(e.text, e.code, e.weight) for e in LearningStore().evidence()] == [
        (WORDING, project.item[dropped].code, 1.0)]
    assert _ranking()[0] == dropped  # learned: the next suggestion for this wording puts it first
    main_window.undo_stack.undo()  # one undo: the link and its evidence
    assert not any(lk.step_id == "s-check" for lk in project.link.values())
    assert LearningStore().evidence() == []
    assert _ranking() == before
    main_window.undo_stack.redo()
    assert _ranking()[0] == dropped


def test_unlink_is_negative_evidence_until_undone(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    link = next(iter(project.link.values()))
    code = project.item[link.item_id].code
    main_window.fitgap_dock.links.show_step(project, link.step_id)
    main_window.fitgap_dock.links._unlink(link.id)
    assert [(e.code, e.weight) for e in LearningStore().evidence()] == [(code, -1.0)]
    main_window.undo_stack.undo()
    assert link.id in project.link and LearningStore().evidence() == []


def test_edits_touching_more_than_links_are_not_evidence(main_window: MainWindow,
                                                         small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    linked_step = next(iter(project.link.values())).step_id
    assert main_window.scene is not None
    main_window.scene.select_steps([linked_step])
    main_window.diagram.controller.delete_selected()  # the step goes with its links: nobody judged those links
    assert linked_step not in project.step
    assert LearningStore().evidence() == []


def test_learning_off_records_nothing_for_a_drop(main_window: MainWindow, small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    main_window.fitgap_dock.links.learning = False
    _drop(main_window, "s-check", "item-optional")
    assert LearningStore().evidence() == []
    main_window.undo_stack.undo()
    assert LearningStore().evidence() == []


def test_a_dropped_link_survives_reopening_the_file_as_project_evidence(main_window: MainWindow,
                                                                         small_project_file: Path) -> None:
    assert main_window.open_path(small_project_file)
    before = _ranking()
    dropped = before[-1]
    _drop(main_window, "s-check", dropped)
    main_window.document.close()
    opened = ProjectService().open(small_project_file, read_only=True)  # written per edit (autosave)
    try:
        reopened = opened.project
        assert any(lk.step_id == "s-check" and lk.item_id == dropped for lk in reopened.link.values())
        service = SuggestService(reopened, learning=False, use_analyser=False)  # the file's links alone
        assert [e.text for e in service.evidence() if e.code == reopened.item[dropped].code] == [WORDING]
        assert service.suggest_text(WORDING, k=3)[0].item_id == dropped
    finally:
        opened.close()
