"""Content words of Japanese text from a morphological analyser, folded so that inflections and okurigana meet.

SudachiPy with its core dictionary (``sudachidict-core``) is the analyser we ship (benchmarks/RESULTS.md
"Suggestions" compares it with fugashi + unidic-lite). It is imported lazily, the first time a ``WordAnalyser``
analyses text, so that starting the app does not load a 200 MB dictionary; without it installed, ``words`` returns
nothing and suggestions fall back to character n-grams alone.

A word is the analyser's *normalised form* (Sudachi: 申込む → 申し込む, 受付 → 受け付け, マイナンバー stays) with its
kana removed when it has kanji, so that the noun and the verb of one stem meet: 受付 / 受け付け / 受け付ける → 受付,
申し込む / 申込 → 申込, 亡くなった → 亡. Only content words count (nouns, verbs, adjectives, adverbs; not particles,
auxiliaries, symbols or the light verb する).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol

#: Prefix of word features, so that a one-kanji word never collides with a character unigram.
WORD_PREFIX = "w:"
#: Parts of speech (first level, Sudachi / UniDic names) whose words are kept.
CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞", "接尾辞"})
#: Normalised forms never kept (light verbs and empty nouns).
STOP_WORDS = frozenset({"為る", "する", "成る", "なる", "居る", "いる", "有る", "ある", "事", "こと", "物", "もの",
                        "出来る", "できる", "為", "ため", "等", "など", "以下", "場合"})

_KANJI = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]+")


def fold(normalised: str) -> str:
    """The kanji skeleton of a normalised form when it has kanji (受け付ける → 受付), else the form itself."""
    return _HIRAGANA.sub("", normalised) if _KANJI.search(normalised) else normalised


Tokenise = Callable[[str], list[tuple[str, str]]]  # text → [(normalised form, first-level POS)]


class Backend(Protocol):
    """A loaded analyser: a name and a tokeniser."""

    name: str

    def tokenise(self, text: str) -> list[tuple[str, str]]:
        """(normalised form, first-level part of speech) per morpheme."""
        ...


class _Sudachi:
    name = "sudachi"

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode  # lazy: loads the dictionary (~50 ms)

        self._tokenizer = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
        self._split_a = SplitMode.A

    def tokenise(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for morpheme in self._tokenizer.tokenize(text):
            pos = morpheme.part_of_speech()[0]
            out.append((morpheme.normalized_form(), pos))
            parts = morpheme.split(self._split_a)
            if len(parts) > 1:  # compounds give their short units too (転入届 → 転入, 届)
                out.extend((part.normalized_form(), part.part_of_speech()[0]) for part in parts)
        return out


class _Fugashi:
    name = "fugashi"

    def __init__(self) -> None:
        import fugashi  # lazy: loads unidic-lite

        self._tagger = fugashi.Tagger()

    def tokenise(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for word in self._tagger(text):
            lemma = getattr(word.feature, "orthBase", None) or getattr(word.feature, "lemma", None) or word.surface
            out.append((str(lemma), str(word.feature.pos1)))
        return out


BACKENDS: dict[str, Callable[[], Backend]] = {"sudachi": _Sudachi, "fugashi": _Fugashi}
#: The analyser the app uses (measured best; see module docstring).
DEFAULT_BACKEND = "sudachi"


class WordAnalyser:
    """Content words of a text; the backend loads on first use (thread-safe), ``available`` says if it could."""

    def __init__(self, backend: str = DEFAULT_BACKEND) -> None:
        self.backend_name = backend
        self._backend: Backend | None = None
        self._failed = False
        self._lock = threading.Lock()
        self._cached = lru_cache(maxsize=8192)(self._words)

    @property
    def loaded(self) -> bool:
        """True once the backend has been loaded (for the cold-start test)."""
        return self._backend is not None

    def available(self) -> bool:
        """Load the backend if needed; False when it is not installed."""
        return self._load() is not None

    def _load(self) -> Backend | None:
        if self._backend is None and not self._failed:
            with self._lock:
                if self._backend is None and not self._failed:
                    try:
                        self._backend = BACKENDS[self.backend_name]()
                    except (ImportError, OSError, RuntimeError):
                        self._failed = True
        return self._backend

    def words(self, text: str) -> tuple[str, ...]:
        """Folded content words of ``text`` (already NFKC-normalised by the caller), in order, with repeats."""
        return self._cached(text) if text else ()

    def _words(self, text: str) -> tuple[str, ...]:
        backend = self._load()
        if backend is None:
            return ()
        found: list[str] = []
        for normalised, pos in backend.tokenise(text):
            if pos not in CONTENT_POS or normalised in STOP_WORDS:
                continue
            word = fold(normalised)
            if word and not word.isdigit() and word not in STOP_WORDS:
                found.append(word)
        return tuple(found)


_shared: dict[str, WordAnalyser] = {}


def shared_analyser(backend: str = DEFAULT_BACKEND) -> WordAnalyser:
    """One analyser per backend for the whole process (the dictionary is loaded once)."""
    analyser = _shared.get(backend)
    if analyser is None:
        analyser = _shared[backend] = WordAnalyser(backend)
    return analyser
