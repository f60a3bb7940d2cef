"""ImportedFlows: what every flow importer (BPMN, step list CSV/xlsx, Mermaid) returns — plain domain entities.

Readers never touch the open project; the caller turns the result into one undoable edit with ``to_batch``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.edits import Add, Batch, Edit
from jcloud_desk.domain.fitgap import Judgment, Link, Verdict
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.process import Flow, Lane, Phase, Process, Step
from jcloud_desk.domain.project import Project


@dataclass(slots=True)
class ImportWarning:
    """Something the importer skipped or changed; ``where`` is 'file:line', 'sheet!row' or an element id."""

    where: str
    message: str


@dataclass(frozen=True, slots=True)
class ItemLinkRef:
    """A link to a catalogue item named by its code (機能ID), resolved against the project's catalogues."""

    step_id: str
    code: str
    catalog: str = ""
    verdict: Verdict | None = None
    note: str = ""


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
    judgments: list[Judgment] = field(default_factory=list)  # Fit&Gap judgments carried by the file (BPMN ext.)
    item_links: list[ItemLinkRef] = field(default_factory=list)

    def to_batch(self) -> Batch:
        """One edit adding everything, parents first."""
        edits: list[Edit] = []
        for group in (self.processes, self.lanes, self.phases, self.steps, self.flows, self.judgments):
            edits.extend(Add(entity) for entity in group)
        return Batch(tuple(edits))

    def link_edits(self, project: Project) -> tuple[list[Edit], list[ImportWarning]]:
        """Links to the project's catalogue items by code (the named catalogue first); unknown codes warn."""
        edits: list[Edit] = []
        warnings: list[ImportWarning] = []
        by_code: dict[str, list[tuple[str, str]]] = {}
        for item in project.items_in_order():
            catalog = project.catalog.get(item.catalog_id)
            by_code.setdefault(item.code, []).append((catalog.name if catalog else "", item.id))
        for ref in self.item_links:
            candidates = by_code.get(ref.code, [])
            chosen = next((i for name, i in candidates if name == ref.catalog), None) or \
                (candidates[-1][1] if candidates else None)
            if chosen is None:
                message = worded("flow.unknown_code", code=ref.code)
                warnings.append(ImportWarning(ref.code, message))
                continue
            edits.append(Add(Link(id=new_id(), step_id=ref.step_id, item_id=chosen, verdict=ref.verdict,
                                  note=ref.note)))
        return edits, warnings

    def process_names(self) -> list[str]:
        """Names of the imported processes, in order."""
        return [p.name for p in self.processes]
