"""Versioned schema of a project file (sqlite-utils migrations). Never edit a released migration.

The steps are collected here by ``migration``; sqlite-utils' ``Migrations`` runner (``migrations()``) is built
on first use, so opening an up-to-date file (``pending_migrations`` reads the applied names with sqlite3) does
not import sqlite-utils (a third of the start's import time outside Qt).
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jcloud_desk.domain.vendor import option_decision_id

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

Step = Callable[["Database"], None]

#: SQLite header field identifying a jcloud_desk project ("JCD1").
APPLICATION_ID = 0x4A434431
MIGRATION_SET = "jcloud_desk"

_STEPS: list[Step] = []


def migration(step: Step) -> Step:
    """Register ``step`` as the next migration (named after the function)."""
    _STEPS.append(step)
    return step


@functools.cache
def migrations() -> Migrations:
    """sqlite-utils' runner of every step, oldest first (built once, when a file is created or upgraded)."""
    from jcloud_desk.storage.sqlite_utils_import import Migrations

    runner = Migrations(MIGRATION_SET)
    for step in _STEPS:
        runner()(step)
    return runner


def _create(db: Database, name: str, columns: dict[str, Any], fks: list[tuple[str, str, str]]) -> None:
    db[name].create(columns, pk="id", not_null={"id"}, foreign_keys=fks)  # type: ignore[union-attr]


@migration
def m001_initial(db: Database) -> None:
    """Project info, workflow graph, catalogues and Fit&Gap judgments."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _create(
        db,
        "info",
        {"id": str, "name": str, "municipality": str, "business": str, "description": str,
         "created_at": str, "adopted_options": str},
        [],
    )
    _create(
        db,
        "process",
        {"id": str, "name": str, "business": str, "kind": str, "municipality": str, "notes": str,
         "sort": float, "origin_id": str},
        [],
    )
    _create(db, "lane", {"id": str, "process_id": str, "name": str, "sort": float, "size": float},
            [("process_id", "process", "id")])
    _create(db, "phase", {"id": str, "process_id": str, "name": str, "sort": float, "size": float},
            [("process_id", "process", "id")])
    _create(
        db,
        "step",
        {"id": str, "process_id": str, "lane_id": str, "kind": str, "label": str, "phase_id": str,
         "x": float, "y": float, "notes": str, "step_no": str, "subprocess_id": str, "attrs": str},
        [("process_id", "process", "id"), ("lane_id", "lane", "id")],
    )
    _create(
        db,
        "flow",
        {"id": str, "process_id": str, "source_id": str, "target_id": str, "label": str, "kind": str},
        [("process_id", "process", "id"), ("source_id", "step", "id"), ("target_id", "step", "id")],
    )
    _create(
        db,
        "catalog",
        {"id": str, "name": str, "version": str, "source": str, "kind": str, "attribution": str,
         "imported_at": str},
        [],
    )
    _create(
        db,
        "item",
        {"id": str, "catalog_id": str, "code": str, "title": str, "impl_class": str, "path": str,
         "text": str, "legacy_code": str, "sort": float},
        [("catalog_id", "catalog", "id")],
    )
    _create(db, "link", {"id": str, "step_id": str, "item_id": str, "verdict": str, "note": str},
            [("step_id", "step", "id"), ("item_id", "item", "id")])
    _create(
        db,
        "judgment",
        {"id": str, "verdict": str, "resolution": str, "rationale": str, "owner": str, "due_on": str,
         "decision": str, "justification": str},
        [("id", "step", "id")],
    )
    for table, column in [("lane", "process_id"), ("phase", "process_id"), ("step", "process_id"),
                          ("flow", "process_id"), ("item", "catalog_id"), ("link", "step_id"),
                          ("link", "item_id")]:
        db[table].create_index([column])  # type: ignore[union-attr]


@migration
def m002_change_log(db: Database) -> None:
    """Append-only audit trail of Fit&Gap changes (who, when, old → new)."""
    db["change_log"].create(  # type: ignore[union-attr]
        {"seq": int, "at": str, "by": str, "entity": str, "entity_id": str, "field": str, "old": str,
         "new": str},
        pk="seq",
    )
    db["change_log"].create_index(["entity_id"])  # type: ignore[union-attr]
    db.execute(
        "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
        "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"
    )


@migration
def m003_pools_and_check_settings(db: Database) -> None:
    """Lanes belong to a pool (BPMN participant); a project can switch checks off."""
    db["lane"].add_column("pool", str, not_null_default="")  # type: ignore[union-attr]
    db["info"].add_column("disabled_checks", str, not_null_default="[]")  # type: ignore[union-attr]


@migration
def m004_change_log_step(db: Database) -> None:
    """Audit rows name the step they concern (links and judgments), for the per-step history."""
    db["change_log"].add_column("step_id", str, not_null_default="")  # type: ignore[union-attr]
    db["change_log"].create_index(["step_id"])  # type: ignore[union-attr]


@migration
def m005_catalog_import_details(db: Database) -> None:
    """Catalogues keep their column mapping and predecessor; items keep where they came from (sheet/row)."""
    db["catalog"].add_column("column_mapping", str, not_null_default="{}")  # type: ignore[union-attr]
    db["catalog"].add_column("previous_id", str, not_null_default="")  # type: ignore[union-attr]
    db["item"].add_column("source_locator", str, not_null_default="")  # type: ignore[union-attr]


@migration
def m006_workshop_and_group(db: Database) -> None:
    """Workshop notes (決定事項, 宿題, comments), municipalities and group customization requests."""
    _create(db, "municipality", {"id": str, "name": str, "lg_code": str, "category": str}, [])
    _create(
        db,
        "note",
        {"id": str, "process_id": str, "kind": str, "text": str, "step_id": str, "owner": str, "due_on": str,
         "status": str, "author": str, "created_at": str},
        [("process_id", "process", "id")],
    )
    _create(db, "request", {"id": str, "item_id": str, "title": str, "effort_days": float, "cost": float,
                            "notes": str}, [("item_id", "item", "id")])
    db["note"].create_index(["process_id"])  # type: ignore[union-attr]


@migration
def m007_merge_baseline(db: Database) -> None:
    """Merging copies: each distribution's snapshot (the common origin) and the distribution a copy came from."""
    db["baseline"].create(  # type: ignore[union-attr]
        {"origin_id": str, "kind": str, "entity_id": str, "row_json": str},
        pk=("origin_id", "kind", "entity_id"),
        not_null={"origin_id", "kind", "entity_id", "row_json"},
    )
    db["info"].add_column("origin_id", str, not_null_default="")  # type: ignore[union-attr]


