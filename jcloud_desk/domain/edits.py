"""Invertible edits: every change of a Project is an Edit whose ``apply`` returns its inverse.

Three primitives cover the whole model (``Add``, ``Remove``, ``SetFields``); ``Batch`` groups them into
one user action (one undo step). Cascading removals are built by the factories in ``cascades.py``.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.project import CLASSES, Project, Ref, kind_of

#: Entity kinds whose changes go to the audit trail (who changed a verdict, when, from what).
AUDITED_KINDS = frozenset({"judgment", "link"})


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audited field change; the session adds the user's name and the time."""

    kind: str
    entity_id: str
    field: str
    old: str
    new: str
    step_id: str = ""


@dataclass(slots=True)
class Change:
    """The entities touched by one applied edit; views and storage sync exactly these."""

    added: set[Ref] = field(default_factory=set)
    removed: set[Ref] = field(default_factory=set)
    updated: set[Ref] = field(default_factory=set)
    audit: list[AuditRecord] = field(default_factory=list)

    def touched(self) -> set[Ref]:
        """Every ref named by this change."""
        return self.added | self.removed | self.updated

    def kinds(self) -> set[str]:
        """The entity kinds touched."""
        return {ref.kind for ref in self.touched()}

    def is_empty(self) -> bool:
        """True when nothing was touched."""
        return not (self.added or self.removed or self.updated)


class Edit(Protocol):
    """Mutates a project, records what it touched in ``change`` and returns its inverse."""

    def apply(self, project: Project, change: Change) -> Edit: ...


def _step_of(entity: Any) -> str:
    """The step an audited entity belongs to (a judgment's id is its step's id)."""
    return str(getattr(entity, "step_id", "") or entity.id)


def _item_of(entity: Any) -> str:
    """The catalogue item a link points at ('' for other entities), so the trail names it."""
    return str(getattr(entity, "item_id", ""))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ",".join(str(v) for v in value)
    return str(value)


#: Reference fields of entities and the kind they point to ('' means "none").
_PARENTS = {
    "process_id": "process",
    "lane_id": "lane",
    "phase_id": "phase",
    "subprocess_id": "process",
    "source_id": "step",
    "target_id": "step",
    "catalog_id": "catalog",
    "step_id": "step",
    "item_id": "item",
}


def parent_refs(entity: Any) -> list[tuple[str, Ref]]:
    """The references of ``entity`` that must exist, as (field, parent); a judgment's ``id`` names its step."""
    refs = [(attr, Ref(kind, value)) for attr, kind in _PARENTS.items() if (value := getattr(entity, attr, None))]
    if kind_of(entity) == "judgment":
        refs.append(("id", Ref("step", entity.id)))
    return refs


def _check_references(project: Project, entity: Any, fields: Iterable[str] | None = None) -> None:
    """Refuse an entity whose parent references (all, or only ``fields``) point nowhere."""
    for attr in _PARENTS if fields is None else [f for f in fields if f in _PARENTS]:
        kind = _PARENTS[attr]
        value = getattr(entity, attr, None)
        if value and value not in project.table(kind):
            raise DomainError(f"{kind_of(entity)} {entity.id}: {attr} {value} does not exist")
    if kind_of(entity) == "judgment" and entity.id not in project.step:
        raise DomainError(f"judgment {entity.id}: no such step")


@dataclass(frozen=True, slots=True)
class Add:
    """Insert a new entity (a private copy of ``entity``)."""

    entity: Any

    def apply(self, project: Project, change: Change) -> Remove:
        kind = kind_of(self.entity)
        table = project.table(kind)
        if self.entity.id in table:
            raise DomainError(f"{kind} {self.entity.id} already exists")
        _check_references(project, self.entity)
        table[self.entity.id] = copy.deepcopy(self.entity)
        ref = Ref(kind, self.entity.id)
        if ref in change.removed:
            # removed earlier in the same change: it existed before, so the net effect is an update
            change.removed.discard(ref)
            change.updated.add(ref)
        else:
            change.added.add(ref)
        if kind in AUDITED_KINDS:
            change.audit.append(AuditRecord(kind, self.entity.id, "*", _item_of(self.entity), "added",
                                            _step_of(self.entity)))
        return Remove(ref)


