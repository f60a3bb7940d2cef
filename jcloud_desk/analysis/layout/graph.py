"""LayoutGraph: one process's steps and flows as integer-indexed lists, the input of the auto-layout.

Steps are numbered ``0..n-1`` in the project's order; lanes and phases by their position. Loose artifacts
(documents, data stores, annotations joined only by association flows) are set aside with a partner step
and take no part in layering (stage 1 of ``jcloud_desk.analysis.layout.autolayout``).
"""

from __future__ import annotations

from dataclasses import dataclass

from jcloud_desk.domain.layout import SHAPE_SIZE, Grid
from jcloud_desk.domain.process import FlowKind, Lane, Phase, Step
from jcloud_desk.domain.project import Project


@dataclass(slots=True)
class LayoutGraph:
    """The steps of one process as node ids, with their lane, phase, width and flows."""

    lanes: list[Lane]
    phases: list[Phase]
    steps: list[Step]
    lane: list[int]  # lane index of every step
    phase: list[int]  # phase index of every step, -1 without phase
    width: list[float]  # shape width of every step
    current_x: list[float]  # the step's centre x as drawn now (ties and unphased steps)
    partner: dict[int, int]  # loose artifact -> the step it is drawn next to
    nodes: list[int]  # steps that are layered (all but the loose artifacts)
    out: list[list[int]]  # sequence and message flows between nodes, by source
    indegree: list[int]
    pairs: list[tuple[int, int]]  # every flow as an undirected (low, high) pair, artifacts included

    @property
    def n(self) -> int:
        """Number of steps."""
        return len(self.steps)

    def flow_pairs(self) -> list[tuple[int, int]]:
        """``pairs`` as (source, target) in the flow's direction (an association keeps its order)."""
        return [(b, a) if a in self.out[b] and b not in self.out[a] else (a, b) for a, b in self.pairs]

    @classmethod
    def of(cls, project: Project, process_id: str, lanes: list[Lane], phases: list[Phase],
           steps: list[Step]) -> LayoutGraph:
        """The graph of ``steps`` (all in ``lanes``) and the flows of the process between them."""
        n = len(steps)
        lane_index = {lane.id: i for i, lane in enumerate(lanes)}
        phase_index = {phase.id: i for i, phase in enumerate(phases)}
        index = {s.id: i for i, s in enumerate(steps)}
        grid = Grid(lanes, phases)
        directed: dict[tuple[int, int], None] = {}
        association: list[tuple[int, int]] = []
        for flow in project.flows_of(process_id):
            u, v = index.get(flow.source_id), index.get(flow.target_id)
            if u is None or v is None or u == v:
                continue
            if flow.kind is FlowKind.ASSOCIATION:
                association.append((u, v))
            else:
                directed[(u, v)] = None
        in_flow = [False] * n
        for u, v in directed:
            in_flow[u] = in_flow[v] = True
        loose = [steps[i].kind.is_artifact and not in_flow[i] for i in range(n)]
        partner: dict[int, int] = {}
        for u, v in association:
            for artifact, other in ((u, v), (v, u)):
                if loose[artifact] and not loose[other] and artifact not in partner:
                    partner[artifact] = other
        out: list[list[int]] = [[] for _ in range(n)]
        indegree = [0] * n
        for u, v in directed:
            if u not in partner and v not in partner:
                out[u].append(v)
                indegree[v] += 1
        pairs: dict[tuple[int, int], None] = {}
        for u, v in [*directed, *association]:
            pairs[(min(u, v), max(u, v))] = None
        return cls(
            lanes=lanes,
            phases=phases,
            steps=steps,
            lane=[lane_index[s.lane_id] for s in steps],
            phase=[phase_index.get(s.phase_id, -1) for s in steps],
            width=[SHAPE_SIZE[s.kind][0] for s in steps],
            current_x=[grid.step_center(s)[0] for s in steps],
            partner=partner,
            nodes=[i for i in range(n) if i not in partner],
            out=out,
            indegree=indegree,
            pairs=list(pairs),
        )
