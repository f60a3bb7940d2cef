"""The Fit&Gap report as plain data: already-translated strings and numbers, ready for a writer (xlsx, PDF).

Filled by ``services.report_service.build_report_data``; writers only lay it out, so they need neither the
domain rules nor the analysis layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One row of 「Fit&Gap一覧」: a step × catalogue item judgment."""

    business: str
    process: str
    lane: str
    phase: str
    step: str
    item_code: str
    item_title: str
    impl_class: str
    verdict: str
    resolution: str
    rationale: str
    owner: str
    due_on: str
    step_no: str = ""
    decision: str = ""
    customization: str = ""
    scenario: str = ""
    risk: str = ""
    item_kind: str = ""  # 機能 / 帳票 ('' for a step without links)


@dataclass(frozen=True, slots=True)
class CustomizationLine:
    """One row of 「カスタマイズ一覧」: a step decided as カスタマイズ (items one per line)."""

    process: str
    lane: str
    step: str
    reasons: str
    item_codes: str
    item_titles: str
    impl_classes: str
    resolution: str
    justification: str
    decision: str
    scenario: str = ""


@dataclass(frozen=True, slots=True)
class RiskLine:
    """One row of 「未決定リスク」: a step depending on a 実装不可 item or an unadopted option, not yet decided."""

    scenario: str
    process: str
    lane: str
    step: str
    reason: str
    item_codes: str
    item_titles: str
    resolution: str


@dataclass(frozen=True, slots=True)
class UnreferencedLine:
    """One row of 「未参照の実装必須機能」: a 実装必須 item that no step links to."""

    code: str
    title: str
    path: str
    requirement: str


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One row of 「集計」: activity steps of one process per verdict (aligned with ``ReportData.verdicts``)."""

    process: str
    counts: tuple[int, ...]
    total: int
    #: (適合 + 設定で対応 + 標準オプションで対応) / (合計 − 対象外 − 未判定); None when nothing is judged.
    fit_rate: float | None
    #: Every step of the process (events, gateways, documents too); only ``total`` of them (tasks) are judged.
    steps: int = 0


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One row of 「As-Is→To-Be差分」: one change of a To-Be process against the process it was copied from."""

    process_from: str
    process_to: str
    change: str
    step: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class RevisionLine:
    """One row of 「改定影響」: a link to re-check after a catalogue revision (要再確認), or a re-check decided."""

    status: str  # 要再確認 / 確認済み
    process: str
    step: str
    old_code: str
    change: str
    new_code: str
    verdict: str
    decision: str = ""  # the 決定事項 of a decided line
    by: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class FormLine:
    """One row of 「帳票一覧」: a standard 帳票 with a 現行帳票 mapped to it (or alone), or an unmapped 現行帳票."""

    code: str
    title: str
    impl_class: str
    media: str
    steps: str
    current: str = ""
    recipient: str = ""
    volume: int | None = None
    difference: str = ""
    route: str = ""
    notes: str = ""
    municipality: str = ""


@dataclass(frozen=True, slots=True)
class Headline:
    """The dashboard's headline figures for the summary page (all processes together)."""

    #: 適合率 over judged in-scope tasks; None when nothing is judged.
    fit_rate: float | None = None
    judged: int = 0
    total: int = 0
    #: Tasks judged 一部適合 or ギャップ (they need a 対応方針).
    gaps: int = 0
    customizations: int = 0
    unreferenced: int = 0
    #: Workshop 決定事項, 「業務フロー: text」, oldest first.
    decisions: tuple[str, ...] = ()
    #: Hooks for figures other features record (None: not recorded, the report leaves them out).
    open_risks: int | None = None
    review_needed: int | None = None


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything a Fit&Gap report shows."""

    project_name: str
    generated_at: str
    municipality: str = ""
    business: str = ""
    #: Verdict labels in column order of 「集計」.
    verdicts: tuple[str, ...] = ()
    ledger: tuple[LedgerLine, ...] = ()
    customizations: tuple[CustomizationLine, ...] = ()
    unreferenced: tuple[UnreferencedLine, ...] = ()
    summary: tuple[SummaryLine, ...] = ()
    #: Source notes of the catalogues (出典) that the report must show with their items.
    attributions: tuple[str, ...] = field(default_factory=tuple)
    #: 差分（As-Is→To-Be）: the changes of every To-Be process that has an origin (empty when none has).
    diff: tuple[DiffLine, ...] = ()
    #: 未決定リスク (superseded As-Is left out, like the customizations).
    risks: tuple[RiskLine, ...] = ()
    #: 団体区分 the classes were evaluated for (「一般市」, 「未設定（一般市として評価）」…).
    municipality_type: str = ""
    #: The vendor whose answers count for 提供時期, with the go-live date (a not-chosen vendor says so; "" = none).
    vendor: str = ""
    #: 帳票一覧: standard 帳票 and the 現行帳票 inventory (empty when the project has neither).
    forms: tuple[FormLine, ...] = ()
    headline: Headline = field(default_factory=Headline)
    #: 改定影響: the 要再確認 queue, then the re-checks decided (empty when no catalogue was revised).
    revisions: tuple[RevisionLine, ...] = ()

    @property
    def title(self) -> str:
        """Document title: 「<project> Fit&Gap報告書」 (「<project> 報告書」 when the name says Fit&Gap already)."""
        if not self.project_name:
            return "Fit&Gap報告書"
        if "fit&gap" in self.project_name.lower():
            return f"{self.project_name} 報告書"
        return f"{self.project_name} Fit&Gap報告書"
