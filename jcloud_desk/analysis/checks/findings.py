"""What the live checks report: severities, findings and the table of rules with their stable keys.

Every rule has a stable snake_case key (``RULES``) that appears in CLI JSON and in ``ProjectInfo.disabled_checks``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jcloud_desk.analysis.messages import render
from jcloud_desk.domain.messages import Message


class Severity(StrEnum):
    """How bad a finding is; findings sort errors first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by one rule. ``step_id`` is '' when the finding is not about one step.

    ``detail`` is the message as data (a stable ``code`` and its parameters); ``text(language)`` words it,
    ``message`` is the Japanese wording.
    """

    rule: str
    severity: Severity
    process_id: str
    step_id: str
    detail: Message
    flow_id: str = ""

    @property
    def code(self) -> str:
        """The stable message code (``check.<what>``)."""
        return self.detail.code

    @property
    def message(self) -> str:
        """The finding in Japanese."""
        return render(self.detail, "ja")

    def text(self, language: str) -> str:
        """The finding in ``language`` ('en' or 'ja')."""
        return render(self.detail, language)


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: stable key, default severity and a short Japanese title."""

    key: str
    severity: Severity
    title: str


RULES: tuple[Rule, ...] = (
    Rule("no_start", Severity.ERROR, "開始イベントがない"),
    Rule("no_end", Severity.ERROR, "終了イベントがない"),
    Rule("outside_lane", Severity.ERROR, "部署（レーン）に属していない手順"),
    Rule("cross_pool_flow", Severity.ERROR, "プールをまたぐ順序フロー"),
    Rule("disconnected", Severity.WARNING, "どの流れにもつながっていない手順"),
    Rule("unreachable", Severity.WARNING, "開始からたどり着けない手順"),
    Rule("dead_end", Severity.WARNING, "先に進む流れがない手順（行き止まり）"),
    Rule("gateway_single_out", Severity.WARNING, "行き先が1つ以下の分岐"),
    Rule("unlabelled_branch", Severity.WARNING, "条件名のない分岐の流れ"),
    Rule("implicit_split", Severity.WARNING, "分岐ゲートウェイを使わない分岐"),
    Rule("loop_without_gateway", Severity.WARNING, "分岐を通らないループ"),
    Rule("duplicate_flow", Severity.WARNING, "重複した流れ"),
    Rule("message_in_pool", Severity.WARNING, "同じプール内のメッセージフロー"),
    Rule("empty_label", Severity.WARNING, "名前が空または「？」の手順"),
    Rule("duplicate_label", Severity.WARNING, "同じ部署内で名前が重複した手順"),
    Rule("superfluous_gateway", Severity.INFO, "不要な分岐ゲートウェイ"),
    Rule("gap_without_resolution", Severity.ERROR, "対応方針のない一部適合・ギャップ"),
    Rule("customization_without_justification", Severity.ERROR, "理由のないカスタマイズ"),
    Rule("fit_on_prohibited", Severity.ERROR, "実装不可の機能だけに対応付けた適合"),
    Rule("gap_without_owner", Severity.WARNING, "担当者のない一部適合・ギャップ"),
    Rule("open_risk", Severity.WARNING, "未決定のリスク（実装不可・未採用の標準オプション・稼働後の提供に依存）"),
    Rule("linked_to_retired_item", Severity.WARNING, "改定前の版（旧版）の機能に紐付いた手順"),
    Rule("unmapped_task", Severity.INFO, "機能に対応付けられていない作業"),
    Rule("unreferenced_mandatory", Severity.INFO, "どの手順からも参照されていない実装必須機能"),
    Rule("vendor_not_provided", Severity.ERROR, "ベンダーが「×」と回答した実装必須機能"),
)

RULE_BY_KEY: dict[str, Rule] = {rule.key: rule for rule in RULES}
