"""Merge another copy of the project into this one: a three-way merge by stable ids (docs/MERGE.md).

``plan_merge(ours, theirs, base)`` compares every entity (kind, id) of the open project (ours), the other file
(theirs) and their common origin (base, the snapshot taken when the copy was handed out; ``None`` when the files
share none). What only the other side changed comes in; what only this side changed stays; where both changed the
same field differently, or one side deleted what the other changed, there is a ``Conflict`` for the user to
decide. Nothing is ever overwritten silently. ``MergePlan.edit_for(choices)`` is one ``Batch`` (one undo step)
that also writes an audit record of the merge.

Referential integrity: the result never holds an entity whose parent is missing. A step the other side added
into a lane this side deleted, or a lane the other side deleted that this side still uses, is a conflict; once
decided, children follow their parent (a step restored from the other side brings back the lane it needs and
the judgment that was deleted with it; a lane deleted by choice takes this side's steps in it along).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from jcloud_desk.analysis.messages import in_language, worded
from jcloud_desk.domain.edits import Add, Audit, AuditRecord, Batch, Edit, Remove, SetFields, parent_refs
from jcloud_desk.domain.project import CLASSES, Project, Ref, kind_of
from jcloud_desk.services.merge_labels import NONE_TEXT, conflict_label, entity_text, named, value_text

OURS, THEIRS = "ours", "theirs"
#: The ``field`` of a conflict about a whole entity (deleted on one side, or its parent is gone).
WHOLE = "*"
ConflictKey = tuple[str, str, str]

_TAKE, _CONFLICT = "take", "conflict"
_KIND_ORDER = {kind: index for index, kind in enumerate(CLASSES)}

BOTH_CHANGED = worded("merge.both_changed")
BOTH_ADDED = worded("merge.both_added")
DELETED_OURS = worded("merge.deleted_ours")
DELETED_THEIRS = worded("merge.deleted_theirs")
IN_USE = worded("merge.in_use")


@dataclass(frozen=True, slots=True)
class Conflict:
    """One decision for the user: ``field`` of entity (kind, id), or the whole entity when ``field`` is '*'.

    ``base`` / ``ours`` / ``theirs`` are JSON-ready values (None: absent); the ``*_text`` are for people.
    """

    kind: str
    id: str
    field: str
    label: str
    base: Any
    ours: Any
    theirs: Any
    reason: str = ""
    base_text: str = ""
    ours_text: str = ""
    theirs_text: str = ""

    @property
    def key(self) -> ConflictKey:
        """The key of this conflict in a choices mapping."""
        return (self.kind, self.id, self.field)

    def to_json(self, language: str = "ja") -> dict[str, Any]:
        """The conflict as the CLI prints it (``label`` and ``reason`` in ``language``)."""
        return {"kind": self.kind, "id": self.id, "field": self.field, "label": in_language(self.label, language),
                "base": self.base, "ours": self.ours, "theirs": self.theirs,
                "reason": in_language(self.reason, language)}


@dataclass(slots=True)
class _Entry:
    """One entity whose merged state may differ from ours."""

    ref: Ref
    base: Any
    ours: Any
    theirs: Any
    whole: str = ""  # _TAKE: theirs' state (added or deleted) comes in; _CONFLICT: the user decides; "": fields
    reason: str = ""
    auto: dict[str, Any] = field(default_factory=dict)  # fields only theirs changed
    fields: dict[str, str] = field(default_factory=dict)  # conflicting field -> reason


def _json(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in sorted(value.items())}
    if isinstance(value, Enum):
        return value.value
    return value


def _row(entity: Any) -> dict[str, Any] | None:
    if entity is None:
        return None
    return {f.name: _json(getattr(entity, f.name)) for f in dataclasses.fields(entity)}


def _fields(kind: str) -> list[str]:
    return [f.name for f in dataclasses.fields(CLASSES[kind]) if f.name != "id"]


def _changed(a: Any, b: Any) -> list[str]:
    if a is None or b is None:
        return []
    return [name for name in _fields(kind_of(a)) if getattr(a, name) != getattr(b, name)]


def _entry(ref: Ref, base: Any, ours: Any, theirs: Any) -> _Entry | None:
    """How one entity merges, before referential integrity is looked at (None: ours stays as it is)."""
    if ours == theirs:
        return None
    entry = _Entry(ref, base, ours, theirs)
    if ours is None:
        if base is not None and theirs == base:
            return None  # deleted here, untouched there
        entry.whole, entry.reason = (_TAKE, "") if base is None else (_CONFLICT, DELETED_OURS)
    elif theirs is None:
        if base is None:
            return None  # added here
        entry.whole, entry.reason = (_TAKE, "") if ours == base else (_CONFLICT, DELETED_THEIRS)
    else:
        for name in _fields(ref.kind):
            mine, other = getattr(ours, name), getattr(theirs, name)
            if mine == other:
                continue
            if base is not None and mine == getattr(base, name):
                entry.auto[name] = other
            elif base is None or other != getattr(base, name):
                entry.fields[name] = BOTH_CHANGED if base is not None else BOTH_ADDED
        if not entry.auto and not entry.fields:
            return None
    return entry


class MergePlan:
    """What merging ``theirs`` into ``ours`` brings in, and the conflicts to decide."""

    def __init__(self, ours: Project, theirs: Project, base: Project | None, source: str = "",
                 origin_id: str = "") -> None:
        self.ours, self.theirs = ours, theirs
        self.base = base if base is not None else Project(info={})
        self.has_base = base is not None
        self.source, self.origin_id = source, origin_id
        self._entries: dict[Ref, _Entry] = {}
        for kind in CLASSES:
            # An entity only ours has (not in base, not in theirs) was added here and stays: no entry. Skipping
            # them keeps a merge linear in the size of the other file and the base, not of this (growing) file.
            ids = set(self.base.table(kind)) | set(theirs.table(kind))
            for entity_id in sorted(ids):
                ref = Ref(kind, entity_id)
                entry = _entry(ref, *(p.table(kind).get(entity_id) for p in (self.base, ours, theirs)))
                if entry is not None:
                    self._entries[ref] = entry
        self._children: dict[Ref, list[Ref]] = {}
        self._ours_children: dict[Ref, list[Ref]] | None = None  # built on first need (only when removing)
        for entity in self.base.entities():
            for _name, parent in parent_refs(entity):
                self._children.setdefault(parent, []).append(Ref(kind_of(entity), entity.id))
        self._settle()
        self.conflicts: list[Conflict] = self._conflicts()

    # --- the user's view ----------------------------------------------------------------------------
    @property
    def incoming(self) -> dict[str, dict[str, int]]:
        """Counts per kind of what the merge adds, updates and removes here, with every conflict kept ours."""
        return self.summary({})

    def summary(self, choices: Mapping[ConflictKey, str]) -> dict[str, dict[str, int]]:
        """Counts per kind (only kinds that change) of added / updated / removed entities under ``choices``."""
        counts: dict[str, dict[str, int]] = {}
        for ref, value in sorted(self._resolve(self._checked(choices)).items(), key=lambda item: _order(item[0])):
            ours = self.ours.table(ref.kind).get(ref.id)
            if value == ours:
                continue
            what = "removed" if value is None else "added" if ours is None else "updated"
            counts.setdefault(ref.kind, {"added": 0, "updated": 0, "removed": 0})[what] += 1
        return counts

    def is_noop(self, choices: Mapping[ConflictKey, str] | None = None) -> bool:
        """True when merging changes nothing here and there is nothing to decide."""
        return not self.conflicts and not self.summary(choices or {})

    def edit_for(self, choices: Mapping[ConflictKey, str] | None = None) -> Edit:
        """The merge as one undoable Batch; ``choices`` maps conflict keys to 'ours' / 'theirs' (default ours)."""
        checked = self._checked(choices or {})
        state = self._resolve(checked)
        refs = sorted(state, key=_order)
        edits: list[Edit] = [Add(state[r]) for r in refs if state[r] is not None and not self.ours.has(r)]
        for ref in refs:
            value, ours = state[ref], self.ours.table(ref.kind).get(ref.id)
            if value is not None and ours is not None:
                values = tuple((n, copy.deepcopy(getattr(value, n))) for n in _changed(ours, value))
                if values:
                    edits.append(SetFields(ref, values))
        edits += [Remove(r) for r in reversed(refs) if state[r] is None and self.ours.has(r)]
        if edits or self.conflicts:
            text = self._audit_text(checked)
            edits.append(Audit(AuditRecord("merge", self.source, "merge", "", text),
                               AuditRecord("merge", self.source, "merge", text, "取り消し")))
        return Batch(tuple(edits))

    def _audit_text(self, choices: Mapping[ConflictKey, str]) -> str:
        totals = {"added": 0, "updated": 0, "removed": 0}
        for counts in self.summary(choices).values():
            for what, n in counts.items():
                totals[what] += n
        text = f"{self.source or '別ファイル'} を統合: 追加 {totals['added']}・更新 {totals['updated']}・" \
               f"削除 {totals['removed']}"
        if self.conflicts:
            theirs = sum(1 for c in self.conflicts if choices.get(c.key) == THEIRS)
            text += f"、競合 {len(self.conflicts)} 件（自分 {len(self.conflicts) - theirs}・相手 {theirs}）"
        return text

    def _checked(self, choices: Mapping[ConflictKey, str]) -> dict[ConflictKey, str]:
        known = {c.key for c in self.conflicts}
        for choice in choices.values():
            if choice not in (OURS, THEIRS):
                raise ValueError(f"競合の選択は ours か theirs です: {choice!r}")
        return {key: choice for key, choice in choices.items() if key in known}

    # --- resolution ----------------------------------------------------------------------------------
    def _find(self, ref: Ref) -> Any:
        for project in (self.ours, self.theirs, self.base):
            entity = project.table(ref.kind).get(ref.id)
            if entity is not None:
                return entity
        return None

    def _value(self, entry: _Entry, choices: Mapping[ConflictKey, str]) -> Any:
        ref = entry.ref
        if entry.whole == _TAKE:
            return entry.theirs
        if entry.whole == _CONFLICT:
            return entry.theirs if choices.get((ref.kind, ref.id, WHOLE)) == THEIRS else entry.ours
        merged = copy.deepcopy(entry.ours)
        for name, value in entry.auto.items():
            setattr(merged, name, copy.deepcopy(value))
        for name in entry.fields:
            if choices.get((ref.kind, ref.id, name)) == THEIRS:
                setattr(merged, name, copy.deepcopy(getattr(entry.theirs, name)))
        return merged

    def _chose_theirs(self, ref: Ref, name: str, choices: Mapping[ConflictKey, str]) -> bool:
        entry = self._entries.get(ref)
        if entry is None:
            return False
        if entry.whole == _CONFLICT:
            return choices.get((ref.kind, ref.id, WHOLE)) == THEIRS
        return name in entry.fields and choices.get((ref.kind, ref.id, name)) == THEIRS

    def _resolve(self, choices: Mapping[ConflictKey, str], strict: bool = False) -> dict[Ref, Any]:
        """The merged state of every entity that may differ from ours (None: absent), parents guaranteed.

        ``strict`` (while planning, every conflict kept ours): raise ``_Violation`` instead of removing
        something of ours or dropping an addition whose parent this side deleted.
        """
        state = {ref: self._value(entry, choices) for ref, entry in self._entries.items()}
        restored: set[Ref] = set()  # brought in from theirs to keep the result whole: their parents follow
        revived = {ref for ref, entry in self._entries.items()
                   if entry.whole == _CONFLICT and entry.ours is None and self._chose_theirs(ref, WHOLE, choices)}
        dropped: set[Ref] = set()

        def get(ref: Ref) -> Any:
            return state[ref] if ref in state else self.ours.table(ref.kind).get(ref.id)

        changed = True
        while changed:
            changed = False
            for ref, entity in list(self._present(state)):
                if get(ref) is not entity:
                    continue  # dropped earlier in this pass
                for name, parent in parent_refs(entity):
                    if get(parent) is not None:
                        continue
                    if (ref in restored or self._chose_theirs(ref, name, choices)) and self.theirs.has(parent):
                        state[parent] = copy.deepcopy(self.theirs.get(parent))
                        restored.add(parent)
                    else:
                        if strict:
                            self._check_drop(ref, entity, name, parent)
                        state[ref] = None
                        dropped.add(ref)
                    changed = True
                    break
            changed = self._keep_followers(state, dropped, get) or changed
            changed = self._revive_children(state, restored, revived, choices, get) or changed
        return state

    def _present(self, state: dict[Ref, Any]) -> Iterator[tuple[Ref, Any]]:
        """Every present entity whose parents may be missing: the merged ones, and those of ours (untouched by the
        merge) whose parent the merged state removes. Ours is whole, so its other entities have their parents."""
        removed = [ref for ref, value in state.items() if value is None]
        if removed:
            children = self._children_of_ours()
            for parent in removed:
                for ref in children.get(parent, ()):
                    if ref not in state:
                        yield ref, self.ours.get(ref)
        for ref, value in state.items():
            if value is not None:
                yield ref, value

    def _children_of_ours(self) -> dict[Ref, list[Ref]]:
        if self._ours_children is None:
            self._ours_children = {}
            for entity in self.ours.entities():
                for _name, parent in parent_refs(entity):
                    self._ours_children.setdefault(parent, []).append(Ref(kind_of(entity), entity.id))
        return self._ours_children

    def _keep_followers(self, state: dict[Ref, Any], dropped: set[Ref], get: Any) -> bool:
        """Undo a deletion that only followed its parent's deletion there, when the parent stays here."""
        changed = False
        for ref, entry in self._entries.items():
            if entry.whole != _TAKE or entry.theirs is not None or state[ref] is not None or ref in dropped:
                continue
            parents = [p for _n, p in parent_refs(entry.ours)]
            if any(self.base.has(p) and not self.theirs.has(p) for p in parents) and all(
                    get(p) is not None for p in parents):
                state[ref] = entry.ours
                changed = True
        return changed

    def _revive_children(self, state: dict[Ref, Any], restored: set[Ref], revived: set[Ref],
                         choices: Mapping[ConflictKey, str], get: Any) -> bool:
        """What this side deleted together with an entity the user brings back from theirs comes back with it
        (its judgment, links, ...), unless the user keeps that deleted or it needs something else deleted here."""
        changed = False
        for ref in list(revived):
            for child in self._children.get(ref, ()):
                entry = self._entries.get(child)
                if get(child) is not None or self.ours.has(child) or not self.theirs.has(child):
                    continue
                if entry is not None and entry.whole == _CONFLICT and not self._chose_theirs(child, WHOLE, choices):
                    continue  # the user keeps it deleted
                theirs = self.theirs.get(child)
                if any(get(p) is None and p != ref for _n, p in parent_refs(theirs)):
                    continue
                state[child] = copy.deepcopy(theirs)
                restored.add(child)
                revived.add(child)
                changed = True
        return changed

    # --- planning: turn integrity problems into conflicts -----------------------------------------
    def _check_drop(self, ref: Ref, entity: Any, name: str, parent: Ref) -> None:
        ours = self.ours.table(ref.kind).get(ref.id)
        if ours is None:
            if self.base.has(parent) and not self.ours.has(parent):
                raise _Violation(ref, WHOLE, worded("merge.parent_deleted", parent=self._parent_text(parent)))
            return  # an addition that follows its parent's decision
        if name != "id" and getattr(entity, name) != getattr(ours, name):
            raise _Violation(ref, name, worded("merge.parent_deleted", parent=self._parent_text(parent)))
        raise _Violation(parent, WHOLE, IN_USE)

    def _parent_text(self, parent: Ref) -> str:
        return named(parent, self._find)

    def _settle(self) -> None:
        for _round in range(len(self._entries) * 2 + 2):
            try:
                self._resolve({}, strict=True)
            except _Violation as violation:
                entry = self._entries[violation.ref]
                if violation.field == WHOLE:
                    if entry.whole == _CONFLICT:
                        raise RuntimeError(f"merge: {violation.ref} is already a conflict") from None
                    entry.whole, entry.reason = _CONFLICT, violation.reason
                else:
                    entry.auto.pop(violation.field, None)
                    entry.fields[violation.field] = violation.reason
                continue
            return
        raise RuntimeError("merge: integrity conflicts did not settle")

    def _conflicts(self) -> list[Conflict]:
        conflicts: list[Conflict] = []
        for ref, entry in sorted(self._entries.items(), key=lambda item: _order(item[0])):
            if entry.whole == _CONFLICT:
                base, ours, theirs = entry.base, entry.ours, entry.theirs
                conflicts.append(Conflict(
                    ref.kind, ref.id, WHOLE, conflict_label(ref, WHOLE, self._find), _row(base), _row(ours),
                    _row(theirs), entry.reason, worded("merge.present") if base is not None else NONE_TEXT,
                    entity_text(ours, base, _changed(base, ours)), entity_text(theirs, base, _changed(base, theirs))))
            for name, reason in entry.fields.items():
                base, ours, theirs = (getattr(e, name) if e is not None else None
                                      for e in (entry.base, entry.ours, entry.theirs))
                conflicts.append(Conflict(
                    ref.kind, ref.id, name, conflict_label(ref, name, self._find), _json(base), _json(ours),
                    _json(theirs), reason, value_text(name, base, self._find), value_text(name, ours, self._find),
                    value_text(name, theirs, self._find)))
        return conflicts


class _Violation(Exception):
    """Planning found an integrity problem: ``ref``'s ``field`` (or the whole entity) becomes a conflict."""

    def __init__(self, ref: Ref, field: str, reason: str) -> None:
        super().__init__(ref, field, reason)
        self.ref, self.field, self.reason = ref, field, reason


def _order(ref: Ref) -> tuple[int, str]:
    return (_KIND_ORDER[ref.kind], ref.id)


def plan_merge(ours: Project, theirs: Project, base: Project | None, source: str = "",
               origin_id: str = "") -> MergePlan:
    """Plan merging ``theirs`` into ``ours`` against their common origin ``base`` (None: they share none).

    ``source`` names the other file in the audit trail; ``origin_id`` is the distribution ``base`` is from.
    """
    return MergePlan(ours, theirs, base, source, origin_id)
