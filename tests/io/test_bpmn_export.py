"""bpmn_bytes / write_bpmn: schema-valid BPMN 2.0 with DI and our extension, and a lossless round trip.

Round trip: every process of every sample project (and a synthetic one with every step kind, two pools, a
sub-process, a boundary event and Fit&Gap data) is exported, validated against the MIWG copy of the OMG XSD
(``xmlschema``; skipped with a reason when ../shared is absent), re-imported and compared by names, kinds,
lanes, phases, positions (0.5 px), flow ends and labels — ids differ. The same holds without our extension
(DI only, apart from what only the extension carries), and for a MIWG model imported and exported again.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Judgment, Resolution, Verdict
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.io.bpmn.exporter import bpmn_bytes, write_bpmn
from jcloud_desk.io.bpmn.importer import read_bpmn
from jcloud_desk.io.bpmn.kinds import EXT_NS, MODEL_NS
from jcloud_desk.io.imported import ImportedFlows
from jcloud_desk.paths import sample_projects_dir
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "interop" / "bpmn-miwg" / "schema" / "BPMN20.xsd"
DATA = Path(__file__).resolve().parent.parent / "data" / "bpmn"
SAMPLES = sorted(sample_projects_dir().glob("*.jcdesk"))


@pytest.fixture(scope="module")
def schema() -> Any:
    xmlschema = pytest.importorskip("xmlschema", reason="xmlschema (test extra) is not installed")
    if not SCHEMA.is_file():
        pytest.skip(f"the BPMN XSD is not present next to the checkout ({SCHEMA})")
    return xmlschema.XMLSchema(str(SCHEMA))


def assert_valid(schema: Any, data: bytes) -> None:
    errors = list(schema.iter_errors(data.decode("utf-8")))
    assert not errors, str(errors[0])[:2000]


def load(path: Path) -> Project:
    with ProjectRepository.open(path, read_only=True) as repository:
        return repository.load()


def sample_processes() -> list[tuple[Path, str, str]]:
    out = []
    for path in SAMPLES:
        project = load(path)
        out.extend((path, p.id, p.name) for p in project.processes())
    return out


def as_project(imported: ImportedFlows) -> Project:
    project = Project()
    imported.to_batch().apply(project, Change())
    return project


def picture(project: Project, process_id: str, *, exact: bool = True) -> dict[str, Any]:
    """What must survive a round trip, without ids: lanes, phases, steps (by absolute centre) and flows."""
    process = project.get_process(process_id)
    lanes, phases = project.lanes_of(process_id), project.phases_of(process_id)
    grid = Grid(lanes, phases)
    lane_name = {x.id: x.name for x in lanes}
    phase_name = {x.id: x.name for x in phases}
    steps = {}
    for step in project.steps_of(process_id):
        cx, cy = grid.step_center(step)
        key = (step.label, step.kind, step.attrs.get("bpmn_id", "") if exact else "")  # tells unnamed steps apart
        assert key not in steps, f"ambiguous step {key}"
        steps[key] = {
            "lane": lane_name[step.lane_id], "phase": phase_name.get(step.phase_id, ""), "x": step.x, "y": step.y,
            "cx": cx, "cy": cy, "sub": project.process[step.subprocess_id].name if step.subprocess_id else "",
            **({"attrs": step.attrs, "step_no": step.step_no, "notes": step.notes} if exact else {}),
        }
    label = {s.id: (s.label, s.kind, s.attrs.get("bpmn_id", "") if exact else "") for s in project.steps_of(process_id)}
    flows = Counter((label[f.source_id], label[f.target_id], f.kind, f.label) for f in project.flows_of(process_id))
    meta = (process.name, process.business, process.kind, process.municipality, process.notes) if exact \
        else (process.name,)
    return {
        "process": meta,
        "lanes": [(x.name, x.pool if exact else "", x.size) for x in lanes],
        "phases": [(x.name, x.size) for x in phases],
        "steps": steps, "flows": flows,
    }


def assert_same(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert after["process"] == before["process"]
    assert [(n, p) for n, p, _ in after["lanes"]] == [(n, p) for n, p, _ in before["lanes"]]
    assert [s for _, _, s in after["lanes"]] == pytest.approx([s for _, _, s in before["lanes"]], abs=0.01)
    assert [n for n, _ in after["phases"]] == [n for n, _ in before["phases"]]
    assert [s for _, s in after["phases"]] == pytest.approx([s for _, s in before["phases"]], abs=0.01)
    assert after["steps"].keys() == before["steps"].keys()
    for key, old in before["steps"].items():
        new = after["steps"][key]
        for field in ("cx", "cy", "x", "y"):
            assert abs(new[field] - old[field]) <= 0.5, (key, field, old, new)
        assert {k: v for k, v in new.items() if k not in ("cx", "cy", "x", "y")} == \
            {k: v for k, v in old.items() if k not in ("cx", "cy", "x", "y")}, key
    assert after["flows"] == before["flows"]


def round_trip(project: Project, process_id: str, schema: Any, *, strip_extension: bool = False) -> ImportedFlows:
    data = bpmn_bytes(project, process_id)
    assert_valid(schema, data)
    if strip_extension:
        data = re.sub(rb"<bpmn:extensionElements>.*?</bpmn:extensionElements>", b"", data, flags=re.S)
        assert EXT_NS.encode() not in data.split(b">", 2)[2]  # only the namespace declaration is left
    imported = read_bpmn(data)
    assert imported.positioned
    assert imported.warnings == []
    return imported


@pytest.mark.parametrize(("path", "process_id", "name"), sample_processes(), ids=lambda v: getattr(v, "name", v))
def test_every_sample_process_round_trips(path: Path, process_id: str, name: str, schema: Any) -> None:
    project = load(path)
    imported = round_trip(project, process_id, schema)
    assert imported.processes[0].name == name
    assert_same(picture(project, process_id), picture(as_project(imported), imported.processes[0].id))


@pytest.mark.parametrize(("path", "process_id", "name"), sample_processes(), ids=lambda v: getattr(v, "name", v))
def test_di_alone_restores_the_layout(path: Path, process_id: str, name: str, schema: Any) -> None:
    project = load(path)
    imported = round_trip(project, process_id, schema, strip_extension=True)
    after = as_project(imported)
    assert_same(picture(project, process_id, exact=False), picture(after, imported.processes[0].id, exact=False))


def every_kind_project() -> Project:
    """Two pools, a phase per kind group, every step kind, a sub-process with its own process, Fit&Gap data."""
    project = small_project()
    pid, sub = "proc-all", "proc-sub"
    project.process[pid] = Process(id=pid, name="全種類", business="住民記録", kind=ProcessKind.TO_BE,
                                   municipality="テスト市", notes="1行目\n2行目 & <特殊> \"文字\"")
    project.process[sub] = Process(id=sub, name="審査の詳細", sort=2.0)
    lanes = [Lane("l-citizen", pid, "住民", 0.0, 120.0, pool="住民"),
             Lane("l-window", pid, "窓口", 1.0, 150.0, pool="市役所"),
             Lane("l-system", pid, "システム", 2.0, 130.0, pool="市役所"),
             Lane("l-sub", sub, "審査係", 0.0, 130.0)]
    phases = [Phase("ph-1", pid, "受付", 0.0, 400.0), Phase("ph-2", pid, "審査", 1.0, 520.0),
              Phase("ph-3", pid, "交付", 2.0, 300.0)]
    project.lane.update((x.id, x) for x in lanes)
    project.phase.update((x.id, x) for x in phases)

    def step(sid: str, lane: str, kind: StepKind, label: str, phase: str, x: float, y: float, **kw: Any) -> Step:
        return Step(id=sid, process_id=sub if lane == "l-sub" else pid, lane_id=lane, kind=kind, label=label,
                    phase_id=phase, x=x, y=y, **kw)

    steps = [
        step("a-start", "l-citizen", StepKind.START, "来庁", "ph-1", 60.0, 60.0, attrs={"bpmn_event": "message"}),
        step("a-task", "l-window", StepKind.TASK, "申請を\n受け付ける", "ph-1", 200.0, 70.0, step_no="①",
             notes="本人確認\n書類の確認", attrs={"owner": "窓口担当", "minutes_per_case": "5"}),
        step("a-doc", "l-citizen", StepKind.DOCUMENT, "転入届", "ph-1", 300.0, 60.0),
        step("a-gw", "l-window", StepKind.GATEWAY, "不備あり？", "ph-2", 60.0, 70.0),
        step("a-manual", "l-window", StepKind.MANUAL_TASK, "補正を依頼", "ph-2", 200.0, 40.0),
        step("a-and", "l-window", StepKind.GATEWAY_AND, "", "ph-2", 330.0, 110.0),
        step("a-sub", "l-window", StepKind.SUBPROCESS, "詳細審査", "ph-2", 450.0, 110.0, subprocess_id=sub),
        step("a-boundary", "l-window", StepKind.EVENT, "期限超過", "ph-2", 450.0, 138.0,
             attrs={"bpmn_type": "boundaryEvent", "bpmn_attached_to": "SUB", "bpmn_event": "timer"}),
        step("a-system", "l-system", StepKind.SYSTEM_TASK, "住民票を更新", "ph-2", 330.0, 65.0),
        step("a-store", "l-system", StepKind.DATA_STORE, "住民記録DB", "ph-2", 460.0, 65.0),
        step("a-link", "l-window", StepKind.EVENT, "連絡", "ph-3", 60.0, 40.0, attrs={"bpmn_event": "link"}),
        step("a-cond", "l-window", StepKind.EVENT, "条件", "ph-3", 160.0, 40.0,
             attrs={"bpmn_event": "conditional", "bpmn_type": "intermediateThrowEvent"}),
        step("a-end", "l-window", StepKind.END, "完了", "ph-3", 240.0, 110.0),
        step("a-note", "l-system", StepKind.ANNOTATION, "年度末は混雑", "ph-3", 150.0, 65.0),
        step("s-start", "l-sub", StepKind.START, "審査開始", "", 60.0, 65.0),
        step("s-task", "l-sub", StepKind.TASK, "記載事項を審査", "", 220.0, 65.0),
        step("s-end", "l-sub", StepKind.END, "審査終了", "", 380.0, 65.0),
    ]
    steps[6].attrs["bpmn_id"] = "SUB"
    project.step.update((s.id, s) for s in steps)
    pairs = [("a-start", "a-task", FlowKind.SEQUENCE, ""), ("a-task", "a-gw", FlowKind.SEQUENCE, ""),
             ("a-gw", "a-manual", FlowKind.SEQUENCE, "はい"), ("a-gw", "a-and", FlowKind.SEQUENCE, "いいえ"),
             ("a-manual", "a-start", FlowKind.MESSAGE, "補正依頼"), ("a-and", "a-sub", FlowKind.SEQUENCE, ""),
             ("a-and", "a-system", FlowKind.SEQUENCE, ""), ("a-sub", "a-link", FlowKind.SEQUENCE, ""),
             ("a-link", "a-cond", FlowKind.SEQUENCE, ""), ("a-cond", "a-end", FlowKind.SEQUENCE, ""),
             ("a-boundary", "a-end", FlowKind.SEQUENCE, "超過"), ("a-doc", "a-task", FlowKind.ASSOCIATION, ""),
             ("a-system", "a-store", FlowKind.ASSOCIATION, ""), ("a-note", "a-system", FlowKind.ASSOCIATION, ""),
             ("s-start", "s-task", FlowKind.SEQUENCE, ""), ("s-task", "s-end", FlowKind.SEQUENCE, "")]
    for n, (src, dst, kind, label) in enumerate(pairs):
        owner = sub if src.startswith("s-") else pid
        project.flow[f"f{n}"] = Flow(f"f{n}", owner, src, dst, label, kind)
    project.judgment["a-task"] = Judgment(id="a-task", verdict=Verdict.PARTIAL, resolution=Resolution.EUC,
                                          rationale="様式が異なる", owner="市民課")
    project.link["lk"] = project.link.pop("link-input")
    project.link["lk"].step_id = "a-task"
    return project


def test_every_kind_pools_and_sub_processes_round_trip(schema: Any) -> None:
    project = every_kind_project()
    data = bpmn_bytes(project, "proc-all")
    root = ET.fromstring(data)
    m = f"{{{MODEL_NS}}}"
    tags = Counter(el.tag.removeprefix(m) for el in root.iter() if el.tag.startswith(m))
    for tag in ("startEvent", "task", "dataObjectReference", "exclusiveGateway", "manualTask", "parallelGateway",
                "callActivity", "boundaryEvent", "serviceTask", "dataStoreReference", "intermediateCatchEvent",
                "intermediateThrowEvent", "endEvent", "textAnnotation", "messageFlow", "association", "group",
                "linkEventDefinition", "conditionalEventDefinition", "timerEventDefinition"):
        assert tags[tag] >= 1, tag
    assert tags["participant"] == 3 and tags["process"] == 3 and tags["collaboration"] == 2
    imported = round_trip(project, "proc-all", schema)
    assert imported.process_names() == ["全種類", "審査の詳細"]
    after = as_project(imported)
    main, child = imported.processes
    assert_same(picture(project, "proc-all"), picture(after, main.id))
    assert_same(picture(project, "proc-sub"), picture(after, child.id))
    boundary = next(s for s in imported.steps if s.label == "期限超過")
    assert boundary.attrs["bpmn_attached_to"] == "SUB"


def test_fit_gap_data_travels_in_our_namespace() -> None:
    project = small_project()
    root = ET.fromstring(bpmn_bytes(project, "proc-1"))
    x = f"{{{EXT_NS}}}"
    steps = {el.get("stepNo"): el for el in root.iter(f"{x}step")}
    issue = steps["3"]
    judgment = issue.find(f"{x}judgment")
    assert judgment is not None
    assert (judgment.get("verdict"), judgment.get("resolution")) == ("gap", "workaround")
    assert judgment.get("owner") == "住民課"
    assert judgment.findtext(f"{x}rationale") == "様式差異"
    (link,) = issue.findall(f"{x}link")
    assert (link.get("item"), link.get("catalog"), link.get("verdict"), link.get("note")) == (
        "0010002", "住民記録システム標準仕様書", "partial", "様式が異なる")
    phases = {el.get("value") for el in root.iter(f"{{{MODEL_NS}}}categoryValue")}
    assert phases == {"受付", "審査", "交付"}


def test_write_bpmn_writes_the_same_bytes(tmp_path: Path) -> None:
    project = small_project()
    out = write_bpmn(project, "proc-1", tmp_path / "転入届.bpmn")
    assert out.read_bytes() == bpmn_bytes(project, "proc-1")
    assert [p.name for p in tmp_path.iterdir()] == ["転入届.bpmn"]


@pytest.mark.parametrize("name", ["A.4.0.bpmn", "B.2.0.bpmn", "bpmn.io_Camunda_Modeler_18.6.1__B.1.0-roundtrip.bpmn"])
def test_a_miwg_model_imported_and_exported_again_round_trips(name: str, schema: Any) -> None:
    first = read_bpmn(DATA / name)
    project = as_project(first)
    main = first.processes[0]
    imported = round_trip(project, main.id, schema)
    after = as_project(imported)
    again = imported.processes[0]
    assert_same(picture(project, main.id), picture(after, again.id))
    # sub-processes come along, each with its children
    for before_step in (s for s in project.steps_of(main.id) if s.subprocess_id):
        after_step = next(s for s in after.steps_of(again.id) if s.label == before_step.label and s.subprocess_id)
        assert len(after.steps_of(after_step.subprocess_id)) == len(project.steps_of(before_step.subprocess_id))


MIWG = SCHEMA.parent.parent
SHARED_FILES = sorted((MIWG / "reference").glob("*.bpmn")) + sorted((MIWG / "tool-roundtrips").glob("*/*.bpmn"))


@pytest.mark.parametrize(
    "path", SHARED_FILES or [pytest.param(None, marks=pytest.mark.skip(reason=f"{MIWG} is not present"))],
    ids=lambda p: str(p.relative_to(MIWG)) if isinstance(p, Path) else "absent",
)
def test_every_miwg_process_exports_schema_valid_and_round_trips(path: Path, schema: Any) -> None:
    first = read_bpmn(path)
    project = as_project(first)
    for process in first.processes:
        imported = round_trip(project, process.id, schema)
        assert_same(picture(project, process.id), picture(as_project(imported), imported.processes[0].id))
