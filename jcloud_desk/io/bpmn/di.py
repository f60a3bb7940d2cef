"""BPMN DI geometry for the reader: shapes by element id, and DI bounds → our lane × phase grid.

Vertical pools are read with x and y swapped (lane order = left to right). Lane heights come from the lane
shapes, phase widths from the group shapes (columns start at each group's left edge), and every step keeps its
DI centre, made relative to its cell. A scope without any DI gets a simple left-to-right placement by sequence
order (the caller may run the real auto-layout).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from jcloud_desk.domain.layout import LANE_HEADER, SHAPE_SIZE, Grid
from jcloud_desk.domain.process import Lane, Phase, Step
from jcloud_desk.io.bpmn.kinds import BPMNDI_NS, DC_NS

LABEL_STRIP = 30.0  # the label band of a BPMN pool or lane, inside its bounds
MIN_LANE = 40.0
MIN_PHASE = 40.0
DEFAULT_LANE = 130.0
RANK_GAP = 180.0
STACK_GAP = 70.0
MAX_STRETCH = 3.0
NEIGHBOURS = 8
SHAPE_GAP = 30.0


@dataclass(frozen=True, slots=True)
class Box:
    """DI bounds (already swapped for vertical pools)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def swapped(self) -> Box:
        return Box(self.y, self.x, self.h, self.w)


@dataclass(frozen=True, slots=True)
class DiShape:
    """One BPMNShape: bounds, and the isHorizontal / isExpanded flags when the file gives them."""

    box: Box
    horizontal: bool | None
    expanded: bool | None


def _flag(value: str | None) -> bool | None:
    return None if value is None else value.strip().lower() == "true"


def read_di(root: Element, counts: dict[str, int]) -> dict[str, DiShape]:
    """Shapes of every plane of every diagram by ``bpmnElement`` (first one wins); counts diagrams/shapes/edges."""
    shapes: dict[str, DiShape] = {}
    for diagram in root.iter(f"{{{BPMNDI_NS}}}BPMNDiagram"):
        counts["diagrams"] = counts.get("diagrams", 0) + 1
        for el in diagram.iter():
            if el.tag == f"{{{BPMNDI_NS}}}BPMNEdge":
                counts["edges"] = counts.get("edges", 0) + 1
            if el.tag != f"{{{BPMNDI_NS}}}BPMNShape":
                continue
            counts["shapes"] = counts.get("shapes", 0) + 1
            bounds = el.find(f"{{{DC_NS}}}Bounds")
            target = el.get("bpmnElement", "")
            if bounds is None or not target or target in shapes:
                continue
            try:
                x, y, w, h = (float(bounds.get(k, "")) for k in ("x", "y", "width", "height"))
            except ValueError:
                continue
            if all(math.isfinite(v) for v in (x, y, w, h)) and w >= 0 and h >= 0:
                shapes[target] = DiShape(Box(x, y, w, h), _flag(el.get("isHorizontal")), _flag(el.get("isExpanded")))
    return shapes


def is_vertical(shapes: list[DiShape]) -> bool:
    """True when most pool/lane shapes say ``isHorizontal="false"`` (a lone pool must also be tall)."""
    flags = [s.horizontal for s in shapes if s.horizontal is not None]
    if not flags or flags.count(False) * 2 <= len(flags):
        return False
    if len(shapes) == 1:
        return shapes[0].box.h > 1.5 * shapes[0].box.w
    return True


@dataclass(slots=True, eq=False)
class LaneGeo:
    """One of our lanes with the DI it was made from (``box``: lane bounds, or the pool's for a pool lane)."""

    lane: Lane
    pool_key: int
    box: Box | None = None
    pool_box: Box | None = None
    strip: float = LABEL_STRIP
    start: float | None = None  # cross-axis DI coordinate of the lane's top, set by layout
    stray: bool = False  # made for flow nodes outside every lane of their pool


@dataclass(slots=True, eq=False)
class NodeGeo:
    """One step with its DI bounds; ``attached`` is the activity a boundary event sits on."""

    step: Step
    box: Box | None
    pool_key: int
    lane: LaneGeo | None = None
    attached: NodeGeo | None = None


@dataclass(slots=True, eq=False)
class PhaseGeo:
    """One phase with the DI bounds of its group."""

    phase: Phase
    box: Box | None


@dataclass(slots=True)
class Scope:
    """Everything that becomes one of our processes, for the layout."""

    lanes: list[LaneGeo] = field(default_factory=list)
    nodes: list[NodeGeo] = field(default_factory=list)
    phases: list[PhaseGeo] = field(default_factory=list)
    frame: Box | None = None  # bounds of an expanded sub-process that holds the nodes
    sequence: list[tuple[Step, Step]] = field(default_factory=list)


