"""Group mode (自治体クラウド): how the municipalities of one project compare against the same catalogue.

Pure and read-only. A municipality's processes are the processes whose ``Process.municipality`` names it (As-Is
by default, optionally one business). For every catalogue item, and for every corresponding step, each
municipality gets one ``CellState``:

* ``customization`` ×: ``analysis.customization`` flags a step of the municipality for the item. The items of a
  flag are the ones it names (実装不可, or a 標準オプション the group has not adopted); a flag with only the
  reason 対応方針＝カスタマイズ covers every item its step links.
* ``change_work`` △: a linked step judged 一部適合 / ギャップ and solved without customization (業務見直し,
  運用回避, EUC, …). ``fit`` ○: 適合 (標準機能, 設定, 標準オプション). ``out_of_scope`` －. ``unassessed`` 未判定.
* ``not_linked`` (blank): no step of the municipality links the item (has no corresponding step).

Where several steps of one municipality link an item the worst state wins, in the order of ``SEVERITY``. The
verdict of a link is its own where set, else its step's. Steps correspond across municipalities by origin
(``attrs["origin_step"]``, set when a flow is derived from another), else by 手順番号 + label, else by label
(labels compared after NFKC and without spaces); processes correspond by ``origin_id`` or by name.

Cost sharing (割り勘): a group request's estimate is the sum of the ``CustomizationRequest`` rows for its item
(0 when there is none), divided equally among the requesting municipalities. Yen are whole numbers and 人日 are
hundredths; the remainder goes one unit each to the first municipalities (in ``municipalities_of`` order), so
the shares always sum exactly to the estimate (100,000 / 3 → 33,334 + 33,333 + 33,333).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field

from jcloud_desk.analysis.effective_class import effective_class, project_type, type_of
from jcloud_desk.analysis.group_states import (
    DEFAULT_KINDS,
    SEVERITY,
    Cell,
    CellState,
    StepFlags,
    merge_cells,
    municipalities_of,
    processes_of,
    reading_order,
    verdict_state,
)
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.group_ops import process_title
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR
from jcloud_desk.domain.process import Process, ProcessKind, Step
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.workshop import Municipality

__all__ = [
    "SEVERITY", "Avoidable", "AvoidanceSummary", "Cell", "CellState", "GroupRequest", "ItemRow", "MunicipalityTotal",
    "Share", "StepRow", "avoidance_summary", "customization_requests", "item_matrix", "municipalities_of",
    "split_evenly", "step_matrix",
]


def _differs(cells: dict[str, Cell]) -> bool:
    return len({cell.state for cell in cells.values()}) > 1


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One catalogue item across the municipalities (``cells`` keyed by municipality name, in column order)."""

    item: CatalogItem
    cells: dict[str, Cell]
    #: The item's effective 実装区分 for each municipality (its 団体区分), keyed like ``cells``.
    classes: dict[str, ImplClass] = field(default_factory=dict)

    @property
    def differs(self) -> bool:
        """True when the municipalities do not all stand the same way."""
        return _differs(self.cells)

    def class_groups(self) -> list[tuple[ImplClass, tuple[str, ...]]]:
        """The effective classes with the municipalities each applies to, in column order (one entry when the
        class is the same for every municipality)."""
        groups: dict[ImplClass, list[str]] = {}
        for name, impl_class in self.classes.items():
            groups.setdefault(impl_class, []).append(name)
        if not groups:
            return [(self.item.impl_class, tuple(self.cells))]
        return [(impl_class, tuple(names)) for impl_class, names in groups.items()]


@dataclass(frozen=True, slots=True)
class StepRow:
    """Corresponding steps across the municipalities; ``labels`` holds each municipality's own label."""

    process_name: str
    step_no: str
    label: str
    cells: dict[str, Cell]
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def differs(self) -> bool:
        """True when the municipalities do not all stand the same way."""
        return _differs(self.cells)


