"""Customization flags: exactly the steps (and links) whose 対応方針 is カスタマイズ (指針5, 標準化法 第8条第2項).

A linked 実装不可 item or an unadopted 標準オプション is *not* a customization: it is an open risk until someone
decides (``analysis.open_risks``). A link's own ``resolution`` overrides the step's for that item. The headline
figures count each piece of work once: an As-Is process that a To-Be copy was made from (``superseded_process_ids``)
is left out of them, the To-Be's decisions supersede it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.analysis.effective_class import effective_class, municipality_id_of, type_of
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.project import Project


class FlagReason(StrEnum):
    """Where the カスタマイズ decision was written."""

    RESOLUTION = "resolution_customization"  # the step's 対応方針
    LINK_RESOLUTION = "link_resolution_customization"  # the 対応方針 of one of its links


class CustomizationFlag(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """One step decided as a customization, with the items it deviates from.

    ``item_ids`` are the linked items whose outcome is カスタマイズ; where some of them are 実装不可 or an
    unadopted 標準オプション for the step's 団体, only those (the customization is about them, domain.md §10.4).
    """

    step_id: str
    reasons: tuple[FlagReason, ...]
    item_ids: tuple[str, ...]
    justification: str

    @property
    def justified(self) -> bool:
        """A customization needs a written justification (真にやむを得ない理由)."""
        return bool(self.justification.strip())


def link_resolution(link: Link, judgment: Judgment | None) -> Resolution:
    """The outcome of one link: its own 対応方針 where set, else its step's."""
    if link.resolution is not None:
        return link.resolution
    return judgment.resolution if judgment is not None else Resolution.NONE


def customization_flag(project: Project, step_id: str, links: Iterable[Link] | None = None) -> CustomizationFlag | None:
    """The flag of one step, or None when neither it nor one of its links is decided as カスタマイズ.

    ``links`` are the step's links in project order when the caller has them indexed already (a whole diagram or
    ledger); by default ``Project.links_of_step`` finds them, which scans every link of the project.
    """
    judgment = project.judgment.get(step_id)
    step_level = judgment is not None and judgment.resolution is Resolution.CUSTOMIZATION
    reasons: list[FlagReason] = [FlagReason.RESOLUTION] if step_level else []
    items: list[str] = []
    for link in project.links_of_step(step_id) if links is None else links:
        if link_resolution(link, judgment) is not Resolution.CUSTOMIZATION:
            continue
        if link.resolution is Resolution.CUSTOMIZATION and not step_level and not reasons:
            reasons.append(FlagReason.LINK_RESOLUTION)
        items.append(link.item_id)
    if not reasons:
        return None
    deviating = _deviating(project, step_id, items)
    return CustomizationFlag(step_id, tuple(reasons), tuple(dict.fromkeys(deviating or items)),
                             judgment.justification if judgment else "")


def _deviating(project: Project, step_id: str, item_ids: list[str]) -> list[str]:
    """Those of ``item_ids`` that are 実装不可 or an unadopted 標準オプション for the step's 団体."""
    step = project.step.get(step_id)
    if step is None or not item_ids:
        return []
    municipality_id = municipality_id_of(project, step.process_id)
    kind = type_of(project, municipality_id)
    adopted = adopted_option_ids(project, municipality_id)
    found = []
    for item_id in item_ids:
        item = project.item.get(item_id)
        impl = effective_class(item, kind) if item is not None else None
        if impl is ImplClass.PROHIBITED or (impl is ImplClass.OPTIONAL and item_id not in adopted):
            found.append(item_id)
    return found


def superseded_process_ids(project: Project) -> frozenset[str]:
    """As-Is processes a To-Be copy was made from (``Process.origin_id``): left out of headline figures."""
    return frozenset(p.origin_id for p in project.process.values()
                     if p.kind is ProcessKind.TO_BE and p.origin_id and p.origin_id != p.id
                     and p.origin_id in project.process)


#: Scenario names of process kinds in lists.
SCENARIO_NAMES: dict[ProcessKind, str] = {
    ProcessKind.AS_IS: "As-Is", ProcessKind.TO_BE: "To-Be", ProcessKind.STANDARD: "標準",
}


def scenario_of(project: Project, process_id: str) -> str:
    """「As-Is」, 「To-Be」 or 「標準」 for the process ('' when it does not exist)."""
    process = project.process.get(process_id)
    return SCENARIO_NAMES[process.kind] if process is not None else ""


def customization_flags(project: Project, process_id: str | None = None,
                        headline: bool = False) -> list[CustomizationFlag]:
    """Flags of every step (of one process when given; without superseded As-Is when ``headline``)."""
    links: dict[str, list[Link]] = {}
    for link in project.link.values():
        links.setdefault(link.step_id, []).append(link)
    skip = superseded_process_ids(project) if headline else frozenset()
    flags = []
    for step in project.step.values():
        if (process_id is not None and step.process_id != process_id) or step.process_id in skip:
            continue
        flag = customization_flag(project, step.id, links.get(step.id, []))
        if flag is not None:
            flags.append(flag)
    return flags
