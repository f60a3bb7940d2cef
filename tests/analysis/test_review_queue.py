"""The 要再確認 queue after the sample's 第1.1版 revision (tests/revision_fixture.py): contents, keep, change, undo."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from jcloud_desk.analysis.checks import run_checks
from jcloud_desk.analysis.coverage import analyze_document
from jcloud_desk.analysis.review_queue import (
    REVIEW_NOTE_TAG,
    ReviewChange,
    change_edit,
    is_pending,
    item_changes,
    keep_edit,
    move_edit,
    review_queue,
    successor,
)
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import RetiredItemError
from jcloud_desk.domain.workshop import NoteKind
from tests import revision_fixture as rev

#: (process, step, old item, change, new item) as worked out by hand from the fixture and the sample's links.
EXPECTED = [
    ("転入届", "入力確認票を出力・届書と照合", "JUKI1-4.0.9-M", "removed", ""),
    ("転入届", "審査・決裁（本登録）", "JUKI1-4.0.8-M", "title", "JUKI1-4.0.8-M"),
    ("転入届", "本登録・住民票コード付番・CSへ送信", "JUKI1-4.4-M", "text", "JUKI1-4.4-M"),
    ("転入届", "マイナンバーカード交付申請書を出力・案内", "JUKI1-7.1.1.3-O", "impl_class", "JUKI1-7.1.1.3-O"),
    ("転出届", "審査・決裁（本登録）", "JUKI1-4.0.8-M", "title", "JUKI1-4.0.8-M"),
    ("住民票の写しの交付", "証明書を作成（公印・認証者・発行番号）", "JUKI1-1.3.9-M", "removed", ""),
    ("転居届（見直し後）", "審査・決裁（本登録）", "JUKI1-4.0.8-M", "title", "JUKI1-4.0.8-M"),
]


def test_item_changes_ignores_surrounding_whitespace() -> None:
    old = CatalogItem(id="a", catalog_id="c", code="1", title="届出日", text="記録すること。")
    assert item_changes(old, dataclasses.replace(old, text="記録すること。\n")) == ()
    assert item_changes(old, dataclasses.replace(old, title="届出日等", impl_class=ImplClass.OPTIONAL)) == (
        ReviewChange.IMPL_CLASS, ReviewChange.TITLE)


def test_a_change_of_the_municipality_type_conditions_needs_a_recheck() -> None:
    old = CatalogItem(id="a", catalog_id="c", code="1", title="区間異動", text="行えること。",
                      conditions={"designated_city": "optional"})
    same_class = dataclasses.replace(old, id="b", conditions={})  # now mandatory for 指定都市 too
    assert item_changes(old, same_class) == (ReviewChange.CONDITIONS,)
    assert item_changes(old, dataclasses.replace(old, id="c")) == ()
    from jcloud_desk.analysis.review_queue import ReviewEntry
    entry = ReviewEntry("l", "p", "s", "a", "b", (ReviewChange.CONDITIONS,))
    assert entry.change is ReviewChange.IMPL_CLASS  # the JSON "change" keeps its four values


def test_queue_contents_and_the_analyze_document(tmp_path: Path) -> None:
    project, _session, _inverse, _diff = rev.revise_sample(tmp_path)
    assert [(e["process"], e["step"], e["item"], e["change"], e["new_item"])
            for e in analyze_document(project)["review_needed"]] == EXPECTED
    queue = review_queue(project)
    assert all(is_pending(project, e.link_id) for e in queue)
    removed = [e for e in queue if e.change is ReviewChange.REMOVED]
    assert [project.item[e.old_item_id].catalog_id in project.retired_catalogs() for e in removed] == [True, True]
    retired = [f for f in run_checks(project) if f.rule == "linked_to_retired_item"]
    assert sorted(f.step_id for f in retired) == sorted(e.step_id for e in removed)
    assert "改定前の版" in retired[0].message and "要再確認" in retired[0].message


def test_keep_acknowledges_under_the_new_version_and_undoes(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    entry = next(e for e in review_queue(project) if e.change is ReviewChange.TEXT)
    before = copy.deepcopy(project)
    verdict = project.verdict_of(entry.step_id)
    undo = session.apply(keep_edit(project, entry, "住民課 佐藤", "2026-12-03T10:00:00"))
    assert entry.link_id not in {e.link_id for e in review_queue(project)}
    [note] = [n for n in project.notes_of(entry.process_id, entry.step_id) if n.text.startswith(REVIEW_NOTE_TAG)]
    assert note.kind is NoteKind.DECISION and (note.author, note.created_at) == ("住民課 佐藤", "2026-12-03T10:00:00")
    assert note.text == ("【改定影響】JUKI1-4.4-M → JUKI1-4.4-M（要件文の変更） 第1.0版（第3章 機能要件） → 第1.1版: "
                         "判定「適合」を維持")
    assert len(review_queue(project)) == len(EXPECTED) - 1
    assert project.link[entry.link_id].judged_item_id == entry.new_item_id
    assert project.verdict_of(entry.step_id) is verdict
    new_catalog = project.item[entry.new_item_id].catalog_id
    assert project.judgment[entry.step_id].catalog_ids == (new_catalog,)  # nothing else of the step waits
    session.apply(undo)
    assert project == before


def test_change_sets_the_verdict_in_one_edit_and_undoes(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    entry = next(e for e in review_queue(project) if e.change is ReviewChange.IMPL_CLASS)
    before = copy.deepcopy(project)
    assert project.verdict_of(entry.step_id) is Verdict.GAP
    undo = session.apply(change_edit(project, entry, Verdict.FIT))
    assert project.verdict_of(entry.step_id) is Verdict.FIT
    assert [n.text for n in project.notes_of(entry.process_id, entry.step_id) if n.text.startswith(REVIEW_NOTE_TAG)] \
        == ["【改定影響】JUKI1-7.1.1.3-O → JUKI1-7.1.1.3-O（実装区分の変更・団体区分による実装区分の変更） "
            "第1.0版（第3章 機能要件） → 第1.1版: 判定を「ギャップ」から「適合」に変更"]
    assert not is_pending(project, entry.link_id)
    session.apply(undo)
    assert project == before


def test_keep_of_a_removed_item_takes_the_link_off_and_keeps_the_verdict(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    entry = next(e for e in review_queue(project) if e.change is ReviewChange.REMOVED)
    before = copy.deepcopy(project)
    verdict = project.verdict_of(entry.step_id)
    undo = session.apply(keep_edit(project, entry))
    assert entry.link_id not in project.link
    assert project.notes_of(entry.process_id, entry.step_id)[-1].text == (
        "【改定影響】JUKI1-4.0.9-M（削除） 第1.0版（第3章 機能要件） で削除: 判定「適合」を維持（紐付けを解除）")
    assert project.verdict_of(entry.step_id) is verdict
    assert not [f for f in run_checks(project) if f.rule == "linked_to_retired_item" and f.step_id == entry.step_id]
    session.apply(undo)
    assert project == before


def test_change_creates_a_judgment_with_its_versions(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    entry = review_queue(project)[1]
    del project.judgment[entry.step_id]  # a step linked but never judged
    session.apply(change_edit(project, entry, Verdict.PARTIAL))
    judgment = project.judgment[entry.step_id]
    assert judgment.verdict is Verdict.PARTIAL
    assert judgment.catalog_ids == (project.item[entry.new_item_id].catalog_id,)


def test_a_link_left_on_a_removed_item_moves_to_its_unconfirmed_successor(tmp_path: Path) -> None:
    project, session, _inverse, _diff = rev.revise_sample(tmp_path)
    renumbered = next(e for e in review_queue(project) if rev.code_of(project, e.old_item_id) == "JUKI1-1.3.9-M")
    really_removed = next(e for e in review_queue(project) if rev.code_of(project, e.old_item_id) == "JUKI1-4.0.9-M")
    target = successor(project, renumbered)
    assert target is not None and target.code == "JUKI2-1.3.9-M"  # same wording, new 機能ID
    assert successor(project, really_removed) is None  # best current item scores 0.22: nothing is proposed
    assert successor(project, next(e for e in review_queue(project) if e.change is ReviewChange.TEXT)) is None
    before = copy.deepcopy(project)
    undo = session.apply(move_edit(project, renumbered, target.id))
    assert project.link[renumbered.link_id].item_id == target.id
    assert not is_pending(project, renumbered.link_id)  # identical wording: nothing left to re-check
    session.apply(undo)
    assert project == before
    old_item = next(i for i in project.item.values() if i.catalog_id in project.retired_catalogs())
    with pytest.raises(RetiredItemError):
        move_edit(project, renumbered, old_item.id)