def lane_at(box: Box, lanes: list[LaneGeo], pool_key: int | None) -> LaneGeo | None:
    """The lane whose DI band (cross axis only) holds the centre of ``box``, same pool first."""
    _cx, cy = box.center
    for same_pool in (True, False):
        for lg in lanes:
            if same_pool and pool_key is not None and lg.pool_key != pool_key:
                continue
            band = lg.box or lg.pool_box
            if band is not None and band.h > 0 and band.y <= cy <= band.bottom:
                return lg
    return None


def _interval(lg: LaneGeo, members: list[NodeGeo], frame: Box | None) -> tuple[float, float] | None:
    if lg.box is not None and lg.box.h >= 10:
        return lg.box.y, lg.box.bottom
    if frame is not None:
        return frame.y, frame.bottom
    if lg.pool_box is not None and lg.pool_box.h >= 10:
        return lg.pool_box.y, lg.pool_box.bottom
    boxes = [n.box for n in members if n.box is not None]
    if boxes:
        return min(b.y for b in boxes) - 30, max(b.bottom for b in boxes) + 30
    return None


def _order_lanes(scope: Scope, intervals: dict[int, tuple[float, float] | None]) -> list[LaneGeo]:
    pool_start: dict[int, float] = {}
    for lg in scope.lanes:
        start = lg.pool_box.y if lg.pool_box is not None else math.inf
        span = intervals[id(lg)]
        if span is not None:
            start = min(start, span[0])
        pool_start[lg.pool_key] = min(pool_start.get(lg.pool_key, math.inf), start)
    order = {lg.lane.id: i for i, lg in enumerate(scope.lanes)}

    def key(lg: LaneGeo) -> tuple[float, int, float, int]:
        span = intervals[id(lg)]
        return pool_start[lg.pool_key], lg.pool_key, span[0] if span else math.inf, order[lg.lane.id]

    return sorted(scope.lanes, key=key)


def layout_scope(scope: Scope) -> bool:
    """Set lane sizes/order, phase sizes/order and every step's lane, phase and cell position; False without DI."""
    boxed = [n for n in scope.nodes if n.box is not None and n.attached is None]
    if not boxed:
        _fallback(scope)
        return False
    members: dict[int, list[NodeGeo]] = {}
    for n in boxed:
        if n.lane is not None:
            members.setdefault(id(n.lane), []).append(n)
    intervals = {id(lg): _interval(lg, members.get(id(lg), []), scope.frame) for lg in scope.lanes}
    lanes = _order_lanes(scope, intervals)
    next_start = 0.0
    for i, lg in enumerate(lanes):
        span = intervals[id(lg)] or (next_start, next_start + DEFAULT_LANE)
        lg.start, lg.lane.size, lg.lane.sort = span[0], max(span[1] - span[0], MIN_LANE), float(i)
        next_start = span[0] + lg.lane.size
    bodies = [lg.box.x + lg.strip for lg in lanes if lg.box is not None and lg.box.h >= 10]
    bodies += [lg.pool_box.x + lg.strip for lg in lanes if lg.box is None and lg.pool_box is not None]
    if scope.frame is not None:
        bodies.append(scope.frame.x)
    lefts = [n.box.x for n in boxed if n.box is not None] + [p.box.x for p in scope.phases if p.box is not None]
    origin = min(bodies + lefts) if bodies else min(lefts) - 40
    content_right = max(n.box.right for n in boxed if n.box is not None)
    scale = _stretch(boxed)
    phases = _phase_columns(scope.phases, origin, content_right, scale)
    grid = Grid([lg.lane for lg in lanes], phases)
    boxed_phases = [p for p in scope.phases if p.box is not None]
    extra = 0
    for n in scope.nodes:
        if n.attached is not None or n.lane is None or n.lane.start is None:
            continue
        if n.box is None:  # drawn elsewhere or not at all: park it right of the content
            abs_x = (content_right - origin) * scale + LANE_HEADER + 100 + 60 * extra
            local_y = n.lane.lane.size / 2
            extra += 1
            phase_geo = None
        else:
            cx, cy = n.box.center
            abs_x, local_y = (cx - origin) * scale + LANE_HEADER, min(max(cy - n.lane.start, 0.0), n.lane.lane.size)
            inside = [p for p in boxed_phases if p.box is not None and p.box.contains(cx, cy)]
            phase_geo = min(inside, key=lambda p: p.box.w * p.box.h if p.box else 0.0) if inside else None
        phase = phase_geo.phase if phase_geo is not None else grid.phase_at(abs_x)
        _put(n.step, grid, n.lane.lane, phase, abs_x, local_y)
    _place_boundary(scope)
    return True


