"""Display labels of domain enums in the language the UI runs in, from the one table in ``analysis.labels``."""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from jcloud_desk.analysis.labels import LANGUAGES, label, municipality_type_label_in
from jcloud_desk.analysis.messages import in_language, render
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import ProcessKind, StepKind

_language = ["ja"]


def set_language(language: str) -> None:
    """The UI language ('ja' or 'en'); ``install_translators`` sets it with the Qt translators."""
    _language[0] = language if language in LANGUAGES else "ja"


def current_language() -> str:
    """The UI language."""
    return _language[0]


class AsMessage(Protocol):
    """A reader's problem that can be worded in any language (``RowProblem``, ``FormatError``)."""

    def as_message(self) -> Message: ...


def in_ui_language(text: str | AsMessage | Exception) -> str:
    """A line from the pure layers (a ``Worded`` str, a row problem, or a user's own text) in the UI language; an
    error that is a message (``WordedError``, ``FormatError``) is worded, any other shows its own text."""
    if isinstance(text, str):
        return in_language(text, _language[0])
    as_message = getattr(text, "as_message", None)
    return render(as_message(), _language[0]) if as_message is not None else str(text)


def enum_label(value: Enum) -> str:
    """The name of any labelled enum value in the UI language."""
    return label(value, _language[0])


def step_kind_label(kind: StepKind) -> str:
    """Name of a step kind."""
    return enum_label(StepKind(kind))


def process_kind_label(kind: ProcessKind) -> str:
    """Name of a process variant."""
    return enum_label(ProcessKind(kind))


def verdict_label(verdict: Verdict) -> str:
    """Name of a verdict."""
    return enum_label(Verdict(verdict))


def resolution_label(resolution: Resolution) -> str:
    """Name of a resolution ('(none)' when none is set)."""
    return enum_label(Resolution(resolution))


def decision_label(decision: Decision) -> str:
    """Name of a decision state."""
    return enum_label(Decision(decision))


def municipality_type_label(kind: MunicipalityType) -> str:
    """Name of a 団体区分 (未設定 says it counts as 一般市)."""
    return municipality_type_label_in(kind, _language[0])


def impl_class_label(impl_class: ImplClass) -> str:
    """Name of an implementation class."""
    return enum_label(ImplClass(impl_class))
