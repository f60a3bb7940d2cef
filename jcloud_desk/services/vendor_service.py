"""Vendor answer use cases: import a conformance answer as a layer over a standard catalogue (one edit).

Answers for ids the catalogue does not have are not imported; they are listed with their row numbers.
Re-importing the same vendor's file updates its answers in place (stable ids).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from jcloud_desk.analysis.messages import Worded, WordedError, quoted, worded
from jcloud_desk.analysis.vendor_index import chosen_vendor
from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.edits import Add, Batch, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswer
from jcloud_desk.io.forms.vendor_answers import AnswerRow, read_vendor_answers


class UnknownCatalogError(WordedError, DomainError):
    """A catalogue name the project does not have."""


@dataclass(slots=True)
class VendorImport:
    """What a vendor answer import does."""

    vendor: str
    catalog: str
    added: int = 0
    updated: int = 0
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (row, 機能ID / 帳票:帳票ID)
    #: The vendor the project has chosen when that is another one ("" otherwise): these answers do not count.
    other_chosen: str = ""

    def lines(self) -> list[Worded]:
        """Lines for the CLI and the GUI (Japanese ``str`` keeping their message)."""
        lines = [worded("vendor.imported", vendor=self.vendor, catalog=self.catalog, added=self.added,
                        updated=self.updated)]
        lines.extend(worded("vendor.unknown_code", row=row, code=code, catalog=self.catalog)
                     for row, code in self.unknown)
        if self.other_chosen:
            lines.append(worded("vendor.not_the_chosen", vendor=self.vendor, chosen=self.other_chosen))
        return lines


def require_catalog(project: Project, name: str) -> str:
    """``name`` when the project has a catalogue of that name (or id: its name), else UnknownCatalogError."""
    for catalog in project.catalog.values():
        if name in (catalog.name, catalog.id):
            return catalog.name
    names = quoted(dict.fromkeys(c.name for c in project.catalog.values())) or Message("none")
    raise UnknownCatalogError(Message.of("vendor.unknown_catalog", name=name, names=names))


def answers_edit(project: Project, catalog: str, vendor: str, rows: list[AnswerRow]
                 ) -> tuple[Edit | None, VendorImport]:
    """One edit adding or updating the known answers; unknown ids listed in the result."""
    codes = {(item.kind, item.code) for item in project.item.values()
             if (c := project.catalog.get(item.catalog_id)) is not None and c.name == catalog}
    choice = chosen_vendor(project)
    result = VendorImport(vendor, catalog,
                          other_chosen=choice.name if choice.chosen and choice.name != vendor else "")
    edits: list[Edit] = []
    for row in rows:
        answer = row.answer
        if (answer.kind, answer.code) not in codes:
            result.unknown.append((row.row, worded("vendor.form_code", code=answer.code)
                                   if answer.kind is ItemKind.FORM else answer.code))
            continue
        edit = upsert_answer(project, answer)
        if edit is None:
            continue
        edits.append(edit)
        if isinstance(edit, Add):
            result.added += 1
        else:
            result.updated += 1
    return (Batch(tuple(edits)) if edits else None), result


def upsert_answer(project: Project, answer: VendorAnswer) -> Edit | None:
    """Add ``answer``, or set the fields of the stored answer with its id that differ (None when equal)."""
    existing = project.vendor_answer.get(answer.id)
    if existing is None:
        return Add(answer)
    changed = {f.name: getattr(answer, f.name) for f in dataclasses.fields(answer)
               if f.name not in ("id", "source_locator") and getattr(existing, f.name) != getattr(answer, f.name)}
    return SetFields.of(existing, **changed) if changed else None


def import_vendor_answers(project: Project, path: Path | str, catalog: str, vendor: str | None = None
                          ) -> tuple[Edit | None, VendorImport]:
    """Read ``path`` as the answer of ``vendor`` (default: the file name) over the catalogue named ``catalog``."""
    name = require_catalog(project, catalog)
    vendor_name = (vendor or Path(path).stem).strip()
    return answers_edit(project, name, vendor_name, read_vendor_answers(path, name, vendor_name))
