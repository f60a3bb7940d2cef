"""A revision of the sample's catalogue (tests/revision_fixture.py): links move, the old version is retired,
changed items go on the 要再確認 queue, and everything is one undoable edit."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from jcloud_desk.analysis.coverage import unreferenced_mandatory
from jcloud_desk.analysis.review_queue import review_queue
from jcloud_desk.analysis.revision_match import MatchBasis
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import RetiredItemError, link_item, set_judgment
from jcloud_desk.io.catalog.revision_map import PairFileError, PairRow, read_pair_file
from jcloud_desk.services.catalog_revision import RevisionError, pairs_from_codes, plan_revision
from jcloud_desk.services.catalog_service import describe_diff, import_edit, revision_target
from jcloud_desk.services.edit_session import EditSession
from tests import revision_fixture as rev


def test_reimporting_the_same_catalogue_keeps_79_unreferenced_mandatory_items(tmp_path: Path) -> None:
    project = rev.load_sample()
    assert len(unreferenced_mandatory(project)) == 79  # the sample is a 一般市: 83 as written, 4 optional for it
    again = rev.read_revision(tmp_path / "again.xlsx", version="第1.0版（再取込）", functions=rev.BUNDLED)
    edit, diff = import_edit(project, again)
    EditSession(project).apply(edit)
    assert diff is not None and diff.is_empty and diff.moved_links == 81  # 77 to functions, 4 to 帳票
    assert len(unreferenced_mandatory(project)) == 79  # was 79 + 132 = 211 while the old version still counted
    assert project.retired_catalogs() == {diff.previous_id}
    assert review_queue(project) == []
    assert all(j.catalog_ids in ((), (again.catalog.id,)) for j in project.judgment.values())
    assert {project.item[lk.judged_item_id].catalog_id for lk in project.link.values()} == {again.catalog.id}


def test_a_revision_moves_links_retires_the_old_version_and_undoes(tmp_path: Path) -> None:
    original = rev.load_sample()
    old_id = next(iter(original.catalog))
    project, session, inverse, diff = rev.revise_sample(tmp_path)
    new_id = next(c for c in project.catalog if c != old_id)
    assert (diff.added, diff.removed) == ([rev.RENUMBERED_SIMILAR[1], rev.ADDED],
                                          [rev.RENUMBERED_SIMILAR[0], *rev.REMOVED])
    assert diff.renumbered == [rev.RENUMBERED_LEGACY]
    assert dict(diff.changed) == {rev.RETITLED: ("title",), rev.REWORDED: ("text",),
                                  rev.RECLASSIFIED: ("impl_class", "conditions")}
    assert (diff.moved_links, diff.to_review) == (79, 5)  # 81 links − 2 on removed items
    assert diff.moved_options == 0  # option decisions are kept by catalogue name + 機能ID, not moved
    assert diff.kept_links == {rev.RENUMBERED_SIMILAR[0]: 1, "JUKI1-4.0.9-M": 1}
    assert "機能ID変更: JUKI1-5.6-M → JUKI2-5.6-M 公印・職名の印字" in describe_diff(diff)
    assert project.retired_catalogs() == {old_id}
    assert project.catalog[new_id].previous_id == old_id
    # 79 − JUKI1-9.1-M (removed, was unreferenced) + JUKI2-11.1-M (added) + JUKI2-1.3.9-M (the unconfirmed
    # successor of a linked item) = 80; the retired version's 132 mandatory items no longer count
    assert len(unreferenced_mandatory(project)) == 80
    renumbered = [lk for lk in project.link.values() if rev.code_of(project, lk.item_id) == rev.RENUMBERED_LEGACY[1]]
    assert renumbered and all(lk.judged_item_id == lk.item_id for lk in renumbered)  # same wording: nothing to check
    retitled = [lk for lk in project.link.values() if rev.code_of(project, lk.item_id) == rev.RETITLED]
    assert len(retitled) == 3 and all(project.item[lk.judged_item_id].catalog_id == old_id for lk in retitled)
    assert all(project.item[lk.item_id].catalog_id == new_id for lk in retitled)
    # a step whose links all carried over unchanged is now judged under the new version
    fine = next(j for j in project.judgment.values() if project.links_of_step(j.id)
                and not any(e.step_id == j.id for e in review_queue(project)))
    assert fine.catalog_ids == (new_id,)
    waiting = retitled[0].step_id
    assert project.judgment[waiting].catalog_ids == (old_id,)
    session.apply(inverse)
    assert project == original


def test_confirmed_proposal_moves_the_link_of_a_renumbered_item(tmp_path: Path) -> None:
    project = rev.load_sample()
    revision = rev.read_revision(tmp_path / "r.xlsx")
    previous = revision_target(project, revision.catalog)
    assert previous is not None
    match = plan_revision(project, previous, revision.items)
    assert [p.basis for p in match.proposals] == [MatchBasis.SIMILARITY]
    edit, diff = import_edit(project, revision, pairs=match.mapping(match.proposals))
    EditSession(project).apply(edit)
    assert diff is not None and diff.moved_links == 80 and diff.removed == list(rev.REMOVED)
    moved = [lk for lk in project.link.values() if rev.code_of(project, lk.item_id) == rev.RENUMBERED_SIMILAR[1]]
    assert len(moved) == 1 and moved[0].judged_item_id == moved[0].item_id
    assert len(review_queue(project)) == 6
    assert len(unreferenced_mandatory(project)) == 79  # the sample is a 一般市: 83 as written, 4 optional for it


def test_revises_names_another_catalogue_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    project = rev.load_sample()
    renamed = rev.read_revision(tmp_path / "r.xlsx", "住民記録 標準仕様書（改定）")
    with pytest.raises(RevisionError, match="改定元の機能一覧「ない一覧」はありません"):
        import_edit(project, renamed, revises="ない一覧")
    _edit, diff = import_edit(project, copy.deepcopy(renamed))
    assert diff is None  # a different name without --revises is a separate catalogue
    edit, diff = import_edit(project, renamed, revises=rev.CATALOG_NAME)
    EditSession(project).apply(edit)
    assert diff is not None and diff.moved_links == 79
    # the sample's 標準オプション decisions follow the catalogue to its new name (decisions are kept by name + 機能ID)
    old_decisions = {(d.municipality, d.code, d.status) for d in project.option_decision.values()
                     if d.catalog == rev.CATALOG_NAME}
    new_decisions = {(d.municipality, d.code, d.status) for d in project.option_decision.values()
                     if d.catalog == renamed.catalog.name}
    assert old_decisions and new_decisions == old_decisions and diff.moved_options == len(old_decisions)
    assert len(project.retired_catalogs()) == 1


def test_retired_items_cannot_be_linked_and_judgments_record_versions(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    old_item = next(i for i in project.item.values() if i.catalog_id in project.retired_catalogs())
    step = next(s for s in project.step.values() if s.kind.is_activity)
    with pytest.raises(RetiredItemError, match="改定前の版"):
        link_item(project, step.id, old_item.id)
    new_item = next(i for i in project.current_items() if i.code == rev.ADDED)
    fresh = next(s for s in project.step.values() if s.kind.is_activity and not project.links_of_step(s.id)
                 and s.id not in project.judgment)
    session.apply(link_item(project, fresh.id, new_item.id))  # type: ignore[arg-type]
    assert project.links_of_step(fresh.id)[0].judged_item_id == new_item.id
    session.apply(set_judgment(project, fresh.id, verdict=Verdict.FIT))  # type: ignore[arg-type]
    assert project.judgment[fresh.id].catalog_ids == (new_item.catalog_id,)


def test_pair_file_overrides_and_names_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "map.csv"
    path.write_bytes("旧機能ID,新機能ID\r\nA-1,B-9\r\n\r\nA-2,\r\n".encode("cp932"))
    rows = read_pair_file(path)
    assert rows == [PairRow(1, "旧機能ID", "新機能ID"), PairRow(2, "A-1", "B-9"), PairRow(4, "A-2", "")]
    old = [rev_item("o1", "A-1"), rev_item("o2", "A-2")]
    new = [rev_item("n1", "A-1"), rev_item("n9", "B-9")]
    assert pairs_from_codes(old, new, rows, {"o1": "n1", "o2": "n1"}) == {"o1": "n9"}  # A-2 has no successor
    with pytest.raises(RevisionError, match=r"3行目: 旧機能ID「Z-1」は改定前の版にありません.*4行目: 新機能ID「Z-2」"):
        pairs_from_codes(old, new, [PairRow(2, "A-1", "B-9"), PairRow(3, "Z-1", "B-9"), PairRow(4, "A-1", "Z-2")],
                         {})
    bad = tmp_path / "bad.csv"
    bad.write_text("A-1,B-1,C-1\n", encoding="utf-8")
    with pytest.raises(PairFileError, match="1 行目"):
        read_pair_file(bad)


def rev_item(id_: str, code: str) -> CatalogItem:
    """A bare item."""
    return CatalogItem(id=id_, catalog_id="c", code=code, title=code)


def test_an_older_version_is_not_a_revision(tmp_path: Path) -> None:
    project = rev.load_sample()
    older = rev.read_revision(tmp_path / "r.xlsx", version="第0.9版")
    with pytest.raises(RevisionError, match=r"第0\.9版.*より古いため"):
        import_edit(project, older)


def test_a_revision_always_continues_from_the_current_version(tmp_path: Path) -> None:
    project = rev.load_sample()
    session = EditSession(project)
    renamed = rev.read_revision(tmp_path / "r.xlsx", "住民記録 改定版", "第1.1版")
    session.apply(import_edit(project, renamed, revises=rev.CATALOG_NAME)[0])
    # the old name again: its latest version is retired, so the revision continues from 「住民記録 改定版」
    again = rev.read_revision(tmp_path / "r2.xlsx", rev.CATALOG_NAME, "第1.2版", imported_at="2026-12-03T10:00:00")
    edit, diff = import_edit(project, again)
    assert diff is not None and diff.previous_id == renamed.catalog.id and diff.is_empty
    session.apply(edit)
    assert len(project.retired_catalogs()) == 2
    assert {project.item[lk.item_id].catalog_id for lk in project.link.values()
            if project.item[lk.item_id].catalog_id not in project.retired_catalogs()} == {again.catalog.id}
