"""Page a swimlane diagram for paper: one scale per flow, cuts only between shapes, headers repeated.

Pure geometry in scene units (1 unit = 1 px at 96 dpi). The caller gives the drawn area, where the lane
header column and phase header row end, the lane and phase boundaries (preferred cut lines), the boxes that
must never be cut (shapes with their labels) and the page area. ``plan_pages`` returns the scale and the
body tiles; every page shows the header column and row again beside its tile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Scale below which labels get too small on paper (9.5 pt × 0.6 ≈ 5.7 pt): tile instead.
MIN_SCALE = 0.6
#: A flow that fits is enlarged up to this scale, not further (a 3-step flow need not fill A3).
MAX_SCALE = 1.4
_STEP = 0.01
#: Below this the pager rather cuts through a shape than shrink the flow further.
FLOOR_SCALE = 0.45
#: Space between two bands stacked on one page (page units).
BAND_GAP = 14.0


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned box ``left ≤ x ≤ right``, ``top ≤ y ≤ bottom``."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        """right − left."""
        return self.right - self.left

    @property
    def height(self) -> float:
        """bottom − top."""
        return self.bottom - self.top

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        """True when ``other`` lies wholly inside."""
        return (other.left >= self.left - tolerance and other.right <= self.right + tolerance
                and other.top >= self.top - tolerance and other.bottom <= self.bottom + tolerance)

    def overlaps(self, other: Box) -> bool:
        """True when the interiors meet."""
        return (other.left < self.right and other.right > self.left
                and other.top < self.bottom and other.bottom > self.top)


@dataclass(frozen=True, slots=True)
class Diagram:
    """What the pager needs to know of one drawn flow."""

    #: Everything drawn (headers included).
    bounds: Box
    #: x where the lane header column ends, y where the phase header row ends.
    body_left: float
    body_top: float
    #: Phase column boundaries (x) and lane band boundaries (y): the preferred cut lines.
    column_cuts: Sequence[float]
    row_cuts: Sequence[float]
    #: Shapes with their labels: never cut.
    keep_whole: Sequence[Box]


@dataclass(frozen=True, slots=True)
class Tile:
    """One page's part of the body; the page also shows the headers beside it."""

    body: Box
    row: int
    column: int


