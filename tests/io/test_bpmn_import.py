"""read_bpmn: every MIWG reference model and vendor round-trip imports with element counts equal to the XML's,
the mapping (pools, lanes, vertical pools, sub-processes, boundary events, groups, data, no DI), and hostile input.

Counts are checked against a plain ElementTree walk written here, independently of the reader. Intended
differences between XML elements and what we create (documented in ``bpmn_import``):

* steps = tasks (incl. callActivity) + sub-processes + events + gateways + data object/store references + text
  annotations + ``data_io`` (process-level data inputs/outputs and data objects that have a DI shape);
* flows = sequence flows + message flows + associations + one per data-association sourceRef/targetRef, minus
  those with an end that is not a step (e.g. an undrawn data object): each of those is a warning;
* lanes: only leaf lanes become lanes (``counts["lanes"]`` counts every lane element), plus a lane per pool
  without lanes; groups become phases, not steps.
"""

from __future__ import annotations

import re
import time
import tracemalloc
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from jcloud_desk.domain.layout import SHAPE_SIZE, Grid
from jcloud_desk.domain.process import FlowKind, Step, StepKind
from jcloud_desk.io.bpmn.importer import read_bpmn
from jcloud_desk.io.bpmn.safe_xml import MAX_BYTES
from jcloud_desk.io.errors import BpmnFormatError, FormatError
from jcloud_desk.io.imported import ImportedFlows

DATA = Path(__file__).resolve().parent.parent / "data" / "bpmn"
LOCAL = sorted(DATA.glob("*.bpmn"))
HOSTILE = DATA / "hostile"
MIWG = Path(__file__).resolve().parents[3] / "shared" / "interop" / "bpmn-miwg"
SHARED_FILES = sorted((MIWG / "reference").glob("*.bpmn")) + sorted((MIWG / "tool-roundtrips").glob("*/*.bpmn"))
NO_SHARED = f"../shared/interop/bpmn-miwg is not present next to the checkout ({MIWG})"

M = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
CATEGORY = {
    **dict.fromkeys(["task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask",
                     "receiveTask", "callActivity"], "tasks"),
    **dict.fromkeys(["subProcess", "transaction", "adHocSubProcess"], "subprocesses"),
    **dict.fromkeys(["startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
                     "implicitThrowEvent"], "events"),
    **dict.fromkeys(["exclusiveGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway", "parallelGateway"],
                    "gateways"),
    "dataObjectReference": "data_refs", "dataStoreReference": "data_refs", "textAnnotation": "annotations",
    "participant": "pools", "lane": "lanes", "sequenceFlow": "sequence_flows", "messageFlow": "message_flows",
    "association": "associations", "dataInputAssociation": "associations", "dataOutputAssociation": "associations",
    "group": "groups",
}
STEP_KEYS = ("tasks", "subprocesses", "events", "gateways", "data_refs", "annotations", "data_io")


def xml_counts(path: Path) -> Counter[str]:
    """Element counts, the steps and flows we should create, and the connections we cannot (``_skipped``)."""
    root = ET.parse(path).getroot()
    parent = {child: el for el in root.iter() for child in el}
    drawn = {s.get("bpmnElement") for s in root.iter(f"{{{BPMNDI}}}BPMNShape")}
    counts: Counter[str] = Counter()
    node_ids: set[str | None] = set()
    for el in root.iter():
        if el.tag in (f"{{{BPMNDI}}}BPMNDiagram", f"{{{BPMNDI}}}BPMNShape", f"{{{BPMNDI}}}BPMNEdge"):
            counts[{"BPMNDiagram": "diagrams", "BPMNShape": "shapes", "BPMNEdge": "edges"}[el.tag.split("}")[1]]] += 1
        if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{M}}}"):
            continue
        local = el.tag.split("}")[1]
        if local in CATEGORY:
            counts[CATEGORY[local]] += 1
            if CATEGORY[local] in STEP_KEYS:
                node_ids.add(el.get("id"))
        process_io = local in ("dataInput", "dataOutput") and parent[el].tag == f"{{{M}}}ioSpecification" \
            and parent[parent[el]].tag == f"{{{M}}}process"
        if (process_io or local == "dataObject") and el.get("id") in drawn:
            counts["data_io"] += 1
            node_ids.add(el.get("id"))
    by_object = {r.get("dataObjectRef"): r.get("id") for r in root.iter(f"{{{M}}}dataObjectReference")}

    def is_step(ref: str | None) -> bool:
        return ref in node_ids or by_object.get(ref) in node_ids

    for el in root.iter():
        if el.tag in (f"{{{M}}}sequenceFlow", f"{{{M}}}messageFlow", f"{{{M}}}association"):
            ok = is_step(el.get("sourceRef")) and is_step(el.get("targetRef"))
            counts["_flows" if ok else "_skipped"] += 1
        elif el.tag in (f"{{{M}}}dataInputAssociation", f"{{{M}}}dataOutputAssociation"):
            ref_tag = "sourceRef" if el.tag.endswith("InputAssociation") else "targetRef"
            for ref in el.findall(f"{{{M}}}{ref_tag}"):
                ok = is_step((ref.text or "").strip()) and parent[el].get("id") in node_ids
                counts["_flows" if ok else "_skipped"] += 1
    counts["_steps"] = sum(counts[k] for k in STEP_KEYS)
    return counts


