"""Form links and the 現行帳票 inventory round-trip through storage and undo; old adopted lists migrate."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.domain.catalog import CatalogItem, ImplClass, ItemKind
from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.fitgap_ops import link_item
from jcloud_desk.domain.forms import FormRoute
from jcloud_desk.domain.vendor import OptionStatus
from jcloud_desk.services.forms_service import import_inventory, municipality_id
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.schema import migrations
from tests.factories import small_project

INVENTORY = """帳票名,送付先,年間件数,帳票ID,差異,対応方法
住民票の写し,申請者,1200,0010001,印字項目の差異,標準帳票を使用
窓口集計表,市民課長,12,独自帳票,標準にない帳票,
"""


def _with_forms() -> object:
    project = small_project()
    project.item["form-1"] = CatalogItem(id="form-1", catalog_id="cat-std", code="0010001", title="住民票",
                                         impl_class=ImplClass.MANDATORY, sort=9.0, kind=ItemKind.FORM, media="紙",
                                         print_items="氏名、住所")
    return project


def test_form_links_and_inventory_survive_reopen_and_undo(tmp_path: Path) -> None:
    service = ProjectService()
    path = tmp_path / "p.jcdesk"
    opened = service.create_from(path, _with_forms())  # type: ignore[arg-type]
    before = copy.deepcopy(opened.project)
    csv = tmp_path / "forms.csv"
    csv.write_text(INVENTORY, encoding="utf-8")
    edit, result = import_inventory(opened.project, csv)
    assert edit is not None and result.added == 2
    undo_import = opened.session.apply(edit)
    link = link_item(opened.project, "s-issue", "form-1")
    assert link is not None
    undo_link = opened.session.apply(link)
    form = next(f for f in opened.project.current_form.values() if f.name == "窓口集計表")
    undo_route = opened.session.apply(SetFields.of(form, route=FormRoute.EUC))
    after = copy.deepcopy(opened.project)
    opened.close()

    reopened = service.open(path)
    assert reopened.project == after
    assert reopened.project.item["form-1"].kind is ItemKind.FORM and reopened.project.item["form-1"].media == "紙"
    assert reopened.project.current_form[form.id].route is FormRoute.EUC
    assert reopened.project.current_form[form.id].own_form is True
    assert reopened.project.current_form[form.id].annual_volume == 12
    for inverse in (undo_route, undo_link, undo_import):
        reopened.session.apply(inverse)
    assert reopened.project == before
    reopened.close()
    with ProjectRepository.open(path, read_only=True) as repository:
        assert repository.load() == before


def test_municipality_names_resolve(tmp_path: Path) -> None:
    project = small_project()
    assert municipality_id(project, None) == "" and municipality_id(project, "テスト市") == ""


def _old_file(path: Path, adopted: list[str]) -> Path:
    """small_project() written in the format before m017, with a project-wide adopted list."""
    from jcloud_desk.domain.project import CLASSES
    from jcloud_desk.storage.rows import to_row
    from jcloud_desk.storage.sqlite_utils_import import Database

    db = Database(path)
    migrations().apply(db, stop_before="m017_option_decisions")
    project = small_project()
    for kind in CLASSES:
        if not db[kind].exists():
            continue
        columns = {c.name for c in db[kind].columns}
        rows = [{k: v for k, v in to_row(e).items() if k in columns} for e in project.table(kind).values()]
        if rows:
            db[kind].insert_all(rows)  # type: ignore[union-attr]
    db.execute("UPDATE info SET adopted_options = ?", [json.dumps(adopted)])
    db.conn.commit()
    db.close()
    return path


def test_old_adopted_list_becomes_adopted_decisions(tmp_path: Path) -> None:
    path = _old_file(tmp_path / "old.jcdesk", ["item-optional", "gone-item"])
    with ProjectRepository.open(path) as repository:
        project = repository.load()
    decisions = list(project.option_decision.values())
    assert [(d.catalog, d.code, d.municipality, d.status) for d in decisions] == [
        ("住民記録システム標準仕様書", "0010002", "", OptionStatus.ADOPTED)]
    # an id naming no item stays in the old list, still honoured
    assert project.meta.adopted_options == ("gone-item",)
    assert adopted_option_ids(project) == {"item-optional", "gone-item"}
    conn = sqlite3.connect(path.with_name("old.jcdesk.before-upgrade.bak"))
    assert json.loads(conn.execute("SELECT adopted_options FROM info").fetchone()[0]) == ["item-optional", "gone-item"]
    conn.close()
