"""An old-format file (tests/data/format_v1.jcdesk) opens, migrates, keeps its data and leaves a backup."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from jcloud_desk.domain.edits import Change, SetFields
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Ref
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.rows import from_row
from jcloud_desk.storage.schema import format_version, known_migrations, pending_migrations
from tests.data.make_format_v1 import FIXTURE, ROWS, STOP_BEFORE, build
from tests.factories import as_migrated


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A private copy of the fixture (tests/data is never modified)."""
    target = tmp_path / "old.jcdesk"
    shutil.copyfile(FIXTURE, target)
    return target


def as_migrated_row(kind: str, row: dict[str, object]) -> object:
    """The entity of an old row as m011 leaves it (links and judgments gain the version judged against)."""
    entity = from_row(kind, row)
    if kind == "link":
        entity.judged_item_id = entity.item_id
    if kind == "judgment":
        entity.catalog_ids = ("cat-old",)
    return entity


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fixture_is_the_old_format(old_file: Path) -> None:
    with ProjectRepository.open(old_file, read_only=True) as repository:
        assert repository.applied_migrations() == known_migrations()[: known_migrations().index(STOP_BEFORE)]
        assert len(pending_migrations(repository.conn)) >= 1
        assert not repository.db["change_log"].exists()


def test_open_migrates_and_keeps_data(old_file: Path) -> None:
    fixture_hash = _sha256(FIXTURE)
    with ProjectRepository.open(old_file) as repository:
        assert repository.applied_migrations() == known_migrations()
        assert len(repository.applied_migrations()) == format_version()
        assert pending_migrations(repository.conn) == []
        project = repository.load()
        for kind, rows in ROWS.items():
            assert {r["id"] for r in rows} == set(project.table(kind)), kind
            for row in rows:
                assert project.table(kind)[row["id"]] == as_migrated_row(kind, row), (kind, row["id"])
                stored = next(repository.db.query(f"SELECT * FROM [{kind}] WHERE id = ?", [row["id"]]))
                assert {k: stored[k] for k in row} == row, (kind, row["id"])
        assert project.meta.name == "旧形式プロジェクト"
        assert project.step["s-a"].attrs == {"owner": "窓口担当"}
        assert project.judgment["s-b"].verdict is Verdict.PARTIAL
        # m011: the link and the judgment record the catalogue version they point at today
        assert project.link["link-old"].judged_item_id == "item-old"
        assert project.judgment["s-b"].catalog_ids == ("cat-old",)
        assert repository.audit_trail() == []
    assert _sha256(FIXTURE) == fixture_hash


def test_backup_before_upgrade_is_the_old_file(old_file: Path) -> None:
    with ProjectRepository.open(old_file):
        pass
    backup = old_file.with_name(old_file.name + ".before-upgrade.bak")
    assert backup.exists()
    with ProjectRepository.open(backup, read_only=True) as repository:
        assert repository.applied_migrations() == ["m001_initial"]
        with ProjectRepository.open(old_file, read_only=True) as migrated:
            assert as_migrated(repository.load()) == migrated.load()
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["old.jcdesk", "old.jcdesk.before-upgrade.bak"]


def test_migrated_file_accepts_audited_edits(old_file: Path) -> None:
    with ProjectRepository.open(old_file) as repository:
        project = repository.load()
        change = Change()
        SetFields(Ref("judgment", "s-b"), (("verdict", Verdict.FIT),)).apply(project, change)
        repository.persist(project, change, user="移行後", at="2024-01-01T00:00:00")
        assert [(r["by"], r["old"], r["new"]) for r in repository.audit_trail("s-b")] == [("移行後", "partial", "fit")]
    with ProjectRepository.open(old_file, read_only=True) as repository:
        assert repository.load() == project


def test_second_open_does_not_migrate_or_back_up_again(old_file: Path) -> None:
    with ProjectRepository.open(old_file):
        pass
    backup = old_file.with_name(old_file.name + ".before-upgrade.bak")
    backup_hash = _sha256(backup)
    with ProjectRepository.open(old_file) as repository:
        assert repository.applied_migrations() == known_migrations()
    assert _sha256(backup) == backup_hash


def test_read_only_open_does_not_migrate(old_file: Path) -> None:
    before = _sha256(old_file)
    with ProjectRepository.open(old_file, read_only=True) as repository:
        assert repository.load().meta.name == "旧形式プロジェクト"
    assert _sha256(old_file) == before
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["old.jcdesk"]


def test_fixture_script_reproduces_the_fixture(tmp_path: Path, old_file: Path) -> None:
    rebuilt = tmp_path / "rebuilt.jcdesk"
    build(rebuilt)
    with ProjectRepository.open(rebuilt, read_only=True) as fresh, ProjectRepository.open(
        old_file, read_only=True
    ) as committed:
        assert fresh.applied_migrations() == committed.applied_migrations()
        assert fresh.load() == committed.load()
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        assert list(fresh.db.query(schema)) == list(committed.db.query(schema))


def test_every_migration_is_known_once() -> None:
    names = known_migrations()
    assert len(names) == len(set(names))
    assert names[0] == "m001_initial"
    assert STOP_BEFORE in names
