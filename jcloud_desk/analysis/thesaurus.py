"""A municipal thesaurus: everyday words, abbreviations and older names folded into the catalogue's own terms.

Each entry maps a ``term`` (マイナカード, 引っ越し, 亡くなった …) to the ``canonical`` words the catalogue uses
(個人番号カード; 転居 転出 転入; 死亡 …; several words are separated by spaces or ・) and records where the
equivalence comes from (``source``). Before a text is cut into n-grams and words, every occurrence of a term is
replaced by its canonical words (longest terms first, after NFKC and lower case), on item texts and queries alike,
so both sides meet. The bundled entries are ``resources/thesaurus/municipal.csv``; a project and the user may add
their own (``merged``: later entries win for the same term).

CSV columns: ``term,canonical,source[,note]`` (UTF-8, header row; blank and ``#`` lines are skipped).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from jcloud_desk.analysis.messages import Worded, worded

HEADER: tuple[str, ...] = ("term", "canonical", "source", "note")
_SEPARATORS = re.compile(r"[・、,\s]+")


def _fold_case(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


@dataclass(frozen=True, slots=True)
class ThesaurusEntry:
    """``term`` is read as ``canonical`` (space-separated words); ``source`` says where the equivalence is from."""

    term: str
    canonical: str
    source: str = ""
    note: str = ""

    @property
    def key(self) -> str:
        """The term as matched (NFKC, lower case, trimmed)."""
        return _fold_case(self.term).strip()

    @property
    def replacement(self) -> str:
        """The canonical words, space-separated and padded so that they form pieces of their own."""
        words = [w for w in _SEPARATORS.split(_fold_case(self.canonical)) if w]
        return " " + " ".join(words) + " "


class ThesaurusError(ValueError):
    """A thesaurus CSV that cannot be read: the ``row`` (1 = the header) and the ``reason``, worded (``str`` in
    Japanese; ``io.thesaurus_file`` words it in either language with the file's name)."""

    def __init__(self, where: str, row: int, reason: Worded) -> None:
        super().__init__(f"{where}:{row}: {reason}")
        self.row, self.reason = row, reason


class Thesaurus:
    """Entries by term; ``fold`` rewrites a text with them."""

    def __init__(self, entries: Iterable[ThesaurusEntry] = ()) -> None:
        by_key: dict[str, ThesaurusEntry] = {}
        for entry in entries:
            if entry.key and entry.replacement.strip() and entry.key != entry.replacement.strip():
                by_key[entry.key] = entry
        self._by_key = by_key
        self._pattern = (re.compile("|".join(re.escape(k) for k in sorted(by_key, key=len, reverse=True)))
                         if by_key else None)
        self._replacement = {key: entry.replacement for key, entry in by_key.items()}
        self.fold = lru_cache(maxsize=16384)(self._fold)

    def __len__(self) -> int:
        return len(self._by_key)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    @property
    def entries(self) -> list[ThesaurusEntry]:
        """The entries in order (one per term)."""
        return list(self._by_key.values())

    def _fold(self, text: str) -> str:
        folded = _fold_case(text)
        if self._pattern is None:
            return folded
        return self._pattern.sub(lambda m: self._replacement[m.group(0)], folded)

    @classmethod
    def merged(cls, *layers: Iterable[ThesaurusEntry]) -> Thesaurus:
        """One thesaurus from several layers (bundled, project, user); a later layer wins for the same term."""
        return cls(entry for layer in layers for entry in layer)


def parse_csv(text: str, where: str = "thesaurus") -> list[ThesaurusEntry]:
    """Entries of a thesaurus CSV (header ``term,canonical[,source[,note]]``)."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip() and not line.lstrip().startswith("#")]
    rows = list(csv.reader(lines))
    if not rows:
        return []
    header = [cell.strip().lower() for cell in rows[0]]
    if header[:2] != ["term", "canonical"]:
        raise ThesaurusError(where, 1, worded("thesaurus.header"))
    entries = []
    for number, row in enumerate(rows[1:], start=2):
        cells = dict(zip(header, (cell.strip() for cell in row), strict=False))
        term, canonical = cells.get("term", ""), cells.get("canonical", "")
        if not term or not canonical:
            raise ThesaurusError(where, number, worded("thesaurus.both"))
        entries.append(ThesaurusEntry(term, canonical, cells.get("source", ""), cells.get("note", "")))
    return entries


def to_csv(entries: Sequence[ThesaurusEntry]) -> str:
    """The CSV text of ``entries`` (header included)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows((e.term, e.canonical, e.source, e.note) for e in entries)
    return buffer.getvalue()
