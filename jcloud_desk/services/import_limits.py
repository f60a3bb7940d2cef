"""Guards on imported flows: sane sizes (a clear refusal above them, a warning well before) and no bidirectional
controls in names and labels.

A municipal 業務フロー has tens to a few hundred steps. The limits below are far beyond that and keep every later
step (auto-layout, the editor, ``render``, reports) within seconds and a few hundred MB: 10,000 steps lay out in
about 2 s and draw in 1.5 s / 200 MB, while 100,000 steps took 3.5 GB to draw. Counted per process.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import Step
from jcloud_desk.io.errors import FormatError
from jcloud_desk.io.imported import ImportedFlows, ImportWarning
from jcloud_desk.io.text_decoding import strip_bidi_controls

#: (refused above, warned above) per process.
STEP_LIMITS = (10_000, 2_000)
FLOW_LIMITS = (10_000, 2_000)  # a complete digraph of 100 tasks (9,900 flows) lays out in ~15 s
LANE_LIMITS = (1_000, 100)
_WHAT = {"step": ("手順", STEP_LIMITS), "flow": ("流れ", FLOW_LIMITS), "lane": ("部署", LANE_LIMITS)}


class ImportTooLargeError(FormatError):
    """An imported process beyond the limits above."""

    what = "業務フローファイル"


class ImportStructureError(FormatError):
    """Imported entities that do not fit together (a step in no lane, a flow to a missing step)."""

    what = "業務フローファイル"


def _element(step: Step) -> Message:
    """How the user finds a step in the source file: its BPMN id, else its label."""
    bpmn_id = step.attrs.get("bpmn_id", "")
    return Message.of("flow.element", id=bpmn_id) if bpmn_id else Message.of("flow.step", label=step.label[:40])


def check_structure(imported: ImportedFlows, where: str) -> None:
    """Refuse, naming the element, what the project file's foreign keys would refuse later (one import at a time,
    so the message names the source element rather than 「FOREIGN KEY constraint failed」)."""
    processes = {p.id for p in imported.processes}
    lanes = {lane.id: lane.process_id for lane in imported.lanes}
    phases = {phase.id for phase in imported.phases}
    steps = {s.id: s for s in imported.steps}
    for step in imported.steps:
        if step.process_id not in processes or lanes.get(step.lane_id) != step.process_id:
            raise ImportStructureError(
                where, None, worded("flow.no_lane", element=_element(step)))
        if step.phase_id and step.phase_id not in phases:
            raise ImportStructureError(where, None, worded("flow.no_phase", element=_element(step)))
    for flow in imported.flows:
        source, target = steps.get(flow.source_id), steps.get(flow.target_id)
        if source is None or target is None:
            known = source or target
            name = _element(known) if known is not None else Message.of("flow.flow", label=flow.label[:40])
            raise ImportStructureError(where, None, worded("flow.no_target", element=name))


#: Largest flow file read (BPMN, Mermaid, step-list CSV): a 10,000-step BPMN with diagram data is about 5 MB.
#: xlsx files are bounded by their unzipped size instead (``io.xlsx_limits``).
MAX_FLOW_FILE_BYTES = 64 * 1024 * 1024


def check_file_size(path: Path) -> None:
    """Refuse a flow file too large to be one 業務フロー before it is read into memory."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader reports a missing or unreadable file in its own words
    if size > MAX_FLOW_FILE_BYTES and path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ImportTooLargeError(
            str(path), None,
            f"ファイルが大きすぎます（{size / 1024 / 1024:,.0f} MB、上限 {MAX_FLOW_FILE_BYTES // 1024 // 1024} MB）。"
            "業務フローを分けてから取り込んでください",
        )


def check_imported(imported: ImportedFlows, where: str) -> list[ImportWarning]:
    """Raise ``ImportTooLargeError`` for a process above a limit; warnings for one above a warning level."""
    names = {p.id: p.name for p in imported.processes}
    counts = {
        "step": Counter(s.process_id for s in imported.steps),
        "flow": Counter(f.process_id for f in imported.flows),
        "lane": Counter(lane.process_id for lane in imported.lanes),
    }
    warnings: list[ImportWarning] = []
    for kind, counter in counts.items():
        _label, (limit, warn) = _WHAT[kind]
        label = Message(f"flow.what.{kind}")
        for process_id, count in counter.items():
            name = names.get(process_id, process_id)
            if count > limit:
                raise ImportTooLargeError(
                    where, None,
                    worded("flow.too_many", name=name, what=label, count=f"{count:,}", limit=f"{limit:,}"),
                )
            if count > warn:
                warnings.append(ImportWarning(
                    where, worded("flow.many", name=name, what=label, count=f"{count:,}", warn=f"{warn:,}")
                ))
    return warnings


#: Text fields of imported entities that are shown as names, labels or notes.
_TEXT_FIELDS = {"processes": ("name", "business", "notes"), "lanes": ("name",), "phases": ("name",),
                "steps": ("label", "notes", "step_no"), "flows": ("label",)}


def neutralize_bidi(imported: ImportedFlows, where: str) -> list[ImportWarning]:
    """Remove bidirectional controls (U+202E …) from every imported name and label, in place; one warning each."""
    warnings: list[ImportWarning] = []
    for group, names in _TEXT_FIELDS.items():
        entities = getattr(imported, group)
        for index, entity in enumerate(entities):
            changes = {}
            for name in names:
                value = getattr(entity, name)
                clean = strip_bidi_controls(value)
                if clean != value:
                    changes[name] = clean
            if changes:
                entities[index] = dataclasses.replace(entity, **changes)
                shown = next(iter(changes.values()))[:40]
                warnings.append(ImportWarning(
                    where, worded("flow.bidi_removed", text=shown)))
    return warnings
