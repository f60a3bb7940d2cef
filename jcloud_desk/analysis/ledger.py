"""The Fit&Gap ledger (照合一覧): one row per step × catalogue item, and the edits of its cells.

A step contributes one row per link. A step without links still contributes one row (``link_id`` '') when it
is an activity or carries a judgment, so unmapped work is never hidden. The verdict of a row is the link's
own verdict where one is set (``verdict_source`` 'link'), else the step's judgment verdict ('step'); the same
holds for the 対応方針 (``link_resolution``). ``impl_class`` is the item's class for the step's 団体
(``effective_class``); ``customization`` is true where the row's outcome is カスタマイズ and ``risk`` names the
open risk of the row's item, if any (``open_risks``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, TypeVar

from jcloud_desk.analysis.customization import link_resolution, scenario_of, superseded_process_ids
from jcloud_desk.analysis.effective_class import effective_class, process_type
from jcloud_desk.analysis.labels import decision_ja, resolution_ja, verdict_ja
from jcloud_desk.analysis.open_risks import RiskContext
from jcloud_desk.domain.catalog import ImplClass, ItemKind
from jcloud_desk.domain.edits import Add, Batch, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.process import Step, StepKind
from jcloud_desk.domain.project import Project, Ref

VerdictSource = Literal["link", "step"]
_E = TypeVar("_E", bound=StrEnum)

#: Cells of a ledger row that ``ledger_edit`` can change (all but ``link_verdict`` live on the step's Judgment).
EDITABLE_FIELDS: tuple[str, ...] = (
    "verdict",
    "link_verdict",
    "resolution",
    "link_resolution",
    "rationale",
    "owner",
    "due_on",
    "decision",
    "justification",
)

_TEXT_FIELDS = frozenset({"rationale", "owner", "justification"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One step × item judgment as the ledger (and the xlsx report) shows it."""

    step_id: str
    link_id: str
    process_id: str
    business: str
    process_name: str
    lane_name: str
    phase_name: str
    step_no: str
    step_label: str
    step_kind: StepKind
    item_id: str
    item_code: str
    item_title: str
    impl_class: ImplClass | None
    verdict: Verdict
    verdict_source: VerdictSource
    resolution: Resolution
    rationale: str
    owner: str
    due_on: str
    decision: Decision
    justification: str
    customization: bool
    link_note: str = ""
    has_judgment: bool = False
    item_kind: ItemKind | None = None
    link_resolution: Resolution | None = None
    risk: str = ""
    scenario: str = ""
    superseded: bool = False

    @property
    def outcome(self) -> Resolution:
        """The row's 対応方針: the link's own where set, else the step's."""
        return self.link_resolution if self.link_resolution is not None else self.resolution


def _step_rows(project: Project, step: Step, links: list[Link], risks: RiskContext,
               superseded: frozenset[str]) -> list[LedgerRow]:
    process = project.process.get(step.process_id)
    lane = project.lane.get(step.lane_id)
    phase = project.phase.get(step.phase_id)
    judgment = project.judgment.get(step.id)
    base = judgment if judgment is not None else Judgment(id=step.id)
    kind = process_type(project, step.process_id)
    risk_of = {item_id: risk.reason for risk in risks.step_risks(step.id, links) for item_id in risk.item_ids}
    common: dict[str, Any] = {
        "step_id": step.id,
        "process_id": step.process_id,
        "business": process.business if process else "",
        "process_name": process.name if process else "",
        "lane_name": lane.name if lane else "",
        "phase_name": phase.name if phase else "",
        "step_no": step.step_no,
        "step_label": step.label,
        "step_kind": step.kind,
        "resolution": base.resolution,
        "rationale": base.rationale,
        "owner": base.owner,
        "due_on": base.due_on,
        "decision": base.decision,
        "justification": base.justification,
        "has_judgment": judgment is not None,
        "scenario": scenario_of(project, step.process_id),
        "superseded": step.process_id in superseded,
    }
    if not links:
        return [LedgerRow(link_id="", item_id="", item_code="", item_title="", impl_class=None,
                          verdict=base.verdict, verdict_source="step",
                          customization=base.resolution is Resolution.CUSTOMIZATION, **common)]
    rows = []
    for link in links:
        item = project.item.get(link.item_id)
        own = link.verdict is not None
        rows.append(LedgerRow(
            link_id=link.id,
            item_id=link.item_id,
            item_code=item.code if item else "",
            item_title=item.title if item else "",
            impl_class=effective_class(item, kind) if item else None,
            item_kind=item.kind if item else None,
            verdict=link.verdict if link.verdict is not None else base.verdict,
            verdict_source="link" if own else "step",
            link_note=link.note,
            link_resolution=link.resolution,
            customization=link_resolution(link, judgment) is Resolution.CUSTOMIZATION,
            risk=risk_of.get(link.item_id, ""),
            **common,
        ))
    rows.sort(key=lambda row: (row.item_code, row.link_id))
    return rows


def ordered_steps(project: Project, process_id: str | None = None) -> list[Step]:
    """Steps in ledger order: process display order, lane order, then left to right (absolute x)."""
    ordered: list[Step] = []
    processes = project.processes()
    if process_id is not None:
        processes = [p for p in processes if p.id == process_id]
    for process in processes:
        lanes = project.lanes_of(process.id)
        grid = Grid(lanes, project.phases_of(process.id))
        lane_rank = {lane.id: rank for rank, lane in enumerate(lanes)}

        def key(step: Step, grid: Grid = grid, lane_rank: dict[str, int] = lane_rank) -> tuple[Any, ...]:
            x, y = grid.step_center(step)
            return lane_rank.get(step.lane_id, len(lane_rank)), x, y, step.step_no, step.id

        ordered.extend(sorted(project.steps_of(process.id), key=key))
    return ordered


