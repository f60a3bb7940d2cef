"""ProjectService: new / open / Save As / describe over real files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.errors import CorruptProjectError, ProjectExistsError, ProjectLockedError
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.schema import format_version, known_migrations
from tests.data.make_format_v1 import FIXTURE, STOP_BEFORE
from tests.factories import small_project


def _on_disk(path: Path) -> Project:
    with ProjectRepository.open(path, read_only=True) as repository:
        return repository.load()


@pytest.fixture
def service() -> ProjectService:
    return ProjectService(user=lambda: "tester")


def test_new_project(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "new.jcdesk"
    opened = service.new_project(path, "転入業務", municipality="テスト市", business="住民記録")
    try:
        assert opened.path == path and not opened.read_only
        meta = opened.project.meta
        assert (meta.name, meta.municipality, meta.business) == ("転入業務", "テスト市", "住民記録")
        assert meta.created_at
        assert opened.project.process == {}
    finally:
        opened.close()
    assert _on_disk(path) == opened.project


def test_new_project_refuses_existing_file(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "exists.jcdesk"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(ProjectExistsError):
        service.new_project(path, "x")
    assert path.read_text(encoding="utf-8") == "keep me"


def test_open_locks_and_close_releases(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    service.create_from(path, small_project()).close()
    opened = service.open(path)
    with pytest.raises(ProjectLockedError):
        service.open(path)
    reader = service.open(path, read_only=True)
    assert reader.project == small_project()
    reader.close()
    opened.close()
    service.open(path).close()


def test_open_failure_releases_the_lock(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    service.create_from(path, small_project()).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE step SET kind = 'unknown-kind' WHERE id = 's-check'")
    conn.close()
    with pytest.raises(CorruptProjectError):
        service.open(path)
    with ProjectRepository.open(path):  # the failed open did not keep the lock
        pass


def test_save_as_copies_and_continues_there(service: ProjectService, tmp_path: Path) -> None:
    first = tmp_path / "first.jcdesk"
    second = tmp_path / "second.jcdesk"
    opened = service.create_from(first, small_project())
    opened.session.apply(SetFields(Ref("judgment", "s-input"), (("verdict", Verdict.GAP),)))
    moved = service.save_as(opened, second)
    try:
        assert moved.path == second
        assert moved.session is opened.session
        assert _on_disk(second) == moved.project
        assert moved.repository.audit_trail("s-input"), "the audit trail travels with the copy"
        moved.session.apply(SetFields(Ref("step", "s-check"), (("label", "新しい方だけ"),)))
        assert _on_disk(second).step["s-check"].label == "新しい方だけ"
        assert _on_disk(first).step["s-check"].label == small_project().step["s-check"].label
        with ProjectRepository.open(first):  # the old file was released
            pass
    finally:
        moved.close()


def test_save_as_refuses_existing_target(service: ProjectService, tmp_path: Path) -> None:
    opened = service.create_from(tmp_path / "a.jcdesk", small_project())
    try:
        (tmp_path / "b.jcdesk").write_text("x", encoding="utf-8")
        with pytest.raises(ProjectExistsError):
            service.save_as(opened, tmp_path / "b.jcdesk")
        assert not opened.session.detached
        opened.session.apply(SetFields(Ref("step", "s-check"), (("label", "まだ元のファイル"),)))
        assert _on_disk(opened.path).step["s-check"].label == "まだ元のファイル"
    finally:
        opened.close()


def test_save_as_from_read_only(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    service.create_from(path, small_project()).close()
    reader = service.open(path, read_only=True)
    reader.session.apply(SetFields(Ref("step", "s-check"), (("label", "読み取り専用で編集"),)))
    copy = service.save_as(reader, tmp_path / "copy.jcdesk")
    try:
        assert not copy.read_only and not copy.session.detached
        assert _on_disk(copy.path) == copy.project
    finally:
        copy.close()


def test_describe(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    opened = service.create_from(path, small_project())
    try:
        summary = service.describe(path)  # works while the file is open for writing elsewhere
    finally:
        opened.close()
    assert summary["format_version"] == format_version()
    assert summary["processes"] == [
        {"id": "proc-1", "name": "転入届", "kind": "as_is", "municipality": "テスト市", "lanes": 2, "phases": 3,
         "steps": 5, "tasks": 3, "flows": 4}
    ]
    assert [(c["name"], c["version"], c["items"]) for c in summary["catalogs"]] == [
        ("住民記録システム標準仕様書", "4.0", 3)
    ]
    assert summary["links"] == 2
    # activity steps only: s-check (unassessed), s-input (fit), s-issue (gap)
    assert summary["verdicts"]["fit"] == 1 and summary["verdicts"]["gap"] == 1
    assert summary["verdicts"]["unassessed"] == 1
    assert sum(summary["verdicts"].values()) == 3


def test_describe_reports_the_files_own_format(service: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "old.jcdesk"
    shutil.copyfile(FIXTURE, path)
    assert service.describe(path)["format_version"] == known_migrations().index(STOP_BEFORE)
    service.open(path).close()  # migrates
    assert service.describe(path)["format_version"] == format_version()