def check_file(path: Path) -> ImportedFlows:
    imported = read_bpmn(path)
    expected = xml_counts(path)
    for key, value in imported.counts.items():
        assert value == expected[key], f"{path.name}: count of {key}"
    assert {k for k, v in expected.items() if v and not k.startswith("_")} <= set(imported.counts)
    assert len(imported.steps) == expected["_steps"]
    assert len(imported.flows) == expected["_flows"]
    skipped = [w for w in imported.warnings if "接続" in w.message]
    assert len(skipped) == expected["_skipped"]
    check_consistency(imported)
    return imported


def check_consistency(imported: ImportedFlows) -> None:
    """Every entity belongs to an imported process; steps sit in a lane (and phase) of their own process."""
    processes = {p.id for p in imported.processes}
    lanes = {lane.id: lane for lane in imported.lanes}
    phases = {phase.id: phase for phase in imported.phases}
    steps = {s.id: s for s in imported.steps}
    assert all(lane.process_id in processes and lane.size > 0 for lane in imported.lanes)
    for step in imported.steps:
        assert lanes[step.lane_id].process_id == step.process_id
        assert not step.phase_id or phases[step.phase_id].process_id == step.process_id
        assert not step.subprocess_id or step.subprocess_id in processes
        assert step.x == step.x and step.y == step.y  # not NaN
    for flow in imported.flows:
        assert steps[flow.source_id].process_id == flow.process_id == steps[flow.target_id].process_id
    assert sorted(p.sort for p in imported.processes) == [float(i + 1) for i in range(len(imported.processes))]


# --- every file -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", LOCAL, ids=lambda p: p.name)
def test_local_subset_imports_with_counts_equal_to_the_xml(path: Path) -> None:
    imported = check_file(path)
    assert imported.positioned


@pytest.mark.parametrize(
    "path", SHARED_FILES or [pytest.param(None, marks=pytest.mark.skip(reason=NO_SHARED))],
    ids=lambda p: str(p.relative_to(MIWG)) if isinstance(p, Path) else "absent",
)
def test_every_miwg_reference_and_vendor_roundtrip_imports(path: Path) -> None:
    imported = check_file(path)
    assert imported.positioned
    assert imported.processes


def test_the_shared_suite_is_complete() -> None:
    if not MIWG.is_dir():
        pytest.skip(NO_SHARED)
    assert len(list((MIWG / "reference").glob("*.bpmn"))) == 21
    assert len(SHARED_FILES) == 116


def table_rows(source: Path) -> dict[str, list[int]]:
    rows = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"\| ([ABC][.0-9]+\.bpmn) \|([ 0-9|]*)\|", line.strip())
        if match:
            rows[match.group(1)] = [int(cell) for cell in match.group(2).split("|")]
    return rows


TABLE_KEYS = ("pools", "lanes", "tasks", "gateways", "events", "subprocesses", "sequence_flows", "message_flows",
              "diagrams", "shapes", "edges", "annotations", "groups", "data_refs")


def check_table(path: Path, row: list[int]) -> None:
    """The published table also counts global tasks and vendor-namespace ``Task``/``Event`` elements (ADONIS)."""
    imported = read_bpmn(path)
    root = ET.parse(path).getroot()
    extra: Counter[str] = Counter()
    for el in root.iter():
        ns, _, local = el.tag[1:].partition("}") if isinstance(el.tag, str) else ("", "", "")
        if ns == M and local.startswith("global") and local.endswith("Task"):
            extra["tasks"] += 1
        elif ns not in (M, BPMNDI) and local in ("Task", "Event"):
            extra["tasks" if local == "Task" else "events"] += 1
    assert [imported.counts[k] + extra[k] for k in TABLE_KEYS] == row, path.name


def test_reference_counts_equal_the_published_table_local() -> None:
    rows = table_rows(DATA / "SOURCE.md")
    assert sorted(rows) == ["A.1.0.bpmn", "A.4.0.bpmn", "A.4.1.bpmn", "B.2.0.bpmn"]
    for name, row in rows.items():
        check_table(DATA / name, row)


def test_reference_counts_equal_the_published_table_shared() -> None:
    if not MIWG.is_dir():
        pytest.skip(NO_SHARED)
    rows = table_rows(MIWG / "SOURCE.md")
    assert len(rows) == 21
    for name, row in rows.items():
        check_table(MIWG / "reference" / name, row)


# --- mapping --------------------------------------------------------------------------------------------------
def steps_named(imported: ImportedFlows) -> dict[str, Step]:
    return {s.label: s for s in imported.steps if s.label}


def centre(imported: ImportedFlows, step: Step) -> tuple[float, float]:
    lanes = sorted((x for x in imported.lanes if x.process_id == step.process_id), key=lambda x: x.sort)
    phases = sorted((x for x in imported.phases if x.process_id == step.process_id), key=lambda x: x.sort)
    return Grid(lanes, phases).step_center(step)


def test_a_single_process_without_pools() -> None:
    imported = read_bpmn(DATA / "A.1.0.bpmn")
    assert imported.process_names() == ["A.1.0"]
    (lane,) = imported.lanes
    assert (lane.name, lane.pool) == ("A.1.0", "")
    assert [s.kind for s in sorted(imported.steps, key=lambda s: s.x)] == [
        StepKind.START, StepKind.TASK, StepKind.TASK, StepKind.TASK, StepKind.END]
    assert all(s.attrs["bpmn_id"] and s.lane_id == lane.id for s in imported.steps)
    assert {f.kind for f in imported.flows} == {FlowKind.SEQUENCE}
    assert imported.warnings == []


def test_pools_lanes_sub_processes_and_message_flows_in_one_process() -> None:
    imported = read_bpmn(DATA / "A.4.0.bpmn")
    main = imported.processes[0]
    lanes = sorted((x for x in imported.lanes if x.process_id == main.id), key=lambda x: x.sort)
    assert [(x.name, x.pool) for x in lanes] == [("Pool", "Pool"), ("Lane 1", ""), ("Lane 2", "")]
    messages = [f for f in imported.flows if f.kind is FlowKind.MESSAGE]
    assert len(messages) == 2 and all(f.process_id == main.id for f in messages)
    subs = [s for s in imported.steps if s.kind is StepKind.SUBPROCESS and s.process_id == main.id]
    assert len(subs) == 2
    for sub in subs:
        child = next(p for p in imported.processes if p.id == sub.subprocess_id)
        assert child.name == sub.label
        inner = [s for s in imported.steps if s.process_id == child.id]
        assert [s.kind for s in sorted(inner, key=lambda s: s.x)] == [StepKind.START, StepKind.TASK, StepKind.END]
        (inner_lane,) = [x for x in imported.lanes if x.process_id == child.id]
        outer_lane = next(x for x in imported.lanes if x.id == sub.lane_id)
        assert inner_lane.name == outer_lane.name
    named = steps_named(imported)
    # DI honoured: Lane 1 is above Lane 2, and the flow runs left to right
    assert centre(imported, named["Task 1"])[1] < centre(imported, named["Task 3"])[1]
    assert centre(imported, named["Task 1"])[0] < centre(imported, named["Task 2"])[0]