# --- the item matrix ---------------------------------------------------------------------------------
def _item_cells(project: Project, flags: StepFlags, name: str, business: str | None,
                kinds: Collection[ProcessKind]) -> dict[str, Cell]:
    """Item id → the municipality's cell, for the items its steps link."""
    found: dict[str, list[tuple[CellState, Step]]] = {}
    for process in processes_of(project, name, business, kinds):
        for step in reading_order(project, process.id):
            customized = flags.customized_items(step.id)
            for link in flags.links.get(step.id, []):
                if link.item_id not in project.item:
                    continue
                if link.item_id in customized:
                    state = CellState.CUSTOMIZATION
                elif link.item_id in flags.risky_items(step.id):
                    state = CellState.OPEN_RISK
                else:
                    state = verdict_state(link.verdict if link.verdict is not None else project.verdict_of(step.id))
                found.setdefault(link.item_id, []).append((state, step))
    return {item_id: merge_cells(pairs) for item_id, pairs in found.items()}


def _all_item_cells(project: Project, business: str | None,
                    kinds: Collection[ProcessKind]) -> tuple[list[str], dict[str, dict[str, Cell]]]:
    flags = StepFlags(project)
    names = [m.name for m in municipalities_of(project)]
    return names, {name: _item_cells(project, flags, name, business, kinds) for name in names}


def item_matrix(project: Project, business: str | None = None,
                kinds: Collection[ProcessKind] = DEFAULT_KINDS) -> list[ItemRow]:
    """One row per catalogue item that some municipality's step links, in catalogue order."""
    names, cells = _all_item_cells(project, business, kinds)
    linked = {item_id for per_item in cells.values() for item_id in per_item}
    types = {m.name: type_of(project, m.id) for m in municipalities_of(project)}
    return [ItemRow(item, {name: cells[name].get(item.id, Cell()) for name in names},
                    {name: effective_class(item, types.get(name, project_type(project))) for name in names})
            for item in project.items_in_order() if item.id in linked]


