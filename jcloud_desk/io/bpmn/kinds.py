"""BPMN 2.0 vocabulary shared by the reader and the writer: namespaces, element → StepKind, count categories.

Only elements of the BPMN model namespace are mapped; vendor namespaces and extension elements are ignored.
"""

from __future__ import annotations

from jcloud_desk.domain.process import StepKind

MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
I18N_NS = "http://www.omg.org/spec/BPMN/non-normative/extensions/i18n/1.0"
#: Our own extension namespace (phases, step numbers, attributes, Fit&Gap data).
EXT_NS = "https://jcloud-desk.example/bpmn-ext/1"

#: Task-like elements (counted as "tasks", like the MIWG element-count table does with callActivity).
TASK_KINDS: dict[str, StepKind] = {
    "task": StepKind.TASK,
    "userTask": StepKind.TASK,
    "scriptTask": StepKind.TASK,
    "businessRuleTask": StepKind.TASK,
    "sendTask": StepKind.TASK,
    "receiveTask": StepKind.TASK,
    "manualTask": StepKind.MANUAL_TASK,
    "serviceTask": StepKind.SYSTEM_TASK,
    "callActivity": StepKind.SUBPROCESS,
}
SUBPROCESS_TAGS: frozenset[str] = frozenset({"subProcess", "transaction", "adHocSubProcess"})
EVENT_KINDS: dict[str, StepKind] = {
    "startEvent": StepKind.START,
    "endEvent": StepKind.END,
    "intermediateCatchEvent": StepKind.EVENT,
    "intermediateThrowEvent": StepKind.EVENT,
    "implicitThrowEvent": StepKind.EVENT,
    "boundaryEvent": StepKind.EVENT,
}
GATEWAY_KINDS: dict[str, StepKind] = {
    "exclusiveGateway": StepKind.GATEWAY,
    "inclusiveGateway": StepKind.GATEWAY,
    "complexGateway": StepKind.GATEWAY,
    "eventBasedGateway": StepKind.GATEWAY,
    "parallelGateway": StepKind.GATEWAY_AND,
}
DATA_KINDS: dict[str, StepKind] = {
    "dataObjectReference": StepKind.DOCUMENT,
    "dataStoreReference": StepKind.DATA_STORE,
}

#: Every element that becomes one step (process-level data inputs/outputs are added by the reader).
NODE_KINDS: dict[str, StepKind] = {
    **TASK_KINDS,
    **dict.fromkeys(SUBPROCESS_TAGS, StepKind.SUBPROCESS),
    **EVENT_KINDS,
    **GATEWAY_KINDS,
    **DATA_KINDS,
    "textAnnotation": StepKind.ANNOTATION,
}

#: Count category (``ImportedFlows.counts`` key) of each counted element.
COUNT_KEYS: dict[str, str] = {
    **dict.fromkeys(TASK_KINDS, "tasks"),
    **dict.fromkeys(SUBPROCESS_TAGS, "subprocesses"),
    **dict.fromkeys(EVENT_KINDS, "events"),
    **dict.fromkeys(GATEWAY_KINDS, "gateways"),
    **dict.fromkeys(DATA_KINDS, "data_refs"),
    "textAnnotation": "annotations",
    "participant": "pools",
    "lane": "lanes",
    "sequenceFlow": "sequence_flows",
    "messageFlow": "message_flows",
    "association": "associations",
    "dataInputAssociation": "associations",
    "dataOutputAssociation": "associations",
    "group": "groups",
}

#: Event definitions we keep (``attrs["bpmn_event"]``) and write back.
EVENT_DEFINITIONS: tuple[str, ...] = (
    "message", "timer", "signal", "error", "escalation", "compensate", "conditional", "link", "terminate", "cancel",
)

#: Element written for each kind, unless the step's ``attrs["bpmn_type"]`` names another one in ``ALTERNATIVES``.
DEFAULT_TAG: dict[StepKind, str] = {
    StepKind.TASK: "task",
    StepKind.MANUAL_TASK: "manualTask",
    StepKind.SYSTEM_TASK: "serviceTask",
    StepKind.START: "startEvent",
    StepKind.END: "endEvent",
    StepKind.EVENT: "intermediateCatchEvent",
    StepKind.GATEWAY: "exclusiveGateway",
    StepKind.GATEWAY_AND: "parallelGateway",
    StepKind.DOCUMENT: "dataObjectReference",
    StepKind.DATA_STORE: "dataStoreReference",
    StepKind.ANNOTATION: "textAnnotation",
    StepKind.SUBPROCESS: "subProcess",
}
ALTERNATIVES: dict[StepKind, frozenset[str]] = {
    StepKind.TASK: frozenset(k for k, v in TASK_KINDS.items() if v is StepKind.TASK),
    StepKind.EVENT: frozenset({"intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}),
    StepKind.GATEWAY: frozenset({"exclusiveGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway"}),
    StepKind.SUBPROCESS: SUBPROCESS_TAGS,
}


def local_name(tag: object) -> tuple[str, str]:
    """Namespace and local name of an ElementTree tag ('' namespace for plain names, ('', '') for comments)."""
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag
