"""Write one process as BPMN 2.0 XML with DI: ``bpmn_bytes(project, process_id)`` / ``write_bpmn(...)``.

Structure: a collaboration per process (our extension on it marks "one jcloud process"), one participant and
one ``bpmn:process`` per pool (a run of adjacent lanes with the same ``Lane.pool``; pool '' is named after the
process), a laneSet with every lane, each step as its element (``bpmn_kinds.DEFAULT_TAG``, or the original
element kept in ``attrs["bpmn_type"]``), sequence flows, message flows (in the collaboration) and associations,
phases as ``bpmn:group`` with a ``categoryValue``. A sub-process step that opens another process becomes a
``callActivity`` whose ``calledElement`` is that process, written into the same file (recursively).

DI: shapes at our grid's absolute rectangles moved left by ``SHIFT`` (pool band 30 px, lane band 30 px where
our lane header is 120 px), so that the reader maps them back to the same cells; edges follow
``domain.routing.route``. Message flows between lanes of the same pool are kept as message flows although BPMN
means them between pools; the file stays schema-valid.

Our extension (``bpmn_ext``) carries phases, positions, step numbers, attributes and the Fit&Gap judgment.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement

from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.ids import stable_id
from jcloud_desk.domain.layout import LANE_HEADER, Grid, Rect
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Process, Step, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.routing import route
from jcloud_desk.io.atomic import write_bytes_atomic
from jcloud_desk.io.bpmn.di import LABEL_STRIP
from jcloud_desk.io.bpmn.ext import lane_ext, phase_ext, process_ext, step_ext
from jcloud_desk.io.bpmn.kinds import (
    ALTERNATIVES,
    BPMNDI_NS,
    DC_NS,
    DEFAULT_TAG,
    DI_NS,
    EVENT_DEFINITIONS,
    EXT_NS,
    MODEL_NS,
    XSI_NS,
)

SHIFT = LANE_HEADER - 2 * LABEL_STRIP
_BAND = 400.0
TARGET_NAMESPACE = "https://jcloud-desk.example/bpmn"
_NAMESPACES = {"bpmn": MODEL_NS, "bpmndi": BPMNDI_NS, "dc": DC_NS, "di": DI_NS, "xsi": XSI_NS, "jc": EXT_NS}
_NCNAME = re.compile(r"[A-Za-z_][\w.\-]*")
#: What XML 1.0 cannot hold: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FLOW_NODE_KINDS = frozenset(StepKind) - {StepKind.DOCUMENT, StepKind.DATA_STORE, StepKind.ANNOTATION}


def xml_id(prefix: str, raw: str) -> str:
    """A valid xsd:ID for one of our ids."""
    value = f"{prefix}_{raw}"
    return value if _NCNAME.fullmatch(value) else f"{prefix}_{stable_id(raw)}"


def _num(value: float) -> str:
    return repr(round(float(value), 6))


def _bounds(parent: Element, rect: Rect) -> None:
    SubElement(parent, "dc:Bounds", x=_num(rect.x - SHIFT), y=_num(rect.y), width=_num(rect.w), height=_num(rect.h))


def _pools(lanes: list[Lane]) -> list[list[Lane]]:
    """Runs of adjacent lanes with the same pool name."""
    runs: list[list[Lane]] = []
    for lane in lanes:
        if runs and runs[-1][0].pool == lane.pool:
            runs[-1].append(lane)
        else:
            runs.append([lane])
    return runs


def _subprocesses(project: Project, process_id: str) -> list[str]:
    """The process and every process its sub-process steps open, recursively (each once)."""
    order = [process_id]
    for pid in order:
        for step in project.steps_of(pid):
            if step.kind is StepKind.SUBPROCESS and step.subprocess_id in project.process \
                    and step.subprocess_id not in order:
                order.append(step.subprocess_id)
    return order


class _Writer:
    def __init__(self, project: Project, process_id: str) -> None:
        self.project = project
        self.root = Element("bpmn:definitions", {f"xmlns:{k}": v for k, v in _NAMESPACES.items()})
        self.root.set("id", xml_id("Definitions", process_id))
        self.root.set("name", project.get_process(process_id).name)
        self.root.set("targetNamespace", TARGET_NAMESPACE)
        self.root.set("exporter", "jcloud_desk")
        self.order = _subprocesses(project, process_id)
        self.first_process = {pid: xml_id("Process", f"{pid}_0") for pid in self.order}
        self.diagrams: list[Element] = []
        self.links: dict[str, list[Link]] = {}
        for link in project.link.values():
            self.links.setdefault(link.step_id, []).append(link)

    def run(self) -> bytes:
        for pid in self.order:
            self.process(self.project.get_process(pid))
        self.root.extend(self.diagrams)
        ET.indent(self.root)
        text = ET.tostring(self.root, encoding="unicode").replace("\r", "&#13;")  # else parsers turn CR into LF
        text = _XML_ILLEGAL.sub("", text)  # control characters in labels would make the file unreadable
        return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")

    def process(self, process: Process) -> None:
        project, pid = self.project, process.id
        lanes, phases = project.lanes_of(pid), project.phases_of(pid)
        steps, flows = project.steps_of(pid), project.flows_of(pid)
        grid = Grid(lanes, phases, steps)
        right = max([grid.width] + [grid.step_rect(s).x + grid.step_rect(s).w + 40 for s in steps])  # pool width
        runs = _pools(lanes)
        pool_of_lane = {lane.id: n for n, run in enumerate(runs) for lane in run}
        pool_of = {s.id: pool_of_lane.get(s.lane_id, 0) for s in steps}
        collab_id = xml_id("Collaboration", pid)
        if phases:
            category = SubElement(self.root, "bpmn:category", id=xml_id("Category", pid))
            for phase in phases:
                SubElement(category, "bpmn:categoryValue", id=xml_id("CategoryValue", phase.id), value=phase.name)
        collab = SubElement(self.root, "bpmn:collaboration", id=collab_id, name=process.name)
        process_ext(SubElement(collab, "bpmn:extensionElements"), process)
        plane = self.diagram(process, collab_id)
        for n, run in enumerate(runs or [[]]):
            self.pool(process, n, run, collab, plane, grid, right, [s for s in steps if pool_of[s.id] == n],
                      [f for f in flows if f.kind is not FlowKind.MESSAGE and pool_of.get(f.source_id) == n])
        for flow in flows:
            if flow.kind is FlowKind.MESSAGE:
                self.flow_element(collab, "bpmn:messageFlow", flow)
        for phase in phases:
            group = SubElement(collab, "bpmn:group", id=xml_id("Group", phase.id),
                               categoryValueRef=xml_id("CategoryValue", phase.id))
            phase_ext(SubElement(group, "bpmn:extensionElements"), phase)
            rect = grid.phase_rect(phase.id)
            self.shape(plane, group.get("id", ""), Rect(rect.x, 0.0, rect.w, rect.h),
                       label=Rect(rect.x + 4, 4.0, max(rect.w - 8, 1.0), 24.0))
        self.steps_di(plane, grid, steps)
        self.edges(plane, grid, steps, flows)

    def diagram(self, process: Process, collab_id: str) -> Element:
        diagram = Element("bpmndi:BPMNDiagram", id=xml_id("Diagram", process.id), name=process.name)
        self.diagrams.append(diagram)
        return SubElement(diagram, "bpmndi:BPMNPlane", id=xml_id("Plane", process.id), bpmnElement=collab_id)

    def pool(self, process: Process, n: int, run: list[Lane], collab: Element, plane: Element, grid: Grid,
             right: float, steps: list[Step], flows: list[Flow]) -> None:
        proc_id = xml_id("Process", f"{process.id}_{n}")
        pool_name = (run[0].pool if run else "") or process.name
        part = SubElement(collab, "bpmn:participant", id=xml_id("Participant", f"{process.id}_{n}"),
                          name=pool_name, processRef=proc_id)
        proc = SubElement(self.root, "bpmn:process", id=proc_id, name=pool_name, isExecutable="false")
        if run:
            top = grid.lane_rect(run[0].id).y
            height = sum(lane.size for lane in run)
            self.shape(plane, part.get("id", ""), Rect(SHIFT, top, right - SHIFT, height), horizontal=True)
            lane_set = SubElement(proc, "bpmn:laneSet", id=xml_id("LaneSet", f"{process.id}_{n}"))
            for lane in run:
                el = SubElement(lane_set, "bpmn:lane", id=xml_id("Lane", lane.id), name=lane.name)
                lane_ext(SubElement(el, "bpmn:extensionElements"), lane)
                for step in steps:
                    if step.lane_id == lane.id and step.kind in _FLOW_NODE_KINDS:
                        SubElement(el, "bpmn:flowNodeRef").text = xml_id("Step", step.id)
                rect = grid.lane_rect(lane.id)
                body = Rect(SHIFT + LABEL_STRIP, rect.y, right - SHIFT - LABEL_STRIP, rect.h)
                self.shape(plane, el.get("id", ""), body, horizontal=True)
        incoming: dict[str, list[str]] = {}
        outgoing: dict[str, list[str]] = {}
        for flow in self.project.flows_of(process.id):
            if flow.kind is FlowKind.SEQUENCE:
                outgoing.setdefault(flow.source_id, []).append(xml_id("Flow", flow.id))
                incoming.setdefault(flow.target_id, []).append(xml_id("Flow", flow.id))
        for step in steps:
            if step.kind is not StepKind.ANNOTATION:
                self.node(proc, step, incoming.get(step.id, []), outgoing.get(step.id, []))
        for flow in flows:
            if flow.kind is FlowKind.SEQUENCE:
                self.flow_element(proc, "bpmn:sequenceFlow", flow)
        for step in steps:
            if step.kind is StepKind.ANNOTATION:
                el = SubElement(proc, "bpmn:textAnnotation", id=xml_id("Step", step.id))
                self.extension(el, step)
                SubElement(el, "bpmn:text").text = step.label
        for flow in flows:
            if flow.kind is FlowKind.ASSOCIATION:
                self.flow_element(proc, "bpmn:association", flow)

    def tag(self, step: Step) -> str:
        wanted = step.attrs.get("bpmn_type", "")
        if step.kind is StepKind.SUBPROCESS and step.subprocess_id in self.first_process:
            return "callActivity"
        if wanted == "boundaryEvent" and self.attached_to(step) is None:
            return DEFAULT_TAG[step.kind]
        return wanted if wanted in ALTERNATIVES.get(step.kind, ()) else DEFAULT_TAG[step.kind]

    def attached_to(self, step: Step) -> Step | None:
        ref = step.attrs.get("bpmn_attached_to", "")
        return next((s for s in self.project.steps_of(step.process_id) if ref and s.attrs.get("bpmn_id") == ref
                     and s.kind.is_activity), None)

    def extension(self, el: Element, step: Step) -> None:
        if step.notes:
            SubElement(el, "bpmn:documentation").text = step.notes
        links = []
        for link in self.links.get(step.id, []):
            item = self.project.item.get(link.item_id)
            if item is not None:
                catalog = self.project.catalog.get(item.catalog_id)
                links.append((item.code, catalog.name if catalog else "", str(link.verdict or ""), link.note))
        step_ext(SubElement(el, "bpmn:extensionElements"), step, xml_id("Lane", step.lane_id),
                 xml_id("Group", step.phase_id) if step.phase_id else "", self.project.judgment.get(step.id), links)

    def node(self, proc: Element, step: Step, incoming: list[str], outgoing: list[str]) -> None:
        tag = self.tag(step)
        step_id = xml_id("Step", step.id)
        if tag == "dataObjectReference":
            SubElement(proc, "bpmn:dataObject", id=xml_id("DataObject", step.id))
        el = SubElement(proc, f"bpmn:{tag}", id=step_id)
        if step.label:
            el.set("name", step.label)
        if tag == "dataObjectReference":
            el.set("dataObjectRef", xml_id("DataObject", step.id))
        elif tag == "callActivity":
            el.set("calledElement", self.first_process[step.subprocess_id])
        elif tag == "boundaryEvent":
            target = self.attached_to(step)
            el.set("attachedToRef", xml_id("Step", target.id if target else ""))
        self.extension(el, step)
        if step.kind in _FLOW_NODE_KINDS:
            for ref in incoming:
                SubElement(el, "bpmn:incoming").text = ref
            for ref in outgoing:
                SubElement(el, "bpmn:outgoing").text = ref
        event = step.attrs.get("bpmn_event", "")
        if step.kind in (StepKind.START, StepKind.END, StepKind.EVENT) and event in EVENT_DEFINITIONS:
            definition = SubElement(el, f"bpmn:{event}EventDefinition", id=f"{step_id}_ed")
            if event == "link":
                definition.set("name", step.label)
            elif event == "conditional":
                SubElement(definition, "bpmn:condition")

    def flow_element(self, parent: Element, tag: str, flow: Flow) -> None:
        el = SubElement(parent, tag, id=xml_id("Flow", flow.id), sourceRef=xml_id("Step", flow.source_id),
                        targetRef=xml_id("Step", flow.target_id))
        if flow.label:
            # BPMN associations have no name: their label travels in an attribute of our namespace
            el.set(f"{{{EXT_NS}}}label" if tag == "bpmn:association" else "name", flow.label)

    # --- DI ---------------------------------------------------------------------------------------------------
    def shape(self, plane: Element, element_id: str, rect: Rect, horizontal: bool | None = None,
              expanded: bool | None = None, label: Rect | None = None) -> None:
        shape = SubElement(plane, "bpmndi:BPMNShape", id=f"{element_id}_di", bpmnElement=element_id)
        if horizontal is not None:
            shape.set("isHorizontal", "true" if horizontal else "false")
        if expanded is not None:
            shape.set("isExpanded", "true" if expanded else "false")
        _bounds(shape, rect)
        if label is not None:
            _bounds(SubElement(shape, "bpmndi:BPMNLabel"), label)

    def steps_di(self, plane: Element, grid: Grid, steps: list[Step]) -> None:
        for step in steps:
            rect = grid.step_rect(step)
            if step.kind.is_activity or step.kind is StepKind.ANNOTATION:
                label = Rect(rect.x + 4, rect.y + 4, rect.w - 8, rect.h - 8)
            else:
                label = Rect(rect.x + rect.w / 2 - 50, rect.y + rect.h + 4, 100.0, 28.0)
            expanded = False if step.kind is StepKind.SUBPROCESS else None
            self.shape(plane, xml_id("Step", step.id), rect, expanded=expanded, label=label)

    def edges(self, plane: Element, grid: Grid, steps: list[Step], flows: list[Flow]) -> None:
        rects = {s.id: grid.step_rect(s) for s in steps}
        by_id = {s.id: s for s in steps}
        buckets: dict[int, list[tuple[str, Rect]]] = {}  # obstacles by x band, so that routing stays linear
        for sid, rect in rects.items():
            for band in range(int(rect.x // _BAND), int((rect.x + rect.w) // _BAND) + 1):
                buckets.setdefault(band, []).append((sid, rect))
        for flow in flows:
            if flow.source_id not in rects or flow.target_id not in rects:
                continue
            src, dst = rects[flow.source_id], rects[flow.target_id]
            bands = range(int(min(src.x, dst.x) // _BAND), int(max(src.x + src.w, dst.x + dst.w) // _BAND) + 1)
            near = {sid: r for band in bands for sid, r in buckets.get(band, [])}
            others = [r for sid, r in near.items() if sid not in (flow.source_id, flow.target_id)]
            points = route(src, dst, others,
                           fan_out=by_id[flow.source_id].kind.is_gateway)
            edge = SubElement(plane, "bpmndi:BPMNEdge", id=f"{xml_id('Flow', flow.id)}_di",
                              bpmnElement=xml_id("Flow", flow.id))
            for x, y in points:
                SubElement(edge, "di:waypoint", x=_num(x - SHIFT), y=_num(y))
            if flow.label:
                middle = len(points) // 2
                (ax, ay), (bx, by) = points[middle - 1], points[middle]
                _bounds(SubElement(edge, "bpmndi:BPMNLabel"), Rect((ax + bx) / 2 - 40, (ay + by) / 2 - 20, 80.0, 16.0))


def bpmn_bytes(project: Project, process_id: str) -> bytes:
    """The BPMN 2.0 document (UTF-8) of one process and the processes its sub-process steps open."""
    return _Writer(project, process_id).run()


def write_bpmn(project: Project, process_id: str, path: Path | str) -> Path:
    """Write ``bpmn_bytes`` to ``path`` atomically (a temporary file in the same folder, then a rename)."""
    return write_bytes_atomic(path, bpmn_bytes(project, process_id))
