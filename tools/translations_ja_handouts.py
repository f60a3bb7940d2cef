"""Japanese for the handout strings (PDF report summary, appendix, minutes); terms follow analysis/glossary.py."""

from __future__ import annotations

TRANSLATIONS: dict[str, str] = {
    "Fit rate": "適合率",
    "Tasks judged": "判定済みの作業",
    "Partial or gap": "一部適合・ギャップ",
    "Customization steps": "カスタマイズ",
    "Mandatory items not referenced": "未参照の実装必須機能",
    "Open risks": "未解決のリスク",
    "Review needed": "要確認",
    "Key decisions": "主な決定事項",
    "{n} tasks": "作業 {n} 件",
    "{steps} steps ({tasks} of them tasks, which are judged)": "手順 {steps}（うち判定対象の作業 {tasks}）",
    "By process": "業務フロー別",
    "Total": "合計",
    "… and {n} more (see the workshop minutes)": "…ほか {n} 件（ワークショップ議事録を参照）",
    "Appendix: requirement text of the mandatory items no step references": "付録: 未参照の実装必須機能の要件本文",
    "No records.": "記録はありません",
}
TRANSLATIONS.update({
    "As-Is flow": "業務フロー(As-Is)",
    "To-Be flow": "業務フロー(To-Be)",
    "{name}  [{kind}]  {count} steps ({tasks} judged)": "{name}  [{kind}]  手順 {count}（判定対象 {tasks}）",
    "Fit rate {fit:.0%} of judged tasks  ·  tasks judged {judged}/{total}  ·  partial or gap {gaps}  ·  "
    "customizations {custom}  ·  mandatory items not referenced {missing}":
        "適合率 {fit:.0%}（判定済みの作業）  ·  判定済みの作業 {judged}/{total}  ·  一部適合・ギャップ {gaps}  ·  "
        "カスタマイズ {custom}  ·  未参照の実装必須機能 {missing}",
    "<b>Group customization requests ({n})</b> — estimates apportioned among the requesting municipalities":
        "<b>グループのカスタマイズ要望（{n}件）</b> — 見積は要望団体で按分",
    "Double-click to enter the estimate; the apportioned shares follow": "ダブルクリックで見積を入力（按分も更新されます）",
})
TRANSLATIONS.update({
    "Excel (*.xlsx)": "Excel (*.xlsx)",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "PDF with the requirement texts as an appendix (*.pdf)": "PDF・未参照の実装必須機能の要件本文を付録に (*.pdf)",
})
