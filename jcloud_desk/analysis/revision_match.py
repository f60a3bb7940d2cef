"""Pair the items of two versions of a catalogue (a 標準仕様書 revision): old item → new item.

Pure (stdlib + the domain). Three passes, each only over the items the previous ones left unpaired:

1. **機能ID**: the same ``code`` in both versions (``MatchBasis.CODE``).
2. **Legacy id** (旧機能ID, 要件番号, ``CatalogItem.legacy_code``): a new item whose legacy id names an old item's
   code (a 旧機能ID column; several ids may be listed, 「、」 ``,`` or spaces between them), then old and new
   items sharing the same legacy value when exactly one of each is left with it (``MatchBasis.LEGACY``).
3. **Similarity**: the rest are *proposed* old → new pairs by the wording of title and text (character bigram
   Dice coefficients, NFKC-normalised, whitespace ignored), best first, each item in at most one proposal, at or
   above ``PROPOSAL_THRESHOLD``. Proposals are never applied by themselves: the user confirms them (GUI dialog,
   CLI ``--map``).

Old items left without a pair are removed in the new version, new ones without a pair are added.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from jcloud_desk.domain.catalog import CatalogItem

#: Lowest similarity score offered as a proposal (measured on the bundled catalogue: benchmarks/revision_match.py).
PROPOSAL_THRESHOLD = 0.45
#: Weight of the title in the similarity score (the rest is the requirement text).
TITLE_WEIGHT = 0.35
#: Added when both items have the same 実装区分 / the same classification path (tie-breakers on equal wording).
SAME_CLASS_BONUS = 0.03
SAME_PATH_BONUS = 0.03
#: Separators between several ids in one legacy-id cell.
_ID_SEPARATORS = re.compile(r"[\s,、，・/／;；]+")
_SPACE = re.compile(r"\s+")


class MatchBasis(StrEnum):
    """Why an old item is paired with a new one."""

    CODE = "code"
    LEGACY = "legacy"
    SIMILARITY = "similarity"
    USER = "user"


@dataclass(frozen=True, slots=True)
class ItemPair:
    """Old item → new item, with the reason and (for a proposal) the similarity score."""

    old_id: str
    new_id: str
    basis: MatchBasis
    score: float = 1.0


@dataclass(slots=True)
class RevisionMatch:
    """Pairs found by code and legacy id, similarity proposals, and what is left on each side."""

    pairs: list[ItemPair] = field(default_factory=list)
    proposals: list[ItemPair] = field(default_factory=list)
    unmatched_old: list[str] = field(default_factory=list)  # removed unless a proposal is accepted
    unmatched_new: list[str] = field(default_factory=list)  # added unless a proposal is accepted

    def mapping(self, accepted: Iterable[ItemPair] = ()) -> dict[str, str]:
        """Old item id → new item id: the sure pairs plus the ``accepted`` proposals."""
        result = {pair.old_id: pair.new_id for pair in self.pairs}
        result.update((pair.old_id, pair.new_id) for pair in accepted)
        return result


_VERSION_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def version_key(version: str) -> tuple[int, ...] | None:
    """The first dotted number of a version label (「第2.1版（第3章）」 → (2, 1)); None when it has none."""
    match = _VERSION_NUMBER.search(unicodedata.normalize("NFKC", version))
    return tuple(int(part) for part in match.group().split(".")) if match else None


def is_older(version: str, than: str) -> bool:
    """True only when both labels carry a number and ``version``'s is lower (1.10 is newer than 1.9)."""
    mine, theirs = version_key(version), version_key(than)
    if mine is None or theirs is None:
        return False
    width = max(len(mine), len(theirs))
    return mine + (0,) * (width - len(mine)) < theirs + (0,) * (width - len(theirs))


def legacy_ids(value: str) -> list[str]:
    """The ids written in one legacy-id cell (several may be listed)."""
    return [part for part in _ID_SEPARATORS.split(value.strip()) if part]


@lru_cache(maxsize=8192)
def _bigrams(text: str) -> frozenset[str]:
    """Character bigrams of NFKC-normalised text without whitespace (single characters for a 1-char text)."""
    folded = _SPACE.sub("", unicodedata.normalize("NFKC", text)).lower()
    if len(folded) < 2:
        return frozenset(folded)
    return frozenset(folded[i:i + 2] for i in range(len(folded) - 1))


