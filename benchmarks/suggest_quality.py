"""Suggestion quality on the two labelled sets: top-k hit rate and mean reciprocal rank (MRR).

* the **sample set** (``tests/analysis/data/suggestion_labels.csv``): every linked step label of the bundled sample
  with the codes it links to (our own wording);
* the **KB set** (``tests/data/kb_suggestion_labels.csv``, made by hand as described in
  ``tests/data/kb_suggestion_labels.md``): step labels of the Code for Japan municipal workflow KB (CC BY 4.0)
  mapped to the 機能ID a clerk would link; split ``dev`` (the 住民異動 flows) and ``holdout`` (住民記録 steps of other
  businesses' flows, never looked at while building the thesaurus or choosing weights).

Both are scored with ``SuggestionIndex.suggest(label)`` over the sample's catalogue (197 items); a label "hits"
when one of its expected codes is among the top ``k``; its reciprocal rank is 1/rank of the first expected code
(0 when none is ranked at all).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_LABELS = ROOT / "tests" / "analysis" / "data" / "suggestion_labels.csv"
KB_LABELS = ROOT / "tests" / "data" / "kb_suggestion_labels.csv"
KB_ROOT = ROOT.parent / "shared" / "reference-data" / "cfj-municipal-workflow-kb" / "workflows"
TOP = 5


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled query: its text, the codes that count as a hit, and its split ("sample", "dev", "holdout")."""

    text: str
    expected: frozenset[str]
    split: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Quality:
    """Top-k hit rate and MRR over ``count`` labelled queries."""

    hit_rate: float
    mrr: float
    count: int

    def cell(self) -> str:
        """``0.892 / 0.731`` (top-k / MRR) for a markdown table."""
        return f"{self.hit_rate:.3f} / {self.mrr:.3f}"


def sample_set(path: Path = SAMPLE_LABELS) -> list[Labelled]:
    """The sample's linked step labels (process, step_label, expected_codes)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [Labelled(row["step_label"], frozenset(row["expected_codes"].split()), "sample", row["process"])
            for row in rows]


def kb_set(path: Path = KB_LABELS) -> list[Labelled]:
    """The KB step labels (flow_file, step_label, expected_codes, split)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [Labelled(row["step_label"], frozenset(row["expected_codes"].split()), row["split"], row["flow_file"])
            for row in rows]


Ranker = Callable[[str], Sequence[str]]


def rank_of(ranked: Sequence[str], expected: frozenset[str]) -> int | None:
    """1-based rank of the first expected code in ``ranked`` (None when absent)."""
    return next((n for n, code in enumerate(ranked, start=1) if code in expected), None)


def quality(ranker: Ranker, labelled: Sequence[Labelled], k: int = TOP) -> Quality:
    """Top-``k`` hit rate and MRR of ``ranker`` (text → codes best first) over ``labelled``."""
    if not labelled:
        return Quality(0.0, 0.0, 0)
    hits, reciprocal = 0, 0.0
    for entry in labelled:
        rank = rank_of(ranker(entry.text), entry.expected)
        hits += rank is not None and rank <= k
        reciprocal += 1.0 / rank if rank else 0.0
    return Quality(hits / len(labelled), reciprocal / len(labelled), len(labelled))


def splits(labelled: Sequence[Labelled]) -> dict[str, list[Labelled]]:
    """``labelled`` grouped by split, plus "all"."""
    groups: dict[str, list[Labelled]] = {"all": list(labelled)}
    for entry in labelled:
        groups.setdefault(entry.split, []).append(entry)
    return groups
