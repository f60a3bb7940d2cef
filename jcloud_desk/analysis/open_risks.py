"""Open risks: steps that depend on something the 団体 cannot count on, until someone decides what to do.

A step depends on an item through a link (not judged 対象外). The dependence is a risk when the item's effective
class for the step's 団体 (``effective_class``) is 実装不可, or 標準オプション not adopted for that 団体
(``adopted_option_ids``), and the link's outcome (its own 対応方針, else the step's) is still undecided: none, 保留,
or 適合（対応不要）, which cannot absorb a forbidden or missing function. Any other outcome — 標準オプション採用,
業務見直し, 運用で回避, 帳票・EUC, 独自施策システム, 改定要望, 業務廃止, カスタマイズ — closes it. An open risk is not a
customization and never needs a 真にやむを得ない理由; it stays listed with its reason until decided.

提供時期: where the project has a go-live date and vendor answers, a link to an item the vendor delivers only after
go-live is a risk until an interim outcome (運用で回避, 帳票・EUC, 独自施策システム, 業務見直し) is decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.analysis.customization import link_resolution, superseded_process_ids
from jcloud_desk.analysis.effective_class import effective_class, municipality_id_of, type_of
from jcloud_desk.analysis.messages import render
from jcloud_desk.analysis.vendor_index import VendorIndex
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Link, Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project

#: Outcomes that leave a risk open.
OPEN_OUTCOMES: frozenset[Resolution] = frozenset({Resolution.NONE, Resolution.DEFER, Resolution.NO_ACTION})
#: Outcomes that answer a delivery after go-live in the meantime (暫定の対応).
INTERIM_OUTCOMES: frozenset[Resolution] = frozenset({Resolution.WORKAROUND, Resolution.EUC,
                                                     Resolution.SEPARATE_SYSTEM, Resolution.ADOPT_STANDARD})


class RiskReason(StrEnum):
    """Why a step is an open risk."""

    PROHIBITED_ITEM = "prohibited_item"
    OPTION_NOT_ADOPTED = "option_not_adopted"
    LATE_DELIVERY = "late_delivery"  # 提供時期: the vendor delivers the item only after go-live


class OpenRisk(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """One open risk of one step: the reason (Japanese; ``risk.<reason_code>`` of the message catalogue) and the
    items behind it."""

    process_id: str
    step_id: str
    reason: str
    reason_code: RiskReason
    item_ids: tuple[str, ...]


class RiskContext:
    """What risks of many steps need once: links by step and, per municipality, its type and adopted options."""

    def __init__(self, project: Project, vendor: str | None = None) -> None:
        self.project = project
        self.vendor_name = vendor  # whose answers count for 提供時期 (None: the project's chosen vendor)
        self._links: dict[str, list[Link]] | None = None
        self._adopted: dict[str, frozenset[str]] = {}
        self._municipality: dict[str, str] = {}
        self._vendor: VendorIndex | None = None
        self._vendor_read = False

    @property
    def links(self) -> dict[str, list[Link]]:
        """The project's links by step (indexed on first use: callers that pass links never pay for it)."""
        if self._links is None:
            self._links = {}
            for link in self.project.link.values():
                self._links.setdefault(link.step_id, []).append(link)
        return self._links

    def municipality(self, process_id: str) -> str:
        """The municipality id of a process (cached)."""
        if process_id not in self._municipality:
            self._municipality[process_id] = municipality_id_of(self.project, process_id)
        return self._municipality[process_id]

    def adopted(self, municipality_id: str) -> frozenset[str]:
        """``adopted_option_ids`` of a municipality (cached)."""
        if municipality_id not in self._adopted:
            self._adopted[municipality_id] = adopted_option_ids(self.project, municipality_id)
        return self._adopted[municipality_id]

    @property
    def vendor(self) -> VendorIndex | None:
        """The chosen vendor's answers when the project has a go-live date and answers (else None; cached)."""
        if not self._vendor_read:
            self._vendor_read = True
            has_dates = bool(self.project.meta.go_live_on and self.project.vendor_answer)
            self._vendor = VendorIndex(self.project, self.vendor_name) if has_dates else None
        return self._vendor

    def step_risks(self, step_id: str, links: Iterable[Link] | None = None) -> list[OpenRisk]:
        """The open risks of one step (at most one per reason), prohibited first."""
        project = self.project
        step = project.step.get(step_id)
        if step is None:
            return []
        municipality_id = self.municipality(step.process_id)
        kind = type_of(project, municipality_id)
        judgment = project.judgment.get(step_id)
        step_verdict = judgment.verdict if judgment is not None else Verdict.UNASSESSED
        found: dict[RiskReason, list[str]] = {}
        for link in self.links.get(step_id, []) if links is None else links:
            item = project.item.get(link.item_id)
            if item is None or (link.verdict or step_verdict) is Verdict.OUT_OF_SCOPE:
                continue
            outcome = link_resolution(link, judgment)
            vendor = self.vendor
            if vendor is not None and outcome not in INTERIM_OUTCOMES and vendor.is_late(vendor.answer(item)):
                found.setdefault(RiskReason.LATE_DELIVERY, []).append(item.id)
            if outcome not in OPEN_OUTCOMES:
                continue
            impl = effective_class(item, kind)
            if impl is ImplClass.PROHIBITED:
                found.setdefault(RiskReason.PROHIBITED_ITEM, []).append(item.id)
            elif impl is ImplClass.OPTIONAL and item.id not in self.adopted(municipality_id):
                found.setdefault(RiskReason.OPTION_NOT_ADOPTED, []).append(item.id)
        return [OpenRisk(step.process_id, step_id, render(Message(f"risk.{code.value}")), code,
                         tuple(dict.fromkeys(found[code])))
                for code in RiskReason if code in found]


def step_risks(project: Project, step_id: str, links: Iterable[Link] | None = None) -> list[OpenRisk]:
    """The open risks of one step."""
    return RiskContext(project).step_risks(step_id, links)


def open_risks(project: Project, process_id: str | None = None, headline: bool = False) -> list[OpenRisk]:
    """Open risks of every step (of one process when given; without superseded As-Is when ``headline``).

    Steps come in project order; ``coverage.ordered_open_risks`` sorts them for display.
    """
    context = RiskContext(project)
    skip = superseded_process_ids(project) if headline else frozenset()
    risks: list[OpenRisk] = []
    for step in project.step.values():
        if (process_id is not None and step.process_id != process_id) or step.process_id in skip:
            continue
        if step.id in context.links:
            risks.extend(context.step_risks(step.id))
    return risks
