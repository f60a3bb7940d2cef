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
    "{process}: {steps} steps ({tasks} of them tasks, which are judged) · fit rate {rate}":
        "{process}: 手順 {steps}（うち判定対象の作業 {tasks}）・適合率 {rate}",
    "… and {n} more (see the workshop minutes)": "…ほか {n} 件（ワークショップ議事録を参照）",
    "Appendix: requirement text of the mandatory items no step references": "付録: 未参照の実装必須機能の要件本文",
    "No records.": "記録はありません",
}
