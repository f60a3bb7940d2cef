"""Customization flags, computed and explained (指針5: keep customization visible and few)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from jcloud_desk.analysis.adoption import adopted_keys, is_adopted, municipality_of_step
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Link, Resolution
from jcloud_desk.domain.project import Project


class FlagReason(StrEnum):
    """Why a step counts as a customization."""

    RESOLUTION = "resolution_customization"
    PROHIBITED_ITEM = "prohibited_item"
    OPTION_NOT_ADOPTED = "option_not_adopted"


@dataclass(frozen=True, slots=True)
class CustomizationFlag:
    """One step flagged as a customization, with every reason and the items involved."""

    step_id: str
    reasons: tuple[FlagReason, ...]
    item_ids: tuple[str, ...]
    justification: str

    @property
    def justified(self) -> bool:
        """A flag needs a written justification (真にやむを得ない理由)."""
        return bool(self.justification.strip())


def customization_flag(project: Project, step_id: str, links: Iterable[Link] | None = None) -> CustomizationFlag | None:
    """The flag of one step, or None when nothing makes it a customization.

    ``links`` are the step's links in project order when the caller has them indexed already (a whole diagram or
    ledger); by default ``Project.links_of_step`` finds them, which scans every link of the project.
    """
    reasons: list[FlagReason] = []
    items: list[str] = []
    judgment = project.judgment.get(step_id)
    if judgment is not None and judgment.resolution is Resolution.CUSTOMIZATION:
        reasons.append(FlagReason.RESOLUTION)
    adopted = adopted_keys(project, municipality_of_step(project, step_id))
    for link in project.links_of_step(step_id) if links is None else links:
        item = project.item.get(link.item_id)
        if item is None:
            continue
        if item.impl_class is ImplClass.PROHIBITED:
            if FlagReason.PROHIBITED_ITEM not in reasons:
                reasons.append(FlagReason.PROHIBITED_ITEM)
            items.append(item.id)
        elif item.impl_class is ImplClass.OPTIONAL and not is_adopted(project, item.id, adopted):
            if FlagReason.OPTION_NOT_ADOPTED not in reasons:
                reasons.append(FlagReason.OPTION_NOT_ADOPTED)
            items.append(item.id)
    if not reasons:
        return None
    return CustomizationFlag(step_id, tuple(reasons), tuple(items), judgment.justification if judgment else "")


def customization_flags(project: Project, process_id: str | None = None) -> list[CustomizationFlag]:
    """Flags of every step (of one process when given), in step order."""
    flags = []
    for step in project.step.values():
        if process_id is not None and step.process_id != process_id:
            continue
        flag = customization_flag(project, step.id)
        if flag is not None:
            flags.append(flag)
    return flags
