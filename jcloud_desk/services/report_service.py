"""Fit&Gap report use case: assemble ReportData from a project (analysis) and write it in a file format (io)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jcloud_desk.analysis.coverage import ordered_open_risks, unique_process_names, unreferenced_mandatory
from jcloud_desk.analysis.customization import CustomizationFlag, customization_flags, scenario_of
from jcloud_desk.analysis.effective_class import effective_class, process_type
from jcloud_desk.analysis.form_coverage import ITEM_KIND_JA
from jcloud_desk.analysis.labels import (
    decision_ja,
    flag_reason_ja,
    impl_class_ja,
    municipality_type_ja,
    resolution_ja,
    verdict_ja,
)
from jcloud_desk.analysis.ledger import LedgerRow, ledger_rows, ordered_steps
from jcloud_desk.analysis.process_diff import describe_ja, diff_processes, origin_pairs
from jcloud_desk.analysis.review_queue import CHANGE_NAMES, REVIEW_NOTE_TAG, review_queue
from jcloud_desk.analysis.summary import verdict_counts
from jcloud_desk.analysis.vendor_index import chosen_vendor
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.workshop import NoteKind
from jcloud_desk.io.reports.report_model import (
    CustomizationLine,
    DiffLine,
    Headline,
    LedgerLine,
    ReportData,
    RevisionLine,
    RiskLine,
    SummaryLine,
    UnreferencedLine,
)
from jcloud_desk.io.reports.report_xlsx import write_report_xlsx
from jcloud_desk.services.form_report import form_lines

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
        resolution=resolution_ja(row.outcome),
        rationale=row.rationale,
        owner=row.owner,
        due_on=row.due_on,
        step_no=row.step_no,
        decision=decision_ja(row.decision) if row.has_judgment else "",
        customization="○" if row.customization else "",
        scenario=row.scenario,
        risk=row.risk,
        item_kind=ITEM_KIND_JA[row.item_kind] if row.item_kind is not None else "",
    )


def _flag_items(project: Project, flag: CustomizationFlag) -> list[CatalogItem]:
    """The items decided as カスタマイズ, by 機能ID."""
    return sorted((project.item[item_id] for item_id in flag.item_ids if item_id in project.item),
                  key=lambda i: i.code)


def _customization_line(project: Project, flag: CustomizationFlag) -> CustomizationLine:
    step = project.step[flag.step_id]
    process = project.process.get(step.process_id)
    lane = project.lane.get(step.lane_id)
    judgment = project.judgment.get(step.id)
    items = _flag_items(project, flag)
    kind = process_type(project, step.process_id)
    return CustomizationLine(
        process=process.name if process else "",
        lane=lane.name if lane else "",
        step=step.label,
        reasons="\n".join(flag_reason_ja(reason) for reason in flag.reasons),
        item_codes="\n".join(item.code for item in items),
        item_titles="\n".join(item.title for item in items),
        impl_classes="\n".join(impl_class_ja(effective_class(item, kind)) for item in items),
        resolution=resolution_ja(judgment.resolution) if judgment else "",
        justification=flag.justification,
        decision=decision_ja(judgment.decision) if judgment else "",
        scenario=scenario_of(project, step.process_id),
    )


def customization_lines(project: Project) -> list[CustomizationLine]:
    """One line per step decided as カスタマイズ, in ledger order (a superseded As-Is left out)."""
    rank = {step.id: index for index, step in enumerate(ordered_steps(project))}
    flags = sorted(customization_flags(project, headline=True), key=lambda f: rank.get(f.step_id, len(rank)))
    return [_customization_line(project, flag) for flag in flags]


def risk_lines(project: Project) -> list[RiskLine]:
    """One line per open risk, in display order (a superseded As-Is left out)."""
    lines = []
    for risk in ordered_open_risks(project):
        step = project.step[risk.step_id]
        process = project.process.get(step.process_id)
        lane = project.lane.get(step.lane_id)
        judgment = project.judgment.get(step.id)
        items = [project.item[i] for i in risk.item_ids if i in project.item]
        lines.append(RiskLine(
            scenario=scenario_of(project, step.process_id),
            process=process.name if process else "",
            lane=lane.name if lane else "",
            step=step.label,
            reason=risk.reason,
            item_codes="\n".join(item.code for item in items),
            item_titles="\n".join(item.title for item in items),
            resolution=resolution_ja(judgment.resolution) if judgment else "",
        ))
    return lines


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
        lines.append(SummaryLine(process.name, ordered, sum(ordered), fit_rate(counts),
                                 steps=len(project.steps_of(process.id))))
    return lines


def headline(project: Project, summary: list[SummaryLine], customizations: int, unreferenced: int) -> Headline:
    """The dashboard's headline figures; 未決定リスク from ``open_risks`` (a superseded As-Is left out), 要再確認 from
    the review queue once a catalogue has been revised (None before)."""
    counts: dict[str, int] = {verdict.value: 0 for verdict in Verdict}
    for line in summary:
        for verdict, n in zip(Verdict, line.counts, strict=True):
            counts[verdict.value] += n
    total = sum(counts.values())
    decisions = tuple(
        f"{process.name}: {note.text}"
        for process in project.processes() for note in project.notes_of(process.id)
        if note.kind is NoteKind.DECISION and note.text.strip()
    )
    return Headline(
        fit_rate=fit_rate(counts),
        judged=total - counts[Verdict.UNASSESSED.value],
        total=total,
        gaps=sum(counts[v.value] for v in Verdict if v.needs_resolution),
        customizations=customizations,
        unreferenced=unreferenced,
        decisions=decisions,
        open_risks=len(ordered_open_risks(project)),
        review_needed=len(review_queue(project)) if project.retired_catalogs() else None,  # after a revision
    )


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


#: 状況 of the lines of 「改定影響」.
REVIEW_PENDING = "要再確認"
REVIEW_DONE = "確認済み"


def revision_lines(project: Project) -> list[RevisionLine]:
    """改定影響: every entry of the 要再確認 queue, then every re-check decided (its 決定事項), in step order."""
    names = unique_process_names(project)
    lines = [
        RevisionLine(
            status=REVIEW_PENDING, process=names.get(entry.process_id, ""), step=project.step[entry.step_id].label,
            old_code=project.item[entry.old_item_id].code, change="・".join(CHANGE_NAMES[c] for c in entry.changes),
            new_code=project.item[entry.new_item_id].code if entry.new_item_id else "",
            verdict=verdict_ja(project.verdict_of(entry.step_id)),
        )
        for entry in review_queue(project)
    ]
    for step in ordered_steps(project):
        for note in project.notes_of(step.process_id, step.id):
            if note.text.startswith(REVIEW_NOTE_TAG):
                lines.append(RevisionLine(
                    status=REVIEW_DONE, process=names.get(step.process_id, ""), step=step.label, old_code="",
                    change="", new_code="", verdict=verdict_ja(project.verdict_of(step.id)),
                    decision=note.text.removeprefix(REVIEW_NOTE_TAG), by=note.author, at=note.created_at,
                ))
    return lines


def build_report_data(project: Project, generated_at: str) -> ReportData:
    """Everything the Fit&Gap report shows, as translated strings and numbers."""
    meta = project.meta
    notes = (catalog.attribution.strip() for catalog in project.catalog.values())
    attributions = tuple(dict.fromkeys(note for note in notes if note))
    summary = summary_lines(project)
    customizations = customization_lines(project)
    unreferenced = unreferenced_mandatory(project)
    return ReportData(
        project_name=meta.name,
        generated_at=generated_at,
        municipality=meta.municipality,
        business=meta.business,
        verdicts=tuple(verdict_ja(verdict) for verdict in Verdict),
        ledger=tuple(_ledger_line(row) for row in ledger_rows(project)),
        customizations=tuple(customizations),
        unreferenced=tuple(UnreferencedLine(item.code, item.title, item.path, item.text) for item in unreferenced),
        summary=tuple(summary),
        attributions=attributions,
        diff=tuple(diff_lines(project)),
        risks=tuple(risk_lines(project)),
        municipality_type=_type_text(project),
        vendor=vendor_text(project),
        forms=tuple(form_lines(project)),
        headline=headline(project, summary, len(customizations), len(unreferenced)),
        revisions=tuple(revision_lines(project)),
    )


def vendor_text(project: Project) -> str:
    """The chosen vendor and the go-live date in words ('' when no vendor answered)."""
    choice = chosen_vendor(project)
    if not choice.name:
        return ""
    note = "" if choice.chosen else "（未選択: 回答数の最も多いベンダー）"
    go_live = f"、稼働開始日 {project.meta.go_live_on}" if project.meta.go_live_on else ""
    return f"{choice.name}{note}{go_live}"


def _type_text(project: Project) -> str:
    """The project's 団体区分 in words; 未設定 says how it is evaluated."""
    kind = project.meta.municipality_type
    return municipality_type_ja(kind)


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