@dataclass(frozen=True, slots=True)
class Remove:
    """Delete one entity (callers cascade first: see ``cascades.py``)."""

    ref: Ref

    def apply(self, project: Project, change: Change) -> Add:
        table = project.table(self.ref.kind)
        if self.ref.id not in table:
            raise DomainError(f"{self.ref.kind} {self.ref.id} does not exist")
        entity = table.pop(self.ref.id)
        if self.ref in change.added:
            change.added.discard(self.ref)
        else:
            change.removed.add(self.ref)
        change.updated.discard(self.ref)
        if self.ref.kind in AUDITED_KINDS:
            change.audit.append(AuditRecord(self.ref.kind, self.ref.id, "*", _item_of(entity), "removed",
                                            _step_of(entity)))
        return Add(entity)


@dataclass(frozen=True, slots=True)
class SetFields:
    """Assign new values to fields of one entity; ``values`` is a tuple of (field name, value)."""

    ref: Ref
    values: tuple[tuple[str, Any], ...]

    @staticmethod
    def of(entity: Any, **values: Any) -> SetFields:
        """Build a SetFields for ``entity`` from keyword arguments."""
        return SetFields(Ref(kind_of(entity), entity.id), tuple(values.items()))

    def apply(self, project: Project, change: Change) -> SetFields:
        entity = project.get(self.ref)
        editable = {f.name for f in dataclasses.fields(entity)} - {"id"}
        for name, _value in self.values:
            if name not in editable:
                raise DomainError(f"{self.ref.kind} has no editable field {name!r}")
        # validate everything before recording anything: a refused edit leaves no trace
        old = tuple((name, getattr(entity, name)) for name, _value in self.values)
        audit: list[AuditRecord] = []
        for name, value in self.values:
            previous = getattr(entity, name)
            setattr(entity, name, value)
            if self.ref.kind in AUDITED_KINDS and previous != value:
                audit.append(AuditRecord(self.ref.kind, self.ref.id, name, _text(previous), _text(value),
                                         _step_of(entity)))
        try:
            _check_references(project, entity, [name for name, _value in self.values])
        except DomainError:
            for name, value in reversed(old):
                setattr(entity, name, value)
            raise
        change.audit.extend(audit)
        if self.ref not in change.added:
            change.updated.add(self.ref)
        return SetFields(self.ref, old)


@dataclass(frozen=True, slots=True)
class Audit:
    """Add ``record`` to the audit trail without changing the model (an event such as a merge).

    Its inverse adds ``undone`` (the caller words it), so undoing the event is in the trail too.
    """

    record: AuditRecord
    undone: AuditRecord

    def apply(self, project: Project, change: Change) -> Audit:
        change.audit.append(self.record)
        return Audit(self.undone, self.record)


@dataclass(frozen=True, slots=True)
class Batch:
    """Several edits applied in order as one action; its inverse undoes them in reverse order."""

    edits: tuple[Edit, ...]

    def apply(self, project: Project, change: Change) -> Batch:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(project, change))
        except Exception:
            # leave the project as it was: undo what this batch already did
            scratch = Change()
            for inverse in reversed(inverses):
                inverse.apply(project, scratch)
            raise
        return Batch(tuple(reversed(inverses)))


def batch(edits: list[Edit] | tuple[Edit, ...]) -> Edit:
    """A single edit stays itself; several become a Batch."""
    return edits[0] if len(edits) == 1 else Batch(tuple(edits))


def entity_kinds() -> list[str]:
    """All entity kinds, parents first."""
    return list(CLASSES)
