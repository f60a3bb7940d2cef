"""The lane × phase grid of a process in scene units (floats): where cells are, which cell holds a point."""

from __future__ import annotations

from typing import NamedTuple

from jcloud_desk.domain.process import Lane, Phase, Step, StepKind

LANE_HEADER = 120.0
PHASE_HEADER = 36.0
NO_PHASE_WIDTH = 1200.0

#: Width and height of each step kind's shape.
SHAPE_SIZE: dict[StepKind, tuple[float, float]] = {
    StepKind.TASK: (150.0, 56.0),
    StepKind.MANUAL_TASK: (150.0, 56.0),
    StepKind.SYSTEM_TASK: (150.0, 56.0),
    StepKind.SUBPROCESS: (150.0, 56.0),
    StepKind.START: (36.0, 36.0),
    StepKind.END: (36.0, 36.0),
    StepKind.EVENT: (36.0, 36.0),
    StepKind.GATEWAY: (48.0, 48.0),
    StepKind.GATEWAY_AND: (48.0, 48.0),
    StepKind.DOCUMENT: (110.0, 56.0),
    StepKind.DATA_STORE: (70.0, 56.0),
    StepKind.ANNOTATION: (130.0, 48.0),
}


class Rect(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """An axis-aligned rectangle."""

    x: float
    y: float
    w: float
    h: float

    def contains(self, px: float, py: float) -> bool:
        """True if the point lies inside (edges included)."""
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        """Centre point."""
        return self.x + self.w / 2, self.y + self.h / 2


class Grid:
    """Geometry of one process: lane bands top to bottom, phase columns left to right.

    Pass the process's ``steps`` so that, without phases, the bands are wide enough for every step."""

    def __init__(self, lanes: list[Lane], phases: list[Phase], steps: list[Step] | None = None) -> None:
        self.lanes = lanes
        self.phases = phases
        self._lane_top: dict[str, float] = {}
        y = PHASE_HEADER
        for lane in lanes:
            self._lane_top[lane.id] = y
            y += lane.size
        self.height = y
        self._phase_left: dict[str, float] = {}
        x = LANE_HEADER
        for phase in phases:
            self._phase_left[phase.id] = x
            x += phase.size
        self.width = x if phases else LANE_HEADER + NO_PHASE_WIDTH
        # steps without a phase sit right of the headers: widen the bands to hold the rightmost one
        for step in steps or ():
            if not step.phase_id or step.phase_id not in self._phase_left:
                self.width = max(self.width, LANE_HEADER + step.x + SHAPE_SIZE[step.kind][0] / 2 + 40.0)

    def lane_rect(self, lane_id: str) -> Rect:
        """The band of one lane, header included."""
        lane = next(x for x in self.lanes if x.id == lane_id)
        return Rect(0.0, self._lane_top[lane_id], self.width, lane.size)

    def phase_rect(self, phase_id: str) -> Rect:
        """The column of one phase, header included."""
        phase = next(x for x in self.phases if x.id == phase_id)
        return Rect(self._phase_left[phase_id], 0.0, phase.size, self.height)

    def cell_origin(self, lane_id: str, phase_id: str) -> tuple[float, float]:
        """Top-left corner of a lane × phase cell (phase '' = the whole width right of the headers)."""
        left = self._phase_left.get(phase_id, LANE_HEADER)
        return left, self._lane_top.get(lane_id, PHASE_HEADER)

    def step_center(self, step: Step) -> tuple[float, float]:
        """Absolute centre of a step."""
        left, top = self.cell_origin(step.lane_id, step.phase_id)
        return left + step.x, top + step.y

    def step_rect(self, step: Step) -> Rect:
        """Absolute bounding box of a step's shape."""
        cx, cy = self.step_center(step)
        w, h = SHAPE_SIZE[step.kind]
        return Rect(cx - w / 2, cy - h / 2, w, h)

    def lane_at(self, y: float) -> Lane | None:
        """The lane whose band contains ``y`` (clamped to the first / last lane)."""
        if not self.lanes:
            return None
        for lane in self.lanes:
            if y < self._lane_top[lane.id] + lane.size:
                return lane
        return self.lanes[-1]

    def phase_at(self, x: float) -> Phase | None:
        """The phase whose column contains ``x`` (clamped), or None when the process has no phases."""
        if not self.phases:
            return None
        for phase in self.phases:
            if x < self._phase_left[phase.id] + phase.size:
                return phase
        return self.phases[-1]

    def cell_at(self, x: float, y: float) -> tuple[str, str, float, float]:
        """Lane id, phase id and cell-relative position of an absolute point (the drop target)."""
        lane = self.lane_at(y)
        phase = self.phase_at(x)
        lane_id = lane.id if lane else ""
        phase_id = phase.id if phase else ""
        left, top = self.cell_origin(lane_id, phase_id)
        return lane_id, phase_id, x - left, y - top
