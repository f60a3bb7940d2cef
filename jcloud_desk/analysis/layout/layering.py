"""Layering of the auto-layout: phase ranks, cycle breaking and longest-path layers (stages 1-3).

See ``jcloud_desk.analysis.layout.autolayout`` for the whole algorithm; these functions read a ``LayoutGraph``
and return plain lists, so each stage can be followed (and tested) on its own.
"""

from __future__ import annotations

import heapq
from collections import deque

from jcloud_desk.analysis.layout.graph import LayoutGraph
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.process import StepKind

#: Rounds of the flow-shortening pass after longest-path layering.
SHORTEN_ROUNDS = 2
#: Weight of a flow to another lane in that pass (a same-lane flow weighs 1): long flows are better
#: drawn inside one lane, where they stay straight, than across lanes.
HAND_OFF_WEIGHT = 2


def phase_rank(g: LayoutGraph) -> list[int]:
    """Phase index of every node; a step without phase borrows its nearest phased neighbour's."""
    n = g.n
    if not g.phases:
        return [0] * n
    rank = list(g.phase)
    missing = [v for v in g.nodes if rank[v] < 0]
    if not missing:
        return rank
    backward: list[list[int]] = [[] for _ in range(n)]
    for u in g.nodes:
        for v in g.out[u]:
            backward[v].append(u)
    for adjacency in (g.out, backward):
        queue = deque(sorted((v for v in g.nodes if rank[v] >= 0), key=lambda v: rank[v]))
        while queue:
            u = queue.popleft()
            for v in adjacency[u]:
                if rank[v] < 0:
                    rank[v] = rank[u]
                    queue.append(v)
    grid = Grid(g.lanes, g.phases)
    for v in g.nodes:
        if rank[v] < 0:
            found = grid.phase_at(g.current_x[v])
            rank[v] = g.phases.index(found) if found is not None else 0
    return rank



def break_cycles(g: LayoutGraph, rank: list[int]) -> tuple[list[list[int]], list[int], list[tuple[int, int]]]:
    """Kept (forward) flows per step, the visiting order, and the feedback arcs (the flows not kept).

    Depth-first (a LIFO of ready steps), but a step is entered only once all its incoming flows are
    placed. When every open step waits on a loop, the waiting step nearest to the start (BFS distance)
    that already has a placed predecessor is entered: that is the loop's entry, and its incoming flows
    from unplaced steps (the rework flows) become the feedback arcs. A plain DFS enters a loop wherever
    it first touches it and so often reverses a gateway branch instead of the rework flow.
    """
    n, nodes, out = g.n, g.nodes, g.out
    steps = g.steps
    level = [n] * n  # BFS distance from the sources: loop entries are nearer the start than loop ends
    frontier = [v for v in nodes if g.indegree[v] == 0] or nodes[:1]
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
        return (rank[v], not entered[v], level[v], steps[v].kind is not StepKind.START, g.current_x[v], v)

    heap = [key(v) for v in nodes]
    heapq.heapify(heap)
    ready: list[int] = []
    placed = [False] * n
    order = [0] * n
    kept: list[list[int]] = [[] for _ in range(n)]
    back_edges: list[tuple[int, int]] = []
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
                back_edges.append((v, w))
                continue
            kept[v].append(w)
            waiting[w] -= 1
            if waiting[w] == 0:
                opened.append(w)
            elif not entered[w]:
                entered[w] = True
                heapq.heappush(heap, key(w))
        ready.extend(reversed(opened))
    return kept, order, back_edges



def assign_layers(
    g: LayoutGraph, kept: list[list[int]], rank: list[int], back_edges: list[tuple[int, int]]
) -> tuple[list[int], int, list[tuple[int, int]]]:
    """Layer of every step, the number of layers, and each phase's (first, last) layer (one range without
    phases)."""
    n, k = g.n, len(g.phases)
    total = n + (k + 1 if k else 0)
    edges: list[list[tuple[int, int]]] = [[(w, 1) for w in kept[v]] for v in range(n)]
    edges.extend([] for _ in range(total - n))
    if k:
        for p in range(k):
            edges[n + p].append((n + p + 1, 1))
        for v in g.nodes:
            if g.phase[v] >= 0:
                edges[n + g.phase[v]].append((v, 0))
                edges[v].append((n + g.phase[v] + 1, 1))
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
        end = max((level[v] for v in g.nodes), default=0)
        ranges = [(0, end)]
    # pull sources right, next to their nearest successor (shorter hand-off flows)
    has_pred = [False] * n
    for v in g.nodes:
        for w in kept[v]:
            has_pred[w] = True
    for v in g.nodes:
        if not has_pred[v] and kept[v]:
            upper = ranges[g.phase[v]][1] if g.phase[v] >= 0 else end
            level[v] = max(level[v], min(min(level[w] for w in kept[v]) - 1, upper))
    _shorten(g, kept, back_edges, level, ranges, end, rank, [v for v in order if v < n and v not in g.partner])
    for artifact, partner in g.partner.items():
        low, high = ranges[g.phase[artifact]] if g.phase[artifact] >= 0 else (0, end)
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
    layer = [remap[level[v]] for v in range(n)]
    return layer, next_layer, [(remap[low], remap[high] if used[high] else remap[high] - 1) for low, high in ranges]


def _shorten(g: LayoutGraph, kept: list[list[int]], back_edges: list[tuple[int, int]], level: list[int],
             ranges: list[tuple[int, int]], end: int, rank: list[int], topological: list[int]) -> None:
    """Move steps with slack to the median layer of their flows (rework flows included), in place.

    A cheap stand-in for network-simplex ranking: each step stays between its kept predecessors and
    successors and inside its phase, so the layering stays valid; total flow length never grows.
    """
    preds: list[list[int]] = [[] for _ in range(g.n)]
    for v in g.nodes:
        for w in kept[v]:
            preds[w].append(v)
    back: list[list[int]] = [[] for _ in range(g.n)]
    for u, w in back_edges:
        back[u].append(w)
        back[w].append(u)
    for it in range(SHORTEN_ROUNDS):
        for v in (reversed(topological) if it % 2 == 0 else topological):
            if g.phase[v] >= 0:
                lo, hi = ranges[g.phase[v]]
            else:
                lo, hi = (ranges[rank[v]][0] if g.phases else 0), end
            if preds[v]:
                lo = max(lo, max(level[p] for p in preds[v]) + 1)
            if kept[v]:
                hi = min(hi, min(level[w] for w in kept[v]) - 1)
            if lo >= hi:
                continue
            lane = g.lane[v]
            near = sorted(level[w] for w in (*preds[v], *kept[v], *back[v])
                          for _ in range(1 if g.lane[w] == lane else HAND_OFF_WEIGHT))
            m = len(near)
            if not m:
                continue
            target = min(max(level[v], near[(m - 1) // 2]), near[m // 2])
            level[v] = min(max(target, lo), hi)

