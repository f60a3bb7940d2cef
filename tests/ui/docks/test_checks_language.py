"""The checks dock on a ProjectDocument: findings worded in the UI language."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from jcloud_desk.ui.docks.checks_dock import ChecksDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import set_language

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_findings_follow_the_ui_language(document: ProjectDocument, qtbot: QtBot) -> None:
    dock = ChecksDock(document)
    qtbot.addWidget(dock)
    dock.on_project(document.project)
    assert dock.tree.topLevelItemCount() == len(dock.findings) > 0
    assert all(_JAPANESE.search(dock.tree.topLevelItem(i).text(1)) for i in range(dock.tree.topLevelItemCount()))
    set_language("en")
    try:
        dock.refresh()
        for i in range(dock.tree.topLevelItemCount()):
            row = dock.tree.topLevelItem(i)
            assert not _JAPANESE.search(re.sub(r"“[^”]*”", "", row.text(1))), row.text(1)
            assert not _JAPANESE.search(row.text(2)), row.text(2)
    finally:
        set_language("ja")
