"""Lane-aware auto-layout of one process, returned as one undoable ``Batch`` of ``SetFields`` edits.

A Sugiyama-style layered layout adapted to swimlanes (lanes are horizontal bands in the user's order, phases
are columns in their order; no step ever changes lane or phase):

1. **Artifacts** (documents, data stores, annotations) joined only by association flows are taken out and
   later put next to their partner: same layer, right below it when they share the lane.
2. **Cycle breaking.** Sequence and message flows form the layering graph. A flow into an earlier phase is a
   backward flow by definition; the rest of the rework loops are found by a guided DFS from the start events
   (feedback arcs are dropped for layering, kept for ordering and counted in ``LayoutPlan.reversed_flows``).
3. **Layering** by longest path, left to right, with the phase columns as extra constraints: boundary nodes
   ``B_0 … B_K`` force every phased step's layer into its phase's layer range (``B_p <= layer < B_p+1``), so
   the phases stay ordered. Sources are then pulled right next to their first successor, steps with slack
   move to the median layer of their flows (shorter flows), and empty layers are dropped.
4. **Ordering.** Steps sharing a lane and a layer form a cell and stack vertically; same-lane flows that
   span several layers get virtual steps, which hold the flow's row so no shape sits on its line. Barycenter
   sweeps (down and up, several passes) reorder each cell; lanes never move. After every pass the drawing is
   measured (``crossings.count_crossings`` on straight centre-to-centre segments) and the best order wins.
   Two local refinements follow, each kept only if the full count drops: transpose (swap adjacent steps of a
   cell) and re-layering (move a hand-off step with slack to the free layer where its flows cross least).
5. **Slots.** Inside a lane every step gets an integer row (slot); a step wants the row of its same-lane
   neighbours in earlier layers, so chains stay on one horizontal line (no bends). Rows are fitted with an
   L1 isotonic regression (pool adjacent violators) so the cell order holds and rows are distinct.
6. **Geometry.** Columns are as wide as their widest shape plus a gap, phases as wide as their layers (never
   narrower than ``MIN_PHASE_SIZE``), lanes as tall as their rows (never lower than ``MIN_LANE_SIZE``).

Every stage is O(V + E) (sorts aside) and the optional work has a budget in units (``budget``); ``cancel`` is polled
between stages and sweep passes. Pure: stdlib and ``jcloud_desk.domain`` only (no Qt, no numpy).

Modules: ``layout_graph`` (the integer-indexed input), ``layout_layering`` (stages 1-3), this module
(ordering, refinements, geometry and the driver), ``layout_local_crossings`` (the refinements' counter)
and ``layout_rows`` (stage 5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jcloud_desk.analysis.layout.budget import VIRTUAL_LIMIT, WORK_LIMIT, BudgetSpent, WorkBudget
from jcloud_desk.analysis.layout.crossings import count_crossings
from jcloud_desk.analysis.layout.graph import LayoutGraph
from jcloud_desk.analysis.layout.layering import assign_layers, break_cycles, phase_rank
from jcloud_desk.analysis.layout.local_crossings import LocalCrossings
from jcloud_desk.analysis.layout.rows import lane_rows
from jcloud_desk.domain.edits import Batch, Edit, SetFields
from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER
from jcloud_desk.domain.project import Project

#: Vertical distance between two stacked rows of a lane (tallest shape 56 + a gap of 24).
ROW_PITCH = 80.0
#: Centre of a lane's top row below the lane's top edge (the default ``Step.y``).
LANE_PAD = 65.0
MIN_LANE_SIZE = 2 * LANE_PAD
#: Horizontal gap between the widest shapes of two adjacent layers.
LAYER_GAP = 56.0
#: Space between a phase's border and its outermost shapes.
PHASE_PAD = 32.0
MIN_PHASE_SIZE = 160.0
#: Barycenter passes (one down or up sweep each) at most, and without improvement before stopping.
MAX_PASSES = 16
PATIENCE = 2
#: Rounds of the transpose refinement at most.
TRANSPOSE_ROUNDS = 4
#: How many layers left or right of its place the re-layering tries for a step.
RELAYER_WINDOW = 6

Progress = Callable[[float], None]
Cancel = Callable[[], bool]


class LayoutCancelled(Exception):
    """Raised by ``auto_layout`` when its ``cancel`` callback returned True; nothing was changed."""


@dataclass(slots=True)
class LayoutPlan:
    """The computed layout: cell-relative step centres, lane and phase sizes, and what it achieved."""

    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    lane_sizes: dict[str, float] = field(default_factory=dict)
    phase_sizes: dict[str, float] = field(default_factory=dict)
    layers: dict[str, int] = field(default_factory=dict)
    crossings: int = 0
    reversed_flows: int = 0
    #: Optional and mandatory work units spent (``budget.WorkBudget``) and virtual steps used: what bounds
    #: the layout's cost.
    work: int = 0
    mandatory_work: int = 0
    virtual_steps: int = 0


def auto_layout(
    project: Project,
    process_id: str,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Batch:
    """Lay out one process; a Batch of SetFields for every step that moves and every lane/phase resized."""
    plan = plan_layout(project, process_id, cancel=cancel, progress=progress)
    return plan_edits(project, process_id, plan)


def plan_edits(project: Project, process_id: str, plan: LayoutPlan) -> Batch:
    """The SetFields edits turning the project's current geometry into ``plan`` (unchanged values skipped)."""
    edits: list[Edit] = []
    for lane in project.lanes_of(process_id):
        size = plan.lane_sizes.get(lane.id)
        if size is not None and size != lane.size:
            edits.append(SetFields.of(lane, size=size))
    for phase in project.phases_of(process_id):
        size = plan.phase_sizes.get(phase.id)
        if size is not None and size != phase.size:
            edits.append(SetFields.of(phase, size=size))
    for step in project.steps_of(process_id):
        position = plan.positions.get(step.id)
        if position is not None and position != (step.x, step.y):
            edits.append(SetFields.of(step, x=position[0], y=position[1]))
    return Batch(tuple(edits))


