"""Ordering: stage 4 of the auto-layout, the steps of every (layer, lane) cell put in order.

Same-lane flows spanning several layers get virtual steps (row holders); steps sharing a lane and a layer
form a cell; barycenter sweeps reorder each cell (lanes never move). ``Ordering`` also holds the state of
one layout run that every later stage reads (``Geometry``, ``Refinements`` and the driver in
``autolayout`` build on it). See ``jcloud_desk.analysis.layout.autolayout`` for the whole algorithm.
"""

from __future__ import annotations

from collections.abc import Callable

from jcloud_desk.analysis.layout.budget import WorkBudget
from jcloud_desk.analysis.layout.graph import LayoutGraph

Progress = Callable[[float], None]
Cancel = Callable[[], bool]


class LayoutCancelled(Exception):
    """Raised by ``auto_layout`` when its ``cancel`` callback returned True; nothing was changed."""


class Ordering:
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
        self.layer_count = 0
        self.count_cost = 0  # work units of one full crossing count (set once the layers are known)

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
