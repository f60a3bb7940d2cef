"""revision_match: old → new item pairs by 機能ID, legacy id (旧機能ID / shared 要件番号) and similarity proposals."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.analysis.revision_match import (
    PROPOSAL_THRESHOLD,
    ItemPair,
    MatchBasis,
    dice,
    is_older,
    legacy_ids,
    match_items,
    similarity,
    version_key,
    wording_similarity,
)
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.io.catalog.importer import read_catalog
from tests import revision_fixture as rev


def item(id_: str, code: str, title: str, text: str = "", legacy: str = "",
         impl: ImplClass = ImplClass.MANDATORY) -> CatalogItem:
    return CatalogItem(id=id_, catalog_id=id_[0], code=code, title=title, text=text, legacy_code=legacy,
                       impl_class=impl)


def test_dice_and_legacy_ids() -> None:
    assert dice("転入届", "転入届") == 1.0
    assert dice("", "") == 1.0
    assert dice("転入届の受付", "転出届の発行") == pytest.approx(0.2)  # 5 bigrams each, only 「届の」 shared
    assert dice("住民票の写し", "住民票の写しの交付") == pytest.approx(2 * 5 / (5 + 8))
    assert dice("ＡＢ", "ab") == 1.0  # NFKC + lower case
    assert legacy_ids(" 0010001、0010002, 0010003 ") == ["0010001", "0010002", "0010003"]
    assert legacy_ids("") == []


def test_code_then_old_code_then_unique_shared_legacy_then_proposals() -> None:
    old = [
        item("o1", "A-1", "転入届の受付", "転入届を受け付けること。"),
        item("o2", "A-2", "転出証明書", "転出証明書を発行できること。"),
        item("o3", "A-3", "住民票の写し", "写しを交付できること。", legacy="3.1"),
        item("o4", "A-4", "公印", "公印を印字できること。", legacy="5.6"),
        item("o5", "A-5", "公印", "公印を印字しないこと。", legacy="5.6", impl=ImplClass.PROHIBITED),
        item("o6", "A-6", "バッチ処理", "夜間に一括処理できること。"),
    ]
    new = [
        item("n1", "A-1", "転入届の受付（改）", "別の文"),  # same code: paired however much it changed
        item("n2", "B-2", "転出証明書", "", legacy="A-2"),  # 旧機能ID names the old code
        item("n3", "B-3", "住民票の写し", "", legacy="3.1"),  # the only one left with 要件番号 3.1 on both sides
        item("n4", "B-4", "公印", "公印を印字できること。", legacy="5.6"),  # 5.6 is shared by two old items:
        item("n5", "B-5", "公印", "公印を印字しないこと。", legacy="5.6", impl=ImplClass.PROHIBITED),  # proposals
        item("n7", "B-7", "標準化基準への適合確認", "標準化基準に適合していることを確認できること。"),
    ]
    match = match_items(old, new)
    assert [(p.old_id, p.new_id, p.basis) for p in match.pairs] == [
        ("o1", "n1", MatchBasis.CODE), ("o2", "n2", MatchBasis.LEGACY), ("o3", "n3", MatchBasis.LEGACY),
    ]
    assert [(p.old_id, p.new_id) for p in match.proposals] == [("o4", "n4"), ("o5", "n5")]
    assert all(p.basis is MatchBasis.SIMILARITY for p in match.proposals)
    assert [p.score for p in match.proposals] == [1.0, 1.0]  # the wording alone (without the same-class bonus)
    assert similarity(old[3], new[3]) >= PROPOSAL_THRESHOLD
    assert match.unmatched_old == ["o6"] and match.unmatched_new == ["n7"]
    assert match.mapping() == {"o1": "n1", "o2": "n2", "o3": "n3"}
    assert match.mapping(match.proposals[:1]) == {"o1": "n1", "o2": "n2", "o3": "n3", "o4": "n4"}


def test_proposals_are_one_to_one_best_first_and_respect_the_threshold() -> None:
    old = [item("o1", "X-1", "届出日", "届出日を記録できること。"),
           item("o2", "X-2", "届出日", "届出日を表示できること。")]
    new = [item("n1", "Y-1", "届出日", "届出日を表示できること。")]
    match = match_items(old, new)
    assert [(p.old_id, p.new_id) for p in match.proposals] == [("o2", "n1")]  # the closer text wins
    assert match.unmatched_old == ["o1"]
    assert match_items(old, new, threshold=1.01).proposals == []
    assert similarity(old[1], new[0]) == 1.0
    reworded = item("n2", "Y-2", "届出日", "届出日を表示できること。なお、記録もできること。")
    assert 0.5 < wording_similarity(old[1], reworded) < similarity(old[1], reworded) < 1.0


def test_the_bundled_revision_fixture(tmp_path: Path) -> None:
    old = read_catalog(rev.BUNDLED, "c", "1").items
    new = read_catalog(rev.write_revision(tmp_path / "r.csv"), "c", "2").items
    code = {i.id: i.code for i in old + new}
    match = match_items(old, new)
    assert len(old) == 197 and len(new) == 196
    assert sum(p.basis is MatchBasis.CODE for p in match.pairs) == 197 - 2 - 2  # minus removed and renumbered
    assert [(code[p.old_id], code[p.new_id]) for p in match.pairs if p.basis is MatchBasis.LEGACY] == [
        rev.RENUMBERED_LEGACY]
    assert [(code[p.old_id], code[p.new_id], p.score) for p in match.proposals] == [(*rev.RENUMBERED_SIMILAR, 1.0)]
    assert [code[i] for i in match.unmatched_old] == list(rev.REMOVED)
    assert [code[i] for i in match.unmatched_new] == [rev.ADDED]
    assert isinstance(match.proposals[0], ItemPair)


def test_version_order() -> None:
    assert version_key("第2.1版（第3章 機能要件）") == (2, 1)
    assert version_key("第１．０版") == (1, 0)  # full-width digits
    assert version_key("令和版") is None
    assert is_older("第1.0版", "第1.1版") and is_older("1.9", "1.10") and is_older("4.1", "4.2.0")
    assert not is_older("4.2.0", "4.2") and not is_older("第1.1版", "第1.0版") and not is_older("改定", "第1.0版")
