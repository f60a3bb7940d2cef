"""Reading 団体区分 conditions of a catalogue row: from the class cell, a remarks column and the requirement text.

Three places say that an item's 実装区分 differs by 団体区分 (domain.md §4, §14):

* the class cell: 「実装必須機能（指定都市のみ）」, 「標準オプション機能（一般市区町村）」 — the named 団体 get the
  class written, the others the opposite one (必須 ↔ オプション);
* a remarks column (備考): 「指定都市は実装必須、一般市区町村は標準オプション」 — each clause sets the named 団体;
* the requirement text: the whole-item sentence 「本機能は、一般市区町村においては実装してもしなくても良い。」 makes
  the named 団体 optional (the others keep the class as written). In a row that is itself 標準オプション (the
  bundled catalogue's ``-O`` rows hold exactly the optional part of a ``-M`` row) any 「<団体>においては…実装して
  もしなくても良い／実装しなくても良い」 sentence says so, and the other 団体 must implement it.

Any other sentence naming a 団体 (「なお、指定都市においては、行政区…できること。」) adds a requirement for some 団体
without changing the class: it is kept as the item's conditional note. 「一般市区町村」 is every 団体 but 指定都市
(the 住民記録 標準仕様書's usage). A condition that cannot be read never refuses the row: the class is taken as
written, the text is kept in the note and a warning names the row.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.municipality_type import TYPES, MunicipalityType

_MT = MunicipalityType
_NOT_DESIGNATED = frozenset(t for t in TYPES if t is not _MT.DESIGNATED_CITY)
#: Words naming groups of 団体, longest first (so 一般市区町村 wins over 一般市, 政令指定都市 over 指定都市).
GROUP_WORDS: tuple[tuple[str, frozenset[MunicipalityType]], ...] = (
    ("政令指定都市", frozenset({_MT.DESIGNATED_CITY})),
    ("一般市区町村", _NOT_DESIGNATED),
    ("一般市町村", _NOT_DESIGNATED),
    ("指定都市", frozenset({_MT.DESIGNATED_CITY})),
    ("政令市", frozenset({_MT.DESIGNATED_CITY})),
    ("中核市", frozenset({_MT.CORE_CITY})),
    ("特別区", frozenset({_MT.SPECIAL_WARD})),
    ("一般市", frozenset({_MT.CITY})),
    ("町村", frozenset({_MT.TOWN_VILLAGE})),
)
#: 「町村」 inside 「市区町村」/「市町村」 (any municipality) is not the 町村 group.
_GROUP = "|".join("(?<![市区])町村" if word == "町村" else word for word, _types in GROUP_WORDS)
_OPTIONAL_PHRASE = r"実装(?:して)?(?:も)?しなくても(?:良|よ)い|実装は任意|標準オプション"
#: 「本機能は、一般市区町村においては（、）実装してもしなくても良い」
_WHOLE_ITEM = re.compile(
    rf"本機能は[、,]?\s*((?:(?:{_GROUP})[・、及びと]*)+)(?:において|で)は?[、,]?\s*(?:{_OPTIONAL_PHRASE})")
#: 「<団体>においては、…実装してもしなくても良い」 anywhere in one sentence (used for 標準オプション rows).
_OPTIONAL_FOR = re.compile(
    rf"((?:(?:{_GROUP})[・、及びと]*)+)(?:において|で)は?[、,].*?(?:{_OPTIONAL_PHRASE})")
#: A sentence that names a 団体 as the subject of a requirement (kept as a conditional note).
_MENTION = re.compile(rf"(?:{_GROUP})(?:において|においては|では|の場合|は|・|や|等|において、)")
#: A condition in brackets after the class: 「実装必須機能（指定都市のみ）」.
_BRACKETED = re.compile(r"^(.*?)[（(【\[](.+?)[）)】\]]\s*$")
_CLAUSE = re.compile(rf"((?:(?:{_GROUP})[・、及びと]*)+)(?:は|では|において(?:は)?)[、,]?\s*([^、。,;；]+)")

_M, _O, _P = ImplClass.MANDATORY, ImplClass.OPTIONAL, ImplClass.PROHIBITED
#: 実装区分 wordings (current, first edition, short forms, keys), normalized → class. ○/△/× are not guessed.
_IMPL_CLASS_WORDS: dict[str, ImplClass] = {
    "実装必須機能": _M, "実装必須": _M, "必須": _M, "必須機能": _M, "実装すべき機能": _M, "実装すべき": _M,
    "mandatory": _M,
    "標準オプション機能": _O, "標準オプション": _O, "オプション": _O, "オプション機能": _O,
    "実装してもしなくても良い機能": _O, "実装してもしなくてもよい機能": _O, "実装してもしなくても良い": _O,
    "実装してもしなくてもよい": _O, "optional": _O,
    "実装不可機能": _P, "実装不可": _P, "不可": _P, "実装しない機能": _P, "実装しない": _P, "prohibited": _P,
    "実装必須帳票": _M, "標準オプション帳票": _O, "実装不可帳票": _P, "必須帳票": _M, "オプション帳票": _O,
    "": ImplClass.UNSPECIFIED, "unspecified": ImplClass.UNSPECIFIED,
}


def parse_impl_class(text: str) -> ImplClass | None:
    """The 実装区分 of a cell in either wording, short form, full or half width; '' is unspecified.

    None when the text cannot be interpreted (「要検討」, ○/△/×, a condition such as 「実装必須機能（指定都市）」).
    """
    found = _IMPL_CLASS_WORDS.get(text)
    if found is not None:
        return found
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
    return _IMPL_CLASS_WORDS.get(key.strip("()[]【】「」『』<>"))


_OPPOSITE: dict[ImplClass, ImplClass] = {ImplClass.MANDATORY: ImplClass.OPTIONAL,
                                         ImplClass.OPTIONAL: ImplClass.MANDATORY}


@dataclass(frozen=True, slots=True)
class ConditionReading:
    """What one row says: the class as written, the per-type classes that differ, the note and any warnings.

    ``impl_class`` None means the class cell itself cannot be read (the caller reports that as a row problem);
    ``found`` describes each condition detected, in Japanese, for the import preview.
    """

    impl_class: ImplClass | None
    conditions: dict[str, str] = field(default_factory=dict)
    note: str = ""
    warnings: tuple[str, ...] = ()
    found: tuple[str, ...] = ()


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def types_named(text: str) -> frozenset[MunicipalityType] | None:
    """The 団体 a phrase names (「指定都市・中核市」, 「一般市区町村」, 「指定都市以外」); None if it names none."""
    phrase = _normalize(text).replace("のみ", "").replace("だけ", "").strip()
    negated = False
    for suffix in ("以外", "を除く", "を除いた"):
        if phrase.endswith(suffix):
            phrase, negated = phrase[: -len(suffix)], True
    found: set[MunicipalityType] = set()
    rest = phrase
    for word, types in GROUP_WORDS:
        if word in rest:
            found |= types
            rest = rest.replace(word, "")
    if not found or re.sub(r"[・、,及びと\s]", "", rest):
        return None
    return frozenset(set(TYPES) - found) if negated else frozenset(found)


def _set(conditions: dict[str, ImplClass], types: frozenset[MunicipalityType], impl: ImplClass) -> None:
    for kind in types:
        conditions[kind.value] = impl


def _describe(conditions: dict[str, ImplClass], base: ImplClass, where: str) -> str:
    """「区分欄: 指定都市=実装必須、特別区・中核市・一般市・町村=標準オプション」."""
    by_class: dict[ImplClass, list[str]] = {}
    for kind in TYPES:
        by_class.setdefault(conditions.get(kind.value, base), []).append(kind.label_ja)
    names = {ImplClass.MANDATORY: "実装必須", ImplClass.OPTIONAL: "標準オプション", ImplClass.PROHIBITED: "実装不可",
             ImplClass.UNSPECIFIED: "区分なし"}
    return f"{where}: " + "、".join(f"{'・'.join(kinds)}={names[impl]}" for impl, kinds in by_class.items())


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=。)|\n", text)
    return [p.strip() for p in parts if p.strip()]


def read_conditions(class_text: str, remarks: str = "", text: str = "") -> ConditionReading:
    """Read the conditions of one row (see the module docstring)."""
    parse_class = parse_impl_class
    warnings: list[str] = []
    notes: list[str] = []
    found: list[str] = []
    conditions: dict[str, ImplClass] = {}
    cell = _normalize(class_text)
    base = parse_class(class_text)
    if base is None:
        bracket = _BRACKETED.match(cell)
        if bracket is None:
            return ConditionReading(None)
        base = parse_class(bracket.group(1).strip())
        if base is None:
            return ConditionReading(None)
        types = types_named(bracket.group(2))
        opposite = _OPPOSITE.get(base)
        if types is None or opposite is None:
            warnings.append(worded("catalog.class_condition_unreadable", text=class_text,
                                   taken=_normalize(bracket.group(1))))
            notes.append(f"実装区分欄の条件: {bracket.group(2)}")
        else:
            _set(conditions, frozenset(set(TYPES) - types), opposite)
            found.append(_describe(conditions, base, "実装区分欄"))
    if remarks.strip():
        _read_remarks(remarks, base, conditions, warnings, notes, found)
    if text.strip():
        _read_text(text, base, conditions, notes, found)
    clean: dict[str, str] = {str(kind.value): conditions[kind.value].value for kind in TYPES
             if kind.value in conditions and conditions[kind.value] is not base}
    return ConditionReading(base, clean, "\n".join(dict.fromkeys(notes)), tuple(warnings), tuple(found))


def _read_remarks(remarks: str, base: ImplClass, conditions: dict[str, ImplClass],
                  warnings: list[str], notes: list[str], found: list[str]) -> None:
    """「指定都市は実装必須、一般市区町村は標準オプション」: each clause sets the 団体 it names."""
    parse_class = parse_impl_class
    text = _normalize(remarks)
    before = dict(conditions)
    clauses = list(_CLAUSE.finditer(text))
    understood = False
    for clause in clauses:
        types = types_named(clause.group(1))
        words = clause.group(2).strip()
        impl = parse_class(words) or parse_class(re.sub(r"(とする|である|です|とします)$", "", words))
        if types is None or impl is None:
            continue
        _set(conditions, types, impl)
        understood = True
    if understood:
        found.append(_describe(conditions, base, "備考"))
    elif any(word in text for word, _types in GROUP_WORDS):
        if any(word in text for word in ("実装", "必須", "オプション", "不可")):
            warnings.append(worded("catalog.remarks_condition_unreadable", text=remarks.strip()))
        notes.append(remarks.strip())
    if understood and before == conditions:
        found.pop()


def _read_text(text: str, base: ImplClass, conditions: dict[str, ImplClass], notes: list[str],
               found: list[str]) -> None:
    """Whole-item sentences change the class; other sentences naming a 団体 become the note."""
    for sentence in _sentences(_normalize(text)):
        whole = _WHOLE_ITEM.search(sentence)
        if whole is None and base is ImplClass.OPTIONAL:
            whole = _OPTIONAL_FOR.search(sentence)
        types = types_named(whole.group(1)) if whole is not None else None
        if types is not None:
            _set(conditions, types, ImplClass.OPTIONAL)
            if base is ImplClass.OPTIONAL:
                _set(conditions, frozenset(set(TYPES) - types), ImplClass.MANDATORY)
            found.append(_describe(conditions, base, "要件文"))
            continue
        if _MENTION.search(sentence):
            notes.append(sentence)
