"""Suggestions in the GUI: learning from links, the pre-fill review (one undo), thesaurus and learning settings,
and the word analyser staying unloaded until suggestions are first needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jcloud_desk.analysis.thesaurus import ThesaurusEntry
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.flow_import_service import FlowImportService
from jcloud_desk.services.learning_store import LearningStore
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings
from jcloud_desk.services.suggest_service import SuggestService, UserThesaurus
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.ui.dialogs.prefill_dialog import PrefillDialog
from jcloud_desk.ui.dialogs.settings_dialog import SettingsDialog
from jcloud_desk.ui.dialogs.thesaurus_dialog import ThesaurusDialog
from jcloud_desk.ui.labels import set_language
from jcloud_desk.ui.main_window import MainWindow
from tests.factories import subprocess_env

KB_FLOW = (Path(__file__).resolve().parents[3].parent / "shared" / "reference-data" / "cfj-municipal-workflow-kb"
           / "workflows" / "_standardized-20" / "jyumin-ido" / "flow-standard.md")


def _open(window: MainWindow, path: Path, step: str) -> None:
    assert window.open_path(path)
    assert window.scene is not None
    window.scene.select_steps([step])


@pytest.fixture()
def kb_project(tmp_path: Path) -> Path:
    """The sample's catalogue plus the KB 住民異動 flows imported (all their steps unlinked)."""
    if not KB_FLOW.exists():
        pytest.skip("reference data ../shared is not mounted")
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        sample = repository.load()
    project = Project()
    project.catalog.update(sample.catalog)
    project.item.update(sample.item)
    service = FlowImportService()
    service.import_edit(project, service.read(KB_FLOW, "mermaid")).apply(project, Change())
    path = tmp_path / "kb.jcdesk"
    ProjectService().create_from(path, project).close()
    return path


def test_linking_and_unlinking_are_recorded_as_learning(main_window: MainWindow, small_project_file: Path) -> None:
    _open(main_window, small_project_file, "s-check")
    panel = main_window.fitgap_dock.links
    main_window.fitgap_dock.show()
    assert panel.suggestions.count() >= 1
    assert panel.accept_suggestion(0)
    store = LearningStore()
    assert [(e.text, e.weight) for e in store.evidence()] == [("届出内容を確認", 1.0)]
    project = main_window.opened.project  # type: ignore[union-attr]
    link_id = next(lk.id for lk in project.link.values() if lk.step_id == "s-check")
    panel._unlink(link_id)
    assert store.evidence() == []  # accepted then removed: nets out
    panel.learning = False
    panel.reset_suggestions()
    assert panel.accept_suggestion(0)
    assert store.evidence() == []  # learning off: nothing recorded


def test_prefill_review_keys_and_one_undo(main_window: MainWindow, kb_project: Path, qtbot: QtBot) -> None:
    assert main_window.open_path(kb_project)
    project = main_window.opened.project  # type: ignore[union-attr]
    assert not project.link
    service = main_window.fitgap_dock.links.suggest_service(project)
    process_id = main_window.scene.process_id  # type: ignore[union-attr]
    dialog = PrefillDialog(service, process_id, main_window)
    qtbot.addWidget(dialog)
    assert dialog.scope.count() == 2
    dialog.scope.setCurrentIndex(1)  # whole project
    proposals = len(dialog.proposals)
    assert proposals >= 4 and all(dialog.decisions)
    unlinked = len(service.unlinked_steps())
    assert unlinked > proposals  # the low-confidence ones are left for the room
    assert str(unlinked) in dialog.summary.text() and str(unlinked - proposals) in dialog.summary.text()
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 4)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)  # reject row 0, move to row 1
    assert dialog.decisions[0] is False and dialog.table.currentRow() == 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    assert dialog.decisions[:3] == [False, False, True]
    dialog.table.setCurrentCell(1, 4)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # toggle back
    assert dialog.decisions[1] is True
    second = dialog.proposals[2].alternatives[1].item_id
    dialog.table.setCurrentCell(2, 4)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # the second suggestion instead
    assert dialog.chosen(2)[0] == second and dialog.decisions[2] is True
    assert project.item[second].code in dialog.table.item(2, 2).text()  # type: ignore[union-attr]
    rejected = dialog.proposals[0]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert dialog.result_edit is not None
    before = main_window.undo_stack.count()
    main_window.push_edit(dialog.result_edit, "Pre-fill links")
    assert main_window.undo_stack.count() == before + 1
    assert len(project.link) == proposals - 1
    assert not project.links_of_step(rejected.step_id)
    assert [lk.item_id for lk in project.links_of_step(dialog.proposals[2].step_id)] == [second]
    evidence = {(e.code, e.weight) for e in LearningStore().evidence()}
    assert (project.item[rejected.item_id].code, -1.0) in evidence
    main_window.undo_stack.undo()
    assert not project.link