def plan_layout(
    project: Project,
    process_id: str,
    *,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    passes: int = MAX_PASSES,
    refine: bool = True,
    work_limit: int = WORK_LIMIT,
    virtual_limit: int = VIRTUAL_LIMIT,
) -> LayoutPlan:
    """Compute the layout without touching the project.

    ``passes=0`` skips crossing minimisation; ``refine=False`` keeps the sweeps but skips the transpose and
    re-layering refinements (both measured against the real drawing and kept only when they help).
    ``work_limit`` bounds the optional work in units (``budget.WorkBudget``): sweeps and refinements start
    only while they fit, so dense graphs finish in bounded time; ``virtual_limit`` caps the virtual steps.
    """
    lanes = project.lanes_of(process_id)
    phases = project.phases_of(process_id)
    lane_index = {lane.id: i for i, lane in enumerate(lanes)}
    steps = [s for s in project.steps_of(process_id) if s.lane_id in lane_index]
    if not steps:
        return LayoutPlan()
    graph = LayoutGraph.of(project, process_id, lanes, phases, steps)
    work = _Layout(graph, cancel or (lambda: False), progress, WorkBudget(work_limit), virtual_limit)
    return work.run(passes, refine)


class _Layout:
    """One run of the layout over integer node ids ``0..n-1`` (the process's steps in insertion order)."""

    def __init__(self, graph: LayoutGraph, cancel: Cancel, progress: Progress | None, budget: WorkBudget,
                 virtual_limit: int) -> None:
        self.graph = graph
        self.budget, self.virtual_limit = budget, virtual_limit
        self.lanes, self.phases, self.steps = graph.lanes, graph.phases, graph.steps
        self.n = n = graph.n
        self.lane = list(graph.lane)  # virtual steps are appended to lane and layer
        self.phase, self.width = graph.phase, graph.width
        self.partner, self.nodes, self.pairs = graph.partner, graph.nodes, graph.pairs
        self.cancel = cancel
        self.progress = progress
        self.layer = [0] * n
        self.origin: list[int] = []  # the flow source of each virtual step
        self.total = n
        self.reversed = 0

    # --- helpers --------------------------------------------------------------------------------
    def _check(self, fraction: float) -> None:
        if self.cancel():
            raise LayoutCancelled
        if self.progress is not None:
            self.progress(fraction)

    # --- 4. ordering ----------------------------------------------------------------------------
    def _virtualise(self, kept: list[list[int]]) -> None:
        """Add virtual steps on same-lane flows spanning several layers; build the ordering neighbours.

        A virtual step holds the flow's row in every layer it passes, so no shape sits on the flow's line
        and the sweeps see the flow where it runs. Virtual ids start at ``n``; they have no width.
        """
        n = self.n
        is_node = [False] * n
        for v in self.nodes:
            is_node[v] = True
        spans = sorted((self.layer[w] - self.layer[u], u, w) for u in self.nodes for w in kept[u]
                       if self.lane[u] == self.lane[w] and self.layer[w] - self.layer[u] > 1)
        long_flows: set[tuple[int, int]] = set()
        virtual = 0
        for span, u, w in spans:  # shortest first; past the limit the longest flows are plain lines
            virtual += span - 1
            if virtual > self.virtual_limit:
                break
            long_flows.add((u, w))
        links: list[tuple[int, int]] = []
        total = n
        for a, b in self.pairs:
            if not (is_node[a] and is_node[b]) or self.layer[a] == self.layer[b]:
                continue
            u, w = (a, b) if (a, b) in long_flows else (b, a) if (b, a) in long_flows else (-1, -1)
            if u < 0:
                links.append((a, b))
                continue
            previous = u
            for layer in range(self.layer[u] + 1, self.layer[w]):
                self.lane.append(self.lane[u])
                self.layer.append(layer)
                self.origin.append(u)
                links.append((previous, total))
                previous = total
                total += 1
            links.append((previous, w))
        self.total = total
        self.links = len(links)
        self.lower: list[list[int]] = [[] for _ in range(total)]
        self.upper: list[list[int]] = [[] for _ in range(total)]
        self.before: list[list[int]] = [[] for _ in range(total)]  # same-lane neighbours in earlier layers
        for a, b in links:
            early, late = (a, b) if self.layer[a] < self.layer[b] else (b, a)
            self.upper[early].append(late)
            self.lower[late].append(early)
            if self.lane[a] == self.lane[b]:
                self.before[late].append(early)
        for artifact, partner in self.partner.items():
            if self.lane[partner] == self.lane[artifact] and self.layer[partner] < self.layer[artifact]:
                self.before[artifact].append(partner)

    def _prepare_cells(self, order: list[int]) -> None:
        """Group steps into (layer, lane) cells; artifacts follow their partner or close their cell."""
        def first_seen(v: int) -> float:
            return order[v] if v < self.n else order[self.origin[v - self.n]] + 0.5

        self.cells: dict[tuple[int, int], list[int]] = {}
        for v in sorted([*self.nodes, *range(self.n, self.total)], key=first_seen):
            self.cells.setdefault((self.layer[v], self.lane[v]), []).append(v)
        self.followers: dict[int, list[int]] = {}
        self.tail: dict[tuple[int, int], list[int]] = {}
        for artifact, partner in sorted(self.partner.items(), key=lambda item: order[item[1]]):
            key = (self.layer[artifact], self.lane[artifact])
            if (self.layer[partner], self.lane[partner]) == key:
                self.followers.setdefault(partner, []).append(artifact)
            else:
                self.tail.setdefault(key, []).append(artifact)
        self.keys = sorted(set(self.cells) | set(self.tail))
        self.with_followers = {(self.layer[v], self.lane[v]) for v in self.followers}
        # cells that can be reordered, grouped by layer (the lists are shared with self.cells)
        self.movable: list[list[tuple[int, list[int]]]] = [[] for _ in range(self.layer_count)]
        for (layer, lane), cell in sorted(self.cells.items()):
            if len(cell) > 1:
                self.movable[layer].append((lane, cell))
        capacity = [0] * len(self.lanes)
        for key in self.keys:
            capacity[key[1]] = max(capacity[key[1]], len(self._members(key)))
        self.offsets: list[float] = []
        top = 0.0
        for size in capacity:
            self.offsets.append(top)
            top += size + 1

    def _members(self, key: tuple[int, int]) -> list[int]:
        """The steps of one cell top to bottom: flow steps (each followed by its artifacts), then the rest."""
        cell = self.cells.get(key, [])
        if key in self.with_followers:
            cell = [x for v in cell for x in (v, *self.followers.get(v, ()))]
        tail = self.tail.get(key)
        return cell + tail if tail else cell

    def _snapshot(self) -> list[list[int]]:
        return [list(cell) for row in self.movable for _lane, cell in row]

    def _restore(self, snapshot: list[list[int]]) -> None:
        cells = (cell for row in self.movable for _lane, cell in row)
        for cell, saved in zip(cells, snapshot, strict=True):
            cell[:] = saved

    def _positions(self) -> list[float]:
        pos = [0.0] * self.total
        for (_layer, lane), cell in self.cells.items():
            base = self.offsets[lane]
            for rank, v in enumerate(cell):
                pos[v] = base + rank
        return pos

    def _sweep(self, pos: list[float], down: bool) -> bool:
        """One barycenter pass over all layers; True if any cell changed order."""
        changed = False
        neighbours = self.lower if down else self.upper
        layers = range(1, self.layer_count) if down else range(self.layer_count - 2, -1, -1)
        movable, offsets = self.movable, self.offsets
        spent = 0
        for layer in layers:
            for lane, cell in movable[layer]:
                keyed = []
                spent += len(cell)
                for rank, v in enumerate(cell):
                    near = neighbours[v]
                    spent += len(near)
                    key = sum([pos[w] for w in near]) / len(near) if near else pos[v]
                    keyed.append((key, rank, v))
                keyed.sort()
                base = offsets[lane]
                for rank, (_key, old, v) in enumerate(keyed):
                    if old != rank:
                        changed = True
                    cell[rank] = v
                    pos[v] = base + rank
        self.budget.spend(spent)
        return changed

    def _relayer(self, kept: list[list[int]], ranges: list[tuple[int, int]]) -> bool:
        """Move hand-off steps that have slack to the free layer where their flows cross least.

        Only steps without same-lane flows or artifacts move (their row does not depend on neighbours),
        only into empty cells, between their kept predecessors and successors, inside their phase and at
        most ``RELAYER_WINDOW`` layers away.
        One pass, within the work budget; the caller keeps the result only if the full count
        went down.
        """
        self._geometry(ranges)
        crossings = LocalCrossings(self.pairs, self.layer, self.xs, self.ys, self.layer_count, self.budget,
                                   reserve=self.count_cost)
        local = crossings.count
        preds: list[list[int]] = [[] for _ in range(self.n)]
        for v in self.nodes:
            for w in kept[v]:
                preds[w].append(v)
        same_lane = [False] * self.n
        for u, v in self.pairs:
            if self.lane[u] == self.lane[v]:
                same_lane[u] = same_lane[v] = True
        anchored = set(self.partner.values())
        occupied = set(self.keys)
        moved = False
        for v in sorted(self.nodes, key=lambda v: self.layer[v]):
            if same_lane[v] or v in anchored or not crossings.touching[v]:
                continue
            low, high = ranges[self.phase[v]] if self.phase[v] >= 0 else (0, self.layer_count - 1)
            if preds[v]:
                low = max(low, max(self.layer[p] for p in preds[v]) + 1)
            if kept[v]:
                high = min(high, min(self.layer[w] for w in kept[v]) - 1)
            lane, home = self.lane[v], self.layer[v]
            low, high = max(low, home - RELAYER_WINDOW), min(high, home + RELAYER_WINDOW)
            if low >= high or len(self.cells[(home, lane)]) > 1 or (home, lane) in self.tail:
                continue
            try:
                best, best_layer = local([v]), home
            except BudgetSpent:
                break
            if best == 0:
                continue
            home_x, home_y = self.xs[v], self.ys[v]
            spent = False
            for layer in range(low, high + 1):
                if layer == home or (layer, lane) in occupied:
                    continue
                self.layer[v], self.xs[v], self.ys[v] = layer, self.layer_x[layer], self.row_zero[lane]
                crossings.move(v, home, layer)
                try:
                    count = local([v])
                except BudgetSpent:
                    spent = True
                    count = best
                crossings.move(v, layer, home)
                if count < best:
                    best, best_layer = count, layer
                if spent:
                    break
            self.layer[v], self.xs[v], self.ys[v] = home, home_x, home_y
            if best_layer != home:
                crossings.move(v, home, best_layer)
                self.layer[v] = best_layer
                self.xs[v], self.ys[v] = self.layer_x[best_layer], self.row_zero[lane]
                del self.cells[(home, lane)]
                occupied.discard((home, lane))
                self.cells[(best_layer, lane)] = [v]
                occupied.add((best_layer, lane))
                moved = True
            if spent:
                break
        self.keys = sorted(set(self.cells) | set(self.tail))
        return moved

    def _transpose(self, ranges: list[tuple[int, int]]) -> bool:
        """Swap adjacent steps of a cell while that removes crossings of the real drawing (transpose).

        A swap exchanges the two steps' centres and is judged by the crossings of the flows touching them
        against the flows passing the same layers (``segments_cross``), so each test is local. At most
        ``TRANSPOSE_ROUNDS`` rounds, within the work budget; the caller keeps the result only
        if the full count went down.
        """
        self._geometry(ranges)
        crossings = LocalCrossings(self.pairs, self.layer, self.xs, self.ys, self.layer_count, self.budget,
                                   reserve=self.count_cost)
        local = crossings.count
        ys = self.ys
        improved, rounds, swapped = True, 0, False
        while improved and rounds < TRANSPOSE_ROUNDS:
            improved, rounds = False, rounds + 1
            for row in self.movable:
                for _lane, cell in row:
                    for i in range(len(cell) - 1):
                        a, b = cell[i], cell[i + 1]
                        try:
                            before = local([a, b])
                            if before == 0:
                                continue
                            ys[a], ys[b] = ys[b], ys[a]
                            after = local([a, b])
                        except BudgetSpent:
                            return swapped
                        if after < before:
                            cell[i], cell[i + 1] = b, a
                            improved = swapped = True
                        else:
                            ys[a], ys[b] = ys[b], ys[a]
            self._check(0.85)
        return swapped

    # --- 5./6. rows and geometry ----------------------------------------------------------------
    def _geometry(
        self, ranges: list[tuple[int, int]]
    ) -> tuple[list[float], list[float], list[float], list[float], list[float]]:
        """Absolute centre x/y of every step (virtual ones too), lane tops, lane sizes and phase sizes."""
        row = lane_rows(self.keys, self._members, self.before, self.total)
        n, lanes = self.n, len(self.lanes)
        low, high = [0] * lanes, [0] * lanes
        seen = [False] * lanes
        for lane, r in zip(self.lane[:n], row, strict=False):
            if not seen[lane]:
                seen[lane], low[lane], high[lane] = True, r, r
            elif r < low[lane]:
                low[lane] = r
            elif r > high[lane]:
                high[lane] = r
        lane_sizes = [max(MIN_LANE_SIZE, 2 * LANE_PAD + (high[i] - low[i]) * ROW_PITCH) for i in range(lanes)]
        lane_tops, top = [], PHASE_HEADER
        for size in lane_sizes:
            lane_tops.append(top)
            top += size
        layer_width = [0.0] * self.layer_count
        for layer, width in zip(self.layer[:n], self.width, strict=True):
            if width > layer_width[layer]:
                layer_width[layer] = width
        centre = [0.0] * self.layer_count
        phase_sizes: list[float] = []
        left = LANE_HEADER
        for first, last in ranges:
            content = sum(layer_width[first : last + 1]) + LAYER_GAP * (last - first)
            size = content + 2 * PHASE_PAD
            if self.phases:
                size = max(MIN_PHASE_SIZE, size)
                phase_sizes.append(size)
            x = left + (size - content) / 2
            for layer in range(first, last + 1):
                centre[layer] = x + layer_width[layer] / 2
                x += layer_width[layer] + LAYER_GAP
            left += size
        xs = [centre[layer] for layer in self.layer]
        ys = [lane_tops[lane] + LANE_PAD + (r - low[lane]) * ROW_PITCH for lane, r in zip(self.lane, row, strict=True)]
        self.xs, self.ys, self.layer_x = xs, ys, centre
        self.row_zero = [lane_tops[i] + LANE_PAD - low[i] * ROW_PITCH for i in range(lanes)]
        return xs, ys, lane_tops, lane_sizes, phase_sizes

    def _crossings(self, ranges: list[tuple[int, int]], mandatory: bool = False) -> int:
        xs, ys, *_rest = self._geometry(ranges)
        if mandatory:
            self.budget.mandatory += self.count_cost
        else:
            self.budget.spend(self.count_cost)
        return count_crossings([((xs[u], ys[u]), (xs[v], ys[v])) for u, v in self.pairs])

    # --- driver ---------------------------------------------------------------------------------
    def run(self, passes: int, refine: bool) -> LayoutPlan:
        self._check(0.0)
        rank = phase_rank(self.graph)
        kept, order, back_edges = break_cycles(self.graph, rank)
        self.reversed = len(back_edges)
        self._check(0.1)
        self.layer, self.layer_count, ranges = assign_layers(self.graph, kept, rank, back_edges)
        self._virtualise(kept)
        self._prepare_cells(order)
        self._check(0.2)
        # one full count visits every (flow, layer strip) it spans, one sweep every link and step
        self.count_cost = 2 * sum(abs(self.layer[u] - self.layer[v]) + 1 for u, v in self.pairs)
        sweep_cost = self.total + 2 * self.links
        pos = self._positions()
        best = self._crossings(ranges, mandatory=True)
        best_order = self._snapshot()
        stale = still = 0
        for done in range(passes):
            if best == 0 or still >= 2:  # a down and an up pass changed nothing: converged
                break
            if not self.budget.allows(sweep_cost + self.count_cost):
                break
            self._check(0.2 + 0.6 * done / passes)
            if not self._sweep(pos, down=done % 2 == 0):
                still += 1
                continue
            still = 0
            count = self._crossings(ranges)
            if count < best:
                best, stale, best_order = count, 0, self._snapshot()
            else:
                stale += 1
                if stale >= PATIENCE:
                    break
        self._restore(best_order)
        self._check(0.8)
        refine = refine and passes > 0 and self.budget.allows(2 * self.count_cost)
        if refine and best and self._transpose(ranges):
            count = self._crossings(ranges)
            if count < best:
                best, best_order = count, self._snapshot()
            else:
                self._restore(best_order)
        if refine and best and self.budget.allows(2 * self.count_cost):
            saved = list(self.layer), {key: list(cell) for key, cell in self.cells.items()}, list(self.keys)
            if self._relayer(kept, ranges) and (count := self._crossings(ranges)) < best:
                best = count
            else:
                self.layer, self.keys = saved[0], saved[2]
                self.cells.clear()
                self.cells.update(saved[1])
        self._check(0.95)
        xs, ys, lane_tops, lane_sizes, phase_sizes = self._geometry(ranges)
        plan = LayoutPlan(crossings=best, reversed_flows=self.reversed, work=self.budget.spent,
                          mandatory_work=self.budget.mandatory,
                          virtual_steps=self.total - self.n)
        phase_left = {}
        left = LANE_HEADER
        for phase, size in zip(self.phases, phase_sizes, strict=True):
            phase_left[phase.id] = left
            left += size
        for v, step in enumerate(self.steps):
            cell_left = phase_left.get(step.phase_id, LANE_HEADER)
            plan.positions[step.id] = (round(xs[v] - cell_left, 2), round(ys[v] - lane_tops[self.lane[v]], 2))
            plan.layers[step.id] = self.layer[v]
        plan.lane_sizes = {lane.id: size for lane, size in zip(self.lanes, lane_sizes, strict=True)}
        plan.phase_sizes = {phase.id: size for phase, size in zip(self.phases, phase_sizes, strict=True)}
        self._check(1.0)
        return plan


__all__ = ["LayoutCancelled", "LayoutPlan", "auto_layout", "plan_edits", "plan_layout"]
