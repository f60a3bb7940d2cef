"""要再確認 in the GUI: the review dock (side-by-side wording, keep / change with undo, N/P), the dialog confirming
renumbered functions, the dashboard count, and the revision import from the main window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jcloud_desk.analysis.review_queue import ReviewChange, review_queue
from jcloud_desk.analysis.revision_match import match_items
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.io.catalog.importer import read_catalog
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.dialogs.revision_pairs_dialog import RevisionPairsDialog
from jcloud_desk.ui.docks.dashboard_dock import DashboardDock
from jcloud_desk.ui.docks.review_dock import ReviewDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.main_window import MainWindow
from tests import revision_fixture as rev


def shots(tmp_path: Path) -> Path:
    """Where screenshots go: $JCLOUD_DESK_SHOTS when set (to look at them), else the test's own folder."""
    folder = Path(os.environ.get("JCLOUD_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def revised(qtbot: QtBot, tmp_path: Path) -> Iterator[ProjectDocument]:
    """A ProjectDocument over the sample with the 第1.1版 revision imported, in a project file; closed after the
    test (before qtbot deletes the docks), so nothing of it is left for the garbage collector of a later test."""
    project, _session, _inverse, _diff = rev.revise_sample(tmp_path)
    document = ProjectDocument(lambda: "住民課 佐藤")
    document.set_opened(ProjectService().create_from(tmp_path / "revised.jcdesk", project))
    yield document
    document.close()
    document.deleteLater()
    qtbot.wait(1)


def dock_on_revision(qtbot: QtBot, document: ProjectDocument) -> tuple[ReviewDock, Project, QUndoStack]:
    dock = ReviewDock(document)
    qtbot.addWidget(dock)
    assert document.project is not None
    project = document.project
    dock.show()
    qtbot.waitExposed(dock)
    dock.list.setFocus()
    return dock, project, document.undo_stack


def test_dock_lists_the_queue_and_shows_both_wordings(qtbot: QtBot, revised: ProjectDocument) -> None:
    dock, _project, _stack = dock_on_revision(qtbot, revised)
    assert len(dock.queue) == 7 and dock.list.topLevelItemCount() == 7
    assert "7" in dock.summary.text() and "1 / 7" in dock.summary.text()
    text_row = next(i for i, e in enumerate(dock.queue) if e.change is ReviewChange.TEXT)
    for _ in range(text_row):
        qtbot.keyClick(dock.list, Qt.Key.Key_N)
    entry = dock.current_entry()
    assert entry is not None and entry.change is ReviewChange.TEXT
    assert rev.ADDED_SENTENCE in dock.new_text.toPlainText()
    assert rev.ADDED_SENTENCE not in dock.old_text.toPlainText()
    assert "background:#ccf2d1" in dock.new_text.toHtml() or "#ccf2d1" in dock.new_text.toHtml()
    assert "第1.0版" in dock.old_title.text() and rev.VERSION in dock.new_title.text()
    assert "適合" in dock.verdict_line.text()
    qtbot.keyClick(dock.list, Qt.Key.Key_P)
    assert dock.current_entry() == dock.queue[text_row - 1]


def test_keep_and_change_are_one_undo_step_each(qtbot: QtBot, revised: ProjectDocument) -> None:
    dock, project, stack = dock_on_revision(qtbot, revised)
    first = dock.current_entry()
    assert first is not None
    qtbot.keyClick(dock.list, Qt.Key.Key_K)
    assert stack.count() == 1 and len(dock.queue) == 6
    assert first.link_id not in {e.link_id for e in dock.queue}
    stack.undo()
    dock.refresh()
    assert len(review_queue(project)) == 7 and len(dock.queue) == 7
    impl_row = next(i for i, e in enumerate(dock.queue) if e.change is ReviewChange.IMPL_CLASS)
    for _ in range(impl_row):
        dock.step_by(1)
    entry = dock.current_entry()
    assert entry is not None
    dock.verdict.setCurrentIndex(dock.verdict.findData(Verdict.FIT_OPTION.value))
    qtbot.keyClick(dock.list, Qt.Key.Key_C)
    assert project.verdict_of(entry.step_id) is Verdict.FIT_OPTION and len(dock.queue) == 6
    stack.undo()
    assert project.verdict_of(entry.step_id) is Verdict.GAP


def test_pairs_dialog_accepts_and_rejects_with_one_key_each(qtbot: QtBot, tmp_path: Path) -> None:
    old = read_catalog(rev.BUNDLED, "c", "1").items
    new = read_catalog(rev.write_revision(tmp_path / "r.csv"), "c", "2").items
    # renumber two more items without a legacy id, so there are several proposals
    new = [item if item.code not in ("JUKI1-4.4-M", "JUKI1-10.2-M") else
           type(item)(**{**{f: getattr(item, f) for f in item.__slots__}, "code": item.code.replace("JUKI1", "JUKI2")})
           for item in new]
    match = match_items(old, new)
    assert len(match.proposals) == 3
    dialog = RevisionPairsDialog(match, {i.id: i for i in old}, {i.id: i for i in new})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3 and dialog.accepted_pairs() == []
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    assert dialog.accepted_pairs() == [match.proposals[0], match.proposals[2]]
    assert dialog.old_text.toPlainText() and dialog.new_text.toPlainText()
    dialog.table.setCurrentCell(0, 1)
    assert dialog.grab().save(str(shots(tmp_path) / "pairs_dialog.png"))


def test_dashboard_shows_the_review_count(qtbot: QtBot, revised: ProjectDocument) -> None:
    document = revised
    dashboard = DashboardDock(document)
    qtbot.addWidget(dashboard)
    dashboard.on_project(document.project)  # opened before the dock existed
    assert dashboard.review_needed.text() == '<a href="review"><b>改定後の要再確認: 7</b></a>'
    with qtbot.waitSignal(dashboard.review_requested, timeout=1000):
        dashboard.review_needed.linkActivated.emit("review")


def test_main_window_imports_a_revision_and_shows_the_dock(main_window: MainWindow, qtbot: QtBot,
                                                           tmp_path: Path, monkeypatch: object) -> None:
    path = tmp_path / "sample.jcdesk"
    shutil.copyfile(default_sample_path(), path)
    assert main_window.open_path(path)
    assert main_window.opened is not None
    from jcloud_desk.ui.dialogs import catalog_import_dialog, revision_pairs_dialog

    revision = rev.read_revision(tmp_path / "v11.xlsx")

    class FakeImport:  # the mapping dialog itself is tested elsewhere; here only its result is used
        def __init__(self, *_args: object) -> None:
            self.result_import = revision
            self.revises = type("C", (), {"currentData": staticmethod(lambda: "")})()

        def exec(self) -> bool:
            return True

    def accept_all(dialog: RevisionPairsDialog) -> int:
        dialog.decide(True)
        return 1

    monkeypatch.setattr(catalog_import_dialog, "CatalogImportDialog", FakeImport)  # type: ignore[attr-defined]
    monkeypatch.setattr(revision_pairs_dialog.RevisionPairsDialog, "exec", accept_all)  # type: ignore[attr-defined]
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)  # type: ignore[attr-defined]
    assert main_window.transfer.import_catalog()
    assert main_window.review_dock.isVisible()
    main_window.review_dock.refresh()
    assert len(main_window.review_dock.queue) == 6  # the confirmed pair carried its link over unchanged
    main_window.undo_stack.undo()
    main_window.review_dock.refresh()
    assert main_window.review_dock.queue == []
    qtbot.wait(20)  # let the scene deliver its change signals while the window's docks still exist


def test_screenshots_of_the_dock(main_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "revised.jcdesk"
    project, _session, _inverse, _diff = rev.revise_sample(tmp_path)
    ProjectService().create_from(path, project).close()
    assert main_window.open_path(path)
    dock = main_window.review_dock
    dock.show()
    dock.raise_()
    folder = shots(tmp_path)
    for width, height in ((1366, 768), (1920, 1080)):
        main_window.resize(width, height)
        main_window.resizeDocks([dock], [int(height * 0.42)], Qt.Orientation.Vertical)
        dock.step_by(2)
        qtbot.wait(50)
        assert main_window.grab().save(str(folder / f"window_{width}.png"))
        assert dock.grab().save(str(folder / f"review_dock_{width}.png"))
    assert dock.list.topLevelItemCount() == 7
    dashboard = main_window.dashboard_dock
    dashboard.show()
    dashboard.raise_()
    dashboard.refresh()
    assert dashboard.review_needed.text() == '<a href="review"><b>改定後の要再確認: 7</b></a>'
    with qtbot.waitSignal(dashboard.review_requested, timeout=1000):
        dashboard.review_needed.linkActivated.emit("review")
    assert main_window.grab().save(str(folder / "dashboard_1920.png"))
    dock.hide()
    dashboard.review_needed.linkActivated.emit("review")  # the count opens the 要再確認 dock
    assert dock.isVisible()
    tree = main_window.catalog_dock.tree
    roots = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    titles = [root.text(0) for root in roots if root is not None]
    assert [title.endswith("（旧版・改定済み）") for title in titles] == [True, False]


def test_pdf_report_has_a_revision_page(qtbot: QtBot, tmp_path: Path) -> None:
    import re
    from dataclasses import replace

    from PySide6.QtGui import QFont

    from jcloud_desk.services.report_service import build_report_data
    from jcloud_desk.ui.export.pdf_report import write_pdf_report

    project, _session, _inverse, _diff = rev.revise_sample(tmp_path)
    data = build_report_data(project, "2026-12-03T11:00:00")
    assert len(data.revisions) == 7
    with_page = write_pdf_report(project, data, shots(tmp_path) / "report.pdf", QFont())
    without = write_pdf_report(project, replace(data, revisions=()), tmp_path / "without.pdf", QFont())
    pages = [len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes())) for path in (with_page, without)]
    assert pages[1] > 0 and pages[0] == pages[1] + 1


