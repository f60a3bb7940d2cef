"""現行帳票 inventory use cases: import a file as ONE undoable edit, resolve the municipality, check 帳票ID.

Re-importing a file updates the forms of the same name (stable ids by municipality and name) and adds new ones;
forms missing from the file are kept (an inventory is often sent in parts). 帳票ID that no catalogue has are
reported, not refused (the catalogue may come later).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from jcloud_desk.analysis.form_coverage import form_items
from jcloud_desk.analysis.messages import Worded, WordedError, quoted, worded
from jcloud_desk.domain.edits import Add, Batch, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.forms import CurrentForm
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.io.forms.inventory import InventoryRow, read_inventory


class UnknownMunicipalityError(WordedError, DomainError):
    """A municipality name the project does not have."""


def municipality_id(project: Project, name: str | None) -> str:
    """The id of the municipality ``name`` ('' for the project's own: no name, or the project's municipality)."""
    if not name or name == project.meta.municipality:
        found = next((m for m in project.municipality.values() if name and m.name == name), None)
        return found.id if found is not None else ""
    found = next((m for m in project.municipality.values() if m.name == name or m.id == name), None)
    if found is None:
        names = quoted(n for n in (project.meta.municipality, *(m.name for m in project.municipality.values())) if n)
        raise UnknownMunicipalityError(Message.of("forms.unknown_municipality", name=name, names=names))
    return found.id


@dataclass(slots=True)
class InventoryImport:
    """What an inventory import does."""

    added: int = 0
    updated: int = 0
    unknown_codes: list[tuple[int, str]] = field(default_factory=list)  # (row, 帳票ID)

    def lines(self) -> list[Worded]:
        """Lines for the CLI and the GUI (Japanese ``str`` keeping their message)."""
        lines = [worded("forms.imported", added=self.added, updated=self.updated)]
        lines.extend(worded("forms.unknown_code", row=row, code=code) for row, code in self.unknown_codes)
        return lines


def inventory_edit(project: Project, rows: list[InventoryRow]) -> tuple[Edit | None, InventoryImport]:
    """One edit adding or updating the forms read (None when nothing changes)."""
    known = {item.code for item in form_items(project)}
    result = InventoryImport()
    edits: list[Edit] = []
    base = max((f.sort for f in project.current_form.values()), default=0.0)
    for row in rows:
        form = row.form
        if form.form_code and form.form_code not in known:
            result.unknown_codes.append((row.row, form.form_code))
        existing = project.current_form.get(form.id)
        if existing is None:
            edits.append(Add(dataclasses.replace(form, sort=base + form.sort)))
            result.added += 1
            continue
        values = {f.name: getattr(form, f.name) for f in dataclasses.fields(form) if f.name not in ("id", "sort")}
        changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
        if changed:
            edits.append(SetFields.of(existing, **changed))
            result.updated += 1
    return (Batch(tuple(edits)) if edits else None), result


def import_inventory(project: Project, path: Path | str, municipality: str | None = None
                     ) -> tuple[Edit | None, InventoryImport]:
    """Read ``path`` for ``municipality`` (a name; default the project's own) and build the import edit."""
    return inventory_edit(project, read_inventory(path, municipality_id(project, municipality)))


def new_form(project: Project, municipality: str = "", name: str = "") -> CurrentForm:
    """A blank 現行帳票 at the end of the inventory (for the dock's 「追加」)."""
    last = max((f.sort for f in project.current_form.values()), default=0.0)
    return CurrentForm(id=new_id(), name=name or "新しい帳票", municipality=municipality, sort=last + 1.0)
