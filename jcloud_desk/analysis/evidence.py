"""Learning from the room: links the user accepted or removed, as evidence for the next similar wording.

An ``Evidence`` is one step wording and the 機能ID (code) it was linked to (``weight`` +1) or unlinked from (-1).
``EvidenceIndex`` keeps the evidence as unit vectors of the same features and idf as the catalogue index (so the
same thesaurus and analyser apply) and answers, for a query, how much each code is supported: the sum over
evidence whose cosine with the query is at least ``MIN_SIMILARITY`` of ``weight × cosine²`` (near-identical wording
counts most), clipped to -1…1. ``SuggestionIndex`` adds ``LEARN_WEIGHT × support`` to the item's text score.
Codes rather than item ids are used so that evidence carries over to other projects with the same catalogue.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import NamedTuple

#: Evidence with a cosine below this does not count (different wording).
MIN_SIMILARITY = 0.35
#: How much full support (1.0) adds to a text score (text scores are cosines, 0…1).
LEARN_WEIGHT = 0.5


class Evidence(NamedTuple):
    """A wording and the code it was linked to (weight > 0) or unlinked from (weight < 0)."""

    text: str
    code: str
    weight: float = 1.0


Vectorise = Callable[[str], dict[str, float]]


def _without_unigrams(vector: dict[str, float]) -> dict[str, float]:
    """``vector`` without single-character features, renormalised (unigram postings are long and say little)."""
    kept = {gram: w for gram, w in vector.items() if len(gram) > 1}
    norm = math.sqrt(sum(w * w for w in kept.values()))
    return {gram: w / norm for gram, w in kept.items()} if norm > 0.0 else {}


class EvidenceIndex:
    """An inverted index over evidence vectors; ``support(query)`` gives code → support (-1…1).

    Entries are keyed by (wording, code); ``update`` changes weights in place and adds new entries, so accepting
    one more link does not re-index everything. Vectors leave out character unigrams (bigrams and words carry the
    wording; unigram postings would make every query visit most of the evidence).
    """

    def __init__(self, entries: Iterable[Evidence], vectorise: Vectorise) -> None:
        self._vectorise = vectorise
        self._keys: list[tuple[str, str]] = []
        self._weights: list[float] = []
        self._position: dict[tuple[str, str], int] = {}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._vectors: dict[str, dict[str, float]] = {}
        self.update(entries)

    def __len__(self) -> int:
        return sum(1 for weight in self._weights if weight != 0.0)

    def update(self, entries: Iterable[Evidence]) -> None:
        """Make the evidence exactly ``entries``: weights of one (wording, code) are summed and clipped to -1…1;
        known keys change weight in place, keys no longer present get weight 0, new keys are indexed."""
        wanted: dict[tuple[str, str], float] = {}
        for entry in entries:
            if entry.text.strip() and entry.code and entry.weight != 0.0:
                key = (entry.text, entry.code)
                wanted[key] = max(-1.0, min(1.0, wanted.get(key, 0.0) + entry.weight))
        for key, pos in self._position.items():
            self._weights[pos] = wanted.pop(key, 0.0)
        for key, weight in wanted.items():
            if weight == 0.0:
                continue
            vector = self._vectors.get(key[0])
            if vector is None:
                vector = self._vectors[key[0]] = _without_unigrams(self._vectorise(key[0]))
            if not vector:
                continue
            pos = len(self._keys)
            self._keys.append(key)
            self._weights.append(weight)
            self._position[key] = pos
            for gram, w in vector.items():
                self._postings.setdefault(gram, []).append((pos, w))

    def support(self, query: dict[str, float], min_similarity: float | None = None) -> dict[str, float]:
        """Code → clipped sum of ``weight × cosine²`` over evidence at least ``min_similarity`` close to ``query``."""
        if not self._keys or not query:
            return {}
        threshold = MIN_SIMILARITY if min_similarity is None else min_similarity
        cosines: dict[int, float] = {}
        for gram, qw in _without_unigrams(query).items():
            for pos, w in self._postings.get(gram, ()):
                cosines[pos] = cosines.get(pos, 0.0) + qw * w
        support: dict[str, float] = {}
        for pos, cosine in cosines.items():
            weight = self._weights[pos]
            if cosine >= threshold and weight != 0.0:
                code = self._keys[pos][1]
                support[code] = support.get(code, 0.0) + weight * cosine * cosine
        return {code: max(-1.0, min(1.0, value)) for code, value in support.items()}
