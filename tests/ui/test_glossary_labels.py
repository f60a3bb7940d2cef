"""GUI labels that count steps say how many of them are judged (the glossary's wording)."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.analysis.glossary import steps_count
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.window.main_window import MainWindow


def test_flow_list_counts_steps_and_judged_tasks(main_window: MainWindow, tmp_path: Path) -> None:
    path = ProjectService().write_sample(tmp_path / "s.jcdesk")
    assert main_window.open_path(path)
    top = main_window.process_dock.tree.topLevelItem(0)
    assert top is not None
    assert "転入届" in top.text(0) and "手順 32（判定対象 17）" in top.text(0)
    assert steps_count(32, 17) in top.toolTip(0)
