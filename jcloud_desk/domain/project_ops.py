"""Edits of the project's own settings: name, municipality, business, description and 団体区分."""

from __future__ import annotations

from jcloud_desk.domain.edits import Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project

#: ProjectInfo fields ``configure_project`` may change.
SETTINGS_FIELDS: tuple[str, ...] = ("name", "municipality", "business", "description", "municipality_type",
                                     "vendor")


def configure_project(project: Project, **values: object) -> Edit | None:
    """One edit setting the given ``SETTINGS_FIELDS`` of the project (None when nothing changes).

    Text values are stripped (``description`` keeps its lines); ``municipality_type`` takes a
    ``MunicipalityType``, its key or its Japanese name.
    """
    changes: list[tuple[str, object]] = []
    meta = project.meta
    for field, value in values.items():
        if field not in SETTINGS_FIELDS:
            raise DomainError(f"project setting {field!r} cannot be edited")
        if field == "municipality_type":
            new: object = MunicipalityType(str(value))
        elif isinstance(value, str):
            new = value if field == "description" else value.strip()
        else:
            raise DomainError(f"{field}: text expected, got {value!r}")
        if getattr(meta, field) != new:
            changes.append((field, new))
    return SetFields.of(meta, **dict(changes)) if changes else None


def set_municipality_type(project: Project, municipality_id: str, kind: MunicipalityType) -> Edit | None:
    """Set the 団体区分 of one municipality of a group project (None when unchanged)."""
    municipality = project.municipality.get(municipality_id)
    if municipality is None:
        raise DomainError(f"municipality {municipality_id} does not exist")
    kind = MunicipalityType(kind)
    return None if municipality.category is kind else SetFields.of(municipality, category=kind)
