"""The vendor's package as a layer over a standard catalogue, and the per-municipality 標準オプション decisions.

A vendor answers each 機能ID / 帳票ID of the standard (○ provided, △ partly, × not provided, オプション at extra
cost) with a planned date (提供予定日) and a comment. Answers and decisions are keyed by the catalogue's *name*
and the item code, not by an item id, so they stay valid when a new version of the catalogue is imported.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.ids import stable_id


class VendorAnswerKind(StrEnum):
    """A vendor's conformance answer for one item."""

    PROVIDED = "provided"  # ○
    PARTIAL = "partial"  # △
    NOT_PROVIDED = "not_provided"  # ×
    OPTION = "option"  # オプション (extra cost)
    UNANSWERED = ""  # no answer yet


@dataclass(slots=True)
class VendorAnswer:
    """The answer of ``vendor`` for the item ``code`` of the catalogue named ``catalog``."""

    id: str
    catalog: str
    code: str
    vendor: str = ""
    kind: ItemKind = ItemKind.FUNCTION  # 機能ID or 帳票ID (their own namespaces)
    answer: VendorAnswerKind = VendorAnswerKind.UNANSWERED
    available_on: str = ""  # 提供予定日, ISO date ('' = available now / not stated)
    comment: str = ""
    cost: str = ""  # as the vendor wrote it (「月額 5万円」)
    source_locator: str = ""


class OptionStatus(StrEnum):
    """A municipality's decision on one 標準オプション."""

    ADOPTED = "adopted"  # 採用
    REJECTED = "rejected"  # 不採用
    PENDING = "pending"  # 保留


@dataclass(slots=True)
class OptionDecision:
    """Whether ``municipality`` ('' = the project's own) adopts the 標準オプション ``code`` of ``catalog``."""

    id: str
    catalog: str
    code: str
    municipality: str = ""
    status: OptionStatus = OptionStatus.PENDING
    reason: str = ""
    decided_on: str = ""
    decided_by: str = ""


def vendor_answer_id(vendor: str, catalog: str, kind: ItemKind, code: str) -> str:
    """The stable id of a vendor's answer for one item (one answer per vendor, catalogue, kind and code)."""
    return stable_id("vendor_answer", vendor, catalog, kind.value, code)


def option_decision_id(municipality: str, catalog: str, code: str) -> str:
    """The stable id of a municipality's decision on one 標準オプション."""
    return stable_id("option_decision", municipality, catalog, code)


#: The marks vendors write, and their Japanese names.
ANSWER_MARKS: dict[VendorAnswerKind, str] = {
    VendorAnswerKind.PROVIDED: "○", VendorAnswerKind.PARTIAL: "△", VendorAnswerKind.NOT_PROVIDED: "×",
    VendorAnswerKind.OPTION: "オプション", VendorAnswerKind.UNANSWERED: "",
}
_ANSWER_WORDS: dict[str, VendorAnswerKind] = {
    "○": VendorAnswerKind.PROVIDED, "〇": VendorAnswerKind.PROVIDED, "◯": VendorAnswerKind.PROVIDED,
    "o": VendorAnswerKind.PROVIDED, "対応": VendorAnswerKind.PROVIDED, "標準対応": VendorAnswerKind.PROVIDED,
    "△": VendorAnswerKind.PARTIAL, "一部対応": VendorAnswerKind.PARTIAL,
    "×": VendorAnswerKind.NOT_PROVIDED, "x": VendorAnswerKind.NOT_PROVIDED, "✕": VendorAnswerKind.NOT_PROVIDED,
    "非対応": VendorAnswerKind.NOT_PROVIDED, "未対応": VendorAnswerKind.NOT_PROVIDED,
    "オプション": VendorAnswerKind.OPTION, "opt": VendorAnswerKind.OPTION, "option": VendorAnswerKind.OPTION,
    "有償オプション": VendorAnswerKind.OPTION, "": VendorAnswerKind.UNANSWERED,
}
OPTION_STATUS_JA: dict[OptionStatus, str] = {
    OptionStatus.ADOPTED: "採用", OptionStatus.REJECTED: "不採用", OptionStatus.PENDING: "保留",
}


def parse_answer(text: str) -> VendorAnswerKind | None:
    """The answer of a cell (○/〇/△/×/オプション and common words, full or half width); None when unknown."""
    key = "".join(unicodedata.normalize("NFKC", text).split()).casefold()
    found = _ANSWER_WORDS.get(text.strip()) or _ANSWER_WORDS.get(key)
    if found is not None or key == "":
        return found if found is not None else VendorAnswerKind.UNANSWERED
    return next((k for k in VendorAnswerKind if k.value == key and key), None)