def test_prefill_threshold_leaves_steps_for_the_room(kb_project: Path, qtbot: QtBot) -> None:
    opened = ProjectService().open(kb_project, read_only=True)
    try:
        dialog = PrefillDialog(SuggestService(opened.project), None)
        qtbot.addWidget(dialog)
        everything = len(dialog.proposals)
        dialog.threshold.setValue(0.6)
        assert len(dialog.proposals) < everything
        assert all(p.score >= 0.6 for p in dialog.proposals)
        dialog.threshold.setValue(1.5)
        assert not dialog.proposals
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).isEnabled()
    finally:
        opened.close()


def test_thesaurus_dialog_imports_a_shift_jis_csv_and_words_a_bad_one_in_the_ui_language(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ThesaurusDialog(UserThesaurus(tmp_path))
    qtbot.addWidget(dialog)
    excel = tmp_path / "excel.csv"
    excel.write_bytes("term,canonical,source\r\n転宅,転居,group\r\n".encode("cp932"))  # Excel's 「CSV」 on Windows
    assert dialog.import_csv(excel) == 1
    broken = tmp_path / "broken.csv"
    broken.write_text("a,b\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    set_language("en")
    try:
        dialog.import_dialog()
    finally:
        set_language("ja")
    assert shown == [f"Cannot read the thesaurus: {broken}, row 1 (make row 1 the header term,canonical,source)"]
    assert [e.term for e in dialog.entries()] == ["転宅"]  # nothing lost


def test_thesaurus_dialog_edits_imports_and_exports(tmp_path: Path, qtbot: QtBot) -> None:
    user = UserThesaurus(tmp_path)
    dialog = ThesaurusDialog(user)
    qtbot.addWidget(dialog)
    assert dialog.bundled.rowCount() >= 40
    assert dialog.table.rowCount() == 0
    dialog.add_row()
    dialog.table.item(0, 0).setText("ごあいさつ")  # type: ignore[union-attr]
    dialog.table.item(0, 1).setText("基本検索")  # type: ignore[union-attr]
    shared = tmp_path / "group.csv"
    shared.write_text("term,canonical,source\n転宅,転居,group\nごあいさつ,照会,group\n", encoding="utf-8")
    assert dialog.import_csv(shared) == 2
    assert [(e.term, e.canonical) for e in dialog.entries()] == [("ごあいさつ", "照会"), ("転宅", "転居")]
    dialog.bundled.setCurrentCell(0, 0)
    dialog.copy_bundled()
    assert len(dialog.entries()) == 3
    out = tmp_path / "out.csv"
    dialog.export_csv(out)
    assert out.read_text(encoding="utf-8").startswith("\ufeffterm,canonical,source,note")
    dialog.save()
    assert dialog.saved
    assert [e.term for e in user.entries()][:2] == ["ごあいさつ", "転宅"]
    assert ThesaurusEntry("転宅", "転居", "group") in user.entries()


def test_settings_switch_and_forget(qtbot: QtBot) -> None:
    store = LearningStore()
    store.record("転入届を受付", "JUKI1-4.1.0.2-M", 1.0)
    settings = Settings()
    dialog = SettingsDialog(settings, learning=store)
    qtbot.addWidget(dialog)
    assert dialog.learn.isChecked()
    assert "1" in dialog.forget.text() and dialog.forget.isEnabled()
    dialog.forget.click()
    assert dialog.cleared and len(store) == 0 and not dialog.forget.isEnabled()
    dialog.learn.setChecked(False)
    dialog.apply_to(settings)
    assert settings.learn_from_links is False


COLD_START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from jcloud_desk.analysis.words import shared_analyser
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(ProjectService(), SettingsStore(), Settings())
window.show()
assert window.open_path(Path(sys.argv[1]))
app.processEvents()
print("at start:", "sudachipy" in sys.modules, shared_analyser().loaded)
window.fitgap_dock.raise_()  # the tab with the suggestions
step = next(s.id for s in window.opened.project.step.values() if s.kind.is_activity)
window.scene.select_steps([step])
app.processEvents()
print("after a step:", "sudachipy" in sys.modules, shared_analyser().loaded)
"""


@pytest.mark.slow
def test_the_analyser_loads_only_when_suggestions_are_first_needed(small_project_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("sudachipy")
    env = subprocess_env(str(tmp_path))
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", COLD_START, str(small_project_file)], capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "at start: False False" in result.stdout
    assert "after a step: True True" in result.stdout


def test_window_menus_and_learning_setting(main_window: MainWindow, kb_project: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QAction

    prefill = main_window.findChild(QAction, "action_prefill_links")
    assert prefill is not None and main_window.findChild(QAction, "action_thesaurus") is not None
    links = main_window.fitgap_dock.links
    assert links.learning
    main_window.settings.learn_from_links = False
    main_window.file_actions.settings_changed.emit()
    assert links.learning is False
    assert main_window.open_path(kb_project)
    project = main_window.opened.project  # type: ignore[union-attr]
    monkeypatch.setattr(PrefillDialog, "exec", lambda self: self.apply() or 1)  # accept every proposal
    prefill.trigger()
    assert project.link and main_window.undo_stack.count() == 1
    main_window.undo_stack.undo()
    assert not project.link
