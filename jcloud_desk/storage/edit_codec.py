"""Edits as JSON, generically: the undo log keeps the inverse of each action in the project file.

Every edit is a frozen dataclass of ``domain/edits.py``; its fields are written by type — an entity as its row
(``rows.to_row``), a ``Ref`` as ``[kind, id]``, an ``AuditRecord`` as its fields, nested edits recursively and a
``SetFields``' values as column values of its entity kind — under the class name, and read back the same way.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from jcloud_desk.domain.edits import Add, Audit, AuditRecord, Batch, Edit, Remove, SetFields
from jcloud_desk.domain.project import CLASSES, Ref, kind_of
from jcloud_desk.storage.rows import field_from_row, field_to_row, from_row, to_row

EDIT_TYPES: dict[str, type[Any]] = {cls.__name__: cls for cls in (Add, Remove, SetFields, Audit, Batch)}


class EditCodecError(ValueError):
    """A stored edit this version cannot read."""


def _encode(value: Any, context: Ref | None = None) -> Any:
    if type(value).__name__ in EDIT_TYPES and dataclasses.is_dataclass(value):
        ref = value.ref if isinstance(value, SetFields) else None
        fields = {f.name: _encode(getattr(value, f.name), ref) for f in dataclasses.fields(value)}
        return {"edit": type(value).__name__, **fields}
    if isinstance(value, Ref):
        return {"ref": [value.kind, value.id]}
    if isinstance(value, AuditRecord):
        return {"audit": dataclasses.asdict(value)}
    if type(value) in CLASSES.values():
        kind = kind_of(value)
        return {"entity": kind, "row": to_row(value)}
    if isinstance(value, tuple) and context is not None:  # SetFields.values: (field, value) pairs
        return [[name, field_to_row(context.kind, name, item)] for name, item in value]
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode(data: Any) -> Any:
    if isinstance(data, dict) and "edit" in data:
        cls = EDIT_TYPES.get(data["edit"])
        if cls is None:
            raise EditCodecError(f"unknown edit {data['edit']!r}")
        if cls is SetFields:
            ref = _decode(data["ref"])
            return SetFields(ref, tuple((name, field_from_row(ref.kind, name, raw)) for name, raw in data["values"]))
        values = {f.name: _decode(data[f.name]) for f in dataclasses.fields(cls)}
        if cls is Batch:
            values["edits"] = tuple(values["edits"])
        return cls(**values)
    if isinstance(data, dict) and "ref" in data:
        return Ref(*data["ref"])
    if isinstance(data, dict) and "audit" in data:
        return AuditRecord(**data["audit"])
    if isinstance(data, dict) and "entity" in data:
        return from_row(data["entity"], data["row"])
    if isinstance(data, list):
        return [_decode(item) for item in data]
    return data


def encode_edit(edit: Edit) -> str:
    """``edit`` as a JSON text."""
    return json.dumps(_encode(edit), ensure_ascii=False, separators=(",", ":"))


def decode_edit(text: str) -> Edit:
    """The edit ``encode_edit`` wrote."""
    try:
        edit = _decode(json.loads(text))
    except (KeyError, TypeError, ValueError) as exc:
        raise EditCodecError(str(exc)) from exc
    if type(edit).__name__ not in EDIT_TYPES:
        raise EditCodecError("not an edit")
    result: Edit = edit
    return result
