"""Japanese of the UI strings added for 団体区分 conditions, the customization register and open risks."""

from __future__ import annotations

TRANSLATIONS: dict[str, str] = {
    # labels
    "Fit (no action)": "適合（対応不要）",
    "Adopt the standard option": "標準オプション採用",
    "Separate local system": "独自施策システム",
    "Abolish the work": "業務廃止",
    "Not set (treated as city)": "未設定（一般市として評価）",
    "Designated city": "指定都市",
    "Special ward": "特別区",
    "Core city": "中核市",
    "City": "一般市",
    "Town / village": "町村",
    "Open risk (not decided)": "未決定リスク",
    # project settings
    "Project settings": "プロジェクトの設定",
    "Project name": "プロジェクト名",
    "Municipality type (団体区分)": "団体区分",
    "Description": "説明",
    "Not set: items whose class depends on the municipality type are evaluated as for a city (一般市).":
        "未設定です。団体区分によって実装区分が異なる機能は、一般市として評価します。",
    "Items whose class depends on the municipality type are evaluated for this type (coverage, checks, open risks, "
    "reports).": "団体区分によって実装区分が異なる機能は、この団体区分で評価します（集計・チェック・未決定リスク・レポート）。",
    "Edit project settings": "プロジェクトの設定変更",
    "Pro&ject settings (municipality type)...": "プロジェクトの設定（団体区分）(&J)...",
    # conditions
    "Conditional note (some municipalities only)": "注記（一部の団体向けの要件）",
    "Conditions by municipality type": "団体区分ごとの実装区分",
    "Conditions by municipality type...": "団体区分ごとの実装区分...",
    "<b>{code} {title}</b> — class as written: {impl}": "<b>{code} {title}</b> — 記載どおりの実装区分: {impl}",
    "Edit conditions": "団体区分の条件を変更",
    " (depends on type)": "（団体区分で異なる）",
    "By municipality type: {list}": "団体区分別: {list}",
    "Conditional note: {note}": "団体区分の注記: {note}",
    "Remarks (備考, 団体区分 conditions)": "備考（団体区分の条件）",
    "<b>団体区分 conditions detected ({n})</b> — check the class for each municipality type and correct it where "
    "needed; notes are sub-requirements that do not change the class.":
        "<b>検出した団体区分の条件（{n}件）</b> — 団体区分ごとの実装区分を確認し、必要なら直してください。"
        "注記は実装区分を変えない一部の団体向けの要件です。",
    "Warning (imported as written): {text}": "警告（記載どおり取り込みます）: {text}",
    # Fit&Gap dock and links
    "the resolution of a linked item is a customization": "機能ごとの対応方針がカスタマイズ",
    "the step needs a standard option not adopted for this municipality": "この団体が採用していない標準オプションが必要",
    "Open risk: {reason} — decide a resolution.": "未決定のリスク: {reason} — 対応方針を決めてください。",
    "Own resolution": "機能ごとの対応方針",
    "Own resolution for this item": "この機能の対応方針",
    "Set item resolution": "機能ごとの対応方針を設定",
    # ledger
    "Resolution for this item": "機能ごとの対応方針",
    "Scenario": "シナリオ",
    "Open risk": "未決定リスク",
    "(same as the step)": "（手順と同じ）",
    # dashboard
    "Fit rate {fit:.0%} of judged tasks": "適合率 {fit:.0%}（判定済みの作業）",
    "tasks judged {judged}/{total}": "判定済みの作業 {judged}/{total}",
    "partial or gap {gaps}": "一部適合・ギャップ {gaps}",
    "customizations {custom}": "カスタマイズ {custom}",
    "open risks {risks}": "未決定リスク {risks}",
    "mandatory items not referenced {missing}": "未参照の実装必須機能 {missing}",
    "municipality type: {kind}": "団体区分: {kind}",
    "needs a prohibited item": "実装不可の機能に依存",
    "needs an option not adopted": "未採用の標準オプションに依存",
    "<b>Open risks ({n})</b> — decide a resolution for each": "<b>未決定リスク（{n}件）</b> — それぞれ対応方針を決めてください",
    # PDF report
    "Open risks (not decided yet): {n}": "未決定リスク: {n}件",
    "Municipality type: {kind}": "団体区分: {kind}",
    "Open risks (undecided)": "未決定リスク",
    "Risk": "リスク",
    "class by municipality type": "団体区分による実装区分",
    "the vendor delivers a linked item only after go-live: decide an interim resolution":
        "ベンダーの提供が稼働後の機能を使います。暫定の対応方針（運用で回避など）を決めてください",
    "delivered after go-live": "提供が稼働後",
}
