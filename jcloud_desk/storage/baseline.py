"""Merge baselines: the snapshot every copy of one distribution started from (the common origin of a merge).

A distribution ("save a copy for a municipality") has a random ``origin_id``. The file it was made from keeps
the snapshot under that id (one per distribution, so copies handed out at different times can all be merged
back); the copy keeps only its own snapshot and names it in ``info.origin_id``. Rows are ``storage.rows.to_row``
dicts stored as JSON text, one per entity, in the ``baseline`` table (migration m007).

Older files opened read-only (not migrated) have no baseline: every reader returns "none" for them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from jcloud_desk.domain.project import CLASSES, INFO_ID, Project, Ref
from jcloud_desk.storage.rows import to_row

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "baseline"

Rows = dict[Ref, dict[str, Any]]


def _has_table(db: Database) -> bool:
    return bool(db[TABLE].exists())


def project_rows(project: Project) -> Rows:
    """Every entity of ``project`` as a flat row, keyed by its ref."""
    return {Ref(kind, entity.id): to_row(entity) for kind in CLASSES for entity in project.table(kind).values()}


def _dump(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def write(db: Database, project: Project, origin_id: str, as_copy: bool) -> None:
    """Store the snapshot of ``project`` under ``origin_id`` (replacing one with that id).

    ``as_copy``: this file *is* a copy of that distribution: name it in ``info.origin_id`` and drop every
    other snapshot (the copy inherited its source's snapshots when it was written).
    """
    rows = [{"origin_id": origin_id, "kind": ref.kind, "entity_id": ref.id, "row_json": _dump(row)}
            for ref, row in project_rows(project).items()]
    with db.atomic():
        if as_copy:
            db.execute(f"DELETE FROM [{TABLE}]")
            db.execute("UPDATE info SET origin_id = ? WHERE id = ?", [origin_id, INFO_ID])
        else:
            db.execute(f"DELETE FROM [{TABLE}] WHERE origin_id = ?", [origin_id])
        db[TABLE].insert_all(rows, batch_size=500)  # type: ignore[union-attr]


def read(db: Database, origin_id: str) -> Rows | None:
    """The snapshot stored under ``origin_id`` (None when there is none)."""
    if not origin_id or not _has_table(db):
        return None
    rows: Rows = {}
    for row in db.query(f"SELECT kind, entity_id, row_json FROM [{TABLE}] WHERE origin_id = ?", [origin_id]):
        if row["kind"] in CLASSES:  # a kind a later version added is ignored, as load() ignores unknown columns
            rows[Ref(row["kind"], row["entity_id"])] = json.loads(row["row_json"])
    return rows or None


def origin_ids(db: Database) -> list[str]:
    """The distributions this file holds a snapshot of, sorted."""
    if not _has_table(db):
        return []
    return [r["origin_id"] for r in db.query(f"SELECT DISTINCT origin_id FROM [{TABLE}] ORDER BY origin_id")]


def own_origin(db: Database) -> str:
    """The distribution this file is a copy of ('' for none)."""
    columns = {c.name for c in db["info"].columns}
    if "origin_id" not in columns:
        return ""
    row = next(iter(db.query("SELECT origin_id FROM info WHERE id = ?", [INFO_ID])), None)
    return str(row["origin_id"] or "") if row else ""


def unchanged_since(db: Database, project: Project) -> str:
    """The id of a stored snapshot equal to ``project`` now ('' when it changed since every snapshot)."""
    current = project_rows(project)
    for origin_id in origin_ids(db):
        stored = read(db, origin_id)
        if stored is not None and stored == current:
            return origin_id
    return ""
