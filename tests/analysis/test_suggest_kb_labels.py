"""The second labelled set (KB step labels, ``tests/data/kb_suggestion_labels.csv``): verbatim wording, valid
codes, and quality floors for each piece (analyser, thesaurus, learning). Measured values are in
benchmarks/RESULTS.md ("Suggestions"); the floors sit just under them so that a regression fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.suggest_quality import KB_ROOT, Labelled, kb_set, quality, sample_set, splits
from jcloud_desk.analysis.evidence import Evidence
from jcloud_desk.analysis.matching import SuggestionIndex, TextFeatures, build_index
from jcloud_desk.analysis.thesaurus import Thesaurus, parse_csv
from jcloud_desk.analysis.words import WordAnalyser
from jcloud_desk.domain.project import Project
from jcloud_desk.io.mermaid import read_mermaid
from jcloud_desk.paths import default_sample_path, resources_dir
from jcloud_desk.storage.repository import ProjectRepository

pytestmark = pytest.mark.skipif(not KB_ROOT.exists(), reason="reference data ../shared is not mounted")


@pytest.fixture(scope="module")
def sample() -> Project:
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        return repository.load()


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus(parse_csv((resources_dir() / "thesaurus" / "municipal.csv").read_text(encoding="utf-8")))


def ranker(index: SuggestionIndex, project: Project):  # type: ignore[no-untyped-def]
    code_of = {item.id: item.code for item in project.item.values()}
    return lambda text: [code_of[s.item_id] for s in index.suggest(text, k=len(code_of))]


def test_labels_are_verbatim_kb_wording_and_codes_exist(sample: Project) -> None:
    rows = kb_set()
    assert len(rows) >= 30
    assert {row.split for row in rows} == {"dev", "holdout"}
    codes = {item.code for item in sample.item.values()}
    labels_by_file: dict[str, set[str]] = {}
    for row in rows:
        if row.source not in labels_by_file:
            imported = read_mermaid(Path(KB_ROOT / row.source))
            labels_by_file[row.source] = {step.label for step in imported.steps}
        assert row.text in labels_by_file[row.source], row.text
        assert row.expected and row.expected <= codes, row.text
    assert len({row.text for row in rows}) == len(rows)  # each wording once
    assert all(row.source.endswith("jyumin-ido/flow-standard.md") for row in rows if row.split == "dev")


def _floors(index: SuggestionIndex, project: Project, sets: dict[str, list[Labelled]],
            floors: dict[str, tuple[float, float]]) -> None:
    rank = ranker(index, project)
    for name, (top5, mrr) in floors.items():
        measured = quality(rank, sets[name])
        print(f"{name}: {measured.cell()} over {measured.count}")
        assert measured.hit_rate >= top5, name
        assert measured.mrr >= mrr, name


def test_words_and_thesaurus_do_not_lose_ground(sample: Project, thesaurus: Thesaurus) -> None:
    pytest.importorskip("sudachipy")
    sets = {"sample": sample_set(), **splits(kb_set())}
    chars = build_index(sample)
    full = build_index(sample, TextFeatures(WordAnalyser(), thesaurus))
    _floors(chars, sample, sets, {"sample": (0.94, 0.73), "dev": (0.74, 0.57)})
    _floors(full, sample, sets, {"sample": (0.97, 0.71), "dev": (0.81, 0.62), "holdout": (0.46, 0.34)})


def test_learning_from_the_sample_helps_the_kb_wording(sample: Project, thesaurus: Thesaurus) -> None:
    """Evidence = the sample project's links (what a room linked before); the KB wording is another project."""
    pytest.importorskip("sudachipy")
    index = build_index(sample, TextFeatures(WordAnalyser(), thesaurus))
    index.set_evidence(Evidence(row.text, code) for row in sample_set() for code in row.expected)
    _floors(index, sample, splits(kb_set()), {"dev": (0.87, 0.71), "holdout": (0.46, 0.34)})
