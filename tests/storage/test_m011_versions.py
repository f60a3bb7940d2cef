"""m011 on a file written before it: the sample after a same-name re-import made by the old code (links moved by
機能ID, no version recorded). The old version is retired, links and judgments record what they point at today."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from jcloud_desk.analysis.coverage import unreferenced_mandatory
from jcloud_desk.analysis.review_queue import review_queue
from jcloud_desk.domain.edits import Change, SetFields
from jcloud_desk.domain.project import Project
from jcloud_desk.io.catalog.importer import read_catalog
from jcloud_desk.storage.repository import ProjectRepository
from tests import revision_fixture as rev
from tests.factories import write_before_migration

M011 = "m011_judged_catalog_version"


def reimported_the_old_way() -> tuple[Project, str, str]:
    """The sample plus the bundled catalogue again as a new version, links moved by code, nothing recorded."""
    project = rev.load_sample()
    # a file of that format has no 帳票 (item kinds came later, m014): the sample's 帳票 and their links go
    for form in [item for item in project.item.values() if item.is_form]:
        del project.item[form.id]
    for link in [lk for lk in project.link.values() if lk.item_id not in project.item]:
        del project.link[link.id]
    old_id = next(iter(project.catalog))
    again = read_catalog(rev.BUNDLED, rev.CATALOG_NAME, "第1.0版（再取込）")
    new = dataclasses.replace(again.catalog, previous_id=old_id)
    project.catalog[new.id] = new
    project.item.update((item.id, item) for item in again.items)
    by_code = {item.code: item.id for item in again.items}
    change = Change()
    for link in list(project.link.values()):
        SetFields.of(link, item_id=by_code[project.item[link.item_id].code], judged_item_id="").apply(project, change)
    for judgment in project.judgment.values():
        judgment.catalog_ids = ()
    return project, old_id, new.id


def test_m011_records_todays_versions_and_the_old_version_stops_counting(tmp_path: Path) -> None:
    project, old_id, new_id = reimported_the_old_way()
    path = write_before_migration(tmp_path / "old.jcdesk", project, M011)
    with ProjectRepository.open(path) as repository:
        migrated = repository.load()
    assert migrated.retired_catalogs() == {old_id}
    assert all(link.judged_item_id == link.item_id for link in migrated.link.values())
    assert {migrated.item[link.item_id].catalog_id for link in migrated.link.values()} == {new_id}
    linked_steps = {link.step_id for link in migrated.link.values()}
    assert {j.catalog_ids for j in migrated.judgment.values() if j.id in linked_steps} == {(new_id,)}
    assert {j.catalog_ids for j in migrated.judgment.values() if j.id not in linked_steps} <= {()}
    assert len(unreferenced_mandatory(migrated)) == 79  # 一般市; not 79 + 132 = 211
    assert review_queue(migrated) == []
