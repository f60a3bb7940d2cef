"""Slot placement: the auto-layout's last refinement, each step's slot (layer, row) chosen on the real drawing.

After the ordering and the chain alignment every step has a layer and a row in its lane. Most crossings left
are a rework flow drawn straight back across lanes against a forward hand-off of its own loop: the loop's path
is a staircase from the rework target's lane to the check's lane, and the straight line from the check back to
the target crosses every staircase whose hand-off is neither its first nor its last flow, whatever the order
inside the cells. Only a step leaving its chain's line avoids that (e.g. the check one row below the task
before it), which costs bends as drawn.

So, step by step (steps with a crossing or a bent flow), a step moves to a free slot of its lane (another row
of its layer, or another layer between its predecessors and successors and inside its phase, ``LAYER_WINDOW``
layers away at most) where

    crossings of its flows (straight centre lines) + ``BEND_COST`` × the bends its same-lane flows get as drawn
    + ``LENGTH_COST`` × the rows its flows climb

goes down (a forward flow between two rows is drawn with a jog: 2 bends, 1 from a gateway, which leaves from
its top or bottom corner). A move is taken only if the flows as the app draws them (``routing.route`` with the
steps as obstacles) cross no more and bend no more than its own jogs say: this layout is for people, who see
the routed flows. Then bent steps go back onto a neighbour's line wherever that adds no crossing, straight or
drawn, and removes bends as drawn.
Rows stay inside the lane's rows and layers keep their width (so lane heights and every other coordinate stay);
virtual steps (rows held by long same-lane flows) and artifacts with their partners stay where they are.
Straight crossings are counted locally (``LocalCrossings``) and routing is charged to the run's work budget;
the driver keeps the result only if the full count of the drawing went down.
"""


from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from jcloud_desk.analysis.layout.budget import BudgetSpent
from jcloud_desk.analysis.layout.crossings import segments_cross
from jcloud_desk.analysis.layout.local_crossings import LocalCrossings
from jcloud_desk.domain.layout import Rect
from jcloud_desk.domain.routing import route

#: Rounds over all steps at most (a round without a move stops earlier).
ROUNDS = 2
#: Weight of one bend as drawn against one straight crossing: one crossing is worth the two bends of a task's
#: flow leaving the line, not three (see the module docstring).
BEND_COST = 0.45
#: Weight of a row of vertical distance between the ends of a flow (the flows as drawn get shorter).
LENGTH_COST = 0.1
#: How many layers left or right of its layer a step may move.
LAYER_WINDOW = 2

Slot = tuple[int, int]  # (layer, row) inside the step's lane


@dataclass(slots=True)
class Drawing:
    """What the placement reads and writes, all indexed by step (virtual steps after the ``n`` real ones)."""

    n: int
    lane: list[int]
    layer: list[int]  # changed in place
    rows: list[int]  # changed in place
    xs: list[float]  # changed in place
    ys: list[float]  # changed in place
    layer_x: list[float]  # centre x of every layer
    row_zero: list[float]  # y of row 0 of every lane
    pitch: float
    sizes: list[tuple[float, float]]  # shape width and height of every real step
    fans: list[bool]  # the step is a gateway (its forward flows fan out from its corners)
    flows: list[tuple[int, int]]  # (source, target) of every flow, in the order of the counter's pairs
    jogs: list[list[tuple[int, int]]]  # same-lane forward flows of every real step: (other end, bends if bent)


