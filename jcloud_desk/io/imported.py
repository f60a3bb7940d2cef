"""ImportedFlows: what every flow importer (BPMN, step list CSV/xlsx, Mermaid) returns — plain domain entities.

Readers never touch the open project; the caller turns the result into one undoable edit with ``to_batch``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jcloud_desk.domain.edits import Add, Batch, Edit
from jcloud_desk.domain.process import Flow, Lane, Phase, Process, Step


@dataclass(slots=True)
class ImportWarning:
    """Something the importer skipped or changed; ``where`` is 'file:line', 'sheet!row' or an element id."""

    where: str
    message: str


@dataclass(slots=True)
class ImportedFlows:
    """New processes with everything drawn in them (fresh ids; process sort values already set)."""

    processes: list[Process] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    positioned: bool = False  # True when the file carried positions (BPMN DI); else the caller lays it out
    warnings: list[ImportWarning] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # element counts by source type, for reports/tests

    def to_batch(self) -> Batch:
        """One edit adding everything, parents first."""
        edits: list[Edit] = []
        for group in (self.processes, self.lanes, self.phases, self.steps, self.flows):
            edits.extend(Add(entity) for entity in group)
        return Batch(tuple(edits))

    def process_names(self) -> list[str]:
        """Names of the imported processes, in order."""
        return [p.name for p in self.processes]
