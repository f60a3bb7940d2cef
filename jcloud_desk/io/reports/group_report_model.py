"""The group report (自治体クラウド) as plain data: translated strings, state keys and numbers for a writer.

Filled by ``services.group_service.build_group_report`` from ``analysis.harmonization``; the writer
(``io.group_report_xlsx``) only lays it out. A matrix cell is a state key (``STATE_KEYS``); the writer shows it
as a symbol (``STATE_SYMBOLS``) on a colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The cell states of the harmonization matrices, in legend order (the values of analysis CellState).
STATE_KEYS: tuple[str, ...] = ("fit", "change_work", "customization", "open_risk", "out_of_scope", "unassessed",
                               "not_linked")
STATE_SYMBOLS: dict[str, str] = {
    "fit": "○", "change_work": "△", "customization": "×", "open_risk": "！", "out_of_scope": "－", "unassessed": "？",
    "not_linked": "",
}
STATE_LABELS: dict[str, str] = {
    "fit": "適合", "change_work": "業務見直し", "customization": "カスタマイズ", "open_risk": "未決定リスク",
    "out_of_scope": "対象外", "unassessed": "未判定", "not_linked": "未紐付け",
}


@dataclass(frozen=True, slots=True)
class MatrixLine:
    """One matrix row: leading texts (機能ID, 機能名, … or 業務フロー, 手順番号, …), one state per municipality."""

    texts: tuple[str, ...]
    states: tuple[str, ...]
    differs: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class ShareLine:
    """One requesting municipality of a group customization request, with its share of the estimate."""

    code: str
    title: str
    impl_class: str
    municipality: str
    count: int
    effort_days: float
    cost: int
    share_effort_days: float
    share_cost: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class MunicipalityLine:
    """One municipality in 「集計」: item counts per state (``STATE_KEYS`` order), requests and its shares."""

    name: str
    lg_code: str
    category: str
    counts: tuple[int, ...]
    requests: int
    effort_days: float
    cost: int


@dataclass(frozen=True, slots=True)
class AvoidableLine:
    """A customization the group avoids by adopting the standard way."""

    code: str
    title: str
    requesters: str
    fitting: str
    effort_days: float
    cost: int


@dataclass(frozen=True, slots=True)
class GroupReport:
    """Everything the group report shows."""

    project_name: str
    generated_at: str
    municipalities: tuple[str, ...]
    item_lines: tuple[MatrixLine, ...] = ()
    step_lines: tuple[MatrixLine, ...] = ()
    share_lines: tuple[ShareLine, ...] = ()
    figures: tuple[tuple[str, int | float], ...] = ()
    municipality_lines: tuple[MunicipalityLine, ...] = ()
    avoidable_lines: tuple[AvoidableLine, ...] = ()
    attributions: tuple[str, ...] = field(default_factory=tuple)
    #: 標準オプション採否: per option (code, title), each municipality's decision in ``municipalities`` order.
    option_lines: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