def ledger_rows(project: Project, process_id: str | None = None) -> list[LedgerRow]:
    """Every ledger row of the project (of one process when given), in ledger order, then by 機能ID."""
    links_by_step: dict[str, list[Link]] = {}
    for link in project.link.values():
        links_by_step.setdefault(link.step_id, []).append(link)
    rows: list[LedgerRow] = []
    risks = RiskContext(project)
    superseded = superseded_process_ids(project)
    for step in ordered_steps(project, process_id):
        links = links_by_step.get(step.id, [])
        if links or step.kind.is_activity or step.id in project.judgment:
            rows.extend(_step_rows(project, step, links, risks, superseded))
    return rows


# --- editing -----------------------------------------------------------------------------------------------


def _enum_value(cls: type[_E], value: object, label: Callable[[Any], str], field: str) -> _E:
    """An enum member from a member, its key, or its Japanese label; DomainError otherwise."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        text = value.strip()
        for member in cls:
            if text in (member.value, label(member)):
                return member
    raise DomainError(f"{field}: invalid value {value!r}")


def _due_on(value: object) -> str:
    if isinstance(value, dt.datetime):
        raise DomainError(f"due_on: invalid value {value!r} (a date is expected)")
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise DomainError(f"due_on: invalid value {value!r}")
    text = value.strip()
    if not text:
        return ""
    if not _ISO_DATE.fullmatch(text):
        raise DomainError(f"due_on: {value!r} is not a date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise DomainError(f"due_on: {value!r} is not a valid date") from None


def _judgment_value(field: str, value: object) -> Any:
    """The validated value of one Judgment field."""
    if field == "verdict":
        return _enum_value(Verdict, value, verdict_ja, field)
    if field == "resolution":
        return _enum_value(Resolution, value, resolution_ja, field)
    if field == "decision":
        return _enum_value(Decision, value, decision_ja, field)
    if field == "due_on":
        return _due_on(value)
    if field in _TEXT_FIELDS:
        if not isinstance(value, str):
            raise DomainError(f"{field}: text expected, got {value!r}")
        return value
    raise DomainError(f"ledger column {field!r} cannot be edited")


def ledger_edit(project: Project, row: LedgerRow, field: str, value: object) -> Edit:
    """The undoable edit for changing one ledger cell.

    ``verdict``, ``resolution``, ``rationale``, ``owner``, ``due_on``, ``decision`` and ``justification``
    change the step's Judgment (added when the step has none); ``link_verdict`` sets the link's own verdict
    (None or '' clears it, so the row follows the step again); ``link_resolution`` likewise sets the link's own
    対応方針. Setting 標準オプション採用 (on the step or the link) also adopts the row's item when it is a
    標準オプション for the step's 団体, in the same edit. Enum values may be members, keys or the
    Japanese labels of ``analysis.labels``; ``due_on`` is '' or an ISO date. Invalid values raise DomainError.
    """
    if row.step_id not in project.step:
        raise DomainError(f"step {row.step_id} does not exist")
    if field == "link_verdict":
        link = project.link.get(row.link_id) if row.link_id else None
        if link is None or link.step_id != row.step_id:
            raise DomainError("link_verdict: this row has no link to the catalogue")
        verdict = None if value is None or value == "" else _enum_value(Verdict, value, verdict_ja, field)
        return SetFields(Ref("link", link.id), (("verdict", verdict),))
    if field == "link_resolution":
        link = project.link.get(row.link_id) if row.link_id else None
        if link is None or link.step_id != row.step_id:
            raise DomainError("link_resolution: this row has no link to the catalogue")
        outcome = None if value is None or value == "" else _enum_value(Resolution, value, resolution_ja, field)
        return with_adoption(project, SetFields(Ref("link", link.id), (("resolution", outcome),)),
                             [link] if outcome is Resolution.ADOPT_OPTION else [])
    checked = _judgment_value(field, value)
    judgment = project.judgment.get(row.step_id)
    edit: Edit
    if judgment is None:
        edit = Add(Judgment(id=row.step_id, **{field: checked}))
    else:
        edit = SetFields(Ref("judgment", judgment.id), ((field, checked),))
    adopting = field == "resolution" and checked is Resolution.ADOPT_OPTION
    links = [lk for lk in project.links_of_step(row.step_id) if lk.resolution is None] if adopting else []
    return with_adoption(project, edit, links)


def with_adoption(project: Project, edit: Edit, links: list[Link]) -> Edit:
    """``edit`` plus, in one Batch, adopting the 標準オプション (for their step's 団体) that ``links`` point to."""
    adopted = list(project.meta.adopted_options)
    for link in links:
        item = project.item.get(link.item_id)
        step = project.step.get(link.step_id)
        if item is None or step is None or item.id in adopted:
            continue
        if effective_class(item, process_type(project, step.process_id)) is ImplClass.OPTIONAL:
            adopted.append(item.id)
    if len(adopted) == len(project.meta.adopted_options):
        return edit
    return Batch((edit, SetFields.of(project.meta, adopted_options=tuple(adopted))))
