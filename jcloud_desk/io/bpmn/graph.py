"""The element walk behind ``read_bpmn``: pools, lanes, flow elements and their connections → our entities.

``GraphReader`` turns BPMN elements into one ``Unit`` (our process in the making) per process, with the
geometry ``bpmn_di`` lays out: lanes (nested lanes flattened to leaves; a lane per pool without lanes), steps
(``bpmn_kinds.NODE_KINDS``, plus drawn process-level data inputs/outputs and data objects), phases (groups),
sub-process children (a unit of their own) and pending connections, resolved at the end by BPMN id. A
connection whose ends lie in different units is lifted to the sub-process steps that hold them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, Step, StepKind
from jcloud_desk.io.bpmn.di import Box, DiShape, LaneGeo, NodeGeo, PhaseGeo, Scope, lane_at, read_di
from jcloud_desk.io.bpmn.kinds import (
    COUNT_KEYS,
    EXT_NS,
    I18N_NS,
    MODEL_NS,
    NODE_KINDS,
    SUBPROCESS_TAGS,
    XML_NS,
    local_name,
)
from jcloud_desk.io.errors import BpmnFormatError
from jcloud_desk.io.imported import ImportWarning

MAX_DEPTH = 50
_M = f"{{{MODEL_NS}}}"


@dataclass(slots=True, eq=False)
class Unit:
    """One of our processes being built, with its geometry scope."""

    process: Process
    vertical: bool
    geo: Scope = field(default_factory=Scope)
    parent: Unit | None = None
    parent_node: NodeGeo | None = None
    pools: list[tuple[str, str, Box | None]] = field(default_factory=list)  # (lane name, Lane.pool, pool box)
    pool_lanes: dict[int, LaneGeo] = field(default_factory=dict)
    used_di: bool = False
    named: bool = True  # False when the name is a stand-in (file name or BPMN id)


@dataclass(slots=True)
class Pending:
    """A connection to resolve once every element is known (ends by BPMN id, or the node itself)."""

    kind: FlowKind
    source: str | NodeGeo
    target: str | NodeGeo
    label: str
    where: str


def text_of(el: Element | None) -> str:
    """The stripped text of an element ('' for None)."""
    return (el.text or "").strip() if el is not None else ""


def has_content(container: Element) -> bool:
    """True if a process holds a step element or a lane."""
    return container.find(f"{_M}laneSet/{_M}lane") is not None or any(local_name(c.tag)[1] in NODE_KINDS
                                                                     for c in container)


def ref_of(value: str | None) -> str:
    """An IDREF or QName reference without its prefix."""
    return (value or "").strip().rpartition(":")[2]


class GraphReader:
    """State and element handlers shared by the reader (see ``bpmn_import``)."""

    def __init__(self, root: Element, where: str) -> None:
        self.root, self.where = root, where
        self.flows: list[Flow] = []
        self.counts: dict[str, int] = dict.fromkeys([*COUNT_KEYS.values(), "data_io", "diagrams", "shapes", "edges"], 0)
        self.di: dict[str, DiShape] = read_di(root, self.counts)
        self.units: list[Unit] = []
        self.warnings: list[ImportWarning] = []
        self.nodes: dict[str, NodeGeo] = {}
        self.unit_of: dict[int, Unit] = {}
        self.pending: list[Pending] = []
        self.calls: list[tuple[NodeGeo, str]] = []
        self.attach: list[tuple[NodeGeo, str]] = []
        self.process_unit: dict[str, Unit] = {}
        self.lanes: dict[str, LaneGeo] = {}
        self.groups: dict[str, PhaseGeo] = {}
        self.ext: list[tuple[object, Element]] = []  # (Process | LaneGeo | PhaseGeo | Step, its element)
        self.data_object_ref: dict[str, str] = {}
        self.category = {el.get("id", ""): el.get("value", "") for el in root.iter(f"{_M}categoryValue")}
        self.processes = {el.get("id", ""): el for el in root if el.tag == f"{_M}process"}
        self.owner = {el.get("id", ""): pid for pid, p in self.processes.items() for el in p.iter() if el.get("id")}
        self.part_proc = {p.get("id", ""): ref_of(p.get("processRef")) for p in root.iter(f"{_M}participant")}

    # --- helpers ----------------------------------------------------------------------------------------------
    def warn(self, where: str, message: str) -> None:
        self.warnings.append(ImportWarning(where, message))

    def count(self, local: str) -> None:
        key = COUNT_KEYS.get(local)
        if key:
            self.counts[key] += 1

    def box(self, element_id: str, vertical: bool) -> Box | None:
        shape = self.di.get(element_id)
        if shape is None:
            return None
        return shape.box.swapped() if vertical else shape.box

    def new_unit(self, name: str, vertical: bool, notes: str = "", parent: Unit | None = None,
                 parent_node: NodeGeo | None = None) -> Unit:
        process = Process(id=new_id(), name=name, notes=notes, sort=float(len(self.units) + 1))
        unit = Unit(process, vertical, parent=parent, parent_node=parent_node)
        self.units.append(unit)
        return unit

    def keep_ext(self, target: object, el: Element) -> None:
        ext = el.find(f"{_M}extensionElements")
        if ext is not None and any(child.tag.startswith(f"{{{EXT_NS}}}") for child in ext):
            self.ext.append((target, el))

    # --- pools and lanes --------------------------------------------------------------------------------------
    def pool(self, unit: Unit, name: str, container: Element | None, consumed: set[str],
             pool_box: Box | None = None, lane_name: str = "", depth: int = 0) -> int:
        """Add one pool (participant, process or sub-process) with its lanes; walk its flow elements."""
        key = len(unit.pools)
        unit.pools.append((lane_name or name, name, pool_box))
        leaves: list[tuple[Element, list[str]]] = []
        lane_of: dict[str, LaneGeo] = {}
        if container is not None:
            if container.tag == f"{_M}process":
                consumed.add(container.get("id", ""))
                self.process_unit.setdefault(container.get("id", ""), unit)
            for lane_set in container.findall(f"{_M}laneSet"):
                self.lane_set(lane_set, [], leaves, 0)
        for el, inherited in leaves:
            lane_id = el.get("id", "")
            lane_label = (el.get("name") or "").strip() or lane_name or name
            lane = Lane(id=new_id(), process_id=unit.process.id, name=lane_label, pool=name)
            lg = LaneGeo(lane, key, self.box(lane_id, unit.vertical), pool_box)
            unit.geo.lanes.append(lg)
            self.lanes.setdefault(lane_id, lg)
            self.keep_ext(lg, el)
            for ref in [text_of(r) for r in el.findall(f"{_M}flowNodeRef")] + inherited:
                lane_of.setdefault(ref, lg)
        if not leaves:
            unit.pool_lanes[key] = self.add_lane(unit, key, pool_box)
        if container is not None:
            self.walk(container, unit, key, lane_of, depth)
        return key

    def add_lane(self, unit: Unit, key: int, pool_box: Box | None) -> LaneGeo:
        lane_name, pool_name, _box = unit.pools[key]
        lane = Lane(id=new_id(), process_id=unit.process.id, name=lane_name, pool=pool_name)
        lg = LaneGeo(lane, key, None, pool_box)
        unit.geo.lanes.append(lg)
        return lg

    def lane_set(self, lane_set: Element, inherited: list[str], leaves: list[tuple[Element, list[str]]],
                 depth: int) -> None:
        """Flatten nested lanes to leaf lanes; a parent's node refs go to its first leaf unless a leaf has them."""
        if depth > MAX_DEPTH:
            raise BpmnFormatError(self.where, None, worded("bpmn.lanes_too_deep"))
        for lane in lane_set.findall(f"{_M}lane"):
            self.count("lane")
            refs = [text_of(r) for r in lane.findall(f"{_M}flowNodeRef")]
            children = lane.findall(f"{_M}childLaneSet")
            if any(c.find(f"{_M}lane") is not None for c in children):
                first = len(leaves)
                for child in children:
                    self.lane_set(child, [], leaves, depth + 1)
                if first < len(leaves):
                    leaves[first][1].extend(refs + inherited)
            else:
                leaves.append((lane, list(inherited)))
            inherited = []

    # --- flow elements ----------------------------------------------------------------------------------------
    def walk(self, container: Element, unit: Unit, pool_key: int | None, lane_of: dict[str, LaneGeo], depth: int,
             artifacts_only: bool = False, candidates: list[Unit] | None = None) -> None:
        if depth > MAX_DEPTH:
            raise BpmnFormatError(self.where, None, worded("bpmn.subprocesses_too_deep"))
        for child in container:
            ns, local = local_name(child.tag)
            if ns != MODEL_NS:
                continue
            target = self.pick(child, candidates) if candidates else unit
            if local in NODE_KINDS and (not artifacts_only or local == "textAnnotation"):
                self.node(child, local, target, pool_key, lane_of, depth)
            elif local in ("sequenceFlow", "association"):
                self.count(local)
                kind = FlowKind.SEQUENCE if local == "sequenceFlow" else FlowKind.ASSOCIATION
                label = child.get("name") or child.get(f"{{{EXT_NS}}}label") or ""
                self.pending.append(Pending(kind, ref_of(child.get("sourceRef")), ref_of(child.get("targetRef")),
                                             label.strip(), child.get("id", "")))
            elif local == "group":
                self.group(child, target)
            elif local == "ioSpecification" and container.tag == f"{_M}process":
                for data in child:
                    if data.tag in (f"{_M}dataInput", f"{_M}dataOutput") and data.get("id", "") in self.di:
                        self.node(data, local_name(data.tag)[1], unit, pool_key, lane_of, depth)
            elif local == "dataObject" and not artifacts_only and child.get("id", "") in self.di:
                self.node(child, local, unit, pool_key, lane_of, depth)
        if not artifacts_only:
            for ref in container.iter(f"{_M}dataObjectReference"):
                self.data_object_ref.setdefault(ref_of(ref.get("dataObjectRef")), ref.get("id", ""))

    def pick(self, el: Element, units: list[Unit]) -> Unit:
        """The unit whose pools hold a collaboration artifact's shape (the first one otherwise)."""
        for unit in units:
            box = self.box(el.get("id", ""), unit.vertical)
            if box is not None and any(pb is not None and pb.contains(*box.center) for _n, _p, pb in unit.pools):
                return unit
        return units[0]

    def group(self, el: Element, unit: Unit) -> None:
        self.count("group")
        ref = ref_of(el.get("categoryValueRef"))
        name = self.category.get(ref, "").strip() or (el.get("name") or "").strip()
        phase = Phase(id=new_id(), process_id=unit.process.id, name=name or f"工程{len(unit.geo.phases) + 1}")
        pg = PhaseGeo(phase, self.box(el.get("id", ""), unit.vertical))
        unit.geo.phases.append(pg)
        self.groups.setdefault(el.get("id", ""), pg)
        self.keep_ext(pg, el)

    def label(self, el: Element, local: str, attrs: dict[str, str]) -> str:
        if local == "textAnnotation":
            return text_of(el.find(f"{_M}text"))
        name = (el.get("name") or "").strip()
        for tr in el.iterfind(f"{_M}extensionElements/{{{I18N_NS}}}translation"):
            if (tr.get(f"{{{XML_NS}}}lang") or "").lower().startswith("ja") and text_of(tr):
                attrs["bpmn_name"] = name
                return text_of(tr)
        return name

    def node(self, el: Element, local: str, unit: Unit, pool_key: int | None, lane_of: dict[str, LaneGeo],
             depth: int) -> None:
        if local in NODE_KINDS:
            self.count(local)
        else:
            self.counts["data_io"] += 1
        bid = el.get("id", "")
        attrs = {"bpmn_id": bid, "bpmn_type": local} if bid else {"bpmn_type": local}
        for child in el:
            ns, tag = local_name(child.tag)
            if ns == MODEL_NS and tag.endswith("EventDefinition"):
                attrs.setdefault("bpmn_event", tag.removesuffix("EventDefinition"))
        if local == "boundaryEvent" and el.get("attachedToRef"):
            attrs["bpmn_attached_to"] = ref_of(el.get("attachedToRef"))
        if local == "callActivity" and el.get("calledElement"):
            attrs["bpmn_called_element"] = ref_of(el.get("calledElement"))
        label = self.label(el, local, attrs)
        notes = "\n".join(text_of(d) for d in el.findall(f"{_M}documentation") if text_of(d))
        step = Step(id=new_id(), process_id=unit.process.id, lane_id="", kind=NODE_KINDS.get(local, StepKind.DOCUMENT),
                    label=label, notes=notes, attrs=attrs)
        geo = NodeGeo(step, self.box(bid, unit.vertical), pool_key if pool_key is not None else -1, lane_of.get(bid))
        unit.geo.nodes.append(geo)
        self.unit_of[id(geo)] = unit
        if bid in self.nodes:
            self.warn(bid, worded("bpmn.duplicate_id"))
        elif bid:
            self.nodes[bid] = geo
        self.keep_ext(step, el)
        if "bpmn_attached_to" in attrs:
            self.attach.append((geo, attrs["bpmn_attached_to"]))
        if "bpmn_called_element" in attrs:
            self.calls.append((geo, attrs["bpmn_called_element"]))
        for assoc in el:
            if assoc.tag == f"{_M}dataInputAssociation":
                self.count("dataInputAssociation")
                for src in assoc.findall(f"{_M}sourceRef"):
                    self.pending.append(Pending(FlowKind.ASSOCIATION, text_of(src), geo, "", assoc.get("id", bid)))
            elif assoc.tag == f"{_M}dataOutputAssociation":
                self.count("dataOutputAssociation")
                for dst in assoc.findall(f"{_M}targetRef"):
                    self.pending.append(Pending(FlowKind.ASSOCIATION, geo, text_of(dst), "", assoc.get("id", bid)))
        if local in SUBPROCESS_TAGS and any(local_name(c.tag)[1] in NODE_KINDS for c in el):
            self.subprocess(el, geo, unit, depth)

    def subprocess(self, el: Element, geo: NodeGeo, unit: Unit, depth: int) -> None:
        child = self.new_unit(geo.step.label or "サブプロセス", unit.vertical, parent=unit, parent_node=geo)
        geo.step.subprocess_id = child.process.id
        shape = self.di.get(el.get("id", ""))
        if geo.box is not None and (shape is None or shape.expanded is not False):
            inner = [self.box(c.get("id", ""), unit.vertical) for c in el if local_name(c.tag)[1] in NODE_KINDS]
            if all(b is None or geo.box.contains(*b.center) for b in inner) and any(inner):
                child.geo.frame = geo.box
        self.pool(child, "", el, set(), depth=depth + 1)

    # --- references -------------------------------------------------------------------------------------------
    def find(self, ref: str | NodeGeo) -> NodeGeo | None:
        if isinstance(ref, NodeGeo):
            return ref
        return self.nodes.get(ref) or self.nodes.get(self.data_object_ref.get(ref, ""))

    def resolve(self) -> None:
        for geo, ref in self.attach:
            act = self.nodes.get(ref)
            if act is geo:  # attachedToRef naming the event itself: import it as a free-standing event
                self.warn(geo.step.attrs.get("bpmn_id", ref),
                          worded("bpmn.self_attached", ref=ref))
                continue
            if act is not None and self.unit_of[id(act)] is self.unit_of[id(geo)] and act.attached is None:
                geo.attached = act
        for geo, ref in self.calls:
            called = self.process_unit.get(ref)
            if called is not None:
                geo.step.subprocess_id = called.process.id
                if not called.named and geo.step.label:  # an unnamed process: name it after its caller
                    called.process.name, called.named = geo.step.label, True
        for p in self.pending:
            src, dst = self.find(p.source), self.find(p.target)
            if src is None or dst is None:
                self.warn(p.where, worded("bpmn.target_not_step"))
                continue
            lifted = self.lift(src, dst)
            if lifted is None:
                self.warn(p.where, worded("bpmn.across_processes"))
                continue
            unit, src, dst = lifted
            self.flows.append(Flow(id=new_id(), process_id=unit.process.id, source_id=src.step.id,
                                   target_id=dst.step.id, label=p.label, kind=p.kind))
            if p.kind is FlowKind.SEQUENCE:
                unit.geo.sequence.append((src.step, dst.step))
        for unit in self.units:
            for n in unit.geo.nodes:
                if n.lane is None and n.attached is None:
                    found = lane_at(n.box, unit.geo.lanes, n.pool_key) if n.box is not None else None
                    n.lane = found or self.pool_lane(unit, n.pool_key)
            if unit.parent_node is not None and unit.parent_node.lane is not None:
                outer = unit.parent_node.lane.lane
                for lg in unit.geo.lanes:
                    lg.lane.name, lg.lane.pool = lg.lane.name or outer.name, outer.pool

    def pool_lane(self, unit: Unit, key: int) -> LaneGeo:
        if key < 0:
            if unit.geo.lanes:
                return unit.geo.lanes[0]
            unit.pools.append((unit.process.name, "", None))
            key = len(unit.pools) - 1
        if key not in unit.pool_lanes:
            unit.pool_lanes[key] = self.add_lane(unit, key, None)
            unit.pool_lanes[key].stray = True
        return unit.pool_lanes[key]

    def lift(self, src: NodeGeo, dst: NodeGeo) -> tuple[Unit, NodeGeo, NodeGeo] | None:
        """Both ends in the innermost process that holds them (an end inside a sub-process → the sub-process)."""
        def chain(geo: NodeGeo) -> list[tuple[Unit, NodeGeo]]:
            out: list[tuple[Unit, NodeGeo]] = []
            unit: Unit | None = self.unit_of[id(geo)]
            node: NodeGeo | None = geo
            while unit is not None and node is not None:
                out.append((unit, node))
                node = unit.parent_node
                unit = unit.parent
            return out

        targets = {id(u): n for u, n in chain(dst)}
        for unit, node in chain(src):
            if id(unit) in targets:
                return unit, node, targets[id(unit)]
        return None