def test_vertical_pools_become_lanes_left_to_right_with_swapped_axes() -> None:
    imported = read_bpmn(DATA / "A.4.1.bpmn")
    main = imported.processes[0]
    lanes = sorted((x for x in imported.lanes if x.process_id == main.id), key=lambda x: x.sort)
    assert [(x.name, x.pool) for x in lanes] == [("Lane 1", "Pool 1"), ("Lane 2", "Pool 2"), ("Lane 3", "Pool 2")]
    named = steps_named(imported)
    start, task, end = named["Start Event 1"], named["Task 1"], named["End Event 1"]
    assert start.lane_id == task.lane_id == end.lane_id == lanes[0].id
    # top-to-bottom in the file → left-to-right here
    assert centre(imported, start)[0] < centre(imported, task)[0] < centre(imported, end)[0]
    assert named["Expanded Sub-Process 2"].lane_id == lanes[2].id


def test_boundary_events_sit_on_their_activity_border() -> None:
    imported = read_bpmn(DATA / "B.2.0.bpmn")
    by_bpmn = {s.attrs["bpmn_id"]: s for s in imported.steps}
    boundary = [s for s in imported.steps if s.attrs.get("bpmn_type") == "boundaryEvent"]
    assert len(boundary) == 11
    for event in boundary:
        activity = by_bpmn[event.attrs["bpmn_attached_to"]]
        assert event.kind is StepKind.EVENT and activity.kind.is_activity
        assert (event.lane_id, event.phase_id) == (activity.lane_id, activity.phase_id)
        w, h = SHAPE_SIZE[activity.kind]
        dx, dy = abs(event.x - activity.x), abs(event.y - activity.y)
        assert dx <= w / 2 + 0.01 and dy <= h / 2 + 0.01
        assert abs(dx - w / 2) < 0.01 or abs(dy - h / 2) < 0.01  # on the border


def test_kinds_groups_annotations_and_data() -> None:
    imported = read_bpmn(DATA / "B.2.0.bpmn")
    kinds = {s.attrs["bpmn_type"]: s.kind for s in imported.steps}
    assert kinds["serviceTask"] is StepKind.SYSTEM_TASK
    assert kinds["userTask"] is kinds["sendTask"] is kinds["receiveTask"] is kinds["task"] is StepKind.TASK
    assert kinds["callActivity"] is kinds["subProcess"] is StepKind.SUBPROCESS
    assert kinds["parallelGateway"] is StepKind.GATEWAY_AND
    assert kinds["exclusiveGateway"] is kinds["inclusiveGateway"] is kinds["eventBasedGateway"] is StepKind.GATEWAY
    assert kinds["intermediateCatchEvent"] is kinds["intermediateThrowEvent"] is StepKind.EVENT
    assert kinds["dataObjectReference"] is StepKind.DOCUMENT
    assert kinds["dataStoreReference"] is StepKind.DATA_STORE
    (annotation,) = [s for s in imported.steps if s.kind is StepKind.ANNOTATION]
    assert annotation.label == "Annotation"
    assert sum(1 for f in imported.flows if f.kind is FlowKind.ASSOCIATION) == 2
    (phase,) = imported.phases
    assert phase.name == "Group" and phase.process_id == imported.processes[0].id
    main_steps = [s for s in imported.steps if s.process_id == phase.process_id]
    assert all(s.phase_id == phase.id for s in main_steps)
    timer = next(s for s in imported.steps if s.label == "Start Event 1 Timer")
    assert (timer.kind, timer.attrs["bpmn_event"]) == (StepKind.START, "timer")
    called = next(s for s in imported.steps if s.label == "Collapsed Call Activity")
    assert next(p for p in imported.processes if p.id == called.subprocess_id).name == "Collapsed Call Activity"


