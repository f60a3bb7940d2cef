"""Fit&Gap report use case: assemble ReportData from a project (analysis) and write it in a file format (io)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jcloud_desk.analysis.coverage import unreferenced_mandatory
from jcloud_desk.analysis.customization import CustomizationFlag, FlagReason, customization_flags
from jcloud_desk.analysis.labels import decision_ja, flag_reason_ja, impl_class_ja, resolution_ja, verdict_ja
from jcloud_desk.analysis.ledger import LedgerRow, ledger_rows, ordered_steps
from jcloud_desk.analysis.process_diff import describe_ja, diff_processes, origin_pairs
from jcloud_desk.analysis.summary import verdict_counts
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_model import (
    CustomizationLine,
    DiffLine,
    LedgerLine,
    ReportData,
    SummaryLine,
    UnreferencedLine,
)
from jcloud_desk.io.reports.report_xlsx import write_report_xlsx

ReportWriter = Callable[[ReportData, Path], None]

#: Report writers by lower-case file suffix (a PDF writer registers ".pdf" here).
REPORT_WRITERS: dict[str, ReportWriter] = {".xlsx": write_report_xlsx}

#: Verdicts counted as fitting in 適合率.
FIT_VERDICTS: frozenset[Verdict] = frozenset({Verdict.FIT, Verdict.FIT_CONFIG, Verdict.FIT_OPTION})
#: Verdicts left out of the 適合率 denominator (not judged, or outside 標準化).
UNRATED_VERDICTS: frozenset[Verdict] = frozenset({Verdict.OUT_OF_SCOPE, Verdict.UNASSESSED})


def _ledger_line(row: LedgerRow) -> LedgerLine:
    return LedgerLine(
        business=row.business,
        process=row.process_name,
        lane=row.lane_name,
        phase=row.phase_name,
        step=row.step_label,
        item_code=row.item_code,
        item_title=row.item_title,
        impl_class=impl_class_ja(row.impl_class) if row.impl_class is not None else "",
        verdict=verdict_ja(row.verdict),
        resolution=resolution_ja(row.resolution),
        rationale=row.rationale,
        owner=row.owner,
        due_on=row.due_on,
        step_no=row.step_no,
        decision=decision_ja(row.decision) if row.has_judgment else "",
        customization="○" if row.customization else "",
    )


def _flag_items(project: Project, flag: CustomizationFlag) -> list[CatalogItem]:
    """The items a flag names; for 対応方針＝カスタマイズ also the other items the step links to."""
    ids = list(flag.item_ids)
    if FlagReason.RESOLUTION in flag.reasons:
        linked = [project.item[lk.item_id] for lk in project.links_of_step(flag.step_id) if lk.item_id in project.item]
        ids += [item.id for item in sorted(linked, key=lambda i: i.code) if item.id not in ids]
    return [project.item[item_id] for item_id in ids if item_id in project.item]


def _customization_line(project: Project, flag: CustomizationFlag) -> CustomizationLine:
    step = project.step[flag.step_id]
    process = project.process.get(step.process_id)
    lane = project.lane.get(step.lane_id)
    judgment = project.judgment.get(step.id)
    items = _flag_items(project, flag)
    return CustomizationLine(
        process=process.name if process else "",
        lane=lane.name if lane else "",
        step=step.label,
        reasons="\n".join(flag_reason_ja(reason) for reason in flag.reasons),
        item_codes="\n".join(item.code for item in items),
        item_titles="\n".join(item.title for item in items),
        impl_classes="\n".join(impl_class_ja(item.impl_class) for item in items),
        resolution=resolution_ja(judgment.resolution) if judgment else "",
        justification=flag.justification,
        decision=decision_ja(judgment.decision) if judgment else "",
    )


def customization_lines(project: Project) -> list[CustomizationLine]:
    """One line per customization flag, in ledger order (process, lane, left to right)."""
    rank = {step.id: index for index, step in enumerate(ordered_steps(project))}
    flags = sorted(customization_flags(project), key=lambda f: rank.get(f.step_id, len(rank)))
    return [_customization_line(project, flag) for flag in flags]


def fit_rate(counts: dict[str, int]) -> float | None:
    """適合率: fitting steps over judged in-scope steps; None when no step is judged in scope."""
    rated = sum(n for key, n in counts.items() if Verdict(key) not in UNRATED_VERDICTS)
    fitting = sum(n for key, n in counts.items() if Verdict(key) in FIT_VERDICTS)
    return fitting / rated if rated else None


def summary_lines(project: Project) -> list[SummaryLine]:
    """Activity steps per process × verdict (the numbers of ``verdict_counts``), with total and 適合率."""
    lines = []
    for process in project.processes():
        counts = verdict_counts(project, process.id)
        ordered = tuple(counts[verdict.value] for verdict in Verdict)
        lines.append(SummaryLine(process.name, ordered, sum(ordered), fit_rate(counts)))
    return lines


#: The 変更 of the one line a To-Be without any difference from its origin gets.
NO_CHANGE = "（変更なし）"


def diff_lines(project: Project) -> list[DiffLine]:
    """Every change of every To-Be process against its origin (``Process.origin_id``), in process order;
    a To-Be identical to its origin gets one 「（変更なし）」 line."""
    lines: list[DiffLine] = []
    for from_id, to_id in origin_pairs(project):
        diff = diff_processes(project, from_id, to_id)
        rows = list(describe_ja(diff, project)) or [(NO_CHANGE, "", "", "")]
        lines.extend(DiffLine(diff.from_name, diff.to_name, *row) for row in rows)
    return lines


def build_report_data(project: Project, generated_at: str) -> ReportData:
    """Everything the Fit&Gap report shows, as translated strings and numbers."""
    meta = project.meta
    notes = (catalog.attribution.strip() for catalog in project.catalog.values())
    attributions = tuple(dict.fromkeys(note for note in notes if note))
    return ReportData(
        project_name=meta.name,
        generated_at=generated_at,
        municipality=meta.municipality,
        business=meta.business,
        verdicts=tuple(verdict_ja(verdict) for verdict in Verdict),
        ledger=tuple(_ledger_line(row) for row in ledger_rows(project)),
        customizations=tuple(customization_lines(project)),
        unreferenced=tuple(
            UnreferencedLine(item.code, item.title, item.path, item.text) for item in unreferenced_mandatory(project)
        ),
        summary=tuple(summary_lines(project)),
        attributions=attributions,
        diff=tuple(diff_lines(project)),
    )


def write_report(project: Project, path: str | os.PathLike[str], generated_at: str | None = None) -> Path:
    """Write the report of ``project`` to ``path`` in the format its suffix names; return the path.

    Raises ValueError for a suffix no writer handles (nothing is written then).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    writer = REPORT_WRITERS.get(suffix)
    if writer is None:
        known = "、".join(sorted(REPORT_WRITERS))
        raise ValueError(f"この形式のレポートは出力できません: {suffix or '（拡張子なし）'}（対応形式: {known}）")
    stamp = generated_at if generated_at is not None else datetime.now().isoformat(timespec="seconds")
    writer(build_report_data(project, stamp), target)
    return target
