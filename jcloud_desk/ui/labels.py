"""Display labels of domain enums, translated at call time (never at import time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import ProcessKind, StepKind

translate = QCoreApplication.translate


def step_kind_label(kind: StepKind) -> str:
    """Name of a step kind."""
    return {
        StepKind.TASK: translate("Labels", "Task"),
        StepKind.MANUAL_TASK: translate("Labels", "Manual task"),
        StepKind.SYSTEM_TASK: translate("Labels", "System task"),
        StepKind.START: translate("Labels", "Start"),
        StepKind.END: translate("Labels", "End"),
        StepKind.GATEWAY: translate("Labels", "Decision gateway"),
        StepKind.GATEWAY_AND: translate("Labels", "Parallel"),
        StepKind.EVENT: translate("Labels", "Intermediate event"),
        StepKind.DOCUMENT: translate("Labels", "Form / document"),
        StepKind.DATA_STORE: translate("Labels", "Data store"),
        StepKind.ANNOTATION: translate("Labels", "Annotation"),
        StepKind.SUBPROCESS: translate("Labels", "Sub-process"),
    }[kind]


def process_kind_label(kind: ProcessKind) -> str:
    """Name of a process variant."""
    return {
        ProcessKind.AS_IS: translate("Labels", "As-Is"),
        ProcessKind.TO_BE: translate("Labels", "To-Be"),
        ProcessKind.STANDARD: translate("Labels", "Standard"),
    }[kind]


def verdict_label(verdict: Verdict) -> str:
    """Name of a verdict."""
    return {
        Verdict.FIT: translate("Labels", "Fit"),
        Verdict.FIT_CONFIG: translate("Labels", "Fit by configuration"),
        Verdict.FIT_OPTION: translate("Labels", "Fit with standard option"),
        Verdict.PARTIAL: translate("Labels", "Partial fit"),
        Verdict.GAP: translate("Labels", "Gap"),
        Verdict.OUT_OF_SCOPE: translate("Labels", "Out of scope"),
        Verdict.UNASSESSED: translate("Labels", "Not assessed"),
    }[verdict]


def resolution_label(resolution: Resolution) -> str:
    """Name of a resolution."""
    return {
        Resolution.NONE: translate("Labels", "(none)"),
        Resolution.NO_ACTION: translate("Labels", "Fit (no action)"),
        Resolution.ADOPT_OPTION: translate("Labels", "Adopt the standard option"),
        Resolution.ADOPT_STANDARD: translate("Labels", "Change the work"),
        Resolution.WORKAROUND: translate("Labels", "Operational workaround"),
        Resolution.EUC: translate("Labels", "Forms / EUC"),
        Resolution.SEPARATE_SYSTEM: translate("Labels", "Separate local system"),
        Resolution.SPEC_REQUEST: translate("Labels", "Request spec revision"),
        Resolution.ABOLISH: translate("Labels", "Abolish the work"),
        Resolution.CUSTOMIZATION: translate("Labels", "Customization"),
        Resolution.DEFER: translate("Labels", "On hold"),
    }[resolution]


def decision_label(decision: Decision) -> str:
    """Name of a decision state."""
    return {
        Decision.PROPOSED: translate("Labels", "Proposed"),
        Decision.AGREED: translate("Labels", "Agreed"),
        Decision.REJECTED: translate("Labels", "Rejected"),
        Decision.DEFERRED: translate("Labels", "Deferred"),
    }[decision]


def municipality_type_label(kind: MunicipalityType) -> str:
    """Name of a 団体区分 (未設定 says it counts as 一般市)."""
    return {
        MunicipalityType.UNKNOWN: translate("Labels", "Not set (treated as city)"),
        MunicipalityType.DESIGNATED_CITY: translate("Labels", "Designated city"),
        MunicipalityType.SPECIAL_WARD: translate("Labels", "Special ward"),
        MunicipalityType.CORE_CITY: translate("Labels", "Core city"),
        MunicipalityType.CITY: translate("Labels", "City"),
        MunicipalityType.TOWN_VILLAGE: translate("Labels", "Town / village"),
    }[kind]


def impl_class_label(impl_class: ImplClass) -> str:
    """Name of an implementation class."""
    return {
        ImplClass.MANDATORY: translate("Labels", "Mandatory"),
        ImplClass.OPTIONAL: translate("Labels", "Standard option"),
        ImplClass.PROHIBITED: translate("Labels", "Not to be implemented"),
        ImplClass.UNSPECIFIED: translate("Labels", "Unspecified"),
    }[impl_class]
