"""Which 標準オプション a municipality adopts: the option decisions register read in one place.

A decision names a catalogue by name and an item by code, so it holds for every version of the catalogue. A
municipality without its own decision on an option follows the project-wide decision (municipality ''), which is
also where the old project-wide adopted list went (migration m017). Ids the migration could not resolve stay in
``ProjectInfo.adopted_options`` and still count as adopted everywhere.
"""

from __future__ import annotations

from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import OptionDecision, OptionStatus


def decisions_for(project: Project, municipality_id: str = "") -> dict[tuple[str, str], OptionDecision]:
    """(catalogue name, code) → the decision in force for ``municipality_id`` (its own, else the project's)."""
    shared: dict[tuple[str, str], OptionDecision] = {}
    own: dict[tuple[str, str], OptionDecision] = {}
    for decision in project.option_decision.values():
        key = (decision.catalog, decision.code)
        if decision.municipality == "":
            shared[key] = decision
        elif decision.municipality == municipality_id:
            own[key] = decision
    return shared | own


def adopted_option_ids(project: Project, municipality_id: str = "") -> frozenset[str]:
    """Ids of every item (any catalogue version) whose 標準オプション ``municipality_id`` adopts ('' = project)."""
    in_force = decisions_for(project, municipality_id)
    adopted = {key for key, decision in in_force.items() if decision.status is OptionStatus.ADOPTED}
    ids = set(project.meta.adopted_options)
    if adopted:
        for item in project.item.values():
            catalog = project.catalog.get(item.catalog_id)
            if catalog is not None and (catalog.name, item.code) in adopted:
                ids.add(item.id)
    return frozenset(ids)


def option_items(project: Project) -> list[tuple[str, str, str]]:
    """(catalogue name, code, title) of every 標準オプション item, one per code, in catalogue order."""
    seen: dict[tuple[str, str], str] = {}
    for item in project.items_in_order():
        catalog = project.catalog.get(item.catalog_id)
        if catalog is not None and item.impl_class is ImplClass.OPTIONAL:
            seen[(catalog.name, item.code)] = item.title  # a later version's title wins
    return [(name, code, title) for (name, code), title in seen.items()]
