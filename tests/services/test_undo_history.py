"""The session keeps the editor's undo history in the file; changes outside it clear it with a note."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.services.edit_session import NOTE_MERGED
from jcloud_desk.services.project_service import ProjectService
from tests.factories import small_project


def test_actions_are_kept_and_undone_across_sessions(tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    opened = ProjectService().create_from(path, small_project())
    session = opened.session
    first = session.do(SetFields.of(session.project.step["s-check"], label="一"), "rename 1")
    session.do(SetFields.of(session.project.step["s-issue"], label="二"), "rename 2")
    session.undo(session.do(SetFields.of(session.project.step["s-end"], label="三"), "rename 3"))
    opened.close()

    again = ProjectService().open(path)
    entries, note = again.session.undo_history()
    assert [text for text, _inverse in entries] == ["rename 1", "rename 2"] and note == ""
    for _text, inverse in reversed(entries):
        again.session.undo(inverse)
    assert again.project.step["s-check"].label == "届出内容を確認"
    assert again.session.undo_history() == ([], "")
    again.close()
    assert ProjectService().open(path, read_only=True).project.step["s-check"].label == "届出内容を確認"
    assert first == SetFields(first.ref, (("label", "届出内容を確認"),))  # type: ignore[attr-defined]


def test_a_change_outside_the_history_clears_it_with_its_note(tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    opened = ProjectService().create_from(path, small_project())
    opened.session.do(SetFields.of(opened.project.step["s-check"], label="一"), "rename")
    opened.session.apply(SetFields.of(opened.project.step["s-issue"], label="統合で変更"), NOTE_MERGED)
    assert opened.session.undo_history() == ([], NOTE_MERGED)
    opened.session.apply(SetFields.of(opened.project.step["s-issue"], label="もう一度"))
    assert opened.session.undo_history() == ([], NOTE_MERGED), "an empty history is not cleared again"
    opened.close()


def test_a_copy_for_a_municipality_starts_its_own_history(tmp_path: Path) -> None:
    service = ProjectService()
    opened = service.create_from(tmp_path / "p.jcdesk", small_project())
    opened.session.do(SetFields.of(opened.project.step["s-check"], label="一"), "rename")
    copy = service.distribute_copy(opened, tmp_path / "copy.jcdesk")
    opened.close()
    with_copy = service.open(copy, read_only=True)
    assert with_copy.session.undo_history() == ([], "copy")
    with_copy.close()
