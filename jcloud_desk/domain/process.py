"""Workflow graph entities: Process, Lane (部署), Phase (工程), Step (手順) and Flow (流れ)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ProcessKind(StrEnum):
    """Which variant of a business workflow a process describes."""

    AS_IS = "as_is"
    TO_BE = "to_be"
    STANDARD = "standard"


class StepKind(StrEnum):
    """BPMN-subset node kinds used in municipal flows."""

    TASK = "task"
    MANUAL_TASK = "manual_task"
    SYSTEM_TASK = "system_task"
    START = "start"
    END = "end"
    GATEWAY = "gateway"
    GATEWAY_AND = "gateway_and"
    EVENT = "event"
    DOCUMENT = "document"
    DATA_STORE = "data_store"
    ANNOTATION = "annotation"
    SUBPROCESS = "subprocess"

    @property
    def is_activity(self) -> bool:
        """True for the kinds that represent work (and so should be judged against the catalogue)."""
        return self in (StepKind.TASK, StepKind.MANUAL_TASK, StepKind.SYSTEM_TASK, StepKind.SUBPROCESS)

    @property
    def is_gateway(self) -> bool:
        """True for decision / fork nodes."""
        return self in (StepKind.GATEWAY, StepKind.GATEWAY_AND)

    @property
    def is_artifact(self) -> bool:
        """True for nodes outside the sequence flow (帳票, data store, annotation)."""
        return self in (StepKind.DOCUMENT, StepKind.DATA_STORE, StepKind.ANNOTATION)


class FlowKind(StrEnum):
    """How two steps are connected."""

    SEQUENCE = "sequence"
    MESSAGE = "message"
    ASSOCIATION = "association"


#: Keys of ``Step.attrs`` that inventory work uses (担当, 所要時間, 年間件数, 使用帳票).
STEP_ATTR_KEYS: tuple[str, ...] = ("owner", "minutes_per_case", "cases_per_year", "forms")


@dataclass(slots=True)
class Process:
    """One business workflow (業務フロー) drawn as lanes × phases."""

    id: str
    name: str
    business: str = ""
    kind: ProcessKind = ProcessKind.AS_IS
    municipality: str = ""
    notes: str = ""
    sort: float = 0.0
    origin_id: str = ""


@dataclass(slots=True)
class Lane:
    """A horizontal band for one department or actor (部署)."""

    id: str
    process_id: str
    name: str
    sort: float = 0.0
    size: float = 130.0
    pool: str = ""


@dataclass(slots=True)
class Phase:
    """A column across all lanes for one stage of the work (工程)."""

    id: str
    process_id: str
    name: str
    sort: float = 0.0
    size: float = 220.0


@dataclass(slots=True)
class Step:
    """One node of the flow. ``x``/``y`` is its centre relative to the top-left of its lane × phase cell."""

    id: str
    process_id: str
    lane_id: str
    kind: StepKind = StepKind.TASK
    label: str = ""
    phase_id: str = ""
    x: float = 110.0
    y: float = 65.0
    notes: str = ""
    step_no: str = ""
    subprocess_id: str = ""
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Flow:
    """A directed connection between two steps of the same process."""

    id: str
    process_id: str
    source_id: str
    target_id: str
    label: str = ""
    kind: FlowKind = FlowKind.SEQUENCE
