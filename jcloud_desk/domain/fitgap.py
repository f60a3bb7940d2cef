"""Fit&Gap records: links between steps and catalogue items, and the judgment (判定) of each step."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    """判定 of a step (or of one link where it differs from the step)."""

    FIT = "fit"
    FIT_CONFIG = "fit_config"
    FIT_OPTION = "fit_option"
    PARTIAL = "partial"
    GAP = "gap"
    OUT_OF_SCOPE = "out_of_scope"
    UNASSESSED = "unassessed"

    @property
    def needs_resolution(self) -> bool:
        """一部適合 and ギャップ must say how the difference is absorbed."""
        return self in (Verdict.PARTIAL, Verdict.GAP)


class Resolution(StrEnum):
    """対応方針 (the outcome of a step or link): how a difference between the work and the package is absorbed.

    Only ``CUSTOMIZATION`` is a customization (標準化法 第8条第2項: only where truly unavoidable); ``NONE`` is
    "not decided yet" and ``DEFER`` "on hold" — both leave an open risk open (``analysis.open_risks``).
    """

    NONE = ""
    NO_ACTION = "no_action"  # 適合（対応不要）
    ADOPT_OPTION = "adopt_option"  # 標準オプション採用 (the option joins the adopted list)
    ADOPT_STANDARD = "adopt_standard"  # 業務見直し
    WORKAROUND = "workaround"  # 運用で回避
    EUC = "euc"  # 帳票・EUCで対応
    SEPARATE_SYSTEM = "separate_system"  # 独自施策システム（was 他システム）
    SPEC_REQUEST = "spec_request"  # 改定要望
    ABOLISH = "abolish"  # 業務廃止
    CUSTOMIZATION = "customization"  # カスタマイズ
    DEFER = "defer"  # 保留

    @property
    def decided(self) -> bool:
        """False for 未定 and 保留: an open risk stays open."""
        return self not in (Resolution.NONE, Resolution.DEFER)

    @classmethod
    def _missing_(cls, value: object) -> Resolution | None:
        """Keys written by older versions or other tools (domain.md §6) map to today's outcomes."""
        return _RESOLUTION_ALIASES.get(str(value).strip()) if isinstance(value, str) else None


#: Older or foreign keys → today's outcome (``configure``: parameters are not a customization, so 適合).
_RESOLUTION_ALIASES: dict[str, Resolution] = {
    "fit": Resolution.NO_ACTION, "none": Resolution.NONE, "configure": Resolution.NO_ACTION,
    "other_system": Resolution.SEPARATE_SYSTEM, "common_function": Resolution.EUC,
    "option": Resolution.ADOPT_OPTION, "abolition": Resolution.ABOLISH, "accept": Resolution.ABOLISH,
}


class Decision(StrEnum):
    """決定状況 of a judgment."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    REJECTED = "rejected"
    DEFERRED = "deferred"


@dataclass(slots=True)
class Link:
    """A step uses (or needs) a catalogue item. ``verdict`` and ``resolution`` are set only where they differ
    from the step's judgment (one step, several items, different outcomes); ``note`` says why.

    ``judged_item_id`` is the item — and so the catalogue version — the link was judged against ('' means
    ``item_id``). A revision moves ``item_id`` to the new version's item and leaves ``judged_item_id`` on the
    old one until someone re-checks it (``analysis.review_queue``).
    """

    id: str
    step_id: str
    item_id: str
    verdict: Verdict | None = None
    note: str = ""
    resolution: Resolution | None = None
    judged_item_id: str = ""

    @property
    def basis_item_id(self) -> str:
        """The item this link was judged against."""
        return self.judged_item_id or self.item_id


@dataclass(slots=True)
class Judgment:
    """The Fit&Gap judgment of one step. Its ``id`` is the step's id (at most one judgment per step)."""

    id: str
    verdict: Verdict = Verdict.UNASSESSED
    resolution: Resolution = Resolution.NONE
    rationale: str = ""
    owner: str = ""
    due_on: str = ""
    decision: Decision = Decision.PROPOSED
    justification: str = ""
    catalog_ids: tuple[str, ...] = ()  # catalogue versions the judgment was made against (its links' catalogues)