def test_vendor_dialects() -> None:
    bizagi = read_bpmn(DATA / "Bizagi_Modeler_2.8.0.8__A.4.1-roundtrip.bpmn")
    main = bizagi.processes[0]
    lanes = sorted((x for x in bizagi.lanes if x.process_id == main.id), key=lambda x: x.sort)
    assert [(x.name, x.pool) for x in lanes] == [("Lane 1", "Pool 1"), ("Lane 2", "Pool 2"), ("Lane 3", "Pool 2")]
    assert [w.message for w in bizagi.warnings] == ["中身のないプール（参加者）は取り込みません"]  # a 0×0 pool
    signavio = read_bpmn(DATA / "SAP_Signavio_Process_Manager_19.9.0__B.2.0-roundtrip.bpmn")
    # boundary events that Signavio wrote into another bpmn:process still join their activity's process
    boundary = [s for s in signavio.steps if s.attrs.get("bpmn_type") == "boundaryEvent"]
    assert len(boundary) == 11 and {s.process_id for s in boundary} == {signavio.processes[0].id}
    aris = read_bpmn(DATA / "ARIS_10.2025.07__C.9.2-roundtrip.bpmn")
    (pool_lane,) = [x for x in aris.lanes if x.process_id == aris.processes[0].id]
    assert pool_lane.name == "Manual Check" and pool_lane.size == pytest.approx(720.0)  # not treated as vertical
    adonis = read_bpmn(DATA / "ADONIS_17.0__A.3.0-roundtrip.bpmn")
    assert sum(1 for s in adonis.steps if s.attrs.get("bpmn_type") == "boundaryEvent") == 2


# --- hand-made features ---------------------------------------------------------------------------------------
def bpmn(body: str, di: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="{M}" '
            f'xmlns:bpmndi="{BPMNDI}" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
            'xmlns:vendor="urn:vendor" xmlns:i18n="http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0" '
            f'id="d" name="手作り" targetNamespace="urn:t">{body}'
            f'<bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl">{di}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>'
            '</bpmn:definitions>').encode()


def shape(element: str, x: float, y: float, w: float, h: float) -> str:
    return (f'<bpmndi:BPMNShape bpmnElement="{element}"><dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/>'
            '</bpmndi:BPMNShape>')


def test_without_di_the_caller_lays_out_and_steps_still_get_distinct_cells() -> None:
    imported = read_bpmn(bpmn(
        '<bpmn:process id="p" name="受付">'
        '<bpmn:laneSet><bpmn:lane id="l1" name="窓口"><bpmn:flowNodeRef>s</bpmn:flowNodeRef>'
        '<bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane>'
        '<bpmn:lane id="l2" name="システム"><bpmn:flowNodeRef>u</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>'
        '<bpmn:startEvent id="s"/><bpmn:userTask id="t" name="確認"/><bpmn:serviceTask id="u" name="登録"/>'
        '<bpmn:endEvent id="e"/>'
        '<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>'
        '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="u"/>'
        '<bpmn:sequenceFlow id="f3" sourceRef="u" targetRef="e" name="完了"/></bpmn:process>'))
    assert imported.positioned is False
    assert [x.name for x in sorted(imported.lanes, key=lambda x: x.sort)][:2] == ["窓口", "システム"]
    named = steps_named(imported)
    assert named["確認"].x < named["登録"].x
    end = next(s for s in imported.steps if s.kind is StepKind.END)
    assert next(x for x in imported.lanes if x.id == end.lane_id).name == "受付"  # not in any lane → pool lane
    assert [f.label for f in imported.flows] == ["", "", "完了"]


def test_nested_lanes_vendor_extensions_black_box_pools_and_japanese_labels() -> None:
    body = (
        '<bpmn:collaboration id="c"><bpmn:participant id="pa" name="市役所" processRef="p"/>'
        '<bpmn:participant id="pb" name="住民"/>'
        '<bpmn:messageFlow id="m1" sourceRef="pb" targetRef="t1" name="申請"/>'
        '<bpmn:messageFlow id="m2" sourceRef="t2" targetRef="t1"/></bpmn:collaboration>'
        '<bpmn:process id="p"><bpmn:extensionElements><vendor:anything x="1"><bpmn:task id="hidden"/>'
        '</vendor:anything></bpmn:extensionElements>'
        '<bpmn:laneSet><bpmn:lane id="parent" name="市民課"><bpmn:childLaneSet>'
        '<bpmn:lane id="c1" name="窓口"><bpmn:flowNodeRef>t1</bpmn:flowNodeRef></bpmn:lane>'
        '<bpmn:lane id="c2" name="審査"><bpmn:flowNodeRef>t2</bpmn:flowNodeRef></bpmn:lane>'
        '</bpmn:childLaneSet></bpmn:lane></bpmn:laneSet>'
        '<bpmn:task id="t1" name="Receive" vendor:color="red"><bpmn:extensionElements>'
        '<i18n:translation xml:lang="ja">受け付ける</i18n:translation><vendor:x/></bpmn:extensionElements></bpmn:task>'
        '<bpmn:manualTask id="t2" name="審査する"/>'
        '<bpmn:sequenceFlow id="f" sourceRef="t1" targetRef="t2"/></bpmn:process>'
    )
    di = (shape("pa", 0, 0, 600, 200) + shape("pb", 0, 220, 600, 80) + shape("parent", 30, 0, 570, 200)
          + shape("c1", 60, 0, 540, 100) + shape("c2", 60, 100, 540, 100)
          + shape("t1", 100, 20, 100, 60) + shape("t2", 300, 120, 100, 60))
    imported = read_bpmn(bpmn(body, di))
    assert imported.process_names() == ["手作り"]
    lanes = sorted(imported.lanes, key=lambda x: x.sort)
    assert [(x.name, x.pool) for x in lanes] == [("窓口", "市役所"), ("審査", "市役所"), ("住民", "住民")]
    assert imported.counts["lanes"] == 3 and imported.counts["pools"] == 2 and imported.counts["tasks"] == 2
    named = steps_named(imported)
    assert named["受け付ける"].attrs["bpmn_name"] == "Receive"
    assert named["審査する"].kind is StepKind.MANUAL_TASK
    assert [f.kind for f in imported.flows] == [FlowKind.SEQUENCE, FlowKind.MESSAGE]
    assert [w.where for w in imported.warnings] == ["m1"]  # the message flow from the black-box pool


