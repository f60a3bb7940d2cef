"""Deterministic generator of swimlane processes for the layout benchmarks (seeded ``random``, no I/O).

A process is mostly forward chains of tasks that hand off between lanes, with 2-3 way gateway branches
(exclusive or parallel) that rejoin, rework loops (a check gateway flowing back to a recent step, about 5 %
of the flows) and a few documents attached to tasks by association flows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, Step, StepKind
from jcloud_desk.domain.project import Project

PROCESS_ID = "bench"


@dataclass(frozen=True, slots=True)
class GraphStats:
    """What a generated process holds."""

    steps: int
    flows: int
    back_flows: int
    hand_offs: int
    gateways: int
    artifacts: int


class _Builder:
    def __init__(self, rng: random.Random, lanes: int) -> None:
        self.rng = rng
        self.lanes = lanes
        self.steps: list[Step] = []
        self.flows: list[Flow] = []
        self.back = 0
        self.hand_offs = 0
        self.recent: list[str] = []  # sequence steps in creation order, for rework targets

    def step(self, kind: StepKind, lane: int) -> str:
        step_id = f"s{len(self.steps):05d}"
        self.steps.append(Step(id=step_id, process_id=PROCESS_ID, lane_id=f"lane-{lane}", kind=kind,
                               label=f"{kind.value} {len(self.steps)}"))
        if not kind.is_artifact:
            self.recent.append(step_id)
        return step_id

    def flow(self, source: str, target: str, kind: FlowKind = FlowKind.SEQUENCE) -> None:
        self.flows.append(Flow(id=f"f{len(self.flows):05d}", process_id=PROCESS_ID, source_id=source,
                               target_id=target, kind=kind))

    def lane_after(self, lane: int, hand_off: float) -> int:
        if self.rng.random() < hand_off:
            self.hand_offs += 1
            return self.rng.choice([x for x in range(self.lanes) if x != lane])
        return lane


def swimlane_project(
    steps: int,
    *,
    lanes: int = 6,
    phases: int = 0,
    seed: int = 7,
    hand_off: float = 0.25,
    branch: float = 0.08,
    rework: float = 0.05,
    artifact: float = 0.03,
) -> tuple[Project, GraphStats]:
    """A project with one process of exactly ``steps`` steps in ``lanes`` lanes (and ``phases`` phases)."""
    if steps < 2:
        raise ValueError("a process needs at least a start and an end")
    rng = random.Random(seed)
    b = _Builder(rng, lanes)
    lane = 0
    current = b.step(StepKind.START, lane)
    gateways = artifacts = 0
    while len(b.steps) < steps - 1:
        left = steps - 1 - len(b.steps)
        roll = rng.random()
        if roll < branch and left >= 10:
            kind = StepKind.GATEWAY_AND if rng.random() < 0.3 else StepKind.GATEWAY
            split = b.step(kind, lane)
            b.flow(current, split)
            ends = []
            for _ in range(rng.choice((2, 2, 3))):
                previous, branch_lane = split, lane
                for _ in range(rng.randint(1, 3)):
                    branch_lane = b.lane_after(branch_lane, hand_off)
                    task = b.step(StepKind.TASK, branch_lane)
                    b.flow(previous, task)
                    previous = task
                ends.append(previous)
            current = b.step(kind, lane)
            for end in ends:
                b.flow(end, current)
            gateways += 2
        elif roll < branch + rework and left >= 2 and len(b.recent) > 4:
            check = b.step(StepKind.GATEWAY, lane)
            b.flow(current, check)
            target = rng.choice(b.recent[-12:-2])
            b.flow(check, target)
            b.back += 1
            current = check
            gateways += 1
        elif roll < branch + rework + artifact and left >= 2 and b.steps[int(current[1:])].kind.is_activity:
            document = b.step(StepKind.DOCUMENT, lane)
            b.flow(current, document, FlowKind.ASSOCIATION)
            artifacts += 1
        else:
            lane = b.lane_after(lane, hand_off)
            kind = rng.choice((StepKind.TASK, StepKind.TASK, StepKind.MANUAL_TASK, StepKind.SYSTEM_TASK))
            task = b.step(kind, lane)
            b.flow(current, task)
            current = task
    end = b.step(StepKind.END, lane)
    b.flow(current, end)
    project = Project()
    project.process[PROCESS_ID] = Process(id=PROCESS_ID, name=f"benchmark {steps}")
    for i in range(lanes):
        project.lane[f"lane-{i}"] = Lane(id=f"lane-{i}", process_id=PROCESS_ID, name=f"部署{i + 1}", sort=float(i))
    for i in range(phases):
        project.phase[f"phase-{i}"] = Phase(id=f"phase-{i}", process_id=PROCESS_ID, name=f"工程{i + 1}",
                                            sort=float(i))
    by_id: dict[str, Step] = {}
    for order, step in enumerate(b.steps):
        if phases:
            step.phase_id = f"phase-{order * phases // steps}"
        by_id[step.id] = step
    if phases:  # a document belongs to its task's phase
        for flow in b.flows:
            if flow.kind is FlowKind.ASSOCIATION:
                by_id[flow.target_id].phase_id = by_id[flow.source_id].phase_id
    project.step.update(by_id)
    project.flow.update((f.id, f) for f in b.flows)
    stats = GraphStats(len(b.steps), len(b.flows), b.back, b.hand_offs, gateways, artifacts)
    return project, stats