@dataclass(frozen=True, slots=True)
class PagePlan:
    """The scale of a flow and its tiles, row by row (top-left first)."""

    scale: float
    tiles: tuple[Tile, ...]
    rows: int
    columns: int
    #: Cuts inside a lane or phase (between shapes) rather than on a boundary.
    inner_cuts: int = 0
    #: Tiles stacked on one page (a flow cut into bands: bands of a short flow share a page on tall paper).
    per_page: int = 1

    @property
    def pages(self) -> int:
        """Number of pages."""
        return -(-len(self.tiles) // self.per_page)

    def page_tiles(self) -> list[tuple[Tile, ...]]:
        """The tiles of each page, top to bottom."""
        return [self.tiles[i:i + self.per_page] for i in range(0, len(self.tiles), self.per_page)]


def page_size_for(diagram: Diagram, body: Box, scale: float) -> tuple[float, float]:
    """Width and height on paper of a tile with its repeated headers."""
    header_w = diagram.body_left - diagram.bounds.left
    header_h = diagram.body_top - diagram.bounds.top
    return (header_w + body.width) * scale, (header_h + body.height) * scale


def _cuts(start: float, end: float, limit: float, preferred: Sequence[float],
          blocked: list[tuple[float, float]]) -> list[float] | None:
    """Cut [start, end] into the fewest spans no longer than ``limit``, never through a kept box.

    Among cuts with as few spans, lane/phase boundaries are preferred over cuts between shapes inside a lane
    or phase, and even spans over a full page followed by a nearly empty one. None when it cannot be cut."""
    if end - start <= limit + 1e-6:
        return [start, end]
    lines = {x for x in preferred if start < x < end and not _inside(x, blocked)}
    points = set(lines)
    for low, high in _gaps(start, end, blocked):
        margin = min(8.0, (high - low) / 2)
        points.update((low + margin, (low + high) / 2, high - margin))
    if not blocked:  # cutting anywhere (the last resort): points every quarter page
        step = limit / 4
        points.update(start + step * i for i in range(1, int((end - start) / step) + 1))
    ordered = [start, *sorted(x for x in points if start < x < end), end]
    # best[i]: (spans, inner cuts, unevenness) to reach ordered[i]; previous index for the way back
    best: list[tuple[int, int, float] | None] = [None] * len(ordered)
    back = [0] * len(ordered)
    best[0] = (0, 0, 0.0)
    for i in range(1, len(ordered)):
        for j in range(i - 1, -1, -1):
            span = ordered[i] - ordered[j]
            if span > limit + 1e-6:
                break
            previous = best[j]
            if previous is None:
                continue
            inner = 0 if i == len(ordered) - 1 or ordered[i] in lines else 1
            cost = (previous[0] + 1, previous[1] + inner, previous[2] + ((limit - span) / limit) ** 2)
            current = best[i]
            if current is None or cost < current:
                best[i], back[i] = cost, j
    if best[-1] is None:
        return None
    cuts = [len(ordered) - 1]
    while cuts[-1]:
        cuts.append(back[cuts[-1]])
    return [ordered[i] for i in reversed(cuts)]


def _gaps(start: float, end: float, blocked: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The free stretches between the kept boxes (their spans merged) inside [start, end]."""
    gaps: list[tuple[float, float]] = []
    last = start
    for low, high in sorted(blocked):
        if low > last:
            gaps.append((last, min(low, end)))
        last = max(last, high)
    if last < end:
        gaps.append((last, end))
    return [(low, high) for low, high in gaps if start < low < high]


def _inside(x: float, blocked: list[tuple[float, float]]) -> bool:
    return any(low < x < high for low, high in blocked)


def _plan_at(diagram: Diagram, scale: float, width: float, height: float, whole: bool = True) -> PagePlan | None:
    """The plan at ``scale``; None when the flow cannot be cut there (``whole=False`` may cut through shapes)."""
    bounds = diagram.bounds
    header_w = diagram.body_left - bounds.left
    header_h = diagram.body_top - bounds.top
    limit_w = width / scale - header_w
    limit_h = height / scale - header_h
    if limit_w <= 0 or limit_h <= 0:
        return None
    keep = diagram.keep_whole if whole else ()
    xs = _cuts(diagram.body_left, bounds.right, limit_w, diagram.column_cuts, [(b.left, b.right) for b in keep])
    ys = _cuts(diagram.body_top, bounds.bottom, limit_h, diagram.row_cuts, [(b.top, b.bottom) for b in keep])
    if xs is None or ys is None:
        return None
    tiles = tuple(
        Tile(Box(xs[c], ys[r], xs[c + 1], ys[r + 1]), r, c)
        for r in range(len(ys) - 1) for c in range(len(xs) - 1)
    )
    inner = sum(1 for x in xs[1:-1] if x not in diagram.column_cuts) + sum(
        1 for y in ys[1:-1] if y not in diagram.row_cuts)
    per_page = 1
    if len(ys) == 2 and len(xs) > 2:  # one band high: stack bands while they fit the page height
        band = (header_h + bounds.bottom - diagram.body_top) * scale
        per_page = max(1, min(len(xs) - 1, int((height + BAND_GAP) // (band + BAND_GAP))))
    return PagePlan(scale, tiles, len(ys) - 1, len(xs) - 1, inner, per_page)


def plan_pages(diagram: Diagram, width: float, height: float, min_scale: float = MIN_SCALE,
               max_scale: float = MAX_SCALE) -> PagePlan:
    """The fewest pages at a readable scale; among those the fewest cuts inside a lane or phase, then the
    largest scale (fuller pages, larger text).

    One page when the whole flow fits at ``min_scale`` or more; otherwise the body is cut along lane and
    phase boundaries (inside a lane or phase only between shapes) into tiles of one size scale.
    """
    bounds = diagram.bounds
    fit = min(width / bounds.width, height / bounds.height) if bounds.width > 0 and bounds.height > 0 else 1.0
    if fit >= min_scale:
        single = _plan_at(diagram, min(fit, max_scale), width, height)
        if single is not None and single.pages == 1:
            return single
    scale = min_scale
    best = _plan_at(diagram, scale, width, height)
    while best is None and scale > FLOOR_SCALE + 1e-9:  # no gap between shapes within a page: shrink a little
        scale -= 0.05
        best = _plan_at(diagram, scale, width, height)
    if best is None:  # shapes packed with no gap at all: cut where it must, at a readable scale
        scale = min_scale
        best = _plan_at(diagram, scale, width, height, whole=False)
        assert best is not None
        return best
    trial = scale + _STEP
    while trial <= max_scale + 1e-9:  # as few pages, as few cuts inside a lane/phase, then the largest scale
        bigger = _plan_at(diagram, trial, width, height)
        if bigger is not None and (bigger.pages, bigger.inner_cuts) <= (best.pages, best.inner_cuts):
            best = bigger
        trial += _STEP
    return best
