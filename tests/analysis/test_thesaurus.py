"""Municipal thesaurus: folding terms into the catalogue's words, layers, CSV round trip and errors."""

from __future__ import annotations

import pytest

from jcloud_desk.analysis.thesaurus import Thesaurus, ThesaurusEntry, ThesaurusError, parse_csv, to_csv
from jcloud_desk.paths import resources_dir


def test_fold_replaces_terms_longest_first() -> None:
    thesaurus = Thesaurus([ThesaurusEntry("マイナンバー", "個人番号"),
                           ThesaurusEntry("マイナンバーカード", "個人番号カード")])
    assert thesaurus.fold("マイナンバーカードの交付").split() == ["個人番号カード", "の交付"]
    assert thesaurus.fold("マイナンバーの確認").split() == ["個人番号", "の確認"]


def test_fold_is_nfkc_and_case_blind() -> None:
    thesaurus = Thesaurus([ThesaurusEntry("DV", "支援措置")])
    assert "支援措置" in thesaurus.fold("ＤＶ対象者")
    assert "支援措置" in thesaurus.fold("dv対象者")


def test_several_canonical_words() -> None:
    thesaurus = Thesaurus([ThesaurusEntry("引っ越し", "転居・転出 転入")])
    assert thesaurus.fold("引っ越し").split() == ["転居", "転出", "転入"]


def test_later_layers_win_and_empty_entries_are_dropped() -> None:
    bundled = [ThesaurusEntry("住基", "住民基本台帳"), ThesaurusEntry("同じ", "同じ")]
    user = [ThesaurusEntry("住基", "住民記録")]
    merged = Thesaurus.merged(bundled, user)
    assert len(merged) == 1
    assert merged.fold("住基").strip() == "住民記録"
    assert not Thesaurus()
    assert Thesaurus().fold("ＡＢＣ") == "abc"


def test_csv_round_trip_and_errors() -> None:
    entries = [ThesaurusEntry("マイナカード", "個人番号カード", "KB inkan-toroku", "略称")]
    assert parse_csv(to_csv(entries)) == entries
    assert parse_csv("\ufeffterm,canonical\n# comment\n\n転宅,転居\n") == [ThesaurusEntry("転宅", "転居")]
    assert parse_csv("") == []
    with pytest.raises(ThesaurusError, match="1行目"):
        parse_csv("a,b\nx,y\n")
    with pytest.raises(ThesaurusError, match=":2:"):
        parse_csv("term,canonical\nx,\n")


def test_bundled_thesaurus_names_a_source_for_every_entry() -> None:
    path = resources_dir() / "thesaurus" / "municipal.csv"
    entries = parse_csv(path.read_text(encoding="utf-8"))
    assert len(entries) >= 40
    assert all(entry.source for entry in entries)
    thesaurus = Thesaurus(entries)
    assert len(thesaurus) == len(entries)  # no term twice
    for everyday, formal in [("マイナンバー", "個人番号"), ("引っ越し", "転居"), ("亡くなった", "死亡"),
                             ("外国の方", "外国人住民"), ("マイナカード", "個人番号カード")]:
        assert formal in thesaurus.fold(everyday)
