"""The one table of labels of the domain's vocabularies: each value's English and Japanese name.

Reports and the CLI use the Japanese names through the ``*_ja`` functions (domain.md §6, §7); the Qt UI shows
the same table in its current language (``ui/labels.py``). A new enum value gets both names here, and a test
fails when one is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from jcloud_desk.analysis.customization import FlagReason
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import ProcessKind, StepKind

#: value → (English, Japanese)
LABELS: dict[Enum, tuple[str, str]] = {
    Verdict.FIT: ("Fit", "適合"),
    Verdict.FIT_CONFIG: ("Fit by configuration", "設定で対応"),
    Verdict.FIT_OPTION: ("Fit with standard option", "標準オプションで対応"),
    Verdict.PARTIAL: ("Partial fit", "一部適合"),
    Verdict.GAP: ("Gap", "ギャップ"),
    Verdict.OUT_OF_SCOPE: ("Out of scope", "対象外"),
    Verdict.UNASSESSED: ("Not assessed", "未判定"),
    Resolution.NONE: ("(none)", "（なし）"),
    Resolution.NO_ACTION: ("Fit (no action)", "適合"),
    Resolution.ADOPT_OPTION: ("Adopt the standard option", "標準オプション採用"),
    Resolution.ADOPT_STANDARD: ("Change the work", "業務見直し"),
    Resolution.WORKAROUND: ("Operational workaround", "運用で回避"),
    Resolution.EUC: ("Forms / EUC", "帳票・EUCで対応"),
    Resolution.SEPARATE_SYSTEM: ("Separate local system", "独自施策システム"),
    Resolution.SPEC_REQUEST: ("Request spec revision", "改定要望"),
    Resolution.ABOLISH: ("Abolish the work", "業務廃止"),
    Resolution.CUSTOMIZATION: ("Customization", "カスタマイズ"),
    Resolution.DEFER: ("On hold", "保留"),
    Decision.PROPOSED: ("Proposed", "提案"),
    Decision.AGREED: ("Agreed", "合意"),
    Decision.REJECTED: ("Rejected", "却下"),
    Decision.DEFERRED: ("Deferred", "保留"),
    ImplClass.MANDATORY: ("Mandatory", "実装必須"),
    ImplClass.OPTIONAL: ("Standard option", "標準オプション"),
    ImplClass.PROHIBITED: ("Not to be implemented", "実装不可"),
    ImplClass.UNSPECIFIED: ("Unspecified", "区分なし"),
    StepKind.TASK: ("Task", "タスク"),
    StepKind.MANUAL_TASK: ("Manual task", "手作業"),
    StepKind.SYSTEM_TASK: ("System task", "システム処理"),
    StepKind.START: ("Start", "開始"),
    StepKind.END: ("End", "終了"),
    StepKind.GATEWAY: ("Decision gateway", "分岐（判断）"),
    StepKind.GATEWAY_AND: ("Parallel", "並行分岐"),
    StepKind.EVENT: ("Intermediate event", "中間イベント"),
    StepKind.DOCUMENT: ("Form / document", "帳票・書類"),
    StepKind.DATA_STORE: ("Data store", "データストア"),
    StepKind.ANNOTATION: ("Annotation", "注釈"),
    StepKind.SUBPROCESS: ("Sub-process", "サブプロセス"),
    ProcessKind.AS_IS: ("As-Is", "現行（As-Is）"),
    ProcessKind.TO_BE: ("To-Be", "見直し後（To-Be）"),
    ProcessKind.STANDARD: ("Standard", "標準"),
    FlagReason.RESOLUTION: ("the resolution is a customization", "対応方針がカスタマイズ"),
    FlagReason.LINK_RESOLUTION: ("the resolution of a linked item is a customization",
                                 "機能ごとの対応方針がカスタマイズ"),
}

#: 団体区分 → (English, Japanese). A table of its own: StrEnum members equal their value, so 未設定 ('') would
#: collide with Resolution.NONE ('') as a key of ``LABELS``.
MUNICIPALITY_TYPE_LABELS: dict[MunicipalityType, tuple[str, str]] = {
    MunicipalityType.UNKNOWN: ("Not set (treated as city)", "未設定（一般市として評価）"),
    MunicipalityType.DESIGNATED_CITY: ("Designated city", "指定都市"),
    MunicipalityType.SPECIAL_WARD: ("Special ward", "特別区"),
    MunicipalityType.CORE_CITY: ("Core city", "中核市"),
    MunicipalityType.CITY: ("City", "一般市"),
    MunicipalityType.TOWN_VILLAGE: ("Town / village", "町村"),
}

LANGUAGES = ("en", "ja")


def label(value: Enum, language: str = "ja") -> str:
    """The name of ``value`` in ``language`` ('en' or 'ja')."""
    english, japanese = LABELS[value]
    return english if language == "en" else japanese


def verdict_ja(verdict: Verdict) -> str:
    """判定: 適合, 設定で対応, 標準オプションで対応, 一部適合, ギャップ, 対象外, 未判定."""
    return label(Verdict(verdict))


def resolution_ja(resolution: Resolution) -> str:
    """対応方針: 業務見直し, 運用で回避, … ('' when none is set: a blank cell on a committee sheet)."""
    resolution = Resolution(resolution)
    return "" if resolution is Resolution.NONE else label(resolution)


def municipality_type_label_in(kind: MunicipalityType, language: str = "ja") -> str:
    """The name of a 団体区分 in ``language`` ('en' or 'ja')."""
    english, japanese = MUNICIPALITY_TYPE_LABELS[MunicipalityType(kind)]
    return english if language == "en" else japanese


def municipality_type_ja(kind: MunicipalityType) -> str:
    """団体区分: 指定都市, 特別区, 中核市, 一般市, 町村, 未設定（一般市として評価）."""
    return municipality_type_label_in(kind)


def decision_ja(decision: Decision) -> str:
    """決定状況: 提案, 合意, 却下, 保留."""
    return label(Decision(decision))


def impl_class_ja(impl_class: ImplClass) -> str:
    """実装区分: 実装必須, 標準オプション, 実装不可, 区分なし."""
    return label(ImplClass(impl_class))


#: How ``member_classes`` joins: (between classes, around the names, between names) per language.
_MEMBER_PUNCTUATION = {"en": (" / ", " ({})", ", "), "ja": ("／", "（{}）", "・")}


def member_classes(groups: Sequence[tuple[ImplClass, Sequence[str]]], language: str = "ja") -> str:
    """The 実装区分 of an item across a group's municipalities: the class alone when it is the same for all,
    else each class with the municipalities it applies to
    (「実装必須（みどり市）／標準オプション（あおば町・さくら村）」; English "Mandatory (みどり市) / …")."""
    if len(groups) == 1:
        return label(ImplClass(groups[0][0]), language)
    between, around, names_sep = _MEMBER_PUNCTUATION["en" if language == "en" else "ja"]
    return between.join(label(ImplClass(impl_class), language) + around.format(names_sep.join(names))
                        for impl_class, names in groups)


def step_kind_ja(kind: StepKind) -> str:
    """手順の種類 (the same wording as the editor's palette)."""
    return label(StepKind(kind))


def flag_reason_ja(reason: FlagReason) -> str:
    """Why a step counts as a customization (カスタマイズ一覧's 理由（フラグ）)."""
    return label(FlagReason(reason))
