"""LocalCrossings: crossings of the flows touching a few steps, for the auto-layout's local refinements.

Flows are bucketed by the layers they span, so one count costs the flows in those layers only instead of
the whole drawing. The counter reads the caller's ``layer``, ``xs`` and ``ys`` lists as they are at call
time (the refinements move steps by writing into them); ``move`` must be called when a step changes layer.
Every pair of flows compared is one unit of the optional ``WorkBudget``; a count that would spend more than
the budget's units left (minus ``reserve``, kept for the caller's final full count) raises ``BudgetSpent``.
"""

from __future__ import annotations

from jcloud_desk.analysis.layout.budget import BudgetSpent, WorkBudget
from jcloud_desk.analysis.layout.crossings import segments_cross


class LocalCrossings:
    """Counts crossings of straight centre-to-centre flows near some steps (see the module docstring)."""

    def __init__(self, pairs: list[tuple[int, int]], layer: list[int], xs: list[float], ys: list[float],
                 layer_count: int, budget: WorkBudget | None = None, reserve: int = 0) -> None:
        self._budget, self._reserve = budget, reserve
        self._pairs, self._layer, self._xs, self._ys = pairs, layer, xs, ys
        self.touching: list[list[int]] = [[] for _ in range(len(layer))]  # flow indexes of every step
        self._passing: list[set[int]] = [set() for _ in range(layer_count)]  # flows spanning each layer
        for i, (u, v) in enumerate(pairs):
            self.touching[u].append(i)
            self.touching[v].append(i)
            low, high = sorted((layer[u], layer[v]))
            for at in range(low, high + 1):
                self._passing[at].add(i)

    def count(self, steps: list[int]) -> int:
        """Crossings of the flows touching ``steps`` with every flow passing the same layers (each pair once)."""
        segments, touching, passing = self._pairs, self.touching, self._passing
        xs, ys, layer = self._xs, self._ys, self._layer
        mine = [i for v in steps for i in touching[v]]
        own = set(mine)
        budget = self._budget
        allowance = budget.left - self._reserve if budget is not None else 1 << 62
        count = compared = 0
        for i in mine:
            u, v = segments[i]
            s = ((xs[u], ys[u]), (xs[v], ys[v]))
            low, high = (layer[u], layer[v]) if layer[u] <= layer[v] else (layer[v], layer[u])
            near = passing[low] if low == high else set().union(*passing[low : high + 1])
            for j in near:
                if j in own and j <= i:
                    continue
                compared += 1
                if compared > allowance:
                    assert budget is not None
                    budget.spend(compared - 1)
                    raise BudgetSpent
                p, q = segments[j]
                if segments_cross(s, ((xs[p], ys[p]), (xs[q], ys[q]))):
                    count += 1
        if budget is not None:
            budget.spend(compared)
        return count

    def spend(self, units: int) -> None:
        """Charge ``units`` of other local work (e.g. routing) to the budget; ``BudgetSpent`` past its allowance."""
        budget = self._budget
        if budget is None:
            return
        if units > budget.left - self._reserve:
            raise BudgetSpent
        budget.spend(units)

    def near(self, steps: list[int]) -> tuple[list[int], list[int]]:
        """The flows touching ``steps`` and the other flows passing the layers those span (flow indexes)."""
        mine = list(dict.fromkeys(i for v in steps for i in self.touching[v]))
        own = set(mine)
        others: set[int] = set()
        layer = self._layer
        spans = [sorted((layer[u], layer[v])) for u, v in (self._pairs[i] for i in mine)]
        self.spend(sum(len(self._passing[at]) for low, high in spans for at in range(low, high + 1)))
        for low, high in spans:
            for at in range(low, high + 1):
                others |= self._passing[at]
        return mine, sorted(others - own)

    def move(self, v: int, old: int, new: int) -> None:
        """Re-bucket the flows touching ``v`` after it moved from layer ``old`` to ``new``."""
        for i in self.touching[v]:
            a, b = self._pairs[i]
            other = self._layer[b if a == v else a]
            low, high = sorted((other, old))
            for at in range(low, high + 1):
                self._passing[at].discard(i)
            low, high = sorted((other, new))
            for at in range(low, high + 1):
                self._passing[at].add(i)
