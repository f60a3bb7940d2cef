"""Steps in display order (process, phase, x, lane, y), as the checks, the register and the queues list them."""

from __future__ import annotations

from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Project


def ordered_steps(project: Project, process_id: str | None = None) -> list[Step]:
    """Steps in display order: process order, then phase, x, lane, y (as the checks order them)."""
    inf = float("inf")
    process_rank = {p.id: rank for rank, p in enumerate(project.processes())}
    insertion = {step_id: rank for rank, step_id in enumerate(project.step)}

    def key(step: Step) -> tuple[float, float, float, float, float, int]:
        phase = project.phase.get(step.phase_id)
        lane = project.lane.get(step.lane_id)
        phase_sort = phase.sort if phase is not None and phase.process_id == step.process_id else inf
        lane_sort = lane.sort if lane is not None and lane.process_id == step.process_id else inf
        rank = process_rank.get(step.process_id, len(process_rank))
        return (rank, phase_sort, step.x, lane_sort, step.y, insertion[step.id])

    if process_id is not None and process_id not in project.process:
        raise UnknownEntityError("process", process_id)
    steps = [s for s in project.step.values() if process_id is None or s.process_id == process_id]
    return sorted(steps, key=key)
