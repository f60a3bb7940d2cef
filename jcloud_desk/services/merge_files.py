"""Merging a project file into the open project: find the two files' common origin, then plan the merge.

The common origin is a distribution both files keep a snapshot of (``ProjectService.distribute_copy``):
preferably the one the other file is a copy of, else the one this file is a copy of, else any shared one.
Without one, the merge has no base and every difference between the files is a conflict.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jcloud_desk.analysis.messages import Worded, WordedError, worded
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import CLASSES, Project, Ref
from jcloud_desk.services.errors import translating
from jcloud_desk.services.merge_labels import KIND_JA
from jcloud_desk.services.merge_service import MergePlan, plan_merge
from jcloud_desk.services.project_service import OpenProject
from jcloud_desk.storage.errors import StorageError
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.rows import from_row


class MergeError(WordedError, ValueError):
    """The merge cannot start (one line for the user)."""


def base_project(rows: Mapping[Ref, Mapping[str, Any]]) -> Project:
    """The common origin as a Project, from a stored snapshot (``ProjectRepository.read_baseline``)."""
    project = Project(info={})
    for ref, row in rows.items():
        if ref.kind in CLASSES:
            project.table(ref.kind)[ref.id] = from_row(ref.kind, dict(row))
    return project


def common_origin(ours: ProjectRepository, theirs: ProjectRepository) -> str:
    """The distribution both files keep a snapshot of ('' when none)."""
    shared = set(ours.baseline_ids()) & set(theirs.baseline_ids())
    for candidate in (theirs.origin_id(), ours.origin_id()):
        if candidate in shared:
            return candidate
    return min(shared, default="")


@translating
def plan_file_merge(current: OpenProject, other: Path) -> MergePlan:
    """Read ``other`` (read-only: it may be open elsewhere) and plan merging it into ``current``."""
    other = Path(other)
    if other.resolve() == current.path.resolve():
        raise MergeError(Message.of("merge.self", path=str(other)))
    repository = ProjectRepository.open(other, read_only=True)
    try:
        theirs = repository.load()
        origin = common_origin(current.repository, repository)
    finally:
        with contextlib.suppress(StorageError):
            repository.close()
    rows = current.repository.read_baseline(origin) if origin else None
    base = base_project(rows) if rows else None
    return plan_merge(current.project, theirs, base, source=other.name, origin_id=origin if rows else "")


def describe_plan(plan: MergePlan, incoming: Mapping[str, Mapping[str, int]], written: bool) -> list[Worded]:
    """The merge report of the CLI (Japanese ``str`` keeping their message). The conflicts' labels, reasons and
    values are the merge's own Japanese texts."""
    origin = Message("merge.origin_yes" if plan.has_base else "merge.origin_none")
    lines = [worded("merge.source", source=plan.source, origin=origin)]
    for kind, counts in incoming.items():
        name = Message(f"merge.kind.{kind}") if kind in KIND_JA else kind
        lines.append(worded("merge.incoming", kind=name, added=counts["added"], updated=counts["updated"],
                            removed=counts["removed"]))
    if not incoming:
        lines.append(worded("merge.nothing"))
    if plan.conflicts:
        lines.append(worded("merge.conflicts", n=len(plan.conflicts)))
        for c in plan.conflicts:
            lines.append(worded("merge.conflict", label=c.label, reason=c.reason))
            lines.append(worded("merge.conflict_values", base=c.base_text, ours=c.ours_text, theirs=c.theirs_text))
    lines.append(worded("merge.written" if written else "merge.not_written"))
    return lines
