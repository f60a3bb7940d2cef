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
    """対応方針: how a difference between the work and the package is absorbed."""

    NONE = ""
    ADOPT_STANDARD = "adopt_standard"
    WORKAROUND = "workaround"
    EUC = "euc"
    SEPARATE_SYSTEM = "separate_system"
    SPEC_REQUEST = "spec_request"
    CUSTOMIZATION = "customization"
    DEFER = "defer"


class Decision(StrEnum):
    """決定状況 of a judgment."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    REJECTED = "rejected"
    DEFERRED = "deferred"


@dataclass(slots=True)
class Link:
    """A step uses (or needs) a catalogue item. ``verdict`` is set only where it differs from the step's.

    ``judged_item_id`` is the item — and so the catalogue version — the link was judged against ('' means
    ``item_id``). A revision moves ``item_id`` to the new version's item and leaves ``judged_item_id`` on the
    old one until someone re-checks it (``analysis.review_queue``).
    """

    id: str
    step_id: str
    item_id: str
    verdict: Verdict | None = None
    note: str = ""
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