class SlotPlacement:
    """Moves steps between free slots of their lane while that lowers crossings plus weighted bends."""

    def __init__(self, drawing: Drawing, counter: LocalCrossings,
                 bounds: Callable[[int], tuple[int, int]]) -> None:
        """``bounds(v)``: the layers ``v`` may take (between its predecessors and successors, in its phase)."""
        self.d, self.counter, self.bounds = drawing, counter, bounds
        self.cost_left = False  # the step ``_improve`` looked at last still has a cost
        self.moved = False  # any step moved
        d = drawing
        self.occupant: set[tuple[int, int, int]] = {(d.layer[v], d.lane[v], d.rows[v]) for v in range(len(d.rows))}
        lanes = max(d.lane[: d.n], default=0) + 1
        self.low = [min((d.rows[v] for v in range(d.n) if d.lane[v] == i), default=0) for i in range(lanes)]
        self.high = [max((d.rows[v] for v in range(d.n) if d.lane[v] == i), default=0) for i in range(lanes)]
        self.on_row: dict[tuple[int, int], int] = {}  # real steps per (lane, row): the extreme rows stay used
        layers = len(d.layer_x)
        self.by_layer: list[list[int]] = [[] for _ in range(layers)]
        self.width = [0.0] * layers  # widest shape of every layer, and how many shapes are that wide
        self.widest = [0] * layers
        for v in range(d.n):
            key = (d.lane[v], d.rows[v])
            self.on_row[key] = self.on_row.get(key, 0) + 1
            at, w = d.layer[v], d.sizes[v][0]
            self.by_layer[at].append(v)
            if w > self.width[at]:
                self.width[at], self.widest[at] = w, 1
            elif w == self.width[at]:
                self.widest[at] += 1

    # --- costs ------------------------------------------------------------------------------------
    def _cost(self, v: int) -> float:
        """Straight crossings of ``v``'s flows plus ``BEND_COST`` per bend of its same-lane flows."""
        return self.counter.count([v]) + BEND_COST * self._bent(v) + LENGTH_COST * self._rise(v)

    def _rise(self, v: int) -> float:
        """Vertical distance between the ends of ``v``'s flows, in rows."""
        ys, flows = self.d.ys, self.d.flows
        return sum(abs(ys[a] - ys[b]) for a, b in (flows[i] for i in self.counter.touching[v])) / self.d.pitch

    def _bent(self, v: int) -> int:
        """Bends of ``v``'s same-lane forward flows as drawn (a flow between two rows jogs)."""
        ys = self.d.ys
        return sum(c for w, c in self.d.jogs[v] if ys[w] != ys[v])

    def _rect(self, v: int) -> Rect:
        w, h = self.d.sizes[v]
        return Rect(self.d.xs[v] - w / 2, self.d.ys[v] - h / 2, w, h)

    def _route(self, i: int) -> list[tuple[float, float]]:
        u, v = self.d.flows[i]
        low, high = sorted((self.d.layer[u], self.d.layer[v]))
        near = [w for at in range(low, high + 1) for w in self.by_layer[at] if w not in (u, v)]
        self.counter.spend(len(near) + 1)
        obstacles = [self._rect(w) for w in near]
        return route(self._rect(u), self._rect(v), obstacles, self.d.fans[u])

    def drawn_crossings(self, v: int) -> int:
        """Crossings of the routed flows near ``v`` (its own and those passing its layers), each pair once."""
        return self._drawn(v)[0]

    def _drawn(self, v: int) -> tuple[int, int]:
        """Crossings and bends of the routed flows near ``v`` (its own and those passing its layers)."""
        mine, others = self.counter.near([v])
        self.counter.spend(len(mine) * (len(mine) + len(others)))
        routes = {i: self._route(i) for i in (*mine, *others)}
        lines = {i: list(pairwise(r)) for i, r in routes.items()}
        count = 0
        for k, i in enumerate(mine):
            for j in (*mine[k + 1:], *others):
                count += sum(1 for s in lines[i] for t in lines[j] if segments_cross(s, t))
        return count, sum(_corners(r) for r in routes.values())

    def straighten(self, movable: list[int]) -> bool:
        """Put bent steps on a same-lane neighbour's row where that adds no crossing, straight or drawn, and
        removes bends as drawn."""
        d, moved = self.d, False
        try:
            for v in movable:
                lane, home = d.lane[v], (d.layer[v], d.rows[v])
                if home[1] in (self.low[lane], self.high[lane]) and self.on_row[(lane, home[1])] == 1:
                    continue
                wanted = dict.fromkeys(d.rows[w] for w, _c in d.jogs[v] if d.rows[w] != home[1])
                slots = [(home[0], r) for r in wanted if (home[0], lane, r) not in self.occupant]
                if not slots:
                    continue
                straight = self.counter.count([v])
                drawn: tuple[int, int] | None = None
                for slot in slots:
                    self._put(v, slot)
                    if self.counter.count([v]) <= straight:
                        self._put(v, home)
                        drawn = drawn or self._drawn(v)
                        self._put(v, slot)
                        c, b = self._drawn(v)
                        if c <= drawn[0] and b < drawn[1]:
                            self._take(v, home, slot)
                            moved = True
                            break
                    self._put(v, home)
        except BudgetSpent:
            self._put(v, home)
            raise
        return moved

    # --- moves ------------------------------------------------------------------------------------
    def _put(self, v: int, slot: Slot) -> None:
        """Move ``v`` to ``slot`` (only its coordinates and the counter's buckets)."""
        d = self.d
        layer, row = slot
        if layer != d.layer[v]:
            self.counter.move(v, d.layer[v], layer)
            self.by_layer[d.layer[v]].remove(v)
            self.by_layer[layer].append(v)
            d.layer[v] = layer
            d.xs[v] = d.layer_x[layer]
        d.ys[v] = d.row_zero[d.lane[v]] + row * d.pitch

    def _slots(self, v: int) -> list[Slot]:
        d = self.d
        lane, home, layer = d.lane[v], d.rows[v], d.layer[v]
        rows = [home]
        if not (home in (self.low[lane], self.high[lane]) and self.on_row[(lane, home)] == 1):
            rows = list(range(self.low[lane], self.high[lane] + 1))
        layers = [layer]
        w = d.sizes[v][0]
        if LAYER_WINDOW and not (w == self.width[layer] and self.widest[layer] == 1):
            low, high = self.bounds(v)
            layers = [x for x in range(max(low, layer - LAYER_WINDOW), min(high, layer + LAYER_WINDOW) + 1)
                      if w <= self.width[x]]
        return [(x, r) for x in layers for r in (rows if x == layer else [home, *rows])
                if (x, lane, r) not in self.occupant and (x, r) != (layer, home)]

    def _improve(self, v: int) -> bool:
        """Move ``v`` to its best slot that does not add drawn crossings (nor more bends than its own jogs);
        True if it moved."""
        d = self.d
        home: Slot = (d.layer[v], d.rows[v])
        straight, bent = self.counter.count([v]), self._bent(v)
        self.cost_left = straight > 0 or bent > 0
        if not self.cost_left:  # nothing crossed, nothing bent: shorter flows alone are not worth the search
            return False
        alone = straight + BEND_COST * bent + LENGTH_COST * self._rise(v)
        better: list[tuple[float, Slot, int]] = []
        try:
            for slot in dict.fromkeys(self._slots(v)):
                self._put(v, slot)
                drop = alone - self._cost(v)
                if drop > 0:
                    better.append((-drop, slot, self._bent(v) - bent))
        finally:
            self._put(v, home)
        if not better:
            return False
        crossings, bends = self._drawn(v)
        for _drop, slot, more in sorted(better):
            self._put(v, slot)
            try:
                c, b = self._drawn(v)
            except BudgetSpent:
                self._put(v, home)
                raise
            if c <= crossings and b - bends <= more:
                self._take(v, home, slot)
                self.cost_left = alone + _drop > 0
                return True
            self._put(v, home)
        return False

    def _take(self, v: int, home: Slot, slot: Slot) -> None:
        """Book-keeping of a move of ``v`` from ``home`` to ``slot`` (already put there)."""
        d = self.d
        lane = d.lane[v]
        self.occupant.discard((home[0], lane, home[1]))
        self.occupant.add((slot[0], lane, slot[1]))
        self.on_row[(lane, home[1])] -= 1
        self.on_row[(lane, slot[1])] = self.on_row.get((lane, slot[1]), 0) + 1
        d.rows[v] = slot[1]
        self.moved = True
        if slot[0] != home[0]:
            w = d.sizes[v][0]
            self.widest[home[0]] -= w == self.width[home[0]]
            self.widest[slot[0]] += w == self.width[slot[0]]

    def run(self, movable: list[int]) -> bool:
        """Improve the slots of the ``movable`` steps, then straighten bent ones; True if any moved. Stops when
        the work budget is spent."""
        try:
            self._search(movable)
            self.straighten(movable)
        except BudgetSpent:
            pass
        return self.moved

    def _search(self, movable: list[int]) -> bool:
        """Rounds of ``_improve``: after the first, only the steps left with a cost and the ends of the flows of
        moved steps are visited again."""
        moved = False
        is_movable = [False] * self.d.n
        for v in movable:
            is_movable[v] = True
        pairs, touching = self.d.flows, self.counter.touching
        todo = [v for v in movable if touching[v]]
        for _round in range(ROUNDS):
            again: set[int] = set()
            for v in todo:
                if self._improve(v):
                    moved = True
                    again.update(x for i in touching[v] for x in pairs[i] if is_movable[x])
                elif self.cost_left:
                    again.add(v)
            if not moved or not again:
                break
            todo = sorted(again)
        return moved


def _corners(line: list[tuple[float, float]]) -> int:
    """Bends of an orthogonal polyline."""
    return sum(1 for a, b, c in zip(line, line[1:], line[2:], strict=False)
               if abs((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])) > 1e-6)
