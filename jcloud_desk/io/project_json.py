"""A whole project as one versioned JSON document: exchange, review in version control, re-import.

Layout::

    {"format": "jcloud_desk-project", "version": 1,
     "tables": {"info": [...], "process": [...], "lane": [...], ..., "judgment": [...]}}

Every entity table of ``Project`` is a list of flat rows (one per entity: its dataclass fields in order,
enums as their values, tuples as lists, ``attrs`` / ``column_mapping`` as objects), sorted by id so that an
export diffs well. Written UTF-8 with ``ensure_ascii=False``, indented, atomically (temporary file + rename).
Reading checks the format, the version, every table, every field and every reference and raises
``ProjectJsonError`` naming the table and the entry's index.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.edits import Add, Change
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import CLASSES, INFO_ID, Project, kind_of
from jcloud_desk.io.atomic import write_bytes_atomic
from jcloud_desk.io.errors import ProjectJsonError

FORMAT = "jcloud_desk-project"
#: Version of this JSON layout (independent of the SQLite schema version).
JSON_VERSION = 1


@functools.cache
def _field_types(kind: str) -> dict[str, Any]:
    cls = CLASSES[kind]
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def entity_to_row(entity: Any) -> dict[str, Any]:
    """One entity as a JSON-ready flat row (field order kept)."""
    row: dict[str, Any] = {}
    for name in _field_types(kind_of(entity)):
        value = getattr(entity, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, dict):
            value = dict(sorted(value.items()))
        row[name] = value
    return row


def project_to_json(project: Project) -> dict[str, Any]:
    """The JSON document of ``project`` (tables parent-first, rows sorted by id)."""
    tables = {
        kind: [entity_to_row(entity) for _, entity in sorted(project.table(kind).items())] for kind in CLASSES
    }
    return {"format": FORMAT, "version": JSON_VERSION, "tables": tables}


def _optional_enum(tp: Any) -> tuple[type[Enum] | None, bool]:
    """The enum class inside ``tp`` (if any) and whether ``None`` is allowed."""
    args = typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    enum = next((a for a in args if isinstance(a, type) and issubclass(a, Enum)), None)
    return enum, type(None) in args


def _convert(tp: Any, value: Any) -> Any:
    """Convert one JSON value to the field type ``tp``; ValueError with a Japanese reason if impossible."""
    enum, nullable = _optional_enum(tp)
    if value is None:
        if nullable:
            return None
        raise ValueError(worded("json.null"))
    if enum is not None:
        try:
            return enum(value)
        except ValueError:
            allowed = tuple(str(m.value) for m in enum)
            raise ValueError(worded("json.bad_value", value=value, allowed=allowed)) from None
    origin = typing.get_origin(tp)
    if tp is str:
        if not isinstance(value, str):
            raise ValueError(worded("json.not_text"))
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(worded("json.not_number"))
        return float(value)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(worded("json.not_text_list"))
        return tuple(value)
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ValueError(worded("json.not_text_map"))
        return dict(value)
    return value


def entity_from_row(kind: str, row: Any, index: int) -> Any:
    """Rebuild one entity from its row; ``ProjectJsonError`` names ``kind`` and ``index`` on any problem."""
    where = Message.of("json.row", kind=kind, index=index)
    if not isinstance(row, dict):
        raise ProjectJsonError("", None, worded("json.not_object", where=where))
    values: dict[str, Any] = {}
    for name, tp in _field_types(kind).items():
        if name not in row:
            raise ProjectJsonError("", None, worded("json.field_missing", where=where, name=name))
        try:
            values[name] = _convert(tp, row[name])
        except ValueError as exc:
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            raise ProjectJsonError("", None, worded("json.field_bad", where=where, name=name, reason=reason)) from None
    return CLASSES[kind](**values)


def project_from_json(data: Any, source: str = "") -> Project:
    """Rebuild a project from ``project_to_json`` output; ``source`` names the file in errors."""
    try:
        return _project_from_json(data)
    except ProjectJsonError as exc:
        if source and not exc.path:
            raise ProjectJsonError(source, None, exc.reason) from None
        raise


def _project_from_json(data: Any) -> Project:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectJsonError("", None, worded("json.format", format=FORMAT))
    version = data.get("version")
    if type(version) is not int or version != JSON_VERSION:
        raise ProjectJsonError("", None, worded("json.version", version=repr(version), supported=JSON_VERSION))
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ProjectJsonError("", None, worded("json.no_tables"))
    unknown = sorted(set(tables) - set(CLASSES))
    if unknown:
        raise ProjectJsonError("", None, worded("json.unknown_tables", tables=tuple(unknown)))
    project = Project(info={})
    change = Change()
    for kind in CLASSES:
        rows = tables.get(kind)
        if not isinstance(rows, list):
            raise ProjectJsonError("", None, worded("json.table_missing", kind=kind))
        for index, row in enumerate(rows):
            entity = entity_from_row(kind, row, index)
            try:
                Add(entity).apply(project, change)
            except DomainError as exc:
                raise ProjectJsonError("", None, worded("json.row_problem", kind=kind, index=index,
                                                         reason=_reference_reason(exc))) from None
    if INFO_ID not in project.info:
        raise ProjectJsonError("", None, worded("json.no_info", id=INFO_ID))
    return project


def _reference_reason(exc: DomainError) -> Message:
    text = str(exc)
    if "already exists" in text:
        return Message.of("json.duplicate_id", detail=text)
    return Message.of("json.no_reference", detail=text)


def dumps_project(project: Project) -> str:
    """The JSON text of a project (UTF-8 characters kept, 2-space indent, trailing newline)."""
    return json.dumps(project_to_json(project), ensure_ascii=False, indent=2) + "\n"


def write_project_json(project: Project, path: Path | str) -> None:
    """Write the JSON document atomically: a temporary file in the same folder, then a rename."""
    write_bytes_atomic(path, dumps_project(project).encode("utf-8"))


#: Largest project JSON read (a project with a 100,000-item catalogue exports to about 60 MB).
MAX_JSON_BYTES = 512 * 1024 * 1024


def read_project_json(path: Path | str) -> Project:
    """Read a project JSON file; ``ProjectJsonError`` for invalid JSON, format, version or content."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # reading below reports it
    if size > MAX_JSON_BYTES:
        raise ProjectJsonError(str(path), None, worded("json.too_large", size=f"{size / 1024 / 1024:,.0f}",
                                                       limit=MAX_JSON_BYTES // 1024 // 1024))
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ProjectJsonError(str(path), None, worded("json.not_utf8")) from exc
    except json.JSONDecodeError as exc:
        reason = worded("json.unreadable", line=exc.lineno, column=exc.colno, detail=exc.msg)
        raise ProjectJsonError(str(path), None, reason) from exc
    except RecursionError as exc:  # "[[[[…" thousands deep: no project export looks like that
        raise ProjectJsonError(str(path), None, worded("json.too_deep")) from exc
    return project_from_json(data, str(path))