def test_collaboration_without_message_flows_gives_one_process_per_pool() -> None:
    body = ('<bpmn:collaboration id="c"><bpmn:participant id="pa" name="A" processRef="p1"/>'
            '<bpmn:participant id="pb" name="B" processRef="p2"/></bpmn:collaboration>'
            '<bpmn:process id="p1"><bpmn:task id="a" name="a"/></bpmn:process>'
            '<bpmn:process id="p2"><bpmn:task id="b" name="b"/></bpmn:process>')
    imported = read_bpmn(bpmn(body))
    assert imported.process_names() == ["A", "B"]
    assert [(x.name, x.pool) for x in imported.lanes] == [("A", "A"), ("B", "B")]


def test_deeply_nested_sub_processes_are_refused() -> None:
    depth = 200
    body = "".join(f'<bpmn:subProcess id="s{i}">' for i in range(depth)) + '<bpmn:task id="t"/>' \
        + "</bpmn:subProcess>" * depth
    with pytest.raises(BpmnFormatError, match="入れ子が深すぎます"):
        read_bpmn(bpmn(f'<bpmn:process id="p">{body}</bpmn:process>'))


# --- hostile and broken input ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "reason"), [
    ("billion-laughs.bpmn", "DTD"),
    ("external-entity.bpmn", "DTD"),
    ("external-dtd.bpmn", "DTD"),
    ("not-xml.bpmn", "XML として解析できません"),
    ("empty.bpmn", "ファイルが空です"),
    ("not-bpmn.bpmn", "definitions 要素がありません"),
])
def test_hostile_and_broken_files_give_a_clear_error_in_bounded_time_and_memory(name: str, reason: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(BpmnFormatError) as info:
            read_bpmn(HOSTILE / name)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 5 * 1024 * 1024
    assert isinstance(info.value, FormatError)
    assert reason in info.value.reason
    assert str(info.value).startswith("BPMN ファイルを読み込めません: ")
    assert str(HOSTILE / name) in str(info.value)


def test_entity_declarations_are_refused_even_inside_an_internal_subset_of_bytes() -> None:
    quadratic = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "' + "x" * 50_000 + '">]>'
                 f'<definitions xmlns="{M}">' + "&a;" * 50_000 + "</definitions>").encode()
    with pytest.raises(BpmnFormatError, match="安全のため"):
        read_bpmn(quadratic)


def test_oversized_input_is_refused_before_parsing() -> None:
    with pytest.raises(BpmnFormatError, match="大きすぎます"):
        read_bpmn(b"<" + b" " * MAX_BYTES)


def test_not_xml_error_names_the_line() -> None:
    with pytest.raises(BpmnFormatError) as info:
        read_bpmn(b'<?xml version="1.0"?>\n<definitions>\n<oops></definitions>')
    assert info.value.row == 3
    assert "3 行目" in str(info.value)
