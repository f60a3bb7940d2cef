"""ProjectRepository: a project round-trips through its file; each persisted Change reopens equal to memory."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jcloud_desk.domain.cascades import remove_catalog, remove_lane, remove_process, remove_steps
from jcloud_desk.domain.catalog import Catalog, CatalogItem
from jcloud_desk.domain.edits import Add, Batch, Change, Edit, Remove, SetFields
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import Flow, Lane, Phase, Process, Step
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.storage.errors import CorruptProjectError, ProjectExistsError, ProjectWriteError
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.schema import APPLICATION_ID, known_migrations
from tests.factories import small_project


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "p.jcdesk"


@pytest.fixture
def repo(path: Path) -> Iterator[ProjectRepository]:
    repository = ProjectRepository.create(path, small_project())
    yield repository
    repository.close()


def _reopened(path: Path) -> Project:
    with ProjectRepository.open(path, read_only=True) as repository:
        return repository.load()


def _persist(repo: ProjectRepository, project: Project, edit: Edit, user: str = "tester", at: str = "") -> Edit:
    change = Change()
    inverse = edit.apply(project, change)
    repo.persist(project, change, user=user, at=at or "2024-05-01T10:00:00")
    return inverse


def test_create_then_load_is_equal(repo: ProjectRepository, path: Path) -> None:
    assert repo.load() == small_project()
    repo.close()
    assert _reopened(path) == small_project()


def test_round_trip_of_every_field_type(path: Path) -> None:
    project = small_project()
    project.link["link-input"].verdict = None
    project.step["s-check"].attrs = {"owner": "担当", "forms": "転入届、本人確認書類", "empty": ""}
    project.meta.adopted_options = ()
    project.step["s-end"].x = 0.1 + 0.2  # not representable exactly; REAL keeps all 64 bits
    with ProjectRepository.create(path, project):
        pass
    loaded = _reopened(path)
    assert loaded == project
    assert isinstance(loaded.judgment["s-issue"].verdict, Verdict)
    assert isinstance(loaded.judgment["s-issue"].resolution, Resolution)
    assert loaded.link["link-input"].verdict is None
    assert isinstance(loaded.meta.adopted_options, tuple)
    assert isinstance(loaded.step["s-start"].x, float)


def test_empty_project_round_trip(path: Path) -> None:
    with ProjectRepository.create(path, Project()) as repository:
        assert repository.load() == Project()


def test_create_refuses_existing_file(path: Path) -> None:
    path.write_bytes(b"precious")
    with pytest.raises(ProjectExistsError):
        ProjectRepository.create(path, small_project())
    assert path.read_bytes() == b"precious"


EDITS = {
    "add": lambda p: Batch((
        Add(Process(id="proc-2", name="転出届")),
        Add(Lane(id="lane-2", process_id="proc-2", name="窓口")),
        Add(Phase(id="ph-2", process_id="proc-2", name="受付")),
        Add(Step(id="s-2", process_id="proc-2", lane_id="lane-2", phase_id="ph-2", attrs={"owner": "x"})),
        Add(Step(id="s-3", process_id="proc-2", lane_id="lane-2")),
        Add(Flow(id="f-2", process_id="proc-2", source_id="s-2", target_id="s-3")),
        Add(Catalog(id="cat-2", name="ベンダー")),
        Add(CatalogItem(id="item-2", catalog_id="cat-2", code="V-1", title="機能")),
        Add(Link(id="link-2", step_id="s-2", item_id="item-2")),
        Add(Judgment(id="s-2", verdict=Verdict.FIT_OPTION)),
    )),
    "update": lambda p: Batch((
        SetFields(Ref("step", "s-check"), (("label", "更新"), ("lane_id", "lane-system"), ("attrs", {"a": "b"}))),
        SetFields(Ref("judgment", "s-issue"), (("verdict", Verdict.FIT), ("resolution", Resolution.NONE))),
        SetFields(Ref("info", "project"), (("name", "改名"), ("adopted_options", ("a", "b")))),
        SetFields(Ref("link", "link-issue"), (("verdict", None),)),
    )),
    "remove": lambda p: Batch((Remove(Ref("link", "link-issue")), Remove(Ref("flow", "f-issue-end")))),
    "remove steps": lambda p: remove_steps(p, ["s-check", "s-issue"]),
    "remove lane": lambda p: remove_lane(p, "lane-window"),
    "remove lane moving steps": lambda p: remove_lane(p, "lane-window", move_steps_to="lane-system"),
    "remove process": lambda p: remove_process(p, "proc-1"),
    "remove catalog": lambda p: remove_catalog(p, "cat-std"),
    "remove then re-add": lambda p: Batch((
        Remove(Ref("flow", "f-issue-end")), Remove(Ref("step", "s-end")),
        Add(Step(id="s-end", process_id="proc-1", lane_id="lane-system", label="置換")),
    )),
    "remove, re-add, remove": lambda p: Batch((
        Remove(Ref("link", "link-input")),
        Add(Link(id="link-input", step_id="s-check", item_id="item-optional")),
        Remove(Ref("link", "link-input")),
    )),
    "add then remove": lambda p: Batch((
        Add(Lane(id="lane-tmp", process_id="proc-1", name="tmp")), Remove(Ref("lane", "lane-tmp")),
    )),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_persisted_change_reopens_equal(repo: ProjectRepository, path: Path, name: str) -> None:
    project = repo.load()
    inverse = _persist(repo, project, EDITS[name](project))
    assert repo.load() == project
    assert _reopened(path) == project
    # and the undo persists too
    _persist(repo, project, inverse)
    assert project == small_project()
    assert _reopened(path) == small_project()


def test_many_small_persists(repo: ProjectRepository, path: Path) -> None:
    project = repo.load()
    for n in range(30):
        _persist(repo, project, Add(Step(id=f"s-{n}", process_id="proc-1", lane_id="lane-system", label=str(n))))
        _persist(repo, project, SetFields(Ref("step", f"s-{n}"), (("x", float(n)),)))
    repo.close()
    assert _reopened(path) == project


def test_audit_trail_records_user_and_time(repo: ProjectRepository) -> None:
    project = repo.load()
    _persist(repo, project, SetFields(Ref("judgment", "s-issue"), (("verdict", Verdict.FIT),)),
             user="山田", at="2024-05-01T10:00:00")
    _persist(repo, project, SetFields(Ref("judgment", "s-issue"), (("verdict", Verdict.PARTIAL),)),
             user="佐藤", at="2024-05-02T11:30:00")
    _persist(repo, project, SetFields(Ref("step", "s-check"), (("label", "not audited"),)), user="x")
    trail = repo.audit_trail("s-issue")
    assert [(r["by"], r["at"], r["entity"], r["field"], r["old"], r["new"]) for r in trail] == [
        ("山田", "2024-05-01T10:00:00", "judgment", "verdict", "gap", "fit"),
        ("佐藤", "2024-05-02T11:30:00", "judgment", "verdict", "fit", "partial"),
    ]
    assert repo.audit_trail() == trail
    assert trail[0]["seq"] < trail[1]["seq"]


def test_audit_trail_records_link_lifecycle(repo: ProjectRepository) -> None:
    project = repo.load()
    _persist(repo, project, remove_steps(project, ["s-issue"]), user="u")
    rows = [(r["entity"], r["entity_id"], r["new"]) for r in repo.audit_trail()]
    assert ("link", "link-issue", "removed") in rows
    assert ("judgment", "s-issue", "removed") in rows


def test_change_log_is_append_only(repo: ProjectRepository) -> None:
    project = repo.load()
    _persist(repo, project, SetFields(Ref("judgment", "s-input"), (("verdict", Verdict.GAP),)))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        repo.db.execute("UPDATE change_log SET by = 'someone else'")
    assert repo.audit_trail()[0]["by"] == "tester"


def test_replace_all_rewrites_everything(repo: ProjectRepository, path: Path) -> None:
    other = small_project()
    remove_process(other, "proc-1").apply(other, Change())
    other.meta.name = "置換後"
    repo.replace_all(other)
    assert repo.load() == other
    repo.close()
    assert _reopened(path) == other


def test_backup_to_makes_one_equal_file(repo: ProjectRepository, tmp_path: Path) -> None:
    target_dir = tmp_path / "copies"
    target_dir.mkdir()
    target = target_dir / "copy.jcdesk"
    project = repo.load()
    _persist(repo, project, SetFields(Ref("judgment", "s-input"), (("verdict", Verdict.GAP),)))
    repo.backup_to(target)
    assert sorted(p.name for p in target_dir.iterdir()) == ["copy.jcdesk"]
    assert _reopened(target) == project
    with ProjectRepository.open(target, read_only=True) as copy_repo:
        assert copy_repo.audit_trail() == repo.audit_trail()
        assert copy_repo.applied_migrations() == known_migrations()
    assert sorted(p.name for p in target_dir.iterdir()) == ["copy.jcdesk"]


def test_no_companion_files_after_close(path: Path) -> None:
    repository = ProjectRepository.create(path, small_project())
    project = repository.load()
    _persist(repository, project, remove_steps(project, ["s-check"]))
    repository.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_pragmas(repo: ProjectRepository, path: Path) -> None:
    assert repo.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert repo.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert repo.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    repo.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_foreign_keys_are_enforced(repo: ProjectRepository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute("INSERT INTO step (id, process_id, lane_id) VALUES ('x', 'proc-1', 'no-lane')")
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute("DELETE FROM lane WHERE id = 'lane-window'")


def test_persist_of_a_dangling_change_fails_atomically(repo: ProjectRepository, path: Path) -> None:
    # a Remove without its cascade leaves steps pointing at a missing lane: the file refuses it as a whole
    project = repo.load()
    change = Change()
    Batch((SetFields(Ref("step", "s-check"), (("label", "x"),)), Remove(Ref("lane", "lane-system")))).apply(
        project, change
    )
    with pytest.raises(ProjectWriteError):
        repo.persist(project, change)
    assert _reopened(path) == small_project()


def test_read_only_repository_refuses_writes(repo: ProjectRepository, path: Path) -> None:
    with ProjectRepository.open(path, read_only=True) as reader:
        project = reader.load()
        change = Change()
        SetFields(Ref("step", "s-check"), (("label", "x"),)).apply(project, change)
        with pytest.raises(ProjectWriteError):
            reader.persist(project, change)
        with pytest.raises(ProjectWriteError):
            reader.replace_all(project)


def test_unreadable_values_are_reported_as_corrupt(repo: ProjectRepository, path: Path) -> None:
    repo.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE judgment SET verdict = 'no-such-verdict' WHERE id = 's-input'")
    conn.close()
    with ProjectRepository.open(path, read_only=True) as reader, pytest.raises(CorruptProjectError):
        reader.load()


def test_snapshot_is_independent_of_the_file(repo: ProjectRepository) -> None:
    first = repo.load()
    snapshot = copy.deepcopy(first)
    second = repo.load()
    second.step["s-check"].label = "changed"
    assert first == snapshot
