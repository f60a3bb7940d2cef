"""Learned evidence: similar wording supports (or opposes) a code; different wording does not count."""

from __future__ import annotations

import pytest

from jcloud_desk.analysis.evidence import Evidence, EvidenceIndex
from jcloud_desk.analysis.matching import SuggestionIndex
from tests.analysis.test_matching import ITEMS


def test_support_for_similar_wording_only() -> None:
    index = SuggestionIndex(ITEMS)
    evidence = EvidenceIndex([Evidence("窓口で引越しの届を受ける", "move-in"), Evidence("統計を作る", "stats", -1.0)],
                             index.full_vector)
    assert len(evidence) == 2
    support = evidence.support(index.full_vector("窓口で引越しの届を受ける"))
    assert list(support) == ["move-in"]
    assert support["move-in"] == pytest.approx(1.0)
    assert evidence.support(index.full_vector("統計を作る"))["stats"] == pytest.approx(-1.0)
    assert evidence.support(index.full_vector("証明書の印刷")) == {}
    assert evidence.support({}) == {}


def test_empty_or_blank_evidence_is_ignored() -> None:
    index = SuggestionIndex(ITEMS)
    assert len(EvidenceIndex([Evidence("", "x"), Evidence("転入", ""), Evidence("転入", "x", 0.0)],
                             index.full_vector)) == 0


def test_accepted_evidence_ranks_an_item_first_and_removed_evidence_drops_it() -> None:
    index = SuggestionIndex(ITEMS)
    wording = "来庁者の異動を受ける"  # shares little with any title
    before = [s.item_id for s in index.suggest(wording)]
    index.set_evidence([Evidence(wording, "stats")])
    assert index.evidence_count == 1
    assert index.suggest(wording)[0].item_id == "stats"
    assert "stats" not in before[:1]
    index.set_evidence([Evidence(wording, before[0], -1.0)])
    assert before[0] not in [s.item_id for s in index.suggest(wording)]  # same wording removed


def test_update_changes_weights_in_place_and_sums_repeats() -> None:
    index = SuggestionIndex(ITEMS)
    evidence = EvidenceIndex([Evidence("窓口で番号札を渡す", "stats"), Evidence("窓口で番号札を渡す", "stats")],
                             index.full_vector)
    assert len(evidence) == 1  # one (wording, code), weights summed and clipped to 1
    query = index.full_vector("窓口で番号札を渡す")
    assert evidence.support(query)["stats"] == pytest.approx(1.0)
    evidence.update([Evidence("窓口で番号札を渡す", "stats"), Evidence("窓口で番号札を渡す", "stats", -1.0)])
    assert len(evidence) == 0 and evidence.support(query) == {}  # accepted then removed: nets out
    evidence.update([Evidence("窓口で番号札を渡す", "search", -1.0)])
    assert evidence.support(query) == {"search": pytest.approx(-1.0)}
    assert evidence.support(query, min_similarity=1.5) == {}
