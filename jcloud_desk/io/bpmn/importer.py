"""Read BPMN 2.0 XML (any vendor's dialect) into new processes: ``read_bpmn(path_or_bytes) -> ImportedFlows``.

Lenient: vendor namespaces and extension elements are ignored, schema problems do not stop the import, and
what cannot be mapped is reported in ``ImportedFlows.warnings``. Hostile XML (DTDs, entity expansion, external
entities) is refused with ``BpmnFormatError`` before anything is expanded.

Mapping: a collaboration whose pools are joined (message flows between them, or any flow or boundary
attachment between their processes) becomes ONE process with one pool per participant (``Lane.pool``), plus
the processes it is joined to that have no pool; otherwise each ``process`` is one process (named after its
participant). Vertical pools and lanes are read with x/y swapped (lane order = left to right). Lanes (nested
ones flattened to leaf lanes) → lanes; a pool without lanes, and flow nodes outside every lane, get a lane
named after the pool; a pool with nothing in it and no name or area is skipped with a warning. Tasks, events,
gateways, data object/store references and text annotations → steps (``bpmn_kinds``); drawn process-level data
inputs/outputs and drawn data objects → document steps. Sub-processes (expanded or collapsed) → sub-process
steps whose ``subprocess_id`` is a new process holding their children; a call activity points at the process
it calls. Sequence/message flows and (data) associations → flows; groups → phases (columns by DI x). The BPMN
id is kept in ``attrs["bpmn_id"]`` (with ``bpmn_type``, ``bpmn_event``, ``bpmn_attached_to``). Files written by
``bpmn_export`` carry our extension, which restores phases, positions, step numbers and attributes exactly.

Counted in ``ImportedFlows.counts``: the keys of ``bpmn_kinds.COUNT_KEYS`` plus ``data_io`` (drawn data
inputs/outputs/objects), ``diagrams``, ``shapes`` and ``edges``. Geometry: ``bpmn_di``; the element walk:
``bpmn_graph``; our extension: ``bpmn_ext``.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.process import FlowKind
from jcloud_desk.io.bpmn.di import is_vertical, layout_scope
from jcloud_desk.io.bpmn.ext import FitGap, restore_extensions
from jcloud_desk.io.bpmn.graph import GraphReader, Pending, Unit, has_content, ref_of, text_of
from jcloud_desk.io.bpmn.kinds import EXT_NS, MODEL_NS
from jcloud_desk.io.bpmn.safe_xml import load_bpmn_bytes, parse_bpmn_xml
from jcloud_desk.io.imported import ImportedFlows

_M = f"{{{MODEL_NS}}}"


def read_bpmn(source: Path | str | bytes) -> ImportedFlows:
    """Read a BPMN 2.0 file (path) or document (bytes); raise ``BpmnFormatError`` for non-XML, non-BPMN or hostile
    input. ``OSError`` if the file cannot be read."""
    data, where = load_bpmn_bytes(source)
    return _Reader(parse_bpmn_xml(data, where), where).run()


class _Reader(GraphReader):
    """Decides which BPMN processes become which of our processes, then lets ``GraphReader`` fill them."""

    def __init__(self, root: Element, where: str) -> None:
        super().__init__(root, where)
        self.comp = self.components()

    # --- top level --------------------------------------------------------------------------------------------
    def top(self, ref: str | None) -> str:
        """The process that holds an element (a participant stands for its process)."""
        ref = ref_of(ref)
        return self.part_proc.get(ref) or self.owner.get(ref, ref)

    def components(self) -> dict[str, str]:
        """Process id → representative: processes joined by a flow or a boundary attachment end up together."""
        parent = {pid: pid for pid in self.processes}

        def find(pid: str) -> str:
            while parent[pid] != pid:
                parent[pid] = parent[parent[pid]]
                pid = parent[pid]
            return pid

        flow_tags = (f"{_M}sequenceFlow", f"{_M}association", f"{_M}messageFlow")
        for el in self.root.iter():
            if el.tag in flow_tags:
                a, b = self.top(el.get("sourceRef")), self.top(el.get("targetRef"))
            elif el.tag == f"{_M}boundaryEvent":
                a, b = self.top(el.get("id")), self.top(el.get("attachedToRef"))
            else:
                continue
            if a in parent and b in parent:
                parent[find(a)] = find(b)
        return {pid: find(pid) for pid in parent}

    def run(self) -> ImportedFlows:
        consumed: set[str] = set()
        for collab in (el for el in self.root if el.tag == f"{_M}collaboration"):
            self.collaboration(collab, consumed)
        groups: dict[str, list[Element]] = {}
        for pid, proc in self.processes.items():
            if pid not in consumed and has_content(proc):
                groups.setdefault(self.comp[pid], []).append(proc)
        defs = (self.root.get("name") or "").strip()
        for procs in groups.values():
            names = [(proc.get("name") or "").strip() or proc.get("id", "") for proc in procs]
            given = (procs[0].get("name") or "").strip() if len(procs) == 1 else defs
            unit = self.new_unit(given or defs or "・".join(names), self.vertical(procs),
                                 text_of(procs[0].find(f"{_M}documentation")))
            unit.named = bool(given)
            for proc, lane_name in zip(procs, names, strict=True):
                self.pool(unit, "", proc, consumed, lane_name=unit.process.name if len(procs) == 1 else lane_name)
        self.resolve()
        out = ImportedFlows(warnings=self.warnings, counts=self.counts)
        for unit in self.units:
            unit.used_di = layout_scope(unit.geo)
        fitgap = FitGap()
        restore_extensions(self.ext, self.lanes, self.groups, self.warnings, fitgap)
        for unit in self.units:
            used = {n.step.lane_id for n in unit.geo.nodes}  # our extension may have emptied a stand-in lane
            unit.geo.lanes = [lg for lg in unit.geo.lanes if not lg.stray or lg.lane.id in used]
            out.positioned = out.positioned or unit.used_di
            out.processes.append(unit.process)
            out.lanes.extend(sorted((lg.lane for lg in unit.geo.lanes), key=lambda lane: lane.sort))
            out.phases.extend(sorted((pg.phase for pg in unit.geo.phases), key=lambda phase: phase.sort))
            out.steps.extend(n.step for n in unit.geo.nodes)
        out.flows = self.flows
        kept = {s.id for s in out.steps}
        out.judgments = [j for j in fitgap.judgments if j.id in kept]
        out.item_links = [link for link in fitgap.links if link.step_id in kept]
        return out

    def vertical(self, containers: list[Element], participants: list[str] | None = None) -> bool:
        ids = [*(participants or []), *(lane.get("id", "") for c in containers for lane in c.iter(f"{_M}lane"))]
        return is_vertical([self.di[i] for i in ids if i in self.di])

    def collaboration(self, collab: Element, consumed: set[str]) -> None:
        parts = [p for p in collab if p.tag == f"{_M}participant"]
        for _ in parts:
            self.count("participant")
        procs = {p.get("id", ""): ref_of(p.get("processRef")) for p in parts}
        flows = [f for f in collab if f.tag == f"{_M}messageFlow"]

        def side(value: str | None) -> str:
            ref = ref_of(value)
            if ref in procs:
                return procs[ref] or ref
            return self.owner.get(ref, ref)

        ends = [side(f.get(k)) for f in flows for k in ("sourceRef", "targetRef")]
        refs = [r for r in procs.values() if r in self.processes]
        roots = {self.comp[r] for r in refs}
        extra = [p for p in self.processes if self.comp[p] in roots and p not in refs and p not in consumed]
        cross = any(ends[i] != ends[i + 1] for i in range(0, len(ends), 2)) or len(roots) < len(refs) or bool(extra)
        ours = collab.find(f"{_M}extensionElements/{{{EXT_NS}}}process") is not None
        containers = [self.processes[r] for r in [*refs, *extra]]
        units: list[Unit] = []
        if ours or (cross and len(parts) + len(extra) > 1):
            defs = (self.root.get("name") or "").strip()
            names = [(p.get("name") or "").strip() for p in parts]
            name = (collab.get("name") or "").strip() or defs or "・".join(n for n in names if n) or "BPMN"
            unit = self.new_unit(name, self.vertical(containers, list(procs)),
                                 text_of(collab.find(f"{_M}documentation")))
            self.keep_ext(unit.process, collab)
            units.append(unit)
            for part in parts:
                self.participant(unit, part, consumed)
            for ref in extra:  # a process drawn in the collaboration without a pool of its own
                if ref not in consumed:
                    proc = self.processes[ref]
                    self.pool(unit, "", proc, consumed, lane_name=(proc.get("name") or "").strip() or ref)
        else:
            for part in parts:
                ref = procs[part.get("id", "")]
                if ref not in self.processes or ref in consumed or not has_content(self.processes[ref]):
                    self.warn(part.get("id", ""), worded("bpmn.empty_pool"))
                    continue
                proc = self.processes[ref]
                name = (part.get("name") or "").strip() or (proc.get("name") or "").strip() or ref
                unit = self.new_unit(name, self.vertical([proc], [part.get("id", "")]),
                                     text_of(proc.find(f"{_M}documentation")))
                units.append(unit)
                self.participant(unit, part, consumed)
        for flow in flows:
            self.count("messageFlow")
            self.pending.append(Pending(FlowKind.MESSAGE, ref_of(flow.get("sourceRef")), ref_of(flow.get("targetRef")),
                                         (flow.get("name") or "").strip(), flow.get("id", "")))
        if units:
            self.walk(collab, units[0], None, {}, 0, artifacts_only=True, candidates=units)

    def participant(self, unit: Unit, part: Element, consumed: set[str]) -> None:
        ref = ref_of(part.get("processRef"))
        proc = self.processes.get(ref) if ref not in consumed else None
        shape = self.di.get(part.get("id", ""))
        unnamed = not (part.get("name") or "").strip()
        if (proc is None or not has_content(proc)) and (shape is None or shape.box.w * shape.box.h == 0) and unnamed:
            self.warn(part.get("id", ""), worded("bpmn.empty_pool"))
            return
        name = (part.get("name") or "").strip()
        if not name and proc is not None:
            name = (proc.get("name") or "").strip()
        self.pool(unit, name or ref or part.get("id", ""), proc, consumed, self.box(part.get("id", ""), unit.vertical))
