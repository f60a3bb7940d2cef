"""Spelling variants of the bundled thesaurus: a clerk's spelling ranks like the catalogue's; the rule that
derived them from SudachiDict's synonym file keeps spellings of one word only."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.learning_store import LearningStore
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.suggest_service import SuggestService, UserThesaurus
from tools.thesaurus_variants import variants


@pytest.mark.parametrize(("clerk", "catalogue"), [("年令の計算", "年齢の計算"), ("転入を取消す", "転入を取り消す"),
                                                  ("所帯全員の住民票", "世帯全員の住民票")])
def test_a_variant_spelling_ranks_like_the_catalogue_spelling(tmp_path: Path, clerk: str, catalogue: str) -> None:
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        opened.project.link.clear()  # in memory only (read-only): the sample's links would be evidence for its wording
        service = SuggestService(opened.project, store=LearningStore(tmp_path), user_thesaurus=UserThesaurus(tmp_path),
                                 use_analyser=False)
        ranked = service.suggest_text(clerk)
        assert ranked and ranked[0].item_id == service.suggest_text(catalogue)[0].item_id
        assert service.thesaurus().fold(clerk) != clerk  # the variant is folded to the catalogue spelling
    finally:
        opened.close()


def test_the_rule_keeps_spellings_of_one_word_only(tmp_path: Path) -> None:
    synonyms = tmp_path / "synonyms.txt"
    synonyms.write_text("\n".join([
        "000001,1,0,1,0,0,0,(),世帯,,",
        "000001,1,0,1,0,0,2,(),所帯,,",  # spelling variant of 世帯: kept
        "000001,1,0,2,0,0,0,(),家族,,",  # another word of the group: a synonym, not a spelling
        "000002,1,0,1,0,0,0,(),取り消す,,",
        "000002,1,0,1,0,0,2,(),取消す,,",
        "000002,1,0,1,0,0,2,(),とりけす,,",  # hiragana only
        "000002,1,0,1,0,1,2,(),トリケ,,",  # abbreviation
        "000003,1,0,1,0,0,0,(),京都,,",
        "000003,1,0,1,0,0,2,(),キョウト,,",  # no character in common
        "000004,1,0,1,0,0,0,(),未使用語,,",
        "000004,1,0,1,0,0,2,(),未使用ご,,",  # the word is not in the catalogue
    ]) + "\n", encoding="utf-8")
    corpus = "世帯を取り消す。京都"
    assert variants(synonyms, corpus, set()) == [("取消す", "取り消す", "000002"), ("所帯", "世帯", "000001")]
    assert variants(synonyms, corpus, {"所帯"}) == [("取消す", "取り消す", "000002")]
