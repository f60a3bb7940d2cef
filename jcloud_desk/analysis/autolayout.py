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

Every stage is O(V + E) (sorts aside) and the refinements have a wall-clock budget; ``cancel`` is polled
between stages and sweep passes. Pure: stdlib and ``jcloud_desk.domain`` only (no Qt, no numpy).
"""

from __future__ import annotations

import heapq
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from jcloud_desk.analysis.crossings import count_crossings, segments_cross
from jcloud_desk.domain.edits import Batch, Edit, SetFields
from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER, SHAPE_SIZE, Grid
from jcloud_desk.domain.process import FlowKind, Lane, Phase, Step, StepKind
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
#: Wall-clock safety nets of the two refinements, in seconds: normal processes finish far below them (the
#: result is then deterministic); pathological ones (thousands of flows across one layer) stop early.
TRANSPOSE_BUDGET = 0.1
RELAYER_BUDGET = 0.1
#: How many layers left or right of its place the re-layering tries for a step.
RELAYER_WINDOW = 6
#: Rounds of the flow-shortening pass after longest-path layering.
SHORTEN_ROUNDS = 2
#: Weight of a flow to another lane in that pass (a same-lane flow weighs 1): long flows are better
#: drawn inside one lane, where they stay straight, than across lanes.
HAND_OFF_WEIGHT = 2

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
) -> LayoutPlan:
    """Compute the layout without touching the project.

    ``passes=0`` skips crossing minimisation; ``refine=False`` keeps the sweeps but skips the transpose and
    re-layering refinements (both measured against the real drawing and kept only when they help).
    """
    lanes = project.lanes_of(process_id)
    phases = project.phases_of(process_id)
    lane_index = {lane.id: i for i, lane in enumerate(lanes)}
    steps = [s for s in project.steps_of(process_id) if s.lane_id in lane_index]
    if not steps:
        return LayoutPlan()
    work = _Layout(project, process_id, lanes, phases, steps, cancel or (lambda: False), progress)
    return work.run(passes, refine)


def _median(values: list[int]) -> int:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def _fit_rows(wanted: list[int]) -> list[int]:
    """Strictly increasing integer rows closest (L1) to ``wanted``: pool adjacent violators on ``wanted[i] - i``."""
    blocks: list[tuple[int, list[int]]] = []  # (value, members' targets)
    for i, row in enumerate(wanted):
        members = [row - i]
        value = members[0]
        while blocks and blocks[-1][0] > value:
            members = blocks.pop()[1] + members
            value = _median(members)
        blocks.append((value, members))
    rows: list[int] = []
    for value, members in blocks:
        rows.extend(value + len(rows) for _ in members)
    return rows


class _Layout:
    """One run of the layout over integer node ids ``0..n-1`` (the process's steps in insertion order)."""

    def __init__(
        self,
        project: Project,
        process_id: str,
        lanes: list[Lane],
        phases: list[Phase],
        steps: list[Step],
        cancel: Cancel,
        progress: Progress | None,
    ) -> None:
        self.lanes = lanes
        self.phases = phases
        self.steps = steps
        self.cancel = cancel
        self.progress = progress
        n = len(steps)
        self.n = n
        lane_index = {lane.id: i for i, lane in enumerate(lanes)}
        phase_index = {phase.id: i for i, phase in enumerate(phases)}
        index = {s.id: i for i, s in enumerate(steps)}
        self.lane = [lane_index[s.lane_id] for s in steps]
        self.phase = [phase_index.get(s.phase_id, -1) for s in steps]
        self.width = [SHAPE_SIZE[s.kind][0] for s in steps]
        grid = Grid(lanes, phases)
        self.current_x = [grid.step_center(s)[0] for s in steps]
        directed: dict[tuple[int, int], None] = {}
        association: list[tuple[int, int]] = []
        for flow in project.flows_of(process_id):
            u, v = index.get(flow.source_id), index.get(flow.target_id)
            if u is None or v is None or u == v:
                continue
            if flow.kind is FlowKind.ASSOCIATION:
                association.append((u, v))
            else:
                directed[(u, v)] = None
        in_flow = [False] * n
        for u, v in directed:
            in_flow[u] = in_flow[v] = True
        loose = [steps[i].kind.is_artifact and not in_flow[i] for i in range(n)]
        self.partner: dict[int, int] = {}
        for u, v in association:
            for artifact, other in ((u, v), (v, u)):
                if loose[artifact] and not loose[other] and artifact not in self.partner:
                    self.partner[artifact] = other
        self.nodes = [i for i in range(n) if i not in self.partner]
        self.out: list[list[int]] = [[] for _ in range(n)]
        self.indegree = [0] * n
        for u, v in directed:
            if u not in self.partner and v not in self.partner:
                self.out[u].append(v)
                self.indegree[v] += 1
        # undirected pairs for ordering and crossing counts (every flow, artifacts included)
        pairs: dict[tuple[int, int], None] = {}
        for u, v in [*directed, *association]:
            pairs[(min(u, v), max(u, v))] = None
        self.pairs = list(pairs)
        self.layer = [0] * n
        self.origin: list[int] = []  # the flow source of each virtual step
        self.total = n
        self.reversed = 0
        self.back_edges: list[tuple[int, int]] = []

    # --- helpers --------------------------------------------------------------------------------
    def _check(self, fraction: float) -> None:
        if self.cancel():
            raise LayoutCancelled
        if self.progress is not None:
            self.progress(fraction)

    # --- 1. phase index of every node (no-phase steps borrow the nearest phased neighbour's) ----
    def _phase_rank(self) -> list[int]:
        n = self.n
        if not self.phases:
            return [0] * n
        rank = list(self.phase)
        missing = [v for v in self.nodes if rank[v] < 0]
        if not missing:
            return rank
        backward: list[list[int]] = [[] for _ in range(n)]
        for u in self.nodes:
            for v in self.out[u]:
                backward[v].append(u)
        for adjacency in (self.out, backward):
            queue = deque(sorted((v for v in self.nodes if rank[v] >= 0), key=lambda v: rank[v]))
            while queue:
                u = queue.popleft()
                for v in adjacency[u]:
                    if rank[v] < 0:
                        rank[v] = rank[u]
                        queue.append(v)
        grid = Grid(self.lanes, self.phases)
        for v in self.nodes:
            if rank[v] < 0:
                found = grid.phase_at(self.current_x[v])
                rank[v] = self.phases.index(found) if found is not None else 0
        return rank

    # --- 2. cycle breaking: guided DFS feedback arcs, plus every flow into an earlier phase -----
    def _acyclic(self, rank: list[int]) -> tuple[list[list[int]], list[int]]:
        """Kept (forward) flows per step and the visiting order; the other flows are the feedback arcs.

        Depth-first (a LIFO of ready steps), but a step is entered only once all its incoming flows are
        placed. When every open step waits on a loop, the waiting step nearest to the start (BFS distance)
        that already has a placed predecessor is entered: that is the loop's entry, and its incoming flows
        from unplaced steps (the rework flows) become the feedback arcs. A plain DFS enters a loop wherever
        it first touches it and so often reverses a gateway branch instead of the rework flow.
        """
        n, nodes, out = self.n, self.nodes, self.out
        steps = self.steps
        level = [n] * n  # BFS distance from the sources: loop entries are nearer the start than loop ends
        frontier = [v for v in nodes if self.indegree[v] == 0] or nodes[:1]
        for v in frontier:
            level[v] = 0
        queue = deque(frontier)
        while queue:
            v = queue.popleft()
            for w in out[v]:
                if level[w] > level[v] + 1:
                    level[w] = level[v] + 1
                    queue.append(w)
        waiting = [0] * n  # incoming flows not yet placed (flows from a later phase never count)
        for v in nodes:
            for w in out[v]:
                if rank[w] >= rank[v]:
                    waiting[w] += 1
        entered = [False] * n  # a predecessor is placed: the step is a loop entry candidate

        def key(v: int) -> tuple[int, bool, int, bool, float, int]:
            return (rank[v], not entered[v], level[v], steps[v].kind is not StepKind.START, self.current_x[v], v)

        heap = [key(v) for v in nodes]
        heapq.heapify(heap)
        ready: list[int] = []
        placed = [False] * n
        order = [0] * n
        kept: list[list[int]] = [[] for _ in range(n)]
        for counter in range(len(nodes)):
            if ready:
                v = ready.pop()
            else:  # every open step waits on a loop: enter the most promising one
                while True:
                    v = heapq.heappop(heap)[-1]
                    if not placed[v]:
                        break
            placed[v] = True
            order[v] = counter
            opened = []
            for w in out[v]:
                if rank[w] < rank[v] or placed[w]:
                    self.reversed += 1
                    self.back_edges.append((v, w))
                    continue
                kept[v].append(w)
                waiting[w] -= 1
                if waiting[w] == 0:
                    opened.append(w)
                elif not entered[w]:
                    entered[w] = True
                    heapq.heappush(heap, key(w))
            ready.extend(reversed(opened))
        return kept, order

    # --- 3. layering: longest path with phase boundary nodes ------------------------------------
    def _layers(self, kept: list[list[int]], rank: list[int]) -> list[tuple[int, int]]:
        """Assign ``self.layer``; return each phase's (first, last) layer (one range without phases)."""
        n, k = self.n, len(self.phases)
        total = n + (k + 1 if k else 0)
        edges: list[list[tuple[int, int]]] = [[(w, 1) for w in kept[v]] for v in range(n)]
        edges.extend([] for _ in range(total - n))
        if k:
            for p in range(k):
                edges[n + p].append((n + p + 1, 1))
            for v in self.nodes:
                if self.phase[v] >= 0:
                    edges[n + self.phase[v]].append((v, 0))
                    edges[v].append((n + self.phase[v] + 1, 1))
                else:
                    edges[n + rank[v]].append((v, 0))
                    edges[v].append((n + k, 1))
        indegree = [0] * total
        for targets in edges:
            for w, _weight in targets:
                indegree[w] += 1
        level = [0] * total
        queue = [v for v in range(total) if indegree[v] == 0]
        order: list[int] = []
        while queue:
            v = queue.pop()
            order.append(v)
            for w, weight in edges[v]:
                if level[v] + weight > level[w]:
                    level[w] = level[v] + weight
                indegree[w] -= 1
                if indegree[w] == 0:
                    queue.append(w)
        if len(order) != total:  # pragma: no cover - the cycle breaking guarantees a DAG
            raise AssertionError("layering graph is not acyclic")
        if k:
            ranges = [(level[n + p], level[n + p + 1] - 1) for p in range(k)]
            end = level[n + k] - 1
        else:
            end = max((level[v] for v in self.nodes), default=0)
            ranges = [(0, end)]
        # pull sources right, next to their nearest successor (shorter hand-off flows)
        has_pred = [False] * n
        for v in self.nodes:
            for w in kept[v]:
                has_pred[w] = True
        for v in self.nodes:
            if not has_pred[v] and kept[v]:
                upper = ranges[self.phase[v]][1] if self.phase[v] >= 0 else end
                level[v] = max(level[v], min(min(level[w] for w in kept[v]) - 1, upper))
        self._shorten(kept, level, ranges, end, rank, [v for v in order if v < n and v not in self.partner])
        for artifact, partner in self.partner.items():
            low, high = ranges[self.phase[artifact]] if self.phase[artifact] >= 0 else (0, end)
            level[artifact] = min(max(level[partner], low), high)
        # drop empty layers, but keep one layer per phase
        used = [False] * (end + 1)
        for v in range(n):
            used[level[v]] = True
        for low, high in ranges:
            if not any(used[low : high + 1]):
                used[low] = True
        remap, next_layer = [0] * (end + 1), 0
        for old in range(end + 1):
            remap[old] = next_layer
            next_layer += used[old]
        self.layer = [remap[level[v]] for v in range(n)]
        self.layer_count = next_layer
        return [(remap[low], remap[high] if used[high] else remap[high] - 1) for low, high in ranges]

    def _shorten(self, kept: list[list[int]], level: list[int], ranges: list[tuple[int, int]], end: int,
                 rank: list[int], topological: list[int]) -> None:
        """Move steps with slack to the median layer of their flows (rework flows included), in place.

        A cheap stand-in for network-simplex ranking: each step stays between its kept predecessors and
        successors and inside its phase, so the layering stays valid; total flow length never grows.
        """
        preds: list[list[int]] = [[] for _ in range(self.n)]
        for v in self.nodes:
            for w in kept[v]:
                preds[w].append(v)
        back: list[list[int]] = [[] for _ in range(self.n)]
        for u, w in self.back_edges:
            back[u].append(w)
            back[w].append(u)
        for it in range(SHORTEN_ROUNDS):
            for v in (reversed(topological) if it % 2 == 0 else topological):
                if self.phase[v] >= 0:
                    lo, hi = ranges[self.phase[v]]
                else:
                    lo, hi = (ranges[rank[v]][0] if self.phases else 0), end
                if preds[v]:
                    lo = max(lo, max(level[p] for p in preds[v]) + 1)
                if kept[v]:
                    hi = min(hi, min(level[w] for w in kept[v]) - 1)
                if lo >= hi:
                    continue
                lane = self.lane[v]
                near = sorted(level[w] for w in (*preds[v], *kept[v], *back[v])
                              for _ in range(1 if self.lane[w] == lane else HAND_OFF_WEIGHT))
                m = len(near)
                if not m:
                    continue
                target = min(max(level[v], near[(m - 1) // 2]), near[m // 2])
                level[v] = min(max(target, lo), hi)

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
        long_flows = {(u, w) for u in self.nodes for w in kept[u]
                      if self.lane[u] == self.lane[w] and self.layer[w] - self.layer[u] > 1}
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
        for layer in layers:
            for lane, cell in movable[layer]:
                keyed = []
                for rank, v in enumerate(cell):
                    near = neighbours[v]
                    key = sum([pos[w] for w in near]) / len(near) if near else pos[v]
                    keyed.append((key, rank, v))
                keyed.sort()
                base = offsets[lane]
                for rank, (_key, old, v) in enumerate(keyed):
                    if old != rank:
                        changed = True
                    cell[rank] = v
                    pos[v] = base + rank
        return changed

    def _local_counter(self) -> Callable[[list[int]], int]:
        """A counter of the crossings of the flows touching some steps, against the flows near them.

        Uses the current ``self.xs``/``self.ys``/``self.layer``; flows are bucketed by the layers they span,
        so one call costs the flows in those layers only. ``self.passing`` must be kept up to date when a
        step changes layer.
        """
        segments = self.pairs
        touching: list[list[int]] = [[] for _ in range(self.total)]
        self.passing: list[set[int]] = [set() for _ in range(self.layer_count)]
        for i, (u, v) in enumerate(segments):
            touching[u].append(i)
            touching[v].append(i)
            low, high = sorted((self.layer[u], self.layer[v]))
            for layer in range(low, high + 1):
                self.passing[layer].add(i)
        self.touching = touching

        def local(steps: list[int]) -> int:
            xs, ys, layer, passing = self.xs, self.ys, self.layer, self.passing
            mine = [i for v in steps for i in touching[v]]
            own = set(mine)
            count = 0
            for i in mine:
                u, v = segments[i]
                s = ((xs[u], ys[u]), (xs[v], ys[v]))
                low, high = sorted((layer[u], layer[v]))
                seen: set[int] = set()
                for at in range(low, high + 1):
                    for j in passing[at]:
                        if j in seen or (j in own and j <= i):
                            continue
                        seen.add(j)
                        p, q = segments[j]
                        if segments_cross(s, ((xs[p], ys[p]), (xs[q], ys[q]))):
                            count += 1
            return count

        return local

    def _relayer(self, kept: list[list[int]], ranges: list[tuple[int, int]]) -> bool:
        """Move hand-off steps that have slack to the free layer where their flows cross least.

        Only steps without same-lane flows or artifacts move (their row does not depend on neighbours),
        only into empty cells, between their kept predecessors and successors, inside their phase and at
        most ``RELAYER_WINDOW`` layers away.
        One pass (``RELAYER_BUDGET`` is a safety net); the caller keeps the result only if the full count
        went down.
        """
        deadline = time.perf_counter() + RELAYER_BUDGET
        self._geometry(ranges)
        local = self._local_counter()
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
            if time.perf_counter() > deadline:
                break
            if same_lane[v] or v in anchored or not self.touching[v]:
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
            best, best_layer = local([v]), home
            if best == 0:
                continue
            home_x, home_y = self.xs[v], self.ys[v]
            for layer in range(low, high + 1):
                if layer == home or (layer, lane) in occupied:
                    continue
                self.layer[v], self.xs[v], self.ys[v] = layer, self.layer_x[layer], self.row_zero[lane]
                self._move_passing(v, home, layer)
                count = local([v])
                self._move_passing(v, layer, home)
                if count < best:
                    best, best_layer = count, layer
            self.layer[v], self.xs[v], self.ys[v] = home, home_x, home_y
            if best_layer != home:
                self._move_passing(v, home, best_layer)
                self.layer[v] = best_layer
                self.xs[v], self.ys[v] = self.layer_x[best_layer], self.row_zero[lane]
                del self.cells[(home, lane)]
                occupied.discard((home, lane))
                self.cells[(best_layer, lane)] = [v]
                occupied.add((best_layer, lane))
                moved = True
        self.keys = sorted(set(self.cells) | set(self.tail))
        return moved

    def _move_passing(self, v: int, old: int, new: int) -> None:
        """Re-bucket the flows touching ``v`` after it moved from layer ``old`` to ``new``."""
        for i in self.touching[v]:
            a, b = self.pairs[i]
            other = self.layer[b if a == v else a]
            low, high = sorted((other, old))
            for layer in range(low, high + 1):
                self.passing[layer].discard(i)
            low, high = sorted((other, new))
            for layer in range(low, high + 1):
                self.passing[layer].add(i)

    def _transpose(self, ranges: list[tuple[int, int]]) -> bool:
        """Swap adjacent steps of a cell while that removes crossings of the real drawing (transpose).

        A swap exchanges the two steps' centres and is judged by the crossings of the flows touching them
        against the flows passing the same layers (``segments_cross``), so each test is local. At most
        ``TRANSPOSE_ROUNDS`` rounds (``TRANSPOSE_BUDGET`` is a safety net); the caller keeps the result only
        if the full count went down.
        """
        deadline = time.perf_counter() + TRANSPOSE_BUDGET
        self._geometry(ranges)
        local = self._local_counter()
        ys = self.ys
        improved, rounds, swapped = True, 0, False
        while improved and rounds < TRANSPOSE_ROUNDS:
            improved, rounds = False, rounds + 1
            for row in self.movable:
                for _lane, cell in row:
                    for i in range(len(cell) - 1):
                        if time.perf_counter() > deadline:
                            return swapped
                        a, b = cell[i], cell[i + 1]
                        before = local([a, b])
                        if before == 0:
                            continue
                        ys[a], ys[b] = ys[b], ys[a]
                        if local([a, b]) < before:
                            cell[i], cell[i + 1] = b, a
                            improved = swapped = True
                        else:
                            ys[a], ys[b] = ys[b], ys[a]
            self._check(0.85)
        return swapped

    # --- 5./6. rows and geometry ----------------------------------------------------------------
    def _rows(self) -> list[int]:
        """Row (slot) of every step inside its lane; rows may be negative (a lane is shifted afterwards)."""
        row = [0] * self.total
        before = self.before
        for key in self.keys:
            cell = self._members(key)
            if len(cell) == 1:
                v = cell[0]
                near = before[v]
                row[v] = (row[near[0]] if len(near) == 1 else _median([row[w] for w in near])) if near else 0
                continue
            wanted: list[int | None] = []
            for v in cell:
                near = before[v]
                wanted.append(_median([row[w] for w in near]) if near else None)
            anchors = [i for i, w in enumerate(wanted) if w is not None]
            if not anchors:
                filled = list(range(len(cell)))
            else:
                last = anchors[0]
                base = wanted[last]
                assert base is not None
                filled = []
                for i, w in enumerate(wanted):
                    if w is not None:
                        last, base = i, w
                    filled.append(base + i - last)  # a gap continues from the previous (or first) anchor
            for v, r in zip(cell, _fit_rows(filled), strict=True):
                row[v] = r
        return row

    def _geometry(
        self, ranges: list[tuple[int, int]]
    ) -> tuple[list[float], list[float], list[float], list[float], list[float]]:
        """Absolute centre x/y of every step (virtual ones too), lane tops, lane sizes and phase sizes."""
        row = self._rows()
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

    def _crossings(self, ranges: list[tuple[int, int]]) -> int:
        xs, ys, *_rest = self._geometry(ranges)
        return count_crossings([((xs[u], ys[u]), (xs[v], ys[v])) for u, v in self.pairs])

    # --- driver ---------------------------------------------------------------------------------
    def run(self, passes: int, refine: bool) -> LayoutPlan:
        self._check(0.0)
        rank = self._phase_rank()
        kept, order = self._acyclic(rank)
        self._check(0.1)
        ranges = self._layers(kept, rank)
        self._virtualise(kept)
        self._prepare_cells(order)
        self._check(0.2)
        pos = self._positions()
        best = self._crossings(ranges)
        best_order = self._snapshot()
        stale = still = 0
        for done in range(passes):
            if best == 0 or still >= 2:  # a down and an up pass changed nothing: converged
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
        if refine and passes and best and self._transpose(ranges):
            count = self._crossings(ranges)
            if count < best:
                best, best_order = count, self._snapshot()
            else:
                self._restore(best_order)
        if refine and passes and best:
            saved = list(self.layer), {key: list(cell) for key, cell in self.cells.items()}, list(self.keys)
            if self._relayer(kept, ranges) and (count := self._crossings(ranges)) < best:
                best = count
            else:
                self.layer, self.keys = saved[0], saved[2]
                self.cells.clear()
                self.cells.update(saved[1])
        self._check(0.95)
        xs, ys, lane_tops, lane_sizes, phase_sizes = self._geometry(ranges)
        plan = LayoutPlan(crossings=best, reversed_flows=self.reversed)
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
