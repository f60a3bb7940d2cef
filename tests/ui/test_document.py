"""ProjectDocument and DocumentDock without a window: pushes, undo, current process, selection, subscriptions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.cascades import remove_process
from jcloud_desk.domain.edits import Change, SetFields
from jcloud_desk.domain.operations import new_process
from jcloud_desk.domain.project import Project
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.scene.process_scene import ProcessScene


def test_push_applies_persists_and_undoes(document: ProjectDocument, tmp_path: Path) -> None:
    changes: list[Change] = []
    document.changed.connect(changes.append)
    project = document.project
    assert project is not None
    assert document.push(SetFields.of(project.step["s-check"], label="確認する"), "rename")
    assert project.step["s-check"].label == "確認する"
    assert len(changes) == 1 and {r.id for r in changes[0].touched()} == {"s-check"}
    assert document.undo_stack.undoText() == "rename"
    reopened = ProjectService().open(tmp_path / "doc.jcdesk", read_only=True)
    assert reopened.project.step["s-check"].label == "確認する", "autosaved on push"
    reopened.close()
    document.undo_stack.undo()
    assert project.step["s-check"].label == "届出内容を確認"
    assert len(changes) == 2


def test_read_only_document_refuses_pushes_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "ro.jcdesk"
    ProjectService().create_from(path, Project()).close()
    document = ProjectDocument()
    document.set_opened(ProjectService().open(path, read_only=True))
    messages: list[str] = []
    document.message.connect(lambda text, _ms: messages.append(text))
    assert document.project is not None and document.read_only
    assert not document.push(SetFields.of(document.project.meta, name="x"), "rename")
    assert document.undo_stack.count() == 0 and len(messages) == 1
    document.close()


def test_current_process_falls_back_before_subscribers_hear_the_change(document: ProjectDocument) -> None:
    project = document.project
    assert project is not None and document.process_id == "proc-1"
    second, edit = new_process(project, "転出届", ["窓口"], ["受付"])
    document.push(edit, "new")
    document.set_process(second)
    seen: list[tuple[str, str]] = []
    document.process_changed.connect(lambda pid: seen.append(("process", pid)))
    document.changed.connect(lambda _c: seen.append(("change", document.process_id)))
    document.push(remove_process(project, second), "delete")
    assert seen == [("process", "proc-1"), ("change", "proc-1")]


def test_selection_is_told_once_and_cleared_with_the_process(document: ProjectDocument) -> None:
    told: list[list[str]] = []
    document.selection_changed.connect(told.append)
    document.set_selection(["s-check"])
    document.set_selection(["s-check"])
    assert told == [["s-check"]]
    document.set_process("proc-1")
    assert document.selection == [] and told[-1] == []


def test_opening_another_project_clears_undo_and_tells_subscribers(document: ProjectDocument,
                                                                   tmp_path: Path) -> None:
    project = document.project
    assert project is not None
    document.push(SetFields.of(project.step["s-check"], label="x"), "rename")
    replaced: list[Project | None] = []
    document.project_replaced.connect(lambda: replaced.append(document.project))
    path = tmp_path / "other.jcdesk"
    other = ProjectService().create_from(path, Project())
    document.set_opened(other)
    assert document.undo_stack.count() == 0 and replaced == [other.project] and document.process_id == ""
    document.close()
    assert replaced[-1] is None and document.opened is None


class _Probe(DocumentDock):
    """Counts the hooks the base calls."""

    follows = frozenset({"selection"})
    kinds = frozenset({"judgment"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.contexts: list[list[str]] = []
        self.refreshes = 0

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        self.contexts.append(step_ids)

    def refresh(self) -> None:
        self.refreshes += 1


class _Lazy(_Probe):
    refresh_delay = 20
    refresh_hidden = False


def test_document_dock_follows_selection_and_refreshes_on_its_kinds(document: ProjectDocument,
                                                                    qtbot: QtBot) -> None:
    dock = _Probe(document)
    qtbot.addWidget(dock)
    project = document.project
    assert project is not None
    document.set_selection(["s-issue"])
    assert dock.contexts == [["s-issue"]]
    document.push(SetFields.of(project.step["s-check"], label="x"), "step only")
    assert dock.refreshes == 0, "a step change is not a judgment change"
    document.push(SetFields.of(project.judgment["s-issue"], rationale="理由"), "judgment")
    assert dock.refreshes == 1


def test_hidden_dock_catches_up_once_when_shown(document: ProjectDocument, qtbot: QtBot) -> None:
    dock = _Lazy(document)
    qtbot.addWidget(dock)
    project = document.project
    assert project is not None
    for text in ("a", "b", "c"):
        document.push(SetFields.of(project.judgment["s-issue"], rationale=text), "judgment")
    assert dock.refreshes == 0
    dock.show()
    qtbot.waitUntil(lambda: dock.refreshes == 1)
    for text in ("d", "e"):
        document.push(SetFields.of(project.judgment["s-issue"], rationale=text), "judgment")
    qtbot.waitUntil(lambda: dock.refreshes == 2)  # debounced: two edits, one refresh


def test_attached_scene_follows_process_selection_and_changes(document: ProjectDocument) -> None:
    scene = ProcessScene(parent=document)  # Qt-owned: a scene is never deleted by the cycle collector
    scene.attach(document)
    project = document.project
    assert project is not None
    assert set(scene.step_items) == {s.id for s in project.steps_of("proc-1")}
    document.set_selection(["s-check", "s-issue"])
    assert scene.selected_step_ids() == ["s-check", "s-issue"]
    scene.select_steps(["s-end"])
    assert document.selection == ["s-end"]
    document.push(SetFields.of(project.step["s-end"], label="終わり"), "rename")
    assert scene.step_items["s-end"]._step.label == "終わり"
    document.close()
    assert scene.step_items == {}
