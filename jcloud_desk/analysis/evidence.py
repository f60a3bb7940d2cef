"""Learning from the room: links the user accepted or removed, as evidence for the next similar wording.

An ``Evidence`` is one step wording and the 機能ID (code) it was linked to (``weight`` +1) or unlinked from (-1).
``EvidenceIndex`` keeps the evidence as unit vectors of the same features and idf as the catalogue index (so the
same thesaurus and analyser apply) and answers, for a query, how much each code is supported: the sum over
evidence whose cosine with the query is at least ``MIN_SIMILARITY`` of ``weight × cosine²`` (near-identical wording
counts most), clipped to -1…1. ``SuggestionIndex`` adds ``LEARN_WEIGHT × support`` to the item's text score.
Codes rather than item ids are used so that evidence carries over to other projects with the same catalogue.
"""

from __future__ import annotations

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


class EvidenceIndex:
    """An inverted index over evidence vectors; ``support(query)`` gives code → support (-1…1)."""

    def __init__(self, entries: Iterable[Evidence], vectorise: Vectorise) -> None:
        self._entries: list[Evidence] = []
        postings: dict[str, list[tuple[int, float]]] = {}
        by_text: dict[str, dict[str, float]] = {}
        for entry in entries:
            if not entry.text.strip() or not entry.code or entry.weight == 0.0:
                continue
            vector = by_text.get(entry.text)
            if vector is None:
                vector = by_text[entry.text] = vectorise(entry.text)
            if not vector:
                continue
            pos = len(self._entries)
            self._entries.append(entry)
            for gram, w in vector.items():
                postings.setdefault(gram, []).append((pos, w))
        self._postings = postings

    def __len__(self) -> int:
        return len(self._entries)

    def support(self, query: dict[str, float], min_similarity: float = MIN_SIMILARITY) -> dict[str, float]:
        """Code → clipped sum of ``weight × cosine²`` over evidence at least ``min_similarity`` close to ``query``."""
        if not self._entries or not query:
            return {}
        cosines: dict[int, float] = {}
        for gram, qw in query.items():
            for pos, w in self._postings.get(gram, ()):
                cosines[pos] = cosines.get(pos, 0.0) + qw * w
        support: dict[str, float] = {}
        for pos, cosine in cosines.items():
            if cosine >= min_similarity:
                entry = self._entries[pos]
                support[entry.code] = support.get(entry.code, 0.0) + entry.weight * cosine * cosine
        return {code: max(-1.0, min(1.0, value)) for code, value in support.items()}
