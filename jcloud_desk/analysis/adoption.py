"""Which 標準オプション a municipality adopts: the option decisions register read in one place.

A decision names a catalogue by name and an item by code, so it holds for every version of the catalogue. A
municipality without its own decision on an option follows the project-wide decision (municipality ''), which is
also where the old project-wide adopted list went (migration m017). Ids the migration could not resolve stay in
``ProjectInfo.adopted_options`` and still count as adopted everywhere.
"""

from __future__ import annotations

from jcloud_desk.domain.catalog import CatalogItem, ImplClass
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


def adopted_keys(project: Project, municipality_id: str = "") -> frozenset[tuple[str, str]]:
    """(catalogue name, code) of every option ``municipality_id`` adopts by decision (legacy ids not included)."""
    return frozenset(key for key, decision in decisions_for(project, municipality_id).items()
                     if decision.status is OptionStatus.ADOPTED)


def municipality_of_step(project: Project, step_id: str) -> str:
    """The id of the municipality whose process holds the step ('' for the project's own or an unnamed one)."""
    step = project.step.get(step_id)
    process = project.process.get(step.process_id) if step is not None else None
    name = process.municipality.strip() if process is not None else ""
    if not name:
        return ""
    return next((m.id for m in project.municipality.values() if m.name == name), "")


def is_adopted(project: Project, item_id: str, keys: frozenset[tuple[str, str]]) -> bool:
    """True when ``item_id`` is in the legacy adopted list or its (catalogue name, code) is in ``keys``."""
    if item_id in project.meta.adopted_options:
        return True
    item = project.item.get(item_id)
    catalog = project.catalog.get(item.catalog_id) if item is not None else None
    return item is not None and catalog is not None and (catalog.name, item.code) in keys


def option_items(project: Project) -> list[tuple[str, str, str]]:
    """(catalogue name, code, title) of every 標準オプション item, one per code, in catalogue order."""
    seen: dict[tuple[str, str], str] = {}
    for item in project.items_in_order():
        catalog = project.catalog.get(item.catalog_id)
        if catalog is not None and _is_option_somewhere(item):
            seen[(catalog.name, item.code)] = item.title  # a later version's title wins
    return [(name, code, title) for (name, code), title in seen.items()]


def _is_option_somewhere(item: CatalogItem) -> bool:
    """True when ``item`` is a 標準オプション as written or for some 団体区分 (its conditions)."""
    return item.impl_class is ImplClass.OPTIONAL or ImplClass.OPTIONAL.value in item.conditions.values()


def options_matrix(project: Project) -> list[tuple[str, str, str, dict[str, OptionStatus | None]]]:
    """Per 標準オプション (catalogue, code, title): each municipality's decision in force (None: none yet).

    Keys of the dict are municipality ids ('' = the project-wide decision), project first, then by name.
    """
    municipalities = ["", *(m.id for m in sorted(project.municipality.values(), key=lambda m: m.name))]
    in_force = {m: decisions_for(project, m) for m in municipalities}
    rows = []
    for catalog, code, title in option_items(project):
        cells: dict[str, OptionStatus | None] = {}
        for m in municipalities:
            decision = in_force[m].get((catalog, code))
            cells[m] = decision.status if decision is not None else None
        rows.append((catalog, code, title, cells))
    return rows
