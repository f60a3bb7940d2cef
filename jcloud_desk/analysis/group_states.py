"""Building blocks of group mode (see ``analysis.harmonization``): cell states, the municipalities of a project,
their processes and steps in reading order, and customization flags computed once per step."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from jcloud_desk.analysis.customization import CustomizationFlag, customization_flag
from jcloud_desk.analysis.open_risks import RiskContext
from jcloud_desk.domain.fitgap import Link, Verdict
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.process import Process, ProcessKind, Step
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.workshop import Municipality


class CellState(StrEnum):
    """How one municipality stands on one catalogue item or step."""

    FIT = "fit"
    CHANGE_WORK = "change_work"
    CUSTOMIZATION = "customization"
    OPEN_RISK = "open_risk"  # depends on a 実装不可 item or an option not adopted here, not decided yet
    OUT_OF_SCOPE = "out_of_scope"
    UNASSESSED = "unassessed"
    NOT_LINKED = "not_linked"


#: Worst first: the state of a cell where several steps of one municipality disagree.
SEVERITY: tuple[CellState, ...] = (CellState.CUSTOMIZATION, CellState.OPEN_RISK, CellState.CHANGE_WORK,
                                   CellState.UNASSESSED,
                                   CellState.FIT, CellState.OUT_OF_SCOPE, CellState.NOT_LINKED)
_RANK = {state: rank for rank, state in enumerate(SEVERITY)}
_FIT = frozenset({Verdict.FIT, Verdict.FIT_CONFIG, Verdict.FIT_OPTION})
DEFAULT_KINDS: tuple[ProcessKind, ...] = (ProcessKind.AS_IS,)


@dataclass(frozen=True, slots=True)
class Cell:
    """One municipality's state; ``step_ids`` are its steps behind it, the decisive one first."""

    state: CellState = CellState.NOT_LINKED
    process_id: str = ""
    step_ids: tuple[str, ...] = ()


# --- municipalities and their steps ------------------------------------------------------------------
def municipalities_of(project: Project) -> list[Municipality]:
    """The Municipality rows, then names used in ``Process.municipality`` without a row (id '')."""
    result = list(project.municipality.values())
    known = {m.name for m in result}
    for process in project.processes():
        name = process.municipality.strip()
        if name and name not in known:
            known.add(name)
            result.append(Municipality(id="", name=name))
    return result


def processes_of(project: Project, name: str, business: str | None,
                 kinds: Collection[ProcessKind]) -> list[Process]:
    """The processes of one municipality (of ``kinds``; of one business when given), in display order."""
    return [p for p in project.processes() if p.municipality.strip() == name and p.kind in kinds
            and (business is None or p.business.strip() == business.strip())]


def reading_order(project: Project, process_id: str) -> list[Step]:
    """Judged steps (activities and any step with a judgment) left to right, then top to bottom."""
    grid = Grid(project.lanes_of(process_id), project.phases_of(process_id))
    steps = [s for s in project.steps_of(process_id) if s.kind.is_activity or s.id in project.judgment]
    return sorted(steps, key=lambda s: (*grid.step_center(s), s.step_no, s.id))


class StepFlags:
    """Customization flags and open risks of steps, computed once per step from an index of the links by step.

    Risks use each step's own 団体 (its process's municipality), so the matrix shows the effective class per
    municipality: a 指定都市 for which an option row is mandatory is not at risk where a 町 is."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.links: dict[str, list[Link]] = {}
        for link in project.link.values():
            self.links.setdefault(link.step_id, []).append(link)
        self._cache: dict[str, CustomizationFlag | None] = {}
        self._risks = RiskContext(project)
        self._risk_cache: dict[str, frozenset[str]] = {}

    def risky_items(self, step_id: str) -> frozenset[str]:
        """Items the step depends on without a decision (``open_risks``)."""
        if step_id not in self._risk_cache:
            risks = self._risks.step_risks(step_id, self.links.get(step_id, []))
            self._risk_cache[step_id] = frozenset(i for risk in risks for i in risk.item_ids)
        return self._risk_cache[step_id]

    def flag(self, step_id: str) -> CustomizationFlag | None:
        """The step's flag (``customization_flag``), or None."""
        if step_id not in self._cache:
            self._cache[step_id] = customization_flag(self.project, step_id, self.links.get(step_id, []))
        return self._cache[step_id]

    def customized_items(self, step_id: str) -> frozenset[str]:
        """Items the step's カスタマイズ decision is about (its links whose outcome is カスタマイズ)."""
        flag = self.flag(step_id)
        return frozenset() if flag is None else frozenset(flag.item_ids)


def verdict_state(verdict: Verdict) -> CellState:
    """The state a verdict gives when no customization is involved."""
    if verdict in _FIT:
        return CellState.FIT
    if verdict.needs_resolution:
        return CellState.CHANGE_WORK
    return CellState.OUT_OF_SCOPE if verdict is Verdict.OUT_OF_SCOPE else CellState.UNASSESSED


def merge_cells(found: list[tuple[CellState, Step]]) -> Cell:
    """The worst state of ``found`` with the steps behind it (decisive steps first)."""
    if not found:
        return Cell()
    ordered = sorted(found, key=lambda pair: _RANK[pair[0]])  # stable: reading order within a state
    ids = tuple(dict.fromkeys(step.id for _state, step in ordered))
    return Cell(ordered[0][0], ordered[0][1].process_id, ids)