def _stretch(nodes: list[NodeGeo]) -> float:
    """Main-axis scale (1 to ``MAX_STRETCH``) so that our shapes, wider than most tools' 100 px tasks, do not overlap
    where the DI shapes did not (each shape is compared with its next few neighbours along its lane)."""
    scale = 1.0
    lanes: dict[int, list[NodeGeo]] = {}
    for n in nodes:
        lanes.setdefault(id(n.lane), []).append(n)
    for items in lanes.values():
        items.sort(key=lambda n: n.box.center[0] if n.box else 0.0)
        for i, a in enumerate(items):
            for b in items[i + 1:i + 1 + NEIGHBOURS]:
                if a.box is None or b.box is None:
                    continue
                (ax, ay), (bx, by) = a.box.center, b.box.center
                (aw, ah), (bw, bh) = SHAPE_SIZE[a.step.kind], SHAPE_SIZE[b.step.kind]
                dx, need = bx - ax, (aw + bw) / 2
                if 1.0 <= dx < need and abs(by - ay) < (ah + bh) / 2 and dx >= (a.box.w + b.box.w) / 2:
                    scale = max(scale, (need + SHAPE_GAP) / dx)
    return min(scale, MAX_STRETCH)


def _phase_columns(phases: list[PhaseGeo], origin: float, content_right: float, scale: float) -> list[Phase]:
    boxed = sorted((p for p in phases if p.box is not None), key=lambda p: (p.box.x if p.box else 0.0))
    starts = [origin] + [p.box.x for p in boxed[1:] if p.box is not None]
    for i, pg in enumerate(boxed):
        assert pg.box is not None
        end = starts[i + 1] if i + 1 < len(boxed) else max(pg.box.right, content_right + 20)
        pg.phase.size = max((end - starts[i]) * scale, MIN_PHASE)
    ordered = [p.phase for p in boxed] + [p.phase for p in phases if p.box is None]
    for i, phase in enumerate(ordered):
        phase.sort = float(i)
    return ordered


def _put(step: Step, grid: Grid, lane: Lane, phase: Phase | None, abs_x: float, local_y: float) -> None:
    step.lane_id, step.phase_id = lane.id, phase.id if phase is not None else ""
    left, _top = grid.cell_origin(lane.id, step.phase_id)
    step.x, step.y = abs_x - left, local_y


def _place_boundary(scope: Scope) -> None:
    """Boundary events sit on their activity's border, at the same relative spot as in the DI."""
    count: dict[int, int] = {}
    for n in scope.nodes:
        act = n.attached
        if act is None:
            continue
        w, h = SHAPE_SIZE[act.step.kind]
        if n.box is not None and act.box is not None and act.box.w > 0 and act.box.h > 0:
            (cx, cy), (ax, ay) = n.box.center, act.box.center
            nx = min(max((cx - ax) / (act.box.w / 2), -1.0), 1.0)
            ny = min(max((cy - ay) / (act.box.h / 2), -1.0), 1.0)
        else:
            k = count.get(id(act), 0)
            count[id(act)] = k + 1
            nx, ny = (-0.5 + 0.5 * k) if k < 3 else 0.0, 1.0
        n.step.lane_id, n.step.phase_id = act.step.lane_id, act.step.phase_id
        n.step.x, n.step.y = act.step.x + nx * w / 2, act.step.y + ny * h / 2


def _ranks(scope: Scope) -> dict[str, int]:
    """Breadth-first distance from the nodes without incoming sequence flow (a cheap stand-in for a layout)."""
    ids = {n.step.id for n in scope.nodes}
    succ: dict[str, list[str]] = {}
    has_in: set[str] = set()
    for src, dst in scope.sequence:
        if src.id in ids and dst.id in ids:
            succ.setdefault(src.id, []).append(dst.id)
            has_in.add(dst.id)
    order = [n.step.id for n in scope.nodes if n.attached is None]
    rank: dict[str, int] = {}
    queue: deque[str] = deque()
    for sid in [s for s in order if s not in has_in] or order[:1]:
        rank[sid] = 0
        queue.append(sid)
    while queue:
        sid = queue.popleft()
        for nxt in succ.get(sid, []):
            if nxt not in rank:
                rank[nxt] = rank[sid] + 1
                queue.append(nxt)
    top = max(rank.values(), default=-1)
    for sid in order:
        if sid not in rank:
            top += 1
            rank[sid] = top
    return rank


def _fallback(scope: Scope) -> None:
    lanes = sorted(scope.lanes, key=lambda lg: lg.pool_key)
    rank = _ranks(scope)
    stack: dict[tuple[str, int], int] = {}
    deepest: dict[str, int] = {}
    for n in scope.nodes:
        if n.attached is not None or n.lane is None:
            continue
        r = rank[n.step.id]
        k = stack.get((n.lane.lane.id, r), 0)
        stack[(n.lane.lane.id, r)] = k + 1
        deepest[n.lane.lane.id] = max(deepest.get(n.lane.lane.id, 0), k)
        n.step.lane_id, n.step.phase_id = n.lane.lane.id, ""
        n.step.x, n.step.y = 110.0 + RANK_GAP * r, DEFAULT_LANE / 2 + STACK_GAP * k
    for i, lg in enumerate(lanes):
        lg.lane.sort = float(i)
        lg.lane.size = DEFAULT_LANE + STACK_GAP * deepest.get(lg.lane.id, 0)
    for i, pg in enumerate(scope.phases):
        pg.phase.sort = float(i)
    _place_boundary(scope)
