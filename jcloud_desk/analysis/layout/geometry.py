"""Geometry: stages 5-6 of the auto-layout, rows inside lanes and the absolute centre of every step.

Columns are as wide as their widest shape plus a gap, phases as wide as their layers (never narrower than
``MIN_PHASE_SIZE``), lanes as tall as their rows (never lower than ``MIN_LANE_SIZE``). The full crossing
count of the drawing (``crossings.count_crossings`` on straight centre-to-centre segments) is read here.
"""

from __future__ import annotations

from jcloud_desk.analysis.layout.crossings import count_crossings
from jcloud_desk.analysis.layout.ordering import Ordering
from jcloud_desk.analysis.layout.rows import lane_rows
from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER

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

class Geometry(Ordering):
    """The ordering state plus its drawing: centres, lane tops and sizes, phase sizes, crossings."""

    #: Lanes whose cells stack from the top row instead of keeping chains on one line (``lane_rows``).
    stacked: frozenset[int] = frozenset()
    #: Rows fixed by the placement refinement (``None``: derived from the cells by ``lane_rows``).
    fixed_rows: list[int] | None = None

    # --- 5./6. rows and geometry ----------------------------------------------------------------
    def _geometry(
        self, ranges: list[tuple[int, int]]
    ) -> tuple[list[float], list[float], list[float], list[float], list[float]]:
        """Absolute centre x/y of every step (virtual ones too), lane tops, lane sizes and phase sizes."""
        row = self.fixed_rows if self.fixed_rows is not None else self._rows()
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

    def _rows(self) -> list[int]:
        """Row of every step (virtual ones too) as the cells and ``stacked`` give them."""
        return lane_rows(self.keys, self._members, self.before, self.total, self.stacked)

    def _crossings(self, ranges: list[tuple[int, int]], mandatory: bool = False) -> int:
        xs, ys, *_rest = self._geometry(ranges)
        if mandatory:
            self.budget.mandatory += self.count_cost
        else:
            self.budget.spend(self.count_cost)
        return count_crossings([((xs[u], ys[u]), (xs[v], ys[v])) for u, v in self.pairs])

    # --- driver ---------------------------------------------------------------------------------
