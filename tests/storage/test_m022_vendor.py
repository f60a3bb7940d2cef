"""m022: the project's chosen vendor is stored in the file; files written before it open, migrate and keep using
the vendor with the most answers until one is chosen."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.analysis.vendor_index import VendorChoice, chosen_vendor
from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import CLASSES
from jcloud_desk.domain.project_ops import configure_project
from jcloud_desk.domain.vendor import VendorAnswer, VendorAnswerKind, vendor_answer_id
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.rows import to_row
from jcloud_desk.storage.schema import known_migrations, migrations
from jcloud_desk.storage.sqlite_utils_import import Database
from tests.factories import small_project

M022 = "m022_chosen_vendor"
CAT = "住民記録システム標準仕様書"


def _answers() -> list[VendorAnswer]:
    """A社 answers two items, B社 one."""
    return [VendorAnswer(vendor_answer_id(vendor, CAT, ItemKind.FUNCTION, code), CAT, code, vendor,
                         ItemKind.FUNCTION, VendorAnswerKind.PROVIDED)
            for vendor, code in (("A社", "0010001"), ("A社", "0010002"), ("B社", "0010001"))]


def m021_file(path: Path) -> Path:
    """small_project() with the vendor answers above, written in the format before m022."""
    project = small_project()
    project.vendor_answer = {a.id: a for a in _answers()}
    db = Database(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        migrations().apply(db, stop_before=M022)
        assert "vendor" not in db["info"].columns_dict  # type: ignore[union-attr]
        with db.atomic():
            for kind in CLASSES:
                columns = set(db[kind].columns_dict)  # type: ignore[union-attr]
                rows = [{k: v for k, v in to_row(e).items() if k in columns} for e in project.table(kind).values()]
                if rows:
                    db[kind].insert_all(rows)  # type: ignore[union-attr]
    finally:
        db.close()
    return path


def test_an_old_file_read_only_uses_the_vendor_with_most_answers(tmp_path: Path) -> None:
    path = m021_file(tmp_path / "old.jcdesk")
    with ProjectRepository.open(path, read_only=True) as repository:
        assert M022 not in repository.applied_migrations()
        project = repository.load()
    assert project.meta.vendor == "" and chosen_vendor(project) == VendorChoice("A社", False)


def test_an_old_file_migrates_then_the_choice_round_trips(tmp_path: Path) -> None:
    path = m021_file(tmp_path / "old.jcdesk")
    with ProjectRepository.open(path) as repository:
        assert repository.applied_migrations() == known_migrations()
        project = repository.load()
        assert project.meta.vendor == "" and chosen_vendor(project).name == "A社"
        edit = configure_project(project, vendor=" B社 ")
        assert edit is not None
        change = Change()
        inverse = edit.apply(project, change)
        repository.persist(project, change)
    with ProjectRepository.open(path) as repository:
        reopened = repository.load()
        assert reopened.meta.vendor == "B社" and chosen_vendor(reopened) == VendorChoice("B社", True)
        change = Change()
        inverse.apply(reopened, change)  # undo: back to the fallback
        repository.persist(reopened, change)
    with ProjectRepository.open(path, read_only=True) as repository:
        assert chosen_vendor(repository.load()) == VendorChoice("A社", False)
