"""Regenerate ``format_v1.jcdesk``: a project file as written before ``m002_change_log`` existed.

Run from the repository root: ``.venv/bin/python -m tests.data.make_format_v1``. The rows are literal
(not built from today's domain classes) so that the fixture keeps describing the old format.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from jcloud_desk.storage.schema import migrations
from jcloud_desk.storage.sqlite_utils_import import Database

FIXTURE = Path(__file__).with_name("format_v1.jcdesk")
STOP_BEFORE = "m002_change_log"

#: Rows of each table, parents first.
ROWS: dict[str, list[dict[str, Any]]] = {
    "info": [{"id": "project", "name": "旧形式プロジェクト", "municipality": "旧市", "business": "住民記録",
              "description": "", "created_at": "2023-10-01T09:00:00", "adopted_options": '["opt-a"]'}],
    "process": [{"id": "proc-old", "name": "転入届", "business": "住民記録", "kind": "as_is", "municipality": "旧市",
                 "notes": "", "sort": 0.0, "origin_id": ""}],
    "lane": [{"id": "lane-a", "process_id": "proc-old", "name": "窓口", "sort": 0.0, "size": 130.0},
             {"id": "lane-b", "process_id": "proc-old", "name": "システム", "sort": 1.0, "size": 100.0}],
    "phase": [{"id": "ph-a", "process_id": "proc-old", "name": "受付", "sort": 0.0, "size": 220.0}],
    "step": [
        {"id": "s-a", "process_id": "proc-old", "lane_id": "lane-a", "kind": "task", "label": "届出を受け付ける",
         "phase_id": "ph-a", "x": 110.0, "y": 65.0, "notes": "", "step_no": "1", "subprocess_id": "",
         "attrs": '{"owner": "窓口担当"}'},
        {"id": "s-b", "process_id": "proc-old", "lane_id": "lane-b", "kind": "system_task", "label": "登録する",
         "phase_id": "ph-a", "x": 110.0, "y": 50.0, "notes": "", "step_no": "2", "subprocess_id": "",
         "attrs": "{}"},
    ],
    "flow": [{"id": "f-ab", "process_id": "proc-old", "source_id": "s-a", "target_id": "s-b", "label": "",
              "kind": "sequence"}],
    "catalog": [{"id": "cat-old", "name": "標準仕様書", "version": "3.0", "source": "", "kind": "standard_spec",
                 "attribution": "", "imported_at": ""}],
    "item": [{"id": "item-old", "catalog_id": "cat-old", "code": "0010001", "title": "登録", "impl_class": "mandatory",
              "path": "", "text": "", "legacy_code": "", "sort": 1.0}],
    "link": [{"id": "link-old", "step_id": "s-b", "item_id": "item-old", "verdict": None, "note": ""}],
    "judgment": [{"id": "s-b", "verdict": "partial", "resolution": "workaround", "rationale": "帳票差異",
                  "owner": "", "due_on": "", "decision": "proposed", "justification": ""}],
}


def build(path: Path) -> None:
    """Write the v1 fixture to ``path`` (replacing it)."""
    path.unlink(missing_ok=True)
    db = Database(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        migrations().apply(db, stop_before=STOP_BEFORE)
        with db.atomic():
            for table, rows in ROWS.items():
                db[table].insert_all(rows)  # type: ignore[union-attr]
    finally:
        db.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE)
    print(f"wrote {FIXTURE if len(sys.argv) == 1 else sys.argv[1]}")