def test_import_dialog_offers_the_catalogues_to_revise(qtbot: QtBot) -> None:
    from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog

    dialog = CatalogImportDialog(None, None, ["住民記録システム標準仕様書", "ベンダー機能一覧"])
    qtbot.addWidget(dialog)
    items = [dialog.revises.itemData(i) for i in range(dialog.revises.count())]
    assert items == ["", "住民記録システム標準仕様書", "ベンダー機能一覧"]
    assert dialog.revises.currentData() == ""  # by default a revision only by the same name


def test_links_panel_marks_links_to_recheck_and_offers_only_current_items(qtbot: QtBot, tmp_path: Path) -> None:
    from jcloud_desk.ui.docks.links_panel import LinksPanel

    project, _session, _inverse, _diff = rev.revise_sample(tmp_path)
    panel = LinksPanel(lambda _edit, _text: None)
    qtbot.addWidget(panel)
    entry = next(e for e in review_queue(project) if e.change is ReviewChange.TITLE)
    panel.show_step(project, entry.step_id)
    titles = [panel.links.topLevelItem(i).text(1) for i in range(panel.links.topLevelItemCount())]  # type: ignore[union-attr]
    assert any(t.endswith("（要再確認: 改定）") for t in titles)
    retired = project.retired_catalogs()
    assert all(project.item[item_id].catalog_id not in retired for item_id in panel._choices.values())


def test_move_offers_the_successor_of_a_renumbered_item(qtbot: QtBot, revised: ProjectDocument) -> None:
    dock, project, stack = dock_on_revision(qtbot, revised)
    row = next(i for i, e in enumerate(dock.queue) if rev.code_of(project, e.old_item_id) == "JUKI1-1.3.9-M")
    dock.step_by(row)
    assert dock.move_button.isVisible() and "JUKI2-1.3.9-M" in dock.move_button.text()
    qtbot.keyClick(dock.list, Qt.Key.Key_M)
    assert len(dock.queue) == 6 and stack.count() == 1
    assert "JUKI1-1.3.9-M" not in {rev.code_of(project, e.old_item_id) for e in dock.queue}
    stack.undo()
    dock.refresh()
    assert len(dock.queue) == 7
