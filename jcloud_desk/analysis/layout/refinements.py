"""Refinements of the auto-layout's order: transpose and re-layering, judged on the real drawing.

Each is local (``LocalCrossings``), spends units of the run's ``WorkBudget`` and stops when it is spent; the
driver keeps a refinement's result only if the full count went down.
"""

from __future__ import annotations

from jcloud_desk.analysis.layout.budget import BudgetSpent
from jcloud_desk.analysis.layout.geometry import Geometry
from jcloud_desk.analysis.layout.local_crossings import LocalCrossings

#: Rounds of the transpose refinement at most.
TRANSPOSE_ROUNDS = 4
#: How many layers left or right of its place the re-layering tries for a step.
RELAYER_WINDOW = 6


class Refinements(Geometry):
    """Transpose (swap adjacent steps of a cell) and re-layering (move a hand-off step to a freer layer)."""

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