#: Free-text 団体区分 of municipalities written before m008 → ``MunicipalityType`` key.
_OLD_CATEGORY_WORDS: dict[str, str] = {
    "指定都市": "designated_city", "政令指定都市": "designated_city", "政令市": "designated_city",
    "特別区": "special_ward", "区": "special_ward", "中核市": "core_city",
    "一般市": "city", "市": "city", "施行時特例市": "city", "特例市": "city",
    "町村": "town_village", "町": "town_village", "村": "town_village",
}
_TYPE_KEYS = ("designated_city", "special_ward", "core_city", "city", "town_village")


@migration
def m008_municipality_type(db: Database) -> None:
    """団体区分: on the project (''= not set, counted as 一般市); municipalities' free text becomes a type key."""
    db["info"].add_column("municipality_type", str, not_null_default="")  # type: ignore[union-attr]
    for row in list(db["municipality"].rows):
        text = str(row.get("category") or "").strip()
        key = text if text in _TYPE_KEYS else _OLD_CATEGORY_WORDS.get(text, "")
        if key != text:
            db["municipality"].update(row["id"], {"category": key})  # type: ignore[union-attr]


@migration
def m009_conditions_and_link_outcomes(db: Database) -> None:
    """Items keep their 団体区分 conditions and conditional notes; links get their own 対応方針 (NULL = the step's)."""
    db["item"].add_column("conditions", str, not_null_default="{}")  # type: ignore[union-attr]
    db["item"].add_column("condition_note", str, not_null_default="")  # type: ignore[union-attr]
    db["link"].add_column("resolution", str)  # type: ignore[union-attr]


@migration
def m011_judged_catalog_version(db: Database) -> None:
    """Links and judgments record the catalogue version they were judged against (old files: today's)."""
    db["link"].add_column("judged_item_id", str, not_null_default="")  # type: ignore[union-attr]
    db["judgment"].add_column("catalog_ids", str, not_null_default="[]")  # type: ignore[union-attr]
    db.execute("UPDATE link SET judged_item_id = item_id")
    db.execute(
        "UPDATE judgment SET catalog_ids = COALESCE((SELECT json_group_array(catalog_id) FROM ("
        "SELECT DISTINCT item.catalog_id AS catalog_id FROM link JOIN item ON item.id = link.item_id "
        "WHERE link.step_id = judgment.id ORDER BY item.catalog_id)), '[]')"
    )


