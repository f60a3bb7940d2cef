"""Our BPMN extension (namespace ``EXT_NS``, prefix ``jc``): written by the exporter, read back by the reader.

It carries what BPMN has no place for, so that a file we wrote re-imports to an equal process:

* on the collaboration: ``<jc:process business kind municipality><jc:notes/></jc:process>``
* on a lane: ``<jc:lane pool size sort/>``; on a group (phase): ``<jc:phase size sort/>``
* on a step: ``<jc:step kind lane phase x y stepNo>`` with ``<jc:attr key value/>``, ``<jc:notes/>``,
  ``<jc:judgment verdict resolution decision owner dueOn>`` (``<jc:rationale/>``, ``<jc:justification/>``) and
  ``<jc:link item catalog verdict note/>`` (the item by its 機能ID code).

Judgments and item links come back as ``ImportedFlows.judgments`` / ``item_links``; the links are resolved by
機能ID against the importing project's catalogues (unknown codes are reported, not invented).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar
from xml.etree.ElementTree import Element, SubElement

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.fitgap import Decision, Judgment, Resolution, Verdict
from jcloud_desk.domain.process import Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.io.bpmn.di import LaneGeo, PhaseGeo
from jcloud_desk.io.bpmn.kinds import EXT_NS, MODEL_NS
from jcloud_desk.io.imported import ImportWarning, ItemLinkRef

E = TypeVar("E", bound=Enum)

_X = f"{{{EXT_NS}}}"
_M = f"{{{MODEL_NS}}}"
PREFIX = "jc"


def _float(value: str | None, default: float) -> float:
    try:
        number = float(value or "")
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def _ext(el: Element, name: str) -> Element | None:
    return el.find(f"{_M}extensionElements/{_X}{name}")


def restore_extensions(items: list[tuple[object, Element]], lanes: dict[str, LaneGeo], groups: dict[str, PhaseGeo],
                       warnings: list[ImportWarning], fitgap: FitGap | None = None) -> None:
    """Apply our extension data to the entities made from ``items`` (entity, its BPMN element); judgments and
    item links found on steps go into ``fitgap``."""
    for target, el in items:
        if isinstance(target, Process):
            data = _ext(el, "process")
            if data is not None:
                target.name = data.get("name", target.name)
                target.business = data.get("business", "")
                target.municipality = data.get("municipality", "")
                kind = data.get("kind", "")
                target.kind = ProcessKind(kind) if kind in ProcessKind._value2member_map_ else ProcessKind.AS_IS
                target.notes = data.findtext(f"{_X}notes", "")
        elif isinstance(target, LaneGeo):
            data = _ext(el, "lane")
            if data is not None:
                target.lane.pool = data.get("pool", target.lane.pool)
                target.lane.size = _float(data.get("size"), target.lane.size)
                target.lane.sort = _float(data.get("sort"), target.lane.sort)
        elif isinstance(target, PhaseGeo):
            data = _ext(el, "phase")
            if data is not None:
                target.phase.size = _float(data.get("size"), target.phase.size)
                target.phase.sort = _float(data.get("sort"), target.phase.sort)
        elif isinstance(target, Step):
            data = _ext(el, "step")
            if data is not None:
                _restore_step(target, el, data, lanes, groups, warnings)
                if fitgap is not None:
                    _read_fitgap(target, data, fitgap)


@dataclass(slots=True)
class FitGap:
    """Judgments and item links read from our extension."""

    judgments: list[Judgment] = field(default_factory=list)
    links: list[ItemLinkRef] = field(default_factory=list)


def _enum(cls: type[E], value: str | None, default: E) -> E:
    return cls(value) if value in cls._value2member_map_ else default


def _read_fitgap(step: Step, data: Element, fitgap: FitGap) -> None:
    j = data.find(f"{_X}judgment")
    if j is not None:
        fitgap.judgments.append(Judgment(
            id=step.id, verdict=_enum(Verdict, j.get("verdict"), Verdict.UNASSESSED),
            resolution=_enum(Resolution, j.get("resolution"), Resolution.NONE),
            decision=_enum(Decision, j.get("decision"), Decision.PROPOSED), owner=j.get("owner", ""),
            due_on=j.get("dueOn", ""), rationale=j.findtext(f"{_X}rationale", ""),
            justification=j.findtext(f"{_X}justification", "")))
    for link in data.findall(f"{_X}link"):
        code = link.get("item", "")
        if code:
            verdict = link.get("verdict") or ""
            fitgap.links.append(ItemLinkRef(step.id, code, link.get("catalog", ""),
                                            Verdict(verdict) if verdict in Verdict._value2member_map_ else None,
                                            link.get("note", "")))


def _restore_step(step: Step, el: Element, data: Element, lanes: dict[str, LaneGeo], groups: dict[str, PhaseGeo],
                  warnings: list[ImportWarning]) -> None:
    kind = data.get("kind", "")
    if kind in StepKind._value2member_map_:
        step.kind = StepKind(kind)
    lane = lanes.get(data.get("lane", ""))
    if lane is not None and lane.lane.process_id == step.process_id:
        step.lane_id = lane.lane.id
    else:
        warnings.append(ImportWarning(el.get("id", ""), worded("bpmn.ext_lane")))
    phase_ref = data.get("phase", "")
    phase = groups.get(phase_ref)
    if phase is not None and phase.phase.process_id == step.process_id:
        step.phase_id = phase.phase.id
    elif not phase_ref:
        step.phase_id = ""
    step.x, step.y = _float(data.get("x"), step.x), _float(data.get("y"), step.y)
    step.step_no = data.get("stepNo", "")
    step.attrs = {a.get("key", ""): a.get("value", "") for a in data.findall(f"{_X}attr") if a.get("key")}
    step.notes = data.findtext(f"{_X}notes", "")
    if step.kind is not StepKind.ANNOTATION:
        step.label = el.get("name", step.label)


# --- writing ---------------------------------------------------------------------------------------------------
def _num(value: float) -> str:
    return repr(float(value))


def process_ext(parent: Element, process: Process) -> None:
    """``<jc:process>`` under ``parent`` (an extensionElements element)."""
    data = SubElement(parent, f"{PREFIX}:process", name=process.name, business=process.business,
                      kind=str(process.kind), municipality=process.municipality)
    if process.notes:
        SubElement(data, f"{PREFIX}:notes").text = process.notes


def lane_ext(parent: Element, lane: Lane) -> None:
    SubElement(parent, f"{PREFIX}:lane", pool=lane.pool, size=_num(lane.size), sort=_num(lane.sort))


def phase_ext(parent: Element, phase: Phase) -> None:
    SubElement(parent, f"{PREFIX}:phase", size=_num(phase.size), sort=_num(phase.sort))


def step_ext(parent: Element, step: Step, lane_ref: str, phase_ref: str, judgment: Judgment | None,
             links: list[tuple[str, str, str, str]]) -> None:
    """``<jc:step>``; ``links`` are (item code, catalogue name, verdict, note)."""
    data = SubElement(parent, f"{PREFIX}:step", kind=str(step.kind), lane=lane_ref, phase=phase_ref,
                      x=_num(step.x), y=_num(step.y), stepNo=step.step_no)
    for key, value in step.attrs.items():
        SubElement(data, f"{PREFIX}:attr", key=key, value=value)
    if step.notes:
        SubElement(data, f"{PREFIX}:notes").text = step.notes
    if judgment is not None:
        j = SubElement(data, f"{PREFIX}:judgment", verdict=str(judgment.verdict), resolution=str(judgment.resolution),
                       decision=str(judgment.decision), owner=judgment.owner, dueOn=judgment.due_on)
        if judgment.rationale:
            SubElement(j, f"{PREFIX}:rationale").text = judgment.rationale
        if judgment.justification:
            SubElement(j, f"{PREFIX}:justification").text = judgment.justification
    for code, catalog, verdict, note in links:
        SubElement(data, f"{PREFIX}:link", item=code, catalog=catalog, verdict=verdict, note=note)
