"""Pure conversion between domain entities and flat database rows (enums as values, containers as JSON)."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import types
import typing
from enum import Enum
from typing import Any

from jcloud_desk.domain.project import CLASSES, kind_of


@functools.cache
def _field_types(kind: str) -> dict[str, Any]:
    cls = CLASSES[kind]
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _is_json(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    return origin in (dict, tuple, list)


def _enum_of(tp: Any) -> type[Enum] | None:
    candidates = typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate
    return None


#: Lone UTF-16 surrogates are not Unicode text and cannot be stored as UTF-8 (pasted from broken sources, JSON).
_SURROGATE = re.compile("[\ud800-\udfff]")


def to_row(entity: Any) -> dict[str, Any]:
    """Flatten an entity into a row dict (a lone surrogate in text is stored as U+FFFD)."""
    row: dict[str, Any] = {}
    for name, tp in _field_types(kind_of(entity)).items():
        value = getattr(entity, name)
        if isinstance(value, Enum):
            value = value.value
        elif _is_json(tp):
            value = json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
        if isinstance(value, str) and not value.isascii():
            value = _SURROGATE.sub("\ufffd", value)
        row[name] = value
    return row


Converter = typing.Callable[[Any], Any]


@functools.cache
def _converters(kind: str) -> tuple[tuple[str, Converter | None, Any], ...]:
    """Per field of ``kind``: (name, converter or None for as-is, NULL value or its factory) — worked out once."""
    table: list[tuple[str, Converter | None, Any]] = []
    for name, tp in _field_types(kind).items():
        enum = _enum_of(tp)
        if enum is not None:
            null = None if type(None) in typing.get_args(tp) else _empty(tp)
            table.append((name, enum, null))
        elif _is_json(tp):
            as_tuple = typing.get_origin(tp) is tuple

            def load(value: Any, as_tuple: bool = as_tuple) -> Any:
                loaded = json.loads(value)
                return tuple(loaded) if as_tuple else loaded

            # a NULL dict column gets a fresh dict per entity (never one shared, mutable default)
            table.append((name, load, dict if typing.get_origin(tp) is dict else _empty(tp)))
        elif tp is float:
            table.append((name, float, 0.0))
        elif tp is bool:
            table.append((name, bool, False))
        elif tp is int:
            table.append((name, int, 0))
        else:
            table.append((name, None, _empty(tp)))
    return tuple(table)


def from_row(kind: str, row: dict[str, Any]) -> Any:
    """Rebuild an entity of ``kind`` from a row dict (unknown columns are ignored)."""
    values: dict[str, Any] = {}
    for name, convert, null in _converters(kind):
        if name not in row:
            continue
        value = row[name]
        if value is None:
            values[name] = null() if callable(null) else null
        else:
            values[name] = value if convert is None else convert(value)
    return CLASSES[kind](**values)


def _empty(tp: Any) -> Any:
    if typing.get_origin(tp) is dict:
        return {}
    if typing.get_origin(tp) is tuple:
        return ()
    if tp is float:
        return 0.0
    if tp is bool:
        return False
    if tp is int:
        return 0
    return ""


def field_to_row(kind: str, name: str, value: Any) -> Any:
    """One field of an entity of ``kind`` as its column value (as ``to_row`` writes it)."""
    if isinstance(value, Enum):
        return value.value
    if _is_json(_field_types(kind)[name]):
        return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    return value


def field_from_row(kind: str, name: str, value: Any) -> Any:
    """One column value back as the field value of an entity of ``kind`` (as ``from_row`` reads it)."""
    for field_name, convert, null in _converters(kind):
        if field_name == name:
            if value is None:
                return null() if callable(null) else null
            return value if convert is None else convert(value)
    raise KeyError(f"{kind} has no field {name!r}")