@migration
def m014_item_kinds(db: Database) -> None:
    """Catalogue items have a kind (機能 / 帳票 / 連携); 帳票 keep their output medium and 印字項目."""
    db["item"].add_column("kind", str, not_null_default="function")  # type: ignore[union-attr]
    db["item"].add_column("media", str, not_null_default="")  # type: ignore[union-attr]
    db["item"].add_column("print_items", str, not_null_default="")  # type: ignore[union-attr]


@migration
def m015_current_forms(db: Database) -> None:
    """The 現行帳票 inventory of each municipality."""
    _create(
        db,
        "current_form",
        {"id": str, "name": str, "municipality": str, "recipient": str, "annual_volume": int, "notes": str,
         "form_code": str, "own_form": int, "difference": str, "route": str, "sort": float},
        [],
    )


@migration
def m016_vendor_answers(db: Database) -> None:
    """A vendor's conformance answers over a standard catalogue, and the project's go-live date."""
    _create(
        db,
        "vendor_answer",
        {"id": str, "catalog": str, "code": str, "vendor": str, "kind": str, "answer": str, "available_on": str,
         "comment": str, "cost": str, "source_locator": str},
        [],
    )
    db["vendor_answer"].create_index(["catalog", "code"])  # type: ignore[union-attr]
    db["info"].add_column("go_live_on", str, not_null_default="")  # type: ignore[union-attr]


@migration
def m017_option_decisions(db: Database) -> None:
    """Per-municipality 標準オプション decisions; the project-wide adopted list becomes 採用 rows.

    An adopted id that names no item of the file stays in ``info.adopted_options`` (still honoured), so nothing
    a user decided is lost.
    """
    _create(
        db,
        "option_decision",
        {"id": str, "catalog": str, "code": str, "municipality": str, "status": str, "reason": str,
         "decided_on": str, "decided_by": str},
        [],
    )
    items = {row["id"]: row for row in db.query(
        "SELECT item.id AS id, item.code AS code, catalog.name AS catalog FROM item "
        "JOIN catalog ON catalog.id = item.catalog_id")}
    for info in list(db.query("SELECT id, adopted_options FROM info")):
        adopted = json.loads(info["adopted_options"] or "[]")
        kept = []
        for item_id in adopted:
            item = items.get(item_id)
            if item is None:
                kept.append(item_id)
                continue
            db["option_decision"].insert(  # type: ignore[union-attr]
                {"id": option_decision_id("", item["catalog"], item["code"]), "catalog": item["catalog"],
                 "code": item["code"], "municipality": "", "status": "adopted", "reason": "", "decided_on": "",
                 "decided_by": ""},
                replace=True,
            )
        if kept != adopted:
            db.execute("UPDATE info SET adopted_options = ? WHERE id = ?",
                       [json.dumps(kept, ensure_ascii=False), info["id"]])


@migration
def m021_undo_log(db: Database) -> None:
    """The undo history kept in the file: the inverse of each action (a row without one is a note that the
    history was cleared, e.g. by a merge outside the editor or a format upgrade)."""
    db["undo_log"].create(  # type: ignore[union-attr]
        {"seq": int, "text": str, "inverse": str, "at": str}, pk="seq", not_null={"text"},
    )


@migration
def m022_chosen_vendor(db: Database) -> None:
    """The project's chosen vendor (empty: the vendor with the most answers, as files before it behaved)."""
    db["info"].add_column("vendor", str, not_null_default="")  # type: ignore[union-attr]


def known_migrations() -> list[str]:
    """Names of every migration this version knows, oldest first."""
    return [step.__name__ for step in _STEPS]


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations applied to the file behind ``conn``, in the order applied (sqlite3 only)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
    ).fetchall()
    return [r[0] for r in rows]


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the known migrations not applied yet to the file behind ``conn`` (sqlite3 only)."""
    applied = set(applied_migrations(conn))
    return [name for name in known_migrations() if name not in applied]


def format_version() -> int:
    """The file format version this build writes (= number of migrations)."""
    return len(known_migrations())
