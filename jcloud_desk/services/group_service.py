"""Group report use case (自治体クラウド): assemble a GroupReport from analysis.harmonization, write it as xlsx."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from jcloud_desk.analysis.adoption import decisions_for, option_items
from jcloud_desk.analysis.harmonization import (
    CellState,
    ItemRow,
    StepRow,
    avoidance_summary,
    item_matrix,
    municipalities_of,
    step_matrix,
)
from jcloud_desk.analysis.labels import impl_class_ja, member_classes, municipality_type_ja
from jcloud_desk.analysis.messages import WordedError, quoted
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import OPTION_STATUS_JA
from jcloud_desk.io.reports.group_report_model import (
    STATE_KEYS,
    AvoidableLine,
    GroupReport,
    MatrixLine,
    MunicipalityLine,
    ShareLine,
)
from jcloud_desk.io.reports.group_report_xlsx import write_group_report_xlsx

#: A group report needs at least this many municipalities.
MIN_MUNICIPALITIES = 2
NO_ESTIMATE = "見積未登録"
_SEPARATOR = "、"


class NotAGroupError(WordedError, ValueError):
    """The project has fewer than two municipalities (one line)."""


def require_group(project: Project) -> list[str]:
    """The municipality names of a group project; raise NotAGroupError for fewer than two."""
    names = [m.name for m in municipalities_of(project)]
    if len(names) < MIN_MUNICIPALITIES:
        found = quoted(names) or Message("none")
        raise NotAGroupError(Message.of("group.not_a_group", names=found))
    return names


def _item_line(row: ItemRow, names: list[str]) -> MatrixLine:
    texts = (row.item.code, row.item.title, member_classes(row.class_groups()))
    return MatrixLine(texts, tuple(row.cells[n].state.value for n in names), row.differs)


def _step_line(row: StepRow, names: list[str]) -> MatrixLine:
    others = [f"{name}「{row.labels[name]}」" for name in names if name in row.labels and row.labels[name] != row.label]
    return MatrixLine((row.process_name, row.step_no, row.label), tuple(row.cells[n].state.value for n in names),
                      row.differs, _SEPARATOR.join(others))


def build_group_report(project: Project, generated_at: str | None = None) -> GroupReport:
    """Everything the group report shows, as translated strings and numbers (any number of municipalities)."""
    stamp = generated_at if generated_at is not None else datetime.now().isoformat(timespec="seconds")
    names = [m.name for m in municipalities_of(project)]
    items = item_matrix(project)
    steps = step_matrix(project)
    summary = avoidance_summary(project)
    shares = tuple(
        ShareLine(request.item.code, request.item.title, impl_class_ja(request.item.impl_class), share.municipality,
                  len(request.municipalities), request.effort_days, request.cost, share.effort_days, share.cost,
                  (request.title if request.title != request.item.title else "") if request.has_estimate
                  else NO_ESTIMATE)
        for request in summary.requests for share in request.shares
    )
    figures: tuple[tuple[str, int | float], ...] = (
        ("団体数", len(names)),
        ("団体間で判定が異なる機能", sum(1 for row in items if row.differs)),
        ("団体間で判定が異なる手順", sum(1 for row in steps if row.differs)),
        ("カスタマイズ要望（延べ件数：団体×機能）", summary.requested),
        ("カスタマイズ要望（機能数）", summary.distinct),
        ("標準どおりの運用に合わせれば不要になる（延べ件数）", summary.avoided),
        ("標準どおりの運用に合わせれば不要になる（機能数）", summary.avoided_distinct),
        ("それでも残るカスタマイズ（延べ件数）", summary.requested - summary.avoided),
        ("それでも残るカスタマイズ（機能数）", summary.distinct - summary.avoided_distinct),
        ("見積工数の合計(人日)", float(summary.effort_days)),
        ("見積費用の合計(円)", summary.cost),
        ("不要になる工数(人日)", float(summary.avoided_effort_days)),
        ("不要になる費用(円)", summary.avoided_cost),
        ("機能に紐付かないカスタマイズ（手順数）", len(summary.unlinked)),
    )
    municipality_lines = tuple(
        MunicipalityLine(total.municipality.name, total.municipality.lg_code,
                         municipality_type_ja(total.municipality.category) if total.municipality.category else "",
                         tuple(total.counts[CellState(key)] for key in STATE_KEYS), total.requests,
                         total.effort_days, total.cost)
        for total in summary.by_municipality
    )
    avoidable = tuple(
        AvoidableLine(a.request.item.code, a.request.item.title, _SEPARATOR.join(a.request.municipalities),
                      _SEPARATOR.join(a.fitting), a.request.effort_days, a.request.cost)
        for a in summary.avoidable
    )
    notes = (catalog.attribution.strip() for catalog in project.catalog.values())
    return GroupReport(
        project_name=project.meta.name,
        generated_at=stamp,
        municipalities=tuple(names),
        item_lines=tuple(_item_line(row, names) for row in items),
        step_lines=tuple(_step_line(row, names) for row in steps),
        share_lines=shares,
        figures=figures,
        municipality_lines=municipality_lines,
        avoidable_lines=avoidable,
        attributions=tuple(dict.fromkeys(note for note in notes if note)),
        option_lines=option_lines(project),
    )


def option_lines(project: Project) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Per 標準オプション, each municipality's decision in force (採用 / 不採用 / 保留, '' when undecided)."""
    in_force = [decisions_for(project, m.id) for m in municipalities_of(project)]
    lines = []
    for catalog, code, title in option_items(project):
        states = tuple(OPTION_STATUS_JA[d.status] if (d := decisions.get((catalog, code))) else ""
                       for decisions in in_force)
        lines.append((code, title, states))
    return tuple(lines)


def write_group_report(project: Project, path: str | os.PathLike[str], generated_at: str | None = None) -> Path:
    """Write the group report (.xlsx) of a project with ≥ 2 municipalities; return the path.

    Raises NotAGroupError (a ValueError) for fewer municipalities and ValueError for another suffix; nothing is
    written then.
    """
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"グループレポートの形式は .xlsx です: {target.name}")
    require_group(project)
    write_group_report_xlsx(build_group_report(project, generated_at), target)
    return target
