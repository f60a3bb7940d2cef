"""Catalogue suggestions for a step: character 1+2-gram TF-IDF with cosine scores over an inverted index.

Pure stdlib (toolchain.md §7: this beat rapidfuzz, scikit-learn and morphological analysers on Japanese feature
names, without a dictionary). Text is normalised before n-gramming:

1. NFKC (full-width ASCII and half-width kana) and lower case;
2. a small synonym table folds spelling variants (受け付け → 受付, 印鑑登録証明書 → 印鑑証明書 …);
3. the text is cut into pieces at whitespace, punctuation and symbols, and where a hiragana run ends in particles
   or function words (を, の, に, は, が, で, と, へ, する, します, こと, できること …), which are dropped; the
   okurigana before them stay with their kanji (写しの交付 → 写し | 交付);
4. every piece gives its characters (kana alone are skipped: too common to tell items apart) and its character
   bigrams.

Each item has three fields (title, path, text); every field is a unit TF-IDF vector (sublinear tf, shared idf)
and an item's weight for an n-gram is the weighted sum of its fields' weights (``FIELD_WEIGHTS``, title first),
so long requirement texts do not drown the title. A query is one unit vector; its score against an item is a sparse
dot product computed only over the postings of the query's own n-grams (between 0 and 1). 実装不可 items are
scaled by ``CLASS_PRIOR`` so that, on equal wording, the item a step actually uses comes first. Ties keep catalogue
order (no rapidfuzz tie-breaker: analysis stays stdlib-only).
"""

from __future__ import annotations

import heapq
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from jcloud_desk.analysis.effective_class import effective_class
from jcloud_desk.analysis.evidence import LEARN_WEIGHT, Evidence, EvidenceIndex
from jcloud_desk.analysis.thesaurus import Thesaurus
from jcloud_desk.analysis.words import WORD_PREFIX, WordAnalyser
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project

#: Spelling variants folded before n-gramming (variant → canonical form). Longest variants are replaced first.
SYNONYMS: dict[str, str] = {
    "受け付け": "受付",
    "受付け": "受付",
    "受け付": "受付",
    "印鑑登録証明書": "印鑑証明書",
    "届け出": "届出",
    "申し込み": "申込",
    "申込み": "申込",
    "申し出": "申出",
    "取り消し": "取消",
    "取消し": "取消",
    "取り扱い": "取扱",
    "取扱い": "取扱",
    "引き継ぎ": "引継",
    "引継ぎ": "引継",
    "問い合わせ": "問合せ",
    "問合わせ": "問合せ",
    "読み取り": "読取",
    "読取り": "読取",
    "書き換え": "書換",
    "書換え": "書換",
    "振り込み": "振込",
    "振込み": "振込",
    "差し押さえ": "差押",
    "差押え": "差押",
    "マイナンバーカード": "個人番号カード",
    "マイナンバー": "個人番号",
}

#: Hiragana function words: where a hiragana run ends in these, they are dropped and the text is cut there.
NOISE_WORDS: frozenset[str] = frozenset(
    {
        "を", "の", "に", "は", "が", "で", "と", "へ", "や", "も", "か", "ね", "よ", "て", "た", "な",
        "から", "まで", "より", "など", "ため", "とき", "ほか", "また", "および", "ならびに", "または", "もしくは",
        "について", "による", "により", "において", "における", "に対する", "として", "とする",
        "する", "します", "した", "して", "され", "される", "させる", "できる", "できること", "できない",
        "すること", "こと", "もの", "ある", "いる", "なる", "ない", "れる", "られる", "ること", "ている",
    }
)
_NOISE_MAX = max(len(word) for word in NOISE_WORDS)
#: Weight of each field in an item's vector (normalised to sum 1 so that scores stay within 0..1).
FIELD_WEIGHTS: tuple[float, float, float] = (0.6, 0.15, 0.25)
#: Score factor per 実装区分: 実装不可 items say what the system must *not* do, so on equal wording the item a
#: step actually uses (実装必須 / 標準オプション) ranks first and the prohibition's twin does not crowd the top 5
#: (0.9 until issue 16; 0.7 measured better on the sample set and the KB dev set, benchmarks/RESULTS.md).
CLASS_PRIOR: dict[ImplClass, float] = {ImplClass.PROHIBITED: 0.7}
#: Weight of a character unigram relative to a bigram.
UNIGRAM_WEIGHT = 0.5
#: Weight of a word feature (``analysis.words``) relative to a character bigram.
WORD_WEIGHT = 1.0
#: How ``suggest_for_step`` mixes the parts of a step into one query.
STEP_PART_WEIGHTS: dict[str, float] = {"label": 1.0, "notes": 0.4, "lane": 0.15}