def dice(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two texts (1.0 for two empty texts)."""
    first, second = _bigrams(a), _bigrams(b)
    if not first and not second:
        return 1.0
    return 2 * len(first & second) / (len(first) + len(second))


def wording_similarity(old: CatalogItem, new: CatalogItem) -> float:
    """How alike two items are in wording, 0..1: title and text Dice coefficients, weighted (the proposal score)."""
    title = dice(old.title, new.title)
    text = dice(old.text, new.text) if old.text or new.text else title
    return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * text


def similarity(old: CatalogItem, new: CatalogItem) -> float:
    """``wording_similarity`` plus small same-class / same-path bonuses (tie-breakers), at most 1.0: the ranking."""
    score = wording_similarity(old, new)
    if old.impl_class is new.impl_class:
        score += SAME_CLASS_BONUS
    if old.path and old.path == new.path:
        score += SAME_PATH_BONUS
    return min(score, 1.0)


def match_items(
    old: Sequence[CatalogItem], new: Sequence[CatalogItem], threshold: float = PROPOSAL_THRESHOLD
) -> RevisionMatch:
    """Pair ``old`` items with ``new`` ones by code, then legacy id; propose the rest by similarity."""
    result = RevisionMatch()
    old_left = {item.id: item for item in old}
    new_left = {item.id: item for item in new}

    def pair(old_item: CatalogItem, new_item: CatalogItem, basis: MatchBasis) -> None:
        result.pairs.append(ItemPair(old_item.id, new_item.id, basis))
        del old_left[old_item.id]
        del new_left[new_item.id]

    new_by_code = {item.key: item for item in reversed(new)}  # the first item of a duplicated code wins
    for item in old:
        partner = new_by_code.get(item.key)
        if partner is not None and partner.id in new_left:
            pair(item, partner, MatchBasis.CODE)

    old_by_code = {item.key: item for item in reversed(list(old_left.values()))}
    for item in list(new_left.values()):
        for code in legacy_ids(item.legacy_code):
            partner = old_by_code.get(f"帳票:{code}" if item.is_form else code)  # 帳票ID are their own namespace
            if partner is not None and partner.id in old_left and item.id in new_left:
                pair(partner, item, MatchBasis.LEGACY)

    old_groups: dict[str, list[CatalogItem]] = defaultdict(list)
    new_groups: dict[str, list[CatalogItem]] = defaultdict(list)
    for item in old_left.values():
        if item.legacy_code.strip():
            old_groups[f"{item.kind}:{item.legacy_code.strip()}"].append(item)
    for item in new_left.values():
        if item.legacy_code.strip():
            new_groups[f"{item.kind}:{item.legacy_code.strip()}"].append(item)
    for value, olds in old_groups.items():
        news = new_groups.get(value, [])
        if len(olds) == 1 and len(news) == 1:
            pair(olds[0], news[0], MatchBasis.LEGACY)

    result.proposals = propose_pairs(list(old_left.values()), list(new_left.values()), threshold)
    proposed_old = {p.old_id for p in result.proposals}
    proposed_new = {p.new_id for p in result.proposals}
    result.unmatched_old = [item.id for item in old if item.id in old_left and item.id not in proposed_old]
    result.unmatched_new = [item.id for item in new if item.id in new_left and item.id not in proposed_new]
    return result


def propose_pairs(
    old: Sequence[CatalogItem], new: Sequence[CatalogItem], threshold: float = PROPOSAL_THRESHOLD
) -> list[ItemPair]:
    """Best-first one-to-one proposals by ``similarity`` at or above ``threshold``, in old-item order."""
    scored = []
    for i, old_item in enumerate(old):
        for j, new_item in enumerate(new):
            if new_item.kind is not old_item.kind:
                continue  # a function never pairs with a 帳票
            score = similarity(old_item, new_item)
            if score >= threshold:
                scored.append((-score, i, j))
    scored.sort()
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    chosen: list[tuple[int, ItemPair]] = []
    for _negative, i, j in scored:
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        score = round(wording_similarity(old[i], new[j]), 3)
        chosen.append((i, ItemPair(old[i].id, new[j].id, MatchBasis.SIMILARITY, score)))
    return [pair for _i, pair in sorted(chosen, key=lambda entry: entry[0])]
