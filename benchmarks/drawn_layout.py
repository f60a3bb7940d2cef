"""Layouts as people see them: the flows as drawn, not as straight centre lines.

For **ours** every flow is routed exactly as the app draws it (``domain.routing.route`` with the step rectangles
as obstacles and gateway fan-out, as ``ui.scene.ProcessScene`` does); for **dot** the edges are the splines
``dot -Tplain`` returns (piecewise cubic Bézier curves, sampled at ``SAMPLES`` points per piece). Measured:

* **crossings**: proper intersections between the drawn polylines of two different flows (each point where two
  lines cross counts; flows touching at a shared port do not);
* **bends per flow**: for our orthogonal routes, the corners; for dot's curves, every place where the direction
  has turned by ``BEND_DEGREES`` or more since the last bend (a smooth S-curve counts 2);
* **total flow length** in points (the app's scene units; dot's inches × 72).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise

from jcloud_desk.analysis.layout.crossings import count_crossings
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.routing import route

Point = tuple[float, float]
Polyline = list[Point]

SAMPLES = 8
BEND_DEGREES = 30.0
POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class Drawn:
    """What one drawing of one process looks like."""

    crossings: int
    bends_per_flow: float
    length: float
    flows: int


def measure(lines: list[Polyline], bends: list[int]) -> Drawn:
    """Crossings between different lines, mean bends and total length."""
    segments = [(a, b) for line in lines for a, b in pairwise(line) if a != b]
    total = count_crossings(segments)
    own = sum(count_crossings(list(pairwise(line))) for line in lines if len(line) > 3)
    length = sum(math.dist(a, b) for line in lines for a, b in pairwise(line))
    return Drawn(total - own, sum(bends) / max(len(lines), 1), length, len(lines))


def _corners(line: Polyline) -> int:
    corners = 0
    for a, b, c in zip(line, line[1:], line[2:], strict=False):
        cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        if abs(cross) > 1e-6:
            corners += 1
    return corners


def ours_drawn(project: Project, process_id: str) -> Drawn:
    """Route every flow of the (laid out) process as the scene does and measure the drawing."""
    grid = Grid(project.lanes_of(process_id), project.phases_of(process_id))
    steps = {s.id: s for s in project.steps_of(process_id)}
    rects = {sid: grid.step_rect(s) for sid, s in steps.items()}
    by_left = sorted(rects.values(), key=lambda r: r.x)
    lines: list[Polyline] = []
    bends: list[int] = []
    for flow in project.flows_of(process_id):
        if flow.source_id == flow.target_id or flow.source_id not in rects or flow.target_id not in rects:
            continue
        source, target = rects[flow.source_id], rects[flow.target_id]
        left, right = min(source.x, target.x), max(source.x + source.w, target.x + target.w)
        obstacles = [r for r in by_left if r.x < right and r.x + r.w > left]
        fan_out = steps[flow.source_id].kind.is_gateway
        points = [(float(x), float(y)) for x, y in route(source, target, obstacles, fan_out)]
        lines.append(points)
        bends.append(_corners(points))
    return measure(lines, bends)


def _bezier(p0: Point, p1: Point, p2: Point, p3: Point) -> list[Point]:
    out = []
    for i in range(1, SAMPLES + 1):
        t = i / SAMPLES
        u = 1 - t
        out.append((u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                    u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]))
    return out


def _turns(line: Polyline) -> int:
    """Bends of a sampled curve: each time the heading has turned ``BEND_DEGREES`` since the last bend."""
    bends, turned = 0, 0.0
    headings = [math.atan2(b[1] - a[1], b[0] - a[0]) for a, b in pairwise(line) if a != b]
    for h1, h2 in pairwise(headings):
        delta = (h2 - h1 + math.pi) % (2 * math.pi) - math.pi
        turned += delta
        if abs(turned) >= math.radians(BEND_DEGREES):
            bends += 1
            turned = 0.0
    return bends


_EDGE = re.compile(r'^edge ("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+) (\d+) (.*)$')


def dot_drawn(plain: str) -> Drawn:
    """The splines of ``dot -Tplain`` output, sampled, measured the same way."""
    lines: list[Polyline] = []
    bends: list[int] = []
    for text in plain.splitlines():
        match = _EDGE.match(text)
        if match is None or match.group(1) == match.group(2):
            continue
        count = int(match.group(3))
        numbers = match.group(4).split()
        points = [(float(numbers[2 * i]) * POINTS_PER_INCH, -float(numbers[2 * i + 1]) * POINTS_PER_INCH)
                  for i in range(count)]
        line = [points[0]]
        for i in range(1, count - 2, 3):
            line += _bezier(points[i - 1], points[i], points[i + 1], points[i + 2])
        lines.append(line)
        bends.append(_turns(line))
    return measure(lines, bends)
