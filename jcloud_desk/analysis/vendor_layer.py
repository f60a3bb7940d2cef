"""The vendor's package over the standard catalogue: answers per item, delivery after go-live, × on 実装必須.

Answers are matched to items by catalogue name, kind (機能 / 帳票) and code, so they hold for every version.
Where several vendors answered, the project's chosen vendor counts (``vendor_index.chosen_vendor``: the setting
``ProjectInfo.vendor``, else the vendor with the most answers).

* ``missing``: 実装必須 items answered × (a finding: the package lacks what the standard requires);
* ``late``: items whose 提供予定日 is after the project's go-live date (``ProjectInfo.go_live_on``); a step linked
  to one is an open risk 「提供時期」 until an interim resolution (運用で回避 …) is decided;
* ``unanswered``: items linked to a step, in a catalogue the vendor answered, without an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jcloud_desk.analysis.checks.findings import Finding, Severity
from jcloud_desk.analysis.effective_class import effective_class, project_type
from jcloud_desk.analysis.open_risks import RiskContext, RiskReason
from jcloud_desk.analysis.vendor_index import VendorChoice, VendorIndex, chosen_vendor, vendors
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswerKind

#: The reason of a delivery risk (as the register's open risks word it).
LATE_REASON = "提供時期"
#: Rule key of the finding 「ベンダーが×と回答した実装必須機能」.
RULE_NOT_PROVIDED = "vendor_not_provided"
__all__ = [
    "VendorChoice",
    "VendorIndex",
    "chosen_vendor",
    "delivery_risks",
    "late_items",
    "missing_items",
    "unanswered_items",
    "vendor_document",
    "vendor_findings",
    "vendors",
]



def _name_key(project: Project, item: CatalogItem) -> tuple[str, str]:
    catalog = project.catalog.get(item.catalog_id)
    return catalog.name if catalog else item.catalog_id, item.key


def _latest_items(project: Project) -> list[CatalogItem]:
    """One item per catalogue name and key (the newest version), in catalogue order."""
    latest: dict[tuple[str, str], CatalogItem] = {}
    for item in project.items_in_order():
        latest[_name_key(project, item)] = item
    return list(latest.values())


def missing_items(project: Project, index: VendorIndex | None = None) -> list[CatalogItem]:
    """Items 実装必須 for the project's 団体区分 that the vendor answered ×."""
    index = index or VendorIndex(project)
    kind = project_type(project)
    return [item for item in _latest_items(project) if effective_class(item, kind) is ImplClass.MANDATORY
            and (a := index.answer(item)) is not None and a.answer is VendorAnswerKind.NOT_PROVIDED]


def late_items(project: Project, index: VendorIndex | None = None) -> list[CatalogItem]:
    """Items delivered after the go-live date."""
    index = index or VendorIndex(project)
    return [item for item in _latest_items(project) if index.is_late(index.answer(item))]


def unanswered_items(project: Project, index: VendorIndex | None = None) -> list[CatalogItem]:
    """Items linked to a step, in a catalogue the vendor answered, without an answer."""
    index = index or VendorIndex(project)
    linked = {link.item_id for link in project.link.values() if link.step_id in project.step}
    out = []
    for item in project.items_in_order():
        catalog = project.catalog.get(item.catalog_id)
        if item.id in linked and catalog is not None and catalog.name in index.catalogs and index.answer(item) is None:
            out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class DeliveryRisk:
    """A step that needs an item the vendor delivers only after go-live, with no interim resolution yet."""

    process_id: str
    step_id: str
    reason: str
    item_ids: tuple[str, ...]
    available_on: tuple[str, ...]


def delivery_risks(project: Project, vendor: str | None = None) -> list[DeliveryRisk]:
    """Open risks 「提供時期」 (``RiskReason.LATE_DELIVERY`` of ``open_risks``) with the vendor's planned dates."""
    context = RiskContext(project, vendor)
    index = context.vendor
    if index is None:
        return []
    risks = []
    for step in project.step.values():
        for risk in context.step_risks(step.id):
            if risk.reason_code is RiskReason.LATE_DELIVERY:
                dates = tuple(a.available_on for i in risk.item_ids if (a := index.answer(project.item[i])) is not None)
                risks.append(DeliveryRisk(step.process_id, step.id, LATE_REASON, risk.item_ids, dates))
    return risks


def vendor_findings(project: Project) -> list[Finding]:
    """One error per step linked to a 実装必須 item answered × (project-level when no step links it)."""
    index = VendorIndex(project)
    findings = []
    for item in missing_items(project, index):
        message = Message.of("check.vendor_not_provided", vendor=index.vendor or Message("vendor.unset"),
                             what=Message("item.form" if item.is_form else "item.function"), code=item.code,
                             title=item.title)
        wanted = _name_key(project, item)
        steps = [project.step[lk.step_id] for lk in project.link.values() if lk.step_id in project.step
                 and (other := project.item.get(lk.item_id)) is not None and _name_key(project, other) == wanted]
        if not steps:
            findings.append(Finding(RULE_NOT_PROVIDED, Severity.ERROR, "", "", message))
        findings.extend(Finding(RULE_NOT_PROVIDED, Severity.ERROR, s.process_id, s.id, message) for s in steps)
    return findings


def vendor_document(project: Project) -> dict[str, Any]:
    """The ``"vendor"`` part of ``analyze --json``: item keys (機能ID, or 帳票:帳票ID) of each list."""
    index = VendorIndex(project)
    return {
        "vendor": index.vendor,
        "vendor_chosen": index.chosen,
        "go_live_on": project.meta.go_live_on,
        "missing": [item.key for item in missing_items(project, index)],
        "late": [item.key for item in late_items(project, index)],
        "unanswered": [item.key for item in unanswered_items(project, index)],
        "risks": [
            {"process": project.process[r.process_id].name if r.process_id in project.process else "",
             "step": project.step[r.step_id].label, "reason": r.reason,
             "items": [project.item[i].key for i in r.item_ids], "available_on": list(r.available_on)}
            for r in delivery_risks(project, index.vendor)
        ],
    }