_HIRAGANA = re.compile(r"[\u3041-\u309f]+")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+")
#: Characters that can belong to a piece: digits, latin, kana, CJK ideographs and the iteration marks.
_PIECE = re.compile(
    r"[0-9a-z\u3041-\u309f\u30a1-\u30fa\u30fc\u3005\u3006\u30f6\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
_SYNONYM_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True)))


class Suggestion(NamedTuple):
    """One suggested catalogue item and its cosine score (0..1)."""

    item_id: str
    score: float


def normalize(text: str) -> str:
    """NFKC, lower case, synonyms folded (whitespace and particles are kept; see ``pieces``)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return _SYNONYM_PATTERN.sub(lambda m: SYNONYMS[m.group(0)], folded)


@lru_cache(maxsize=4096)
def _cut_run(run: str) -> str:
    """A hiragana run without its trailing function words, followed by a cut (okurigana stay: 写しの → 写し|)."""
    size = len(run)
    noise_from = [False] * size + [True]  # noise_from[i]: run[i:] splits entirely into NOISE_WORDS
    for start in range(size - 1, -1, -1):
        noise_from[start] = any(
            noise_from[end] and run[start:end] in NOISE_WORDS
            for end in range(start + 1, min(size, start + _NOISE_MAX) + 1)
        )
    first = next((start for start in range(size) if noise_from[start]), size)
    return run if first == size else run[:first] + " "


def pieces(text: str) -> list[str]:
    """The normalised text cut at whitespace, punctuation, symbols and particles / function words."""
    return _PIECE.findall(_HIRAGANA.sub(lambda m: _cut_run(m.group(0)), normalize(text)))


def ngrams(text: str) -> Counter[str]:
    """Character unigrams (kanji, latin, digits) and bigrams of ``text`` after normalisation, with counts."""
    grams: list[str] = []
    for piece in pieces(text):
        grams.extend(_KANA.sub("", piece))
        grams.extend(map(operator.add, piece, piece[1:]))
    return Counter(grams)


def _tf_weights(grams: Counter[str]) -> dict[str, float]:
    """Sublinear term frequencies, unigrams down-weighted, words weighted by ``WORD_WEIGHT``."""
    return {g: (1.0 + math.log(n)) * _kind_weight(g) for g, n in grams.items()}


def _kind_weight(gram: str) -> float:
    """Unigram, bigram or word (a word feature is ``WORD_PREFIX`` + word, so never shorter than 3)."""
    size = len(gram)
    return UNIGRAM_WEIGHT if size == 1 else 1.0 if size == 2 else WORD_WEIGHT


class TextFeatures:
    """Text → weighted features: thesaurus folds, character n-grams and (when an analyser is given) words.

    Calls are cached per text (paths and -M/-N twins repeat the same texts; step labels repeat across queries).
    """

    def __init__(self, analyser: WordAnalyser | None = None, thesaurus: Thesaurus | None = None) -> None:
        self.analyser = analyser
        self.thesaurus = thesaurus
        self._cache: dict[str, dict[str, float]] = {}

    def __call__(self, text: str) -> dict[str, float]:
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[text] = _tf_weights(self.counts(text))
        return found

    def counts(self, text: str) -> Counter[str]:
        """Feature counts of ``text`` (before tf weighting)."""
        if self.thesaurus is not None:
            text = self.thesaurus.fold(text)
        grams = ngrams(text)
        if self.analyser is not None:
            grams.update(WORD_PREFIX + word for word in self.analyser.words(normalize(text)))
        return grams


class SuggestionIndex:
    """An inverted index over catalogue items; build once per catalogue set, query many times."""

    def __init__(self, items: Sequence[CatalogItem], features: TextFeatures | None = None,
                 municipality_type: MunicipalityType = MunicipalityType.UNKNOWN) -> None:
        """Index ``items``; the class prior uses each item's class for ``municipality_type``."""
        self._items: list[CatalogItem] = list(items)
        self._position: dict[str, int] = {item.id: pos for pos, item in enumerate(self._items)}
        self.features = tf = features or TextFeatures()
        fields = [(tf(item.title), tf(item.path), tf(item.text)) for item in self._items]
        df: Counter[str] = Counter()
        for item_fields in fields:
            df.update(set().union(*item_fields))
        count = len(self._items)
        idf = self._idf = {g: math.log((count + 1) / (n + 0.5)) for g, n in df.items()}
        self._unknown_idf = math.log((count + 1) / 0.5)
        total = sum(FIELD_WEIGHTS)
        weights = [w / total for w in FIELD_WEIGHTS]
        postings: dict[str, tuple[list[int], list[float]]] = {}
        self._vectors: list[dict[str, float]] = []
        for pos, item_fields in enumerate(fields):
            vector: dict[str, float] = {}
            prior = CLASS_PRIOR.get(effective_class(self._items[pos], municipality_type), 1.0)
            for field_weight, field in zip(weights, item_fields, strict=True):
                norm = math.sqrt(sum((w * idf[g]) ** 2 for g, w in field.items()))
                if norm == 0.0:
                    continue
                scale = prior * field_weight / norm
                for gram, w in field.items():
                    vector[gram] = vector.get(gram, 0.0) + scale * w * idf[gram]
            self._vectors.append(vector)
            for gram, w in vector.items():
                if w > 0.0:
                    ids, ws = postings.setdefault(gram, ([], []))
                    ids.append(pos)
                    ws.append(w)
        self._postings = postings
        self._by_code: dict[str, list[int]] = {}
        for pos, item in enumerate(self._items):
            self._by_code.setdefault(item.code, []).append(pos)
        self._evidence = EvidenceIndex((), self.full_vector)
        self.learn_weight = LEARN_WEIGHT

    def __len__(self) -> int:
        return len(self._items)

    @property
    def items(self) -> list[CatalogItem]:
        """The indexed items in index (catalogue) order."""
        return list(self._items)

    def item_vector(self, position: int) -> dict[str, float]:
        """The weighted n-gram vector of the item at ``position`` (for diagnostics and benchmarks)."""
        return dict(self._vectors[position])

    def query_vector(self, parts: Iterable[tuple[str, float]] | str) -> dict[str, float]:
        """The unit TF-IDF vector of a query: one text, or weighted texts summed before normalising.

        N-grams no item has are left out but still count in the norm, so a query that is mostly unknown words
        scores low everywhere.
        """
        return {g: w for g, w in self.full_vector(parts).items() if g in self._idf}

    def full_vector(self, parts: Iterable[tuple[str, float]] | str) -> dict[str, float]:
        """Like ``query_vector`` but keeping features no item has (for comparing wordings with each other)."""
        if isinstance(parts, str):
            parts = [(parts, 1.0)]
        raw: dict[str, float] = {}
        for text, weight in parts:
            if weight <= 0.0 or not text:
                continue
            for gram, w in self.features(text).items():
                raw[gram] = raw.get(gram, 0.0) + weight * w * self._idf.get(gram, self._unknown_idf)
        norm = math.sqrt(sum(w * w for w in raw.values()))
        if norm == 0.0:
            return {}
        return {g: w / norm for g, w in raw.items()}

    def set_evidence(self, entries: Iterable[Evidence]) -> None:
        """Learned links (accepted / removed wording → code) that raise or lower items for similar wording.

        Cheap to call again with a few more entries (the evidence index updates in place).
        """
        self._evidence.update(entries)

    @property
    def evidence_count(self) -> int:
        """How many evidence entries are in use."""
        return len(self._evidence)

    def suggest(self, text: str, k: int = 5, exclude_ids: Iterable[str] = ()) -> list[Suggestion]:
        """The ``k`` items most similar to ``text``, best first (items scoring 0 are never suggested)."""
        return self._rank(self.full_vector(text), k, exclude_ids)

    def suggest_for_step(self, project: Project, step_id: str, k: int = 5) -> list[Suggestion]:
        """Suggestions for one step: its label, its notes and (lightly) its lane name; linked items excluded."""
        step = project.step.get(step_id)
        if step is None:
            raise UnknownEntityError("step", step_id)
        lane = project.lane.get(step.lane_id)
        parts = [
            (step.label, STEP_PART_WEIGHTS["label"]),
            (step.notes, STEP_PART_WEIGHTS["notes"]),
            (lane.name if lane is not None else "", STEP_PART_WEIGHTS["lane"]),
        ]
        linked = [link.item_id for link in project.links_of_step(step_id)]
        return self._rank(self.full_vector(parts), k, linked)

    def _rank(self, query: dict[str, float], k: int, exclude_ids: Iterable[str]) -> list[Suggestion]:
        """Term-at-a-time accumulation over the postings of the query's n-grams only, learned support, top ``k``.

        ``query`` is a ``full_vector``: features no item has add nothing here but can match evidence.
        """
        if k <= 0 or not query:
            return []
        scores = [0.0] * len(self._items)
        for gram, qw in query.items():
            posting = self._postings.get(gram)
            if posting is None:
                continue
            ids, ws = posting
            for pos, w in zip(ids, ws, strict=True):
                scores[pos] += qw * w
        if len(self._evidence):  # after the text scores: removals scale them
            self._apply_support(scores, self._evidence.support(query))
        for item_id in exclude_ids:
            excluded = self._position.get(item_id)
            if excluded is not None:
                scores[excluded] = 0.0
        # nlargest is stable: equal scores keep catalogue order
        best = heapq.nlargest(k, range(len(scores)), key=scores.__getitem__)
        return [Suggestion(self._items[pos].id, scores[pos]) for pos in best if scores[pos] > 0.0]


    def _apply_support(self, scores: list[float], support: dict[str, float]) -> None:
        """Accepted wording adds ``learn_weight × support``; removed wording scales the score by ``1 + support``."""
        for code, value in support.items():
            for pos in self._by_code.get(code, ()):
                if value > 0.0:
                    scores[pos] += self.learn_weight * value
                else:  # the same wording removed (support -1 up to rounding) drops the item
                    factor = 1.0 + value
                    scores[pos] = scores[pos] * factor if factor > 1e-6 else 0.0


def build_index(project: Project, features: TextFeatures | None = None) -> SuggestionIndex:
    """An index over every function of the current catalogue versions, catalogue by catalogue in catalogue order.

    帳票 are left out: a step names the forms it uses in its 使用帳票 text, which ``form_coverage`` matches by name
    (ranked with the functions, form titles crowd out the function a step's wording describes).
    """
    catalog_rank = {catalog_id: rank for rank, catalog_id in enumerate(project.catalog)}
    items = sorted((i for i in project.current_items() if not i.is_form),
                   key=lambda i: (catalog_rank.get(i.catalog_id, len(catalog_rank)), i.sort))
    return SuggestionIndex(items, features, project.meta.municipality_type)
