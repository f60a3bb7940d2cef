"""Merge baselines (m007): the migration of an m006 file, snapshot round trips, distributing copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.domain.edits import Change, SetFields
from jcloud_desk.domain.project import CLASSES, Ref
from jcloud_desk.services.merge_files import base_project
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.errors import ProjectExistsError, ProjectWriteError
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.schema import known_migrations
from tests.factories import as_migrated, small_project, write_before_migration

M007 = "m007_merge_baseline"


def m006_file(path: Path) -> Path:
    """small_project() written as the format before m007 (no baseline table, no info.origin_id)."""
    return write_before_migration(path, small_project(), M007)


def test_m007_upgrades_an_m006_file(tmp_path: Path) -> None:
    path = m006_file(tmp_path / "old.jcdesk")
    with ProjectRepository.open(path, read_only=True) as old:
        assert old.applied_migrations() == known_migrations()[: known_migrations().index(M007)]
        assert old.read_baseline() is None and old.baseline_ids() == [] and old.origin_id() == ""
        assert old.load() == small_project()
    with ProjectRepository.open(path) as repository:
        assert repository.applied_migrations() == known_migrations()
        assert repository.db["baseline"].exists()
        assert next(repository.db.query("SELECT origin_id FROM info"))["origin_id"] == ""
        assert repository.load() == as_migrated(small_project())
        assert repository.read_baseline() is None and repository.origin_id() == ""
    assert path.with_name("old.jcdesk.before-upgrade.bak").exists()


def test_baseline_round_trip(tmp_path: Path) -> None:
    project = small_project()
    with ProjectRepository.create(tmp_path / "p.jcdesk", project) as repository:
        repository.write_baseline(project, "origin-a")
        rows = repository.read_baseline("origin-a")
        assert rows is not None
        assert set(rows) == {Ref(kind, e.id) for kind in CLASSES for e in project.table(kind).values()}
        assert base_project(rows) == project
        assert repository.baseline_ids() == ["origin-a"] and repository.origin_id() == ""
        assert repository.read_baseline() is None  # this file is not a copy of anything
        assert repository.baseline_equal_to(project) == "origin-a"
        change = Change()
        SetFields(Ref("step", "s-check"), (("label", "変更"),)).apply(project, change)
        repository.persist(project, change)
        assert repository.baseline_equal_to(project) == ""
        repository.write_baseline(project, "origin-b")
        assert repository.baseline_ids() == ["origin-a", "origin-b"]
        repository.write_baseline(project, "origin-c", as_copy=True)
        assert repository.baseline_ids() == ["origin-c"] and repository.origin_id() == "origin-c"
        change = Change()
        SetFields(Ref("info", "project"), (("name", "改名"),)).apply(project, change)
        repository.persist(project, change)  # an edit of the info row keeps the file's origin
        assert repository.origin_id() == "origin-c"
        assert base_project(repository.read_baseline() or {}).meta.name == "住民記録テスト"
    with ProjectRepository.open(tmp_path / "p.jcdesk", read_only=True) as reader:
        assert reader.origin_id() == "origin-c" and reader.read_baseline() is not None
        with pytest.raises(ProjectWriteError):
            reader.write_baseline(project, "origin-d")


def test_distribute_copy_keeps_the_origin_in_both_files(tmp_path: Path) -> None:
    service = ProjectService()
    master = service.create_from(tmp_path / "master.jcdesk", small_project())
    try:
        first = service.distribute_copy(master, tmp_path / "a.jcdesk")
        second = service.distribute_copy(master, tmp_path / "b.jcdesk")
        with pytest.raises(ProjectExistsError):
            service.distribute_copy(master, first)
        (origin,) = master.repository.baseline_ids()
        assert master.repository.origin_id() == ""
        for path in (first, second):  # handed out before anything changed: one distribution
            with ProjectRepository.open(path, read_only=True) as copy:
                assert copy.origin_id() == origin and copy.baseline_ids() == [origin]
                assert copy.load() == master.project
        master.session.apply(SetFields(Ref("step", "s-check"), (("label", "改訂"),)))
        later = service.distribute_copy(master, tmp_path / "c.jcdesk")
        assert len(master.repository.baseline_ids()) == 2
        with ProjectRepository.open(later, read_only=True) as copy:
            assert copy.origin_id() != origin and copy.baseline_ids() == [copy.origin_id()]
            assert base_project(copy.read_baseline() or {}).step["s-check"].label == "改訂"
        assert [p.name for p in tmp_path.glob("*.lock")] == ["master.jcdesk.lock"]  # copies are released
    finally:
        master.close()
    read_only = service.open(tmp_path / "master.jcdesk", read_only=True)
    try:
        with pytest.raises(ProjectWriteError):
            service.distribute_copy(read_only, tmp_path / "d.jcdesk")
        assert not (tmp_path / "d.jcdesk").exists()
    finally:
        read_only.close()
