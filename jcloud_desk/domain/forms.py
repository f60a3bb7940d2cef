"""現行帳票: the forms and lists a municipality prints today, mapped to the standard's 帳票 (帳票ID).

Each entry says who receives the form, how many are printed a year, which standard 帳票 replaces it (or that it is
an 独自帳票 with no counterpart), how it differs from the standard form and by which sanctioned route the
difference is absorbed (customizing a 様式 is not allowed: the exits are the standard form, EUC, a separate
独自施策システム, abolishing it, or changing it with the 県 / the receiving body).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FormDifference(StrEnum):
    """How a form used today differs from the standard 帳票."""

    NONE = ""
    PRINT_ITEMS = "print_items"  # 印字項目の差異
    LAYOUT = "layout"  # 様式の差異
    NOT_IN_STANDARD = "not_in_standard"  # 標準にない帳票
    NO_LONGER_NEEDED = "no_longer_needed"  # 不要になる帳票


class FormRoute(StrEnum):
    """How the difference is absorbed (対応方法)."""

    NONE = ""
    STANDARD = "standard"  # 標準帳票を使用
    EUC = "euc"  # EUCで作成
    SEPARATE_SYSTEM = "separate_system"  # 独自施策システム
    ABOLISH = "abolish"  # 廃止
    CONSULT = "consult"  # 県・関係機関と協議


@dataclass(slots=True)
class CurrentForm:
    """One form of the 現行帳票 inventory of a municipality (``municipality`` '' = the project's own).

    ``form_code`` is the 帳票ID of the standard form it maps to ('' when not mapped yet); ``own_form`` marks an
    独自帳票 that has no standard counterpart. The code, not an item id, is kept so the mapping survives a new
    version of the catalogue.
    """

    id: str
    name: str
    municipality: str = ""
    recipient: str = ""
    annual_volume: int = 0
    notes: str = ""
    form_code: str = ""
    own_form: bool = False
    difference: FormDifference = FormDifference.NONE
    route: FormRoute = FormRoute.NONE
    sort: float = 0.0


#: Japanese names, as the issue and real inventories word them (also what imports accept).
DIFFERENCE_JA: dict[FormDifference, str] = {
    FormDifference.NONE: "", FormDifference.PRINT_ITEMS: "印字項目の差異", FormDifference.LAYOUT: "様式の差異",
    FormDifference.NOT_IN_STANDARD: "標準にない帳票", FormDifference.NO_LONGER_NEEDED: "不要になる帳票",
}
ROUTE_JA: dict[FormRoute, str] = {
    FormRoute.NONE: "", FormRoute.STANDARD: "標準帳票を使用", FormRoute.EUC: "EUCで作成",
    FormRoute.SEPARATE_SYSTEM: "独自施策システム", FormRoute.ABOLISH: "廃止", FormRoute.CONSULT: "県・関係機関と協議",
}
#: Short forms accepted on import besides the names above.
_DIFFERENCE_WORDS = {"印字項目": FormDifference.PRINT_ITEMS, "様式": FormDifference.LAYOUT,
                     "標準外": FormDifference.NOT_IN_STANDARD, "不要": FormDifference.NO_LONGER_NEEDED,
                     "差異なし": FormDifference.NONE, "なし": FormDifference.NONE}
_ROUTE_WORDS = {"標準帳票": FormRoute.STANDARD, "標準": FormRoute.STANDARD, "euc": FormRoute.EUC,
                "独自施策": FormRoute.SEPARATE_SYSTEM, "他システム": FormRoute.SEPARATE_SYSTEM,
                "協議": FormRoute.CONSULT, "県と協議": FormRoute.CONSULT}


def _key(text: str) -> str:
    return "".join(text.split()).casefold().replace("ｅｕｃ", "euc")


def parse_difference(text: str) -> FormDifference | None:
    """The difference type of a cell (its Japanese name, a short form or the value); None when unknown."""
    key = _key(text)
    table = {_key(v): k for k, v in DIFFERENCE_JA.items()} | {_key(k): v for k, v in _DIFFERENCE_WORDS.items()}
    table |= {k.value: k for k in FormDifference}
    return table.get(key)


def parse_route(text: str) -> FormRoute | None:
    """The route of a cell (its Japanese name, a short form or the value); None when unknown."""
    key = _key(text)
    table = {_key(v): k for k, v in ROUTE_JA.items()} | {_key(k): v for k, v in _ROUTE_WORDS.items()}
    table |= {k.value: k for k in FormRoute}
    return table.get(key)
