"""EditSession: every applied edit is in the file at once; a failed write never loses the in-memory work."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Add, Change, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.services.edit_session import EditSession
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.storage.errors import ProjectWriteError
from jcloud_desk.storage.repository import ProjectRepository
from tests.domain.test_edit_properties import Actions
from tests.factories import small_project


@pytest.fixture
def service() -> ProjectService:
    return ProjectService(user=lambda: "山田")


@pytest.fixture
def opened(service: ProjectService, tmp_path: Path) -> Iterator[OpenProject]:
    project = service.create_from(tmp_path / "p.jcdesk", small_project())
    yield project
    project.close()


def _on_disk(path: Path) -> Project:
    with ProjectRepository.open(path, read_only=True) as repository:
        return repository.load()


def test_each_apply_is_persisted(opened: OpenProject) -> None:
    session = opened.session
    assert not session.detached
    session.apply(Add(Step(id="s-new", process_id="proc-1", lane_id="lane-system", label="新規")))
    assert _on_disk(opened.path) == session.project
    session.apply(SetFields(Ref("step", "s-new"), (("label", "変更"),)))
    assert _on_disk(opened.path).step["s-new"].label == "変更"
    inverse = session.apply(remove_steps(session.project, ["s-check"]))
    assert _on_disk(opened.path) == session.project
    session.apply(inverse)
    assert "s-check" in _on_disk(opened.path).step


def test_audit_rows_carry_the_session_user(opened: OpenProject) -> None:
    opened.session.apply(SetFields(Ref("judgment", "s-input"), (("verdict", Verdict.GAP),)))
    trail = opened.repository.audit_trail("s-input")
    assert [(r["by"], r["old"], r["new"]) for r in trail] == [("山田", "fit", "gap")]
    assert trail[0]["at"][:2] == "20" and "T" in trail[0]["at"]


def test_listeners_get_the_change(opened: OpenProject) -> None:
    changes: list[Change] = []
    opened.session.subscribe(changes.append)
    opened.session.apply(SetFields(Ref("step", "s-check"), (("label", "x"),)))
    assert [c.updated for c in changes] == [{Ref("step", "s-check")}]


def test_refused_edit_changes_nothing_and_notifies_nobody(opened: OpenProject) -> None:
    changes: list[Change] = []
    opened.session.subscribe(changes.append)
    with pytest.raises(DomainError):
        opened.session.apply(Add(Step(id="s-x", process_id="proc-1", lane_id="no-lane")))
    assert changes == []
    assert opened.project == small_project()
    assert _on_disk(opened.path) == small_project()
    assert not opened.session.detached


def test_session_without_repository_is_detached() -> None:
    session = EditSession(small_project())
    assert session.detached
    inverse = session.apply(SetFields(Ref("step", "s-check"), (("label", "x"),)))
    session.apply(inverse)
    assert session.project == small_project()


def test_write_failure_keeps_memory_and_detaches(opened: OpenProject, service: ProjectService, tmp_path: Path) -> None:
    errors: list[ProjectWriteError] = []
    changes: list[Change] = []
    session = opened.session
    session.subscribe_errors(errors.append)
    session.subscribe(changes.append)
    session.apply(SetFields(Ref("step", "s-check"), (("label", "保存済み"),)))

    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.move(opened.path, moved / "p.jcdesk")

    session.apply(SetFields(Ref("step", "s-check"), (("label", "メモリのみ"),)))
    assert session.project.step["s-check"].label == "メモリのみ"
    assert session.detached
    assert len(errors) == 1 and isinstance(errors[0], ProjectWriteError)
    assert session.last_error is errors[0]
    assert "名前を付けて保存" in errors[0].user_message()
    assert len(changes) == 2, "views still hear about the edit"

    # later edits stay in memory without more error reports
    session.apply(Add(Step(id="s-later", process_id="proc-1", lane_id="lane-window", label="後で追加")))
    assert len(errors) == 1
    assert _on_disk(moved / "p.jcdesk").step["s-check"].label == "保存済み"

    target = tmp_path / "rescued.jcdesk"
    rescued = service.save_as(opened, target)
    try:
        assert rescued.path == target
        assert _on_disk(target) == session.project
        assert not rescued.session.detached, "autosave continues into the new file"
        session.apply(SetFields(Ref("step", "s-later"), (("label", "保存先で編集"),)))
        assert _on_disk(target).step["s-later"].label == "保存先で編集"
    finally:
        rescued.close()


def test_write_failure_from_the_database(opened: OpenProject) -> None:
    errors: list[ProjectWriteError] = []
    opened.session.subscribe_errors(errors.append)
    opened.repository.db.execute(
        "CREATE TRIGGER no_writes BEFORE UPDATE ON step BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    opened.session.apply(SetFields(Ref("step", "s-check"), (("label", "x"),)))
    assert opened.session.detached
    assert errors and "disk full" in errors[0].detail
    assert opened.project.step["s-check"].label == "x"
    assert _on_disk(opened.path).step["s-check"].label == small_project().step["s-check"].label


def test_read_only_session_never_writes(service: ProjectService, opened: OpenProject) -> None:
    reader = service.open(opened.path, read_only=True)
    try:
        assert reader.read_only and reader.session.detached
        reader.session.apply(SetFields(Ref("step", "s-check"), (("label", "x"),)))
        assert _on_disk(opened.path) == small_project()
    finally:
        reader.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_random_edits_persist_exactly(data: st.DataObject) -> None:
    """Whatever sequence of user actions (and their undo) is applied, the file always equals memory."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.jcdesk"
        opened = ProjectService(user=lambda: "prop").create_from(path, small_project())
        try:
            actions = Actions(data)
            inverses: list[Edit] = []
            for _ in range(data.draw(st.integers(min_value=5, max_value=25), label="length")):
                edit = data.draw(st.sampled_from(actions.all()), label="action")(opened.project)
                if edit is not None:
                    inverses.append(opened.session.apply(edit))
            assert not opened.session.detached, opened.session.last_error
            assert _on_disk(path) == opened.project
            for inverse in reversed(inverses):
                opened.session.apply(inverse)
            assert opened.project == small_project()
            assert _on_disk(path) == small_project()
        finally:
            opened.close()
