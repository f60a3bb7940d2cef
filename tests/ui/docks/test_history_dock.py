"""The History dock shows the kept undo history and says why an older one is gone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.services.edit_session import NOTE_MERGED
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.docks.history_dock import HistoryDock
from jcloud_desk.ui.document import ProjectDocument
from tests.factories import small_project


def test_history_after_reopening_and_after_a_merge_outside(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "p.jcdesk"
    opened = ProjectService().create_from(path, small_project())
    opened.session.do(SetFields.of(opened.project.step["s-check"], label="一"), "名前の変更")
    opened.close()
    document = ProjectDocument()
    dock = HistoryDock(document)
    qtbot.addWidget(dock)
    document.set_opened(ProjectService().open(path))
    assert dock.view.model().rowCount() == 2  # <opened> and the kept action
    assert dock.view.emptyLabel() == "<開いた時点>"
    document.close()
    outside = ProjectService().open(path)  # as `jcloud-desk merge` does
    outside.session.apply(SetFields.of(outside.project.step["s-issue"], label="統合"), NOTE_MERGED)
    outside.close()
    document.set_opened(ProjectService().open(path))
    assert document.undo_stack.count() == 0
    assert "元に戻せません" in dock.view.emptyLabel() and "統合" in dock.view.emptyLabel()
    document.close()
