"""Counts of a project as plain data (the `info` command and the status bar)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from jcloud_desk.analysis.vendor_index import choice_document
from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project


def verdict_counts(project: Project, process_id: str | None = None) -> dict[str, int]:
    """Number of activity steps per verdict (every verdict key present, 未判定 included)."""
    counts: Counter[str] = Counter({v.value: 0 for v in Verdict})
    for step in project.step.values():
        if process_id is not None and step.process_id != process_id:
            continue
        if step.kind.is_activity:
            counts[project.verdict_of(step.id).value] += 1
    return dict(counts)


def project_summary(project: Project, format_version: int) -> dict[str, Any]:
    """The JSON document printed by `jcloud-desk info PROJECT --json`."""
    lanes = Counter(x.process_id for x in project.lane.values())
    phases = Counter(x.process_id for x in project.phase.values())
    steps = Counter(x.process_id for x in project.step.values())
    tasks = Counter(x.process_id for x in project.step.values() if x.kind.is_activity)
    flows = Counter(x.process_id for x in project.flow.values())
    items = Counter(x.catalog_id for x in project.item.values())
    kinds = Counter((x.catalog_id, x.kind.value) for x in project.item.values())
    retired = project.retired_catalogs()
    return {
        "format_version": format_version,
        "name": project.meta.name,
        "municipality": project.meta.municipality,
        "municipality_type": project.meta.municipality_type.value,
        "municipality_type_label": project.meta.municipality_type.label_ja,
        **choice_document(project),
        "municipalities": [
            {"name": m.name, "municipality_type": m.category.value, "municipality_type_label": m.category.label_ja}
            for m in project.municipality.values()
        ],
        "processes": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "municipality": p.municipality,
                "lanes": lanes[p.id],
                "phases": phases[p.id],
                "steps": steps[p.id],
                "tasks": tasks[p.id],
                "flows": flows[p.id],
            }
            for p in project.processes()
        ],
        "catalogs": [
            {"id": c.id, "name": c.name, "version": c.version, "items": items[c.id],
             "kinds": {kind.value: kinds[(c.id, kind.value)] for kind in (ItemKind.FUNCTION, ItemKind.FORM)},
             "retired": c.id in retired, "previous_id": c.previous_id}
            for c in project.catalog.values()
        ],
        "links": len(project.link),
        "verdicts": verdict_counts(project),
    }
