"""Japanese labels of the Fit&Gap vocabularies for reports and the CLI (the Qt UI has its own translated labels).

Plain functions over the enums: each returns the label a committee sheet shows (domain.md §6, §7).
"""

from __future__ import annotations

from jcloud_desk.analysis.customization import FlagReason
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import StepKind

_VERDICT: dict[Verdict, str] = {
    Verdict.FIT: "適合",
    Verdict.FIT_CONFIG: "設定で対応",
    Verdict.FIT_OPTION: "標準オプションで対応",
    Verdict.PARTIAL: "一部適合",
    Verdict.GAP: "ギャップ",
    Verdict.OUT_OF_SCOPE: "対象外",
    Verdict.UNASSESSED: "未判定",
}

_RESOLUTION: dict[Resolution, str] = {
    Resolution.NONE: "",
    Resolution.NO_ACTION: "適合",
    Resolution.ADOPT_OPTION: "標準オプション採用",
    Resolution.ADOPT_STANDARD: "業務見直し",
    Resolution.WORKAROUND: "運用で回避",
    Resolution.EUC: "帳票・EUCで対応",
    Resolution.SEPARATE_SYSTEM: "独自施策システム",
    Resolution.SPEC_REQUEST: "改定要望",
    Resolution.ABOLISH: "業務廃止",
    Resolution.CUSTOMIZATION: "カスタマイズ",
    Resolution.DEFER: "保留",
}

_DECISION: dict[Decision, str] = {
    Decision.PROPOSED: "提案",
    Decision.AGREED: "合意",
    Decision.REJECTED: "却下",
    Decision.DEFERRED: "保留",
}

_IMPL_CLASS: dict[ImplClass, str] = {
    ImplClass.MANDATORY: "実装必須",
    ImplClass.OPTIONAL: "標準オプション",
    ImplClass.PROHIBITED: "実装不可",
    ImplClass.UNSPECIFIED: "区分なし",
}

_STEP_KIND: dict[StepKind, str] = {
    StepKind.TASK: "タスク",
    StepKind.MANUAL_TASK: "手作業",
    StepKind.SYSTEM_TASK: "システム処理",
    StepKind.START: "開始",
    StepKind.END: "終了",
    StepKind.GATEWAY: "分岐（判断）",
    StepKind.GATEWAY_AND: "並行分岐",
    StepKind.EVENT: "中間イベント",
    StepKind.DOCUMENT: "帳票・書類",
    StepKind.DATA_STORE: "データストア",
    StepKind.ANNOTATION: "注釈",
    StepKind.SUBPROCESS: "サブプロセス",
}

_FLAG_REASON: dict[FlagReason, str] = {
    FlagReason.RESOLUTION: "対応方針がカスタマイズ",
    FlagReason.LINK_RESOLUTION: "機能ごとの対応方針がカスタマイズ",
}


def verdict_ja(verdict: Verdict) -> str:
    """判定: 適合, 設定で対応, 標準オプションで対応, 一部適合, ギャップ, 対象外, 未判定."""
    return _VERDICT[Verdict(verdict)]


def resolution_ja(resolution: Resolution) -> str:
    """対応方針: 業務見直し, 運用で回避, … ('' when none is set)."""
    return _RESOLUTION[Resolution(resolution)]


def municipality_type_ja(kind: MunicipalityType) -> str:
    """団体区分: 指定都市, 特別区, 中核市, 一般市, 町村, 未設定."""
    return MunicipalityType(kind).label_ja


def decision_ja(decision: Decision) -> str:
    """決定状況: 提案, 合意, 却下, 保留."""
    return _DECISION[Decision(decision)]


def impl_class_ja(impl_class: ImplClass) -> str:
    """実装区分: 実装必須, 標準オプション, 実装不可, 区分なし."""
    return _IMPL_CLASS[ImplClass(impl_class)]


def step_kind_ja(kind: StepKind) -> str:
    """手順の種類 (the same wording as the editor's palette)."""
    return _STEP_KIND[StepKind(kind)]


def flag_reason_ja(reason: FlagReason) -> str:
    """Why a step counts as a customization (カスタマイズ一覧's 理由（フラグ）)."""
    return _FLAG_REASON[FlagReason(reason)]
