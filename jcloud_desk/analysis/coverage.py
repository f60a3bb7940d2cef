"""Coverage of a project: verdict counts per process, lane (部署) and phase (工程), the customization register.

Pure and read-only (the domain and the other analysis modules only). Counts are over **activity steps**
(``StepKind.is_activity``), the steps that are judged against the catalogue; start/end events, gateways and
artifacts never count. ``analyze_document`` is the JSON document of ``jcloud-desk analyze PROJECT --json``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jcloud_desk.analysis.checks import run_checks
from jcloud_desk.analysis.customization import (
    CustomizationFlag,
    FlagReason,
    customization_flag,
    scenario_of,
    superseded_process_ids,
)
from jcloud_desk.analysis.effective_class import mandatory_items
from jcloud_desk.analysis.labels import flag_reason_ja
from jcloud_desk.analysis.labels import label as enum_label
from jcloud_desk.analysis.messages import render
from jcloud_desk.analysis.open_risks import OpenRisk, open_risks
from jcloud_desk.analysis.review_queue import review_queue
from jcloud_desk.analysis.step_order import ordered_steps as _ordered_steps
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Decision, Link, Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import Process, Step
from jcloud_desk.domain.project import Project

#: Verdicts that count as 適合 in ``Coverage.fit_share``.
FIT_VERDICTS: tuple[Verdict, ...] = (Verdict.FIT, Verdict.FIT_CONFIG, Verdict.FIT_OPTION)
#: Group names for steps outside any lane / phase of their process.
NO_LANE = "（部署なし）"
NO_PHASE = "（工程なし）"
NO_BUSINESS = "（業務未設定）"
#: How the register and the JSON document join several reasons.
REASON_SEPARATOR = "、"

def reason_label(reason: FlagReason) -> str:
    """The Japanese label of a customization reason (same words as the checks)."""
    return flag_reason_ja(reason)


# --- coverage ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Coverage:
    """Verdict counts of the activity steps of one group (a process, a lane or a phase).

    ``group_id`` is the process / lane / phase id ('' for the steps outside any lane or phase); ``counts`` holds
    every ``Verdict``, zeros included.
    """

    group_id: str
    name: str
    counts: dict[Verdict, int]

    @property
    def total(self) -> int:
        """Number of activity steps in the group."""
        return sum(self.counts.values())

    @property
    def unassessed(self) -> int:
        """Steps still 未判定."""
        return self.counts[Verdict.UNASSESSED]

    @property
    def judged(self) -> int:
        """Steps with any verdict but 未判定."""
        return self.total - self.unassessed

    @property
    def fit(self) -> int:
        """Steps judged 適合 (標準機能, 設定 or 標準オプション)."""
        return sum(self.counts[v] for v in FIT_VERDICTS)

    @property
    def judged_share(self) -> float:
        """1 − 未判定 / total (0.0 for an empty group)."""
        return 1.0 - self.unassessed / self.total if self.total else 0.0

    @property
    def fit_share(self) -> float:
        """適合率: 適合 steps over judged in-scope steps (対象外 and 未判定 excluded; 0.0 while none).

        The same definition as the 適合率 of the reports (services.report_service.fit_rate)."""
        rated = self.judged - self.counts[Verdict.OUT_OF_SCOPE]
        return self.fit / rated if rated else 0.0

    def as_dict(self) -> dict[str, int]:
        """Counts keyed by verdict value (every verdict present)."""
        return {verdict.value: self.counts[verdict] for verdict in Verdict}


def _count(project: Project, steps: Iterable[Step]) -> dict[Verdict, int]:
    """Verdict counts of the activity steps among ``steps``."""
    counts = dict.fromkeys(Verdict, 0)
    for step in steps:
        if step.kind.is_activity:
            counts[project.verdict_of(step.id)] += 1
    return counts


def _steps_by_process(project: Project) -> dict[str, list[Step]]:
    grouped: dict[str, list[Step]] = defaultdict(list)
    for step in project.step.values():
        grouped[step.process_id].append(step)
    return grouped


def _require_process(project: Project, process_id: str) -> Process:
    process = project.process.get(process_id)
    if process is None:
        raise UnknownEntityError("process", process_id)
    return process


def coverage_by_process(project: Project) -> list[Coverage]:
    """One ``Coverage`` per process, in display order (empty processes included)."""
    grouped = _steps_by_process(project)
    return [Coverage(p.id, p.name, _count(project, grouped[p.id])) for p in project.processes()]


def coverage_by_lane(project: Project, process_id: str) -> list[Coverage]:
    """One ``Coverage`` per lane of a process, top to bottom; then 「（部署なし）」 if some step has no valid lane."""
    _require_process(project, process_id)
    lanes = project.lanes_of(process_id)
    grouped: dict[str, list[Step]] = defaultdict(list)
    known = {lane.id for lane in lanes}
    for step in project.steps_of(process_id):
        grouped[step.lane_id if step.lane_id in known else ""].append(step)
    result = [Coverage(lane.id, lane.name, _count(project, grouped[lane.id])) for lane in lanes]
    if grouped[""]:
        result.append(Coverage("", NO_LANE, _count(project, grouped[""])))
    return result


def coverage_by_phase(project: Project, process_id: str) -> list[Coverage]:
    """One ``Coverage`` per phase of a process, left to right; then 「（工程なし）」 if some step has no phase."""
    _require_process(project, process_id)
    phases = project.phases_of(process_id)
    grouped: dict[str, list[Step]] = defaultdict(list)
    known = {phase.id for phase in phases}
    for step in project.steps_of(process_id):
        grouped[step.phase_id if step.phase_id in known else ""].append(step)
    result = [Coverage(phase.id, phase.name, _count(project, grouped[phase.id])) for phase in phases]
    if grouped[""]:
        result.append(Coverage("", NO_PHASE, _count(project, grouped[""])))
    return result


# --- ordered step lists -----------------------------------------------------------------------------
def unassessed_steps(project: Project, process_id: str | None = None) -> list[Step]:
    """Activity steps still 未判定 (of one process when given), in display order."""
    return [
        step
        for step in _ordered_steps(project, process_id)
        if step.kind.is_activity and project.verdict_of(step.id) is Verdict.UNASSESSED
    ]


def _links_by_step(project: Project) -> dict[str, list[Link]]:
    grouped: dict[str, list[Link]] = defaultdict(list)
    for link in project.link.values():
        grouped[link.step_id].append(link)
    return grouped


def unreferenced_mandatory(project: Project) -> list[CatalogItem]:
    """実装必須 functions (for the project's 団体区分) of the current catalogue versions that no existing step links
    to, in catalogue order.

    帳票 have their own coverage, which also counts the 現行帳票 mapped to them (``form_coverage``).
    """
    referenced = {link.item_id for link in project.link.values() if link.step_id in project.step}
    catalog_rank = {catalog_id: rank for rank, catalog_id in enumerate(project.catalog)}
    return sorted(
        (item for item in mandatory_items(project) if item.id not in referenced and not item.is_form),
        key=lambda item: (catalog_rank.get(item.catalog_id, len(catalog_rank)), item.sort, item.code),
    )


# --- customization register -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CustomizationRow:
    """One row of the customization register (カスタマイズ一覧): a step decided as カスタマイズ, and why."""

    process_id: str
    process_name: str
    lane_name: str
    step_id: str
    step_label: str
    reasons: tuple[FlagReason, ...]
    item_codes: tuple[str, ...]
    item_titles: tuple[str, ...]
    justification: str
    resolution: Resolution
    decision: Decision
    scenario: str = ""

    @property
    def reason_text(self) -> str:
        """The reasons in Japanese, joined by 「、」."""
        return REASON_SEPARATOR.join(reason_label(reason) for reason in self.reasons)


def _flagged_steps(project: Project, headline: bool = True) -> list[tuple[Step, CustomizationFlag]]:
    """Every flagged step with its flag, in display order (superseded As-Is left out when ``headline``)."""
    links_by_step = _links_by_step(project)
    skip = superseded_process_ids(project) if headline else frozenset()
    flagged = []
    for step in _ordered_steps(project):
        if step.process_id in skip:
            continue
        flag = customization_flag(project, step.id, links_by_step.get(step.id, []))
        if flag is not None:
            flagged.append((step, flag))
    return flagged


def customization_register(project: Project, headline: bool = True) -> list[CustomizationRow]:
    """One row per step decided as カスタマイズ (``customization_flag``), in display order.

    By default an As-Is that a To-Be copy supersedes is left out (each piece of work counted once); each row
    names its scenario. ``headline=False`` lists every process.
    """
    rows = []
    for step, flag in _flagged_steps(project, headline):
        process = project.process.get(step.process_id)
        lane = project.lane.get(step.lane_id)
        judgment = project.judgment.get(step.id)
        items = [project.item[item_id] for item_id in flag.item_ids if item_id in project.item]
        rows.append(
            CustomizationRow(
                process_id=step.process_id,
                process_name=process.name if process is not None else "",
                lane_name=lane.name if lane is not None and lane.process_id == step.process_id else NO_LANE,
                step_id=step.id,
                step_label=step.label,
                reasons=flag.reasons,
                item_codes=tuple(item.code for item in items),
                item_titles=tuple(item.title for item in items),
                justification=flag.justification,
                resolution=judgment.resolution if judgment is not None else Resolution.NONE,
                decision=judgment.decision if judgment is not None else Decision.PROPOSED,
                scenario=scenario_of(project, step.process_id),
            )
        )
    return rows


def ordered_open_risks(project: Project, headline: bool = True) -> list[OpenRisk]:
    """``open_risks`` in display order (superseded As-Is left out when ``headline``)."""
    rank = {step.id: n for n, step in enumerate(_ordered_steps(project))}
    risks = open_risks(project, headline=headline)
    return sorted(risks, key=lambda r: (rank.get(r.step_id, len(rank)), r.reason_code.value))


def unique_process_names(project: Project) -> dict[str, str]:
    """Process id → a name unique in the project: the second process named X is 「X (2)」, the third 「X (3)」."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for process in project.processes():
        candidate, number = process.name, 1
        while candidate in used:
            number += 1
            candidate = f"{process.name} ({number})"
        used.add(candidate)
        names[process.id] = candidate
    return names


def customization_counts(project: Project) -> dict[str, dict[str, int]]:
    """Flagged steps per process (unique names), per lane name (a 部署 across all processes) and per business.

    Every process, lane name and business of the project is a key, zeros included. A process's business is its
    own ``business``, else the project's, else 「（業務未設定）」. An As-Is superseded by a To-Be counts 0.
    """
    names = unique_process_names(project)

    def business_of(process: Process | None) -> str:
        text = (process.business if process is not None else "").strip() or project.meta.business.strip()
        return text or NO_BUSINESS

    def lane_key(name: str) -> str:
        return " ".join(name.split()) or NO_LANE

    per_process: Counter[str] = Counter(dict.fromkeys(names.values(), 0))
    per_lane: Counter[str] = Counter({lane_key(lane.name): 0 for lane in project.lane.values()})
    per_business: Counter[str] = Counter({business_of(p): 0 for p in project.process.values()})
    for step, _flag in _flagged_steps(project):
        process = project.process.get(step.process_id)
        lane = project.lane.get(step.lane_id)
        per_process[names.get(step.process_id, "")] += 1
        per_lane[lane_key(lane.name) if lane is not None and lane.process_id == step.process_id else NO_LANE] += 1
        per_business[business_of(process)] += 1
    return {"process": dict(per_process), "lane": dict(per_lane), "business": dict(per_business)}


# --- the CLI document -------------------------------------------------------------------------------
def analyze_document(project: Project, language: str = "ja") -> dict[str, Any]:
    """The JSON document of ``jcloud-desk analyze PROJECT --json``.

    ``{"coverage": {process name: {verdict: count}}, "findings": [{"rule", "severity", "process", "step",
    "message" (in ``language``), "code"}], "customizations": [{"process", "step", "reason", "items", "scenario"}],
    "unreferenced_mandatory": [code], "open_risks": [{"process", "step", "reason", "items", "reason_code",
    "scenario"}], "review_needed": [{"process", "step", "item", "change", "new_item"}]}`` (see ``review_needed``).
    Process names are ``unique_process_names`` (project-level findings have process and step ''); "reason" joins
    the reasons with 「、」 (in English with ", " under ``language`` 'en'; open risks' reasons follow it too);
    "items" and "unreferenced_mandatory" hold item codes (機能ID). Customizations and open risks leave out an
    As-Is that a To-Be copy supersedes; "scenario" is 「As-Is」 / 「To-Be」 / 「標準」.
    """
    names = unique_process_names(project)

    def label(step_id: str) -> str:
        step = project.step.get(step_id)
        return step.label if step is not None else ""

    coverage = {names[c.group_id]: c.as_dict() for c in coverage_by_process(project)}
    findings = [
        {
            "rule": finding.rule,
            "severity": finding.severity.value,
            "process": names.get(finding.process_id, ""),
            "step": label(finding.step_id),
            "message": finding.text(language),
            "code": finding.code,
        }
        for finding in run_checks(project)
    ]
    customizations = [
        {
            "process": names.get(row.process_id, ""),
            "step": row.step_label,
            "reason": row.reason_text if language == "ja" else ", ".join(enum_label(r, "en") for r in row.reasons),
            "items": list(row.item_codes),
            "scenario": row.scenario,
        }
        for row in customization_register(project)
    ]
    risks = [
        {
            "process": names.get(risk.process_id, ""),
            "step": label(risk.step_id),
            "reason": render(Message(f"risk.{risk.reason_code.value}"), language),
            "items": [project.item[i].code for i in risk.item_ids if i in project.item],
            "reason_code": risk.reason_code.value,
            "scenario": scenario_of(project, risk.process_id),
        }
        for risk in ordered_open_risks(project)
    ]
    return {
        "coverage": coverage,
        "findings": findings,
        "customizations": customizations,
        "unreferenced_mandatory": [item.code for item in unreferenced_mandatory(project)],
        "open_risks": risks,
        "review_needed": review_needed(project, names),
    }


def review_needed(project: Project, names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The 要再確認 queue as JSON: ``{"process", "step", "item" (old 機能ID), "change", "new_item", "changes"}``.

    ``change`` is the most important change (removed, impl_class, text, title), ``changes`` all of them;
    ``new_item`` is '' for a removed item.
    """
    names = names if names is not None else unique_process_names(project)
    return [
        {
            "process": names.get(entry.process_id, ""),
            "step": project.step[entry.step_id].label,
            "item": project.item[entry.old_item_id].code,
            "change": entry.change.value,
            "new_item": project.item[entry.new_item_id].code if entry.new_item_id else "",
            "changes": [change.value for change in entry.changes],
        }
        for entry in review_queue(project)
    ]

