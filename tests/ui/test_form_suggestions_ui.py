"""The links panel offers the 帳票 named in a step's 使用帳票 text first; accepting one links it (one undo step)."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.main_window import MainWindow
from tests.analysis.test_form_coverage import forms_project


def test_forms_used_text_becomes_link_suggestions(main_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "forms.jcdesk"
    ProjectService().create_from(path, forms_project()).close()
    assert main_window.open_path(path)
    main_window.document.reveal("proc-1", "s-issue")
    panel = main_window.fitgap_dock.links
    texts = [panel.suggestions.item(i).text() for i in range(panel.suggestions.count())]
    assert "住民票" in texts[0] and "0010001" in texts[0] and "記載事項証明書" in texts[1]
    panel.show()
    assert panel.accept_suggestion(0)
    project = main_window.opened.project  # type: ignore[union-attr]
    assert "form-0010001" in {lk.item_id for lk in project.links_of_step("s-issue")}
    assert project.step["s-issue"].attrs["forms"].startswith("住民票")  # the free text is kept
    codes = [panel.links.topLevelItem(i).text(0) for i in range(panel.links.topLevelItemCount())]
    assert any(code.endswith("0010001") and code != "0010001" for code in codes)  # shown with its kind
    main_window.undo_stack.undo()
    assert "form-0010001" not in {lk.item_id for lk in project.links_of_step("s-issue")}
