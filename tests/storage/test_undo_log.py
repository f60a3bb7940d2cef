"""The undo log in the project file: edits serialized generically, pushed / popped / bounded / cleared."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest

from jcloud_desk.domain import operations
from jcloud_desk.domain.cascades import remove_process, remove_steps
from jcloud_desk.domain.edits import Audit, AuditRecord, Change, Edit, SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.domain.project import Project
from jcloud_desk.storage import repository as repository_module
from jcloud_desk.storage import undo_log
from jcloud_desk.storage.edit_codec import EditCodecError, decode_edit, encode_edit
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.schema import migrations
from jcloud_desk.storage.undo_log import UndoOp
from tests.factories import small_project

EDITS: dict[str, Callable[[Project], Edit]] = {
    "remove steps (cascade)": lambda p: remove_steps(p, ["s-check"]),
    "remove process": lambda p: remove_process(p, "proc-1"),
    "judgment (enum)": lambda p: set_judgment(p, "s-check", verdict=Verdict.GAP),  # type: ignore[return-value]
    "new process": lambda p: operations.new_process(p, "転出届", ["窓口"], ["受付"])[1],
    "attrs (dict)": lambda p: SetFields.of(p.step["s-check"], attrs={"owner": "田中"}),
    "disabled checks (tuple)": lambda p: SetFields.of(p.meta, disabled_checks=("a", "b")),
    "audit event": lambda p: Audit(AuditRecord("merge", "x.jcdesk", "merge", "", "統合"),
                                   AuditRecord("merge", "x.jcdesk", "merge", "統合", "")),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_edits_and_their_inverses_survive_json(name: str) -> None:
    project = small_project()
    before = copy.deepcopy(project)
    edit = EDITS[name](project)
    assert decode_edit(encode_edit(edit)) == edit
    inverse = edit.apply(project, Change())
    restored = decode_edit(encode_edit(inverse))
    assert restored == inverse
    restored.apply(project, Change())
    assert project == before


def test_unknown_edit_is_refused() -> None:
    with pytest.raises(EditCodecError):
        decode_edit('{"edit": "Teleport"}')


def _label(repository: ProjectRepository, project: Project, text: str) -> None:
    edit = SetFields.of(project.step["s-check"], label=text)
    change = Change()
    inverse = edit.apply(project, change)
    repository.persist(project, change, at="now", undo=UndoOp("push", text, inverse))


def test_push_pop_and_reading_back(tmp_path: Path) -> None:
    project = small_project()
    repository = ProjectRepository.create(tmp_path / "p.jcdesk", project)
    for text in ("一", "二", "三"):
        _label(repository, project, text)
    repository.persist(project, Change(), undo=UndoOp("pop"))
    repository.close()
    with ProjectRepository.open(tmp_path / "p.jcdesk", read_only=True) as reopened:
        entries, note = reopened.undo_history()
    assert [e.text for e in entries] == ["一", "二"] and note == ""
    assert entries[-1].inverse == SetFields(entries[-1].inverse.ref, (("label", "一"),))  # type: ignore[attr-defined]


def test_log_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo_log, "LIMIT", 3)
    project = small_project()
    repository = ProjectRepository.create(tmp_path / "p.jcdesk", project)
    for number in range(5):
        _label(repository, project, str(number))
    assert [e.text for e in repository.undo_history()[0]] == ["2", "3", "4"] and repository.undo_log_size() == 3
    repository.close()


def test_clearing_leaves_a_note_and_pop_never_removes_it(tmp_path: Path) -> None:
    project = small_project()
    repository = ProjectRepository.create(tmp_path / "p.jcdesk", project)
    _label(repository, project, "前")
    repository.clear_undo_log(undo_log.NOTE_MERGED)
    repository.persist(project, Change(), undo=UndoOp("pop"))
    _label(repository, project, "後")
    entries, note = repository.undo_history()
    assert [e.text for e in entries] == ["後"] and note == undo_log.NOTE_MERGED
    repository.close()


def test_a_format_upgrade_clears_the_kept_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = small_project()
    path = tmp_path / "p.jcdesk"
    repository = ProjectRepository.create(path, project)
    _label(repository, project, "旧版での操作")
    repository.close()
    # as when this build brings a migration the file has not had yet
    monkeypatch.setattr(repository_module, "pending_migrations", lambda conn: ["m999_future"])
    monkeypatch.setattr(migrations(), "apply", lambda db: None)
    with ProjectRepository.open(path) as upgraded:
        assert upgraded.undo_history() == ([], undo_log.NOTE_MIGRATED)
