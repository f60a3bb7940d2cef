"""m008 / m009: files written before 団体区分 and link outcomes open, migrate and keep their meaning."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.analysis.coverage import customization_register
from jcloud_desk.analysis.open_risks import open_risks
from jcloud_desk.domain.fitgap import Resolution
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import CLASSES
from jcloud_desk.domain.workshop import Municipality
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.rows import to_row
from jcloud_desk.storage.schema import known_migrations, migrations
from jcloud_desk.storage.sqlite_utils_import import Database
from tests.factories import small_project

M008 = "m008_municipality_type"


def m007_file(path: Path) -> Path:
    """small_project() plus three municipalities with free-text 団体区分, written in the format before m008."""
    project = small_project()
    project.judgment["s-issue"].resolution = Resolution.SEPARATE_SYSTEM  # stored as 'separate_system' (他システム)
    rows = {kind: [to_row(e) for e in project.table(kind).values()] for kind in CLASSES}
    rows["municipality"] = [
        {"id": "m-1", "name": "みどり市", "lg_code": "", "category": "市"},
        {"id": "m-2", "name": "おおぞら市", "lg_code": "", "category": "政令指定都市"},
        {"id": "m-3", "name": "さくら村", "lg_code": "", "category": "村"},
        {"id": "m-4", "name": "どこか", "lg_code": "", "category": "広域連合"},
    ]
    db = Database(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        migrations().apply(db, stop_before=M008)
        with db.atomic():
            for kind, table_rows in rows.items():
                columns = set(db[kind].columns_dict)  # type: ignore[union-attr]
                if table_rows:
                    db[kind].insert_all(  # type: ignore[union-attr]
                        [{k: v for k, v in r.items() if k in columns} for r in table_rows])
    finally:
        db.close()
    return path


def test_old_file_migrates_to_unknown_type_mapped_categories_and_following_links(tmp_path: Path) -> None:
    path = m007_file(tmp_path / "old.jcdesk")
    with ProjectRepository.open(path) as repository:
        assert repository.applied_migrations() == known_migrations()
        project = repository.load()
        stored = {r["id"]: r["category"] for r in repository.db.query("SELECT id, category FROM municipality")}
    assert project.meta.municipality_type is MunicipalityType.UNKNOWN  # shown as 未設定, evaluated as 一般市
    assert project.meta.municipality_type.effective is MunicipalityType.CITY
    assert stored == {"m-1": "city", "m-2": "designated_city", "m-3": "town_village", "m-4": ""}
    assert project.municipality["m-3"] == Municipality("m-3", "さくら村", "", MunicipalityType.TOWN_VILLAGE)
    assert all(link.resolution is None for link in project.link.values())  # links follow their step
    assert all(item.conditions == {} and item.condition_note == "" for item in project.item.values())
    assert project.judgment["s-issue"].resolution is Resolution.SEPARATE_SYSTEM  # now labelled 独自施策システム
    # the old register counted the unadopted option on s-issue; now it is neither a customization nor a risk
    assert customization_register(project) == [] and open_risks(project) == []


def test_old_resolution_keys_of_other_tools_map_to_todays_outcomes() -> None:
    assert Resolution("other_system") is Resolution.SEPARATE_SYSTEM
    assert Resolution("configure") is Resolution.NO_ACTION
    assert Resolution("common_function") is Resolution.EUC
    assert Resolution("") is Resolution.NONE
