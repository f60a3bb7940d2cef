"""SuggestService and LearningStore: project links and learned links as evidence, user thesaurus, pre-fill."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.analysis.thesaurus import ThesaurusEntry
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.process import Lane, Process, Step, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.learning_store import LearningStore, learning_dir
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.suggest_service import SuggestService, UserThesaurus
from tests.analysis.test_matching import ITEMS


def project() -> Project:
    result = Project()
    result.process["p"] = Process(id="p", name="窓口")
    result.lane["l"] = Lane(id="l", process_id="p", name="窓口担当")
    labels = {"a": "住民票の写しを交付", "b": "転入届を受け付ける", "c": "来庁者に挨拶", "d": "交付件数の月次集計"}
    for n, (step_id, label) in enumerate(labels.items()):
        result.step[step_id] = Step(id=step_id, process_id="p", lane_id="l", label=label, x=100.0 * n)
    result.step["start"] = Step(id="start", process_id="p", lane_id="l", label="開始", kind=StepKind.START)
    result.item.update((item.id, item) for item in ITEMS)
    result.link["lk"] = Link(id="lk", step_id="d", item_id="stats")
    return result


def service(tmp_path: Path, **kwargs: object) -> SuggestService:
    return SuggestService(project(), store=LearningStore(tmp_path), user_thesaurus=UserThesaurus(tmp_path),
                          **kwargs)  # type: ignore[arg-type]


def test_learning_store_folds_events_and_clears(tmp_path: Path) -> None:
    store = LearningStore(tmp_path)
    assert store.evidence() == [] and len(store) == 0
    store.record("転入届 受付", "move-in", 1.0)
    store.record("転入届\n受付", "move-in", 1.0)  # same wording after whitespace folding
    store.record("統計", "stats", 1.0)
    store.record("統計", "stats", -1.0)  # removed again: cancels
    store.record("", "x", 1.0)
    assert [(e.text, e.code, e.weight) for e in store.evidence()] == [("転入届 受付", "move-in", 1.0)]
    store.path.write_text(store.path.read_text(encoding="utf-8") + "not json\n", encoding="utf-8")
    assert len(LearningStore(tmp_path)) == 1  # a broken line is skipped
    store.clear()
    assert store.evidence() == [] and not store.path.exists()


def test_learning_dir_follows_the_config_override() -> None:
    assert learning_dir().name == "learned"


def test_project_links_are_evidence(tmp_path: Path) -> None:
    suggest = service(tmp_path, use_analyser=False)
    evidence = suggest.evidence()
    assert [(e.text, e.code) for e in evidence] == [("交付件数の月次集計", "stats")]


def test_recorded_links_carry_over_to_another_project(tmp_path: Path) -> None:
    first = service(tmp_path, use_analyser=False)
    assert [s.item_id for s in first.suggest_text("来庁者に挨拶", k=1)] != ["search"]
    first.record("c", "search", accepted=True)
    later = service(tmp_path, use_analyser=False)  # a project opened later, same user
    assert later.suggest_text("来庁者に挨拶", k=1)[0].item_id == "search"
    off = service(tmp_path, use_analyser=False, learning=False)
    assert [s.item_id for s in off.suggest_text("来庁者に挨拶", k=1)] != ["search"]
    off.record("c", "copy", accepted=True)  # learning off: nothing recorded
    assert [e.code for e in LearningStore(tmp_path).evidence()] == ["search"]


def test_removed_link_lowers_the_item(tmp_path: Path) -> None:
    suggest = service(tmp_path, use_analyser=False)
    before = suggest.suggest_step("a", k=1)[0]
    assert before.item_id == "copy"
    suggest.record("a", "copy", accepted=False)
    after = {s.item_id: s.score for s in suggest.suggest_step("a")}
    assert after["copy"] < 0.1 * before.score  # same wording removed: the score nearly vanishes
    suggest.record("a", "seal", accepted=True)
    assert suggest.suggest_step("a", k=1)[0].item_id == "seal"


def test_user_thesaurus_changes_the_ranking(tmp_path: Path) -> None:
    suggest = service(tmp_path, use_analyser=False)
    assert not suggest.suggest_text("ごあいさつ")
    UserThesaurus(tmp_path).save([ThesaurusEntry("ごあいさつ", "基本検索", "test")])
    assert UserThesaurus(tmp_path).entries()[0].term == "ごあいさつ"
    assert suggest.suggest_text("ごあいさつ", k=1)[0].item_id == "search"  # the index notices the new thesaurus


def test_prefill_proposes_for_unlinked_activity_steps_only(tmp_path: Path) -> None:
    suggest = service(tmp_path, use_analyser=False)
    assert suggest.unlinked_steps() == ["a", "b", "c"]
    proposals = suggest.prefill("p")
    assert [(p.step_id, p.item_id) for p in proposals] == [("a", "copy"), ("b", "move-in")]  # c: low confidence
    assert all(p.score >= 0.3 for p in proposals)
    assert len(suggest.prefill(threshold=0.0)) >= 2
    with pytest.raises(Exception, match="nope"):
        suggest.prefill("nope")


def test_suggest_texts_keeps_order(tmp_path: Path) -> None:
    suggest = service(tmp_path, use_analyser=False)
    results = suggest.suggest_texts(["転入届", "", "住民票の写し"], k=2)
    assert [text for text, _ in results] == ["転入届", "", "住民票の写し"]
    assert results[0][1][0].item_id == "move-in" and results[1][1] == []
    assert len(results[2][1]) <= 2


def test_index_is_reused_until_items_change(tmp_path: Path) -> None:
    suggest = service(tmp_path, use_analyser=False)
    first = suggest.index()
    assert suggest.index() is first
    del suggest.project.item["stats"]
    del suggest.project.link["lk"]
    assert suggest.index() is not first


@pytest.mark.parametrize(("words", "meant", "not_meant"), [
    ("引っ越してきた人の届出を受け付ける", "転入", "転居"),  # 〜てきた: moved here, from another municipality
    ("市外へ引越して行った人の届出", "転出", "転居"),  # 〜ていった: moved away
])
def test_the_direction_of_a_move_in_a_clerks_words_finds_its_kind_of_move(
        tmp_path: Path, words: str, meant: str, not_meant: str) -> None:
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        sample = opened.project
    finally:
        opened.close()
    suggest = SuggestService(sample, store=LearningStore(tmp_path), user_thesaurus=UserThesaurus(tmp_path))
    titles = [sample.item[s.item_id].title for s in suggest.suggest_text(words, k=3)]
    assert any(meant in title for title in titles), titles
    assert not any(not_meant in title for title in titles), titles  # the bundled sample ranked 転居 first
