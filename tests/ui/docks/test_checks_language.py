"""The checks dock on a ProjectDocument: findings worded in the UI language."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from jcloud_desk.ui.docks.checks_dock import ChecksDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import set_language

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _rows(dock: ChecksDock) -> list[QTreeWidgetItem]:
    """The finding rows (children of the severity groups)."""
    groups = [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]
    return [group.child(j) for group in groups for j in range(group.childCount())]


def test_findings_follow_the_ui_language(document: ProjectDocument, qtbot: QtBot) -> None:
    dock = ChecksDock(document)
    qtbot.addWidget(dock)
    dock.on_project(document.project)
    assert len(_rows(dock)) == len(dock.findings) > 0
    assert all(_JAPANESE.search(row.text(1)) for row in _rows(dock))
    set_language("en")
    try:
        dock.refresh()
        assert len(_rows(dock)) == len(dock.findings)
        for row in _rows(dock):
            assert not _JAPANESE.search(re.sub(r"“[^”]*”", "", row.text(1))), row.text(1)
            assert not _JAPANESE.search(row.text(2)), row.text(2)
    finally:
        set_language("ja")
