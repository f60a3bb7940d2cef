"""The 実装区分 that applies to one 団体: the single place where an item's 団体区分 conditions are evaluated.

Every analysis that asks "is this item mandatory / optional / prohibited here?" (coverage, checks, open risks,
the register, the ledger, reports, suggestions, the group matrix) goes through ``effective_class``. The 団体
of a step is its process's municipality (group projects, ``Process.municipality`` names a ``Municipality``)
when that municipality has a 団体区分, else the project's; a project that has not said counts as 一般市.
"""

from __future__ import annotations

from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project


def effective_class(item: CatalogItem, municipality_type: MunicipalityType) -> ImplClass:
    """The class of ``item`` for a 団体 of ``municipality_type`` (UNKNOWN is evaluated as 一般市)."""
    value = item.conditions.get(municipality_type.effective.value) if item.conditions else None
    if value is None:
        return item.impl_class
    try:
        return ImplClass(value)
    except ValueError:
        return item.impl_class


def project_type(project: Project) -> MunicipalityType:
    """The project's own 団体区分 (may be UNKNOWN)."""
    return project.meta.municipality_type


def municipality_id_of(project: Project, process_id: str) -> str:
    """The id of the municipality a process belongs to ('' when it names none of the project's)."""
    process = project.process.get(process_id)
    name = process.municipality.strip() if process is not None else ""
    if not name:
        return ""
    return next((m.id for m in project.municipality.values() if m.name == name), "")


def type_of(project: Project, municipality_id: str = "") -> MunicipalityType:
    """団体区分 of one municipality of a group project, falling back to the project's."""
    municipality = project.municipality.get(municipality_id) if municipality_id else None
    if municipality is not None and municipality.category is not MunicipalityType.UNKNOWN:
        return municipality.category
    return project.meta.municipality_type


def process_type(project: Project, process_id: str) -> MunicipalityType:
    """団体区分 that applies to the steps of one process."""
    return type_of(project, municipality_id_of(project, process_id))


def class_in_process(project: Project, item: CatalogItem, process_id: str) -> ImplClass:
    """The effective class of ``item`` for the 団体 of one process."""
    return effective_class(item, process_type(project, process_id))


def mandatory_items(project: Project, municipality_type: MunicipalityType | None = None) -> list[CatalogItem]:
    """Items of the current catalogue versions that are 実装必須 for ``municipality_type`` (default: the
    project's), in project order (retired versions no longer count)."""
    kind = project.meta.municipality_type if municipality_type is None else municipality_type
    return [item for item in project.current_items() if effective_class(item, kind) is ImplClass.MANDATORY]


def has_conditions(item: CatalogItem) -> bool:
    """True when the item's class differs for some 団体区分."""
    return any(value != item.impl_class.value for value in item.conditions.values())
