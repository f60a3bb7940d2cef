"""Derived networkx views of a process (never stored)."""

from __future__ import annotations

import networkx as nx

from jcloud_desk.domain.process import FlowKind
from jcloud_desk.domain.project import Project


def to_digraph(project: Project, process_id: str, sequence_only: bool = True) -> nx.DiGraph:
    """Steps as nodes (attribute ``step``), flows as edges (attribute ``flow``)."""
    graph = nx.DiGraph()
    for step in project.steps_of(process_id):
        graph.add_node(step.id, step=step)
    for flow in project.flows_of(process_id):
        if sequence_only and flow.kind is not FlowKind.SEQUENCE:
            continue
        graph.add_edge(flow.source_id, flow.target_id, flow=flow)
    return graph
