"""External organisations as their own pool: a lane for 関係機関 (転出元市区町村, J-LIS, 県) that exchanges
messages with the municipality instead of taking part in its sequence of work.

A process has a *main pool*: the pool of the lanes that hold its start events (else the pool most of its lanes
share). A lane in any other pool is *external*. Making a lane external gives it a pool of its own (named after
the lane) and turns the flows that now cross the pool boundary into message flows; making it internal again
puts it back in the main pool and turns message flows that no longer cross a boundary into sequence flows,
the same rule ``operations.connect`` uses for new flows. One edit, undone in one step.
"""

from __future__ import annotations

from collections import Counter

from jcloud_desk.domain.edits import Edit, SetFields, batch
from jcloud_desk.domain.process import FlowKind, Lane, StepKind
from jcloud_desk.domain.project import Project

#: Added to an external lane's pool name if the lane is named like the main pool.
EXTERNAL_SUFFIX = "（外部）"


def main_pool(project: Project, process_id: str) -> str:
    """The pool of the process's own work: where its start events are, else the most common pool of its lanes."""
    lanes = {lane.id: lane for lane in project.lanes_of(process_id)}
    starts = Counter(lanes[s.lane_id].pool for s in project.steps_of(process_id)
                     if s.kind is StepKind.START and s.lane_id in lanes)
    # max() keeps the first of equally common pools, as most_common(1) does (which imports heapq at the first draw)
    if starts:
        return max(starts, key=starts.__getitem__)
    pools = Counter(lane.pool for lane in lanes.values())
    return max(pools, key=pools.__getitem__) if pools else ""


def is_external(project: Project, lane: Lane) -> bool:
    """True when the lane is in another pool than its process's main pool."""
    return lane.pool != main_pool(project, lane.process_id)


def set_lane_external(project: Project, lane_id: str, external: bool) -> Edit | None:
    """Move a lane into a pool of its own (``external``) or back into the main pool; None when it already is.

    Flows between the lane and the others change kind so that every flow across pools is a message flow and
    every flow inside one is a sequence flow (associations are left alone)."""
    lane = project.lane[lane_id]
    if is_external(project, lane) == external:
        return None
    main = main_pool(project, lane.process_id)
    if external:
        pool = lane.name.strip() or lane.id
        pool = pool + EXTERNAL_SUFFIX if pool == main else pool
    else:
        pool = main
    pools = {other.id: (pool if other.id == lane_id else other.pool) for other in project.lanes_of(lane.process_id)}
    lane_of = {step.id: step.lane_id for step in project.steps_of(lane.process_id)}
    edits: list[Edit] = [SetFields.of(lane, pool=pool)]
    for flow in project.flows_of(lane.process_id):
        if flow.kind not in (FlowKind.SEQUENCE, FlowKind.MESSAGE):
            continue
        lanes = (lane_of.get(flow.source_id, ""), lane_of.get(flow.target_id, ""))
        if lane_id not in lanes or not all(x in pools for x in lanes):
            continue
        wanted = FlowKind.MESSAGE if pools[lanes[0]] != pools[lanes[1]] else FlowKind.SEQUENCE
        if flow.kind is not wanted:
            edits.append(SetFields.of(flow, kind=wanted))
    return batch(edits)