# --- the step matrix ---------------------------------------------------------------------------------
def _normalise(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _process_groups(project: Project, processes: list[Process]) -> dict[str, str]:
    """Process id → group id: processes derived from one another (``origin_id``) or with the same name."""
    parent = {p.id: p.id for p in processes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_name: dict[str, str] = {}
    for process in processes:
        name = _normalise(process_title(process))
        for other in (process.origin_id, by_name.setdefault(name, process.id)):
            if other in parent:
                parent[find(process.id)] = find(other)
    return {p.id: find(p.id) for p in processes}


@dataclass(eq=False)  # rows are compared by identity (list.index, membership)
class _Building:
    group: str
    first: Step
    steps: dict[str, Step] = field(default_factory=dict)


class _GroupRows:
    """The rows of one process group in order, indexed by what a step is matched on (origin ids, number and
    label, label), so matching a step costs a few look-ups instead of a scan over every row."""

    def __init__(self) -> None:
        self.rows: list[_Building] = []
        self._by_key: dict[str, list[_Building]] = {}
        self._by_numbered: dict[tuple[str, str], list[_Building]] = {}
        self._by_label: dict[str, list[_Building]] = {}

    def add(self, row: _Building, name: str, step: Step, label: str) -> None:
        row.steps[name] = step
        for key in _origin_keys(step):
            self._by_key.setdefault(key, []).append(row)
        if step.step_no:
            self._by_numbered.setdefault((step.step_no, label), []).append(row)
        if label:
            self._by_label.setdefault(label, []).append(row)

    def match(self, name: str, step: Step, label: str) -> _Building | None:
        """The first row (in order) this municipality's step belongs to: same origin, else same number and
        label, else same label (``label`` is the step's normalised label); rows it already has a step in skip."""
        tests: list[list[_Building]] = [
            [row for key in _origin_keys(step) for row in self._by_key.get(key, ())],
            self._by_numbered.get((step.step_no, label), []) if step.step_no else [],
            self._by_label.get(label, []) if label else [],
        ]
        for hits in tests:
            free = {id(row): row for row in hits if name not in row.steps}
            if free:
                return min(free.values(), key=self.rows.index)
        return None


def _origin_keys(step: Step) -> list[str]:
    return [k for k in (step.id, step.attrs.get(ORIGIN_STEP_ATTR, "")) if k]


def step_matrix(project: Project, business: str | None = None,
                kinds: Collection[ProcessKind] = DEFAULT_KINDS) -> list[StepRow]:
    """One row per set of corresponding steps, in the reading order of the flows (merged across municipalities)."""
    flags = StepFlags(project)
    names = [m.name for m in municipalities_of(project)]
    per_name = {name: processes_of(project, name, business, kinds) for name in names}
    groups = _process_groups(project, [p for ps in per_name.values() for p in ps])
    rows: list[_Building] = []
    by_group: dict[str, _GroupRows] = {}
    for name in names:
        last: dict[str, _Building] = {}
        for process in per_name[name]:
            group = groups[process.id]
            candidates = by_group.setdefault(group, _GroupRows())
            for step in reading_order(project, process.id):
                label = _normalise(step.label)
                row = candidates.match(name, step, label)
                if row is None:
                    row = _Building(group, step)
                    previous = last.get(group)
                    if previous is None:
                        rows.append(row)
                        candidates.rows.append(row)
                    else:
                        rows.insert(rows.index(previous) + 1, row)
                        candidates.rows.insert(candidates.rows.index(previous) + 1, row)
                candidates.add(row, name, step, label)
                last[group] = row
    titles = {p.id: process_title(p) for ps in per_name.values() for p in ps}
    result = []
    for row in rows:
        cells = {}
        for name in names:
            member = row.steps.get(name)
            if member is None:
                cells[name] = Cell()
                continue
            if flags.flag(member.id) is not None:
                state = CellState.CUSTOMIZATION
            elif flags.risky_items(member.id):
                state = CellState.OPEN_RISK
            else:
                state = verdict_state(project.verdict_of(member.id))
            cells[name] = Cell(state, member.process_id, (member.id,))
        result.append(StepRow(titles[row.first.process_id], row.first.step_no, row.first.label, cells,
                              {name: member.label for name, member in row.steps.items()}))
    return result


# --- group customization requests and cost sharing ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class Share:
    """One municipality's part of a request's estimate."""

    municipality: str
    effort_days: float
    cost: int


@dataclass(frozen=True, slots=True)
class GroupRequest:
    """A catalogue item that municipalities need customized, its estimate and each requester's share."""

    item: CatalogItem
    municipalities: tuple[str, ...]
    request_ids: tuple[str, ...]
    title: str
    effort_days: float
    cost: int
    shares: tuple[Share, ...]

    @property
    def has_estimate(self) -> bool:
        """True when a CustomizationRequest carries the estimate (else effort and cost are 0)."""
        return bool(self.request_ids)


def split_evenly(total: int, count: int) -> list[int]:
    """``total`` in ``count`` whole parts that sum to it; the first ``total % count`` parts get one more."""
    if count <= 0:
        return []
    base, remainder = divmod(total, count)
    return [base + (1 if index < remainder else 0) for index in range(count)]


def customization_requests(project: Project, business: str | None = None,
                           kinds: Collection[ProcessKind] = DEFAULT_KINDS) -> list[GroupRequest]:
    """One request per item that ≥ 1 municipality needs customized, in catalogue order (see module docs)."""
    result = []
    for row in item_matrix(project, business, kinds):
        names = tuple(n for n, cell in row.cells.items() if cell.state is CellState.CUSTOMIZATION)
        if not names:
            continue
        requests = [r for r in project.request.values() if r.item_id == row.item.id]
        effort = round(sum(r.effort_days for r in requests), 2)
        cost = round(sum(r.cost for r in requests))
        efforts = split_evenly(round(effort * 100), len(names))
        costs = split_evenly(cost, len(names))
        shares = tuple(Share(n, e / 100, c) for n, e, c in zip(names, efforts, costs, strict=True))
        title = "、".join(dict.fromkeys(r.title for r in requests if r.title)) or row.item.title
        result.append(GroupRequest(row.item, names, tuple(r.id for r in requests), title, effort, cost, shares))
    return result


# --- what the group avoids by adopting the standard way ----------------------------------------------
@dataclass(frozen=True, slots=True)
class Avoidable:
    """A request the group can avoid: ``fitting`` municipalities already work the standard way."""

    request: GroupRequest
    fitting: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MunicipalityTotal:
    """One municipality in the summary: its states over the items of the item matrix, its requests and shares."""

    municipality: Municipality
    counts: dict[CellState, int]
    requests: int
    effort_days: float
    cost: int


@dataclass(frozen=True, slots=True)
class AvoidanceSummary:
    """Customizations requested, and how many the group avoids if it adopts the standard way.

    ``requested`` counts municipality × item (a customization three municipalities ask for counts 3),
    ``distinct`` counts items. A request is avoidable when a municipality that does not ask for it fits the
    item — or, for a 実装不可 item, fits an item of the same 機能 (same catalogue, 章・節 and name) that is not
    実装不可: the standard way works in practice. ``unlinked`` lists flagged steps without any catalogue item
    (municipality, process id, step id); they are in no request.
    """

    municipalities: tuple[Municipality, ...]
    requests: tuple[GroupRequest, ...]
    avoidable: tuple[Avoidable, ...]
    by_municipality: tuple[MunicipalityTotal, ...]
    unlinked: tuple[tuple[str, str, str], ...]

    @property
    def requested(self) -> int:
        """Customizations requested, summed over the municipalities."""
        return sum(len(r.municipalities) for r in self.requests)

    @property
    def distinct(self) -> int:
        """Distinct customizations (items)."""
        return len(self.requests)

    @property
    def avoided(self) -> int:
        """Customizations (municipality × item) avoided if the group adopts the standard way."""
        return sum(len(a.request.municipalities) for a in self.avoidable)

    @property
    def avoided_distinct(self) -> int:
        """Distinct customizations avoided."""
        return len(self.avoidable)

    @property
    def effort_days(self) -> float:
        """Estimated effort of all requests (人日)."""
        return round(sum(r.effort_days for r in self.requests), 2)

    @property
    def cost(self) -> int:
        """Estimated cost of all requests (円)."""
        return sum(r.cost for r in self.requests)

    @property
    def avoided_cost(self) -> int:
        """Estimated cost of the avoidable requests (円)."""
        return sum(a.request.cost for a in self.avoidable)

    @property
    def avoided_effort_days(self) -> float:
        """Estimated effort of the avoidable requests (人日)."""
        return round(sum(a.request.effort_days for a in self.avoidable), 2)


def _same_function(project: Project, item: CatalogItem) -> list[str]:
    """Ids of the items of the same 機能 as a 実装不可 item that are not 実装不可 themselves."""
    if item.impl_class is not ImplClass.PROHIBITED:
        return []
    return [other.id for other in project.item.values()
            if other.catalog_id == item.catalog_id and other.title == item.title and other.path == item.path
            and other.impl_class is not ImplClass.PROHIBITED]


def avoidance_summary(project: Project, business: str | None = None,
                      kinds: Collection[ProcessKind] = DEFAULT_KINDS) -> AvoidanceSummary:
    """Requests, the avoidable ones, per-municipality totals and unlinked customizations (see the class)."""
    municipalities = municipalities_of(project)
    names, cells = _all_item_cells(project, business, kinds)
    requests = customization_requests(project, business, kinds)
    avoidable = []
    for request in requests:
        standard = [request.item.id, *_same_function(project, request.item)]
        fitting = tuple(name for name in names if name not in request.municipalities and any(
            cells[name].get(item_id, Cell()).state is CellState.FIT for item_id in standard))
        if fitting:
            avoidable.append(Avoidable(request, fitting))
    linked = {item_id for per_item in cells.values() for item_id in per_item}
    totals = []
    for municipality in municipalities:
        counts = dict.fromkeys(CellState, 0)
        for item_id in linked:
            counts[cells[municipality.name].get(item_id, Cell()).state] += 1
        mine = [s for r in requests for s in r.shares if s.municipality == municipality.name]
        totals.append(MunicipalityTotal(municipality, counts, len(mine), round(sum(s.effort_days for s in mine), 2),
                                        sum(s.cost for s in mine)))
    flags = StepFlags(project)
    unlinked = tuple((name, step.process_id, step.id) for name in names
                     for process in processes_of(project, name, business, kinds)
                     for step in reading_order(project, process.id)
                     if flags.flag(step.id) is not None
                     and not any(i in project.item for i in flags.customized_items(step.id)))
    return AvoidanceSummary(tuple(municipalities), tuple(requests), tuple(avoidable), tuple(totals), unlinked)

