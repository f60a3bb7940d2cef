"""Japanese of the chosen-vendor and 帳票-sheet mapping strings (issue 13, third round)."""

TRANSLATIONS: dict[str, str] = {
    "Not chosen: the vendor with the most answers ({vendor})": "未選択: 回答数の最も多いベンダー（{vendor}）",
    "Not chosen (no vendor answers imported)": "未選択（ベンダー回答の取込なし）",
    "{vendor} (most answers; no vendor chosen)": "{vendor}（未選択: 回答数の最も多いベンダー）",
    "Choose vendor": "ベンダーの選択",
    "no vendor": "ベンダーなし",
    "{vendor}: {answers} answers; mandatory answered ×: {missing}; after go-live: {late}; linked items without an "
    "answer: {unanswered}": "{vendor}: 回答 {answers} 件／実装必須で×: {missing} 件／"
                            "稼働後に提供: {late} 件／紐付いた未回答: {unanswered} 件",
    "Form ID (帳票ID) *": "帳票ID *",
    "Form name (帳票名称) *": "帳票名称 *",
    "Summary (帳票概要)": "帳票概要",
    "Output / media (出力形式/媒体)": "出力形式／媒体",
    "Details (帳票詳細要件 / 印字項目)": "帳票詳細要件／印字項目",
    "Form ID": "帳票ID",
    "Form": "帳票",
    "Output / media": "出力形式／媒体",
    "Functions: columns and preview": "機能要件: 列の割り当てとプレビュー",
    "Forms: columns and preview": "帳票要件: 列の割り当てとプレビュー",
    "Sheet 「{sheet}」 {problem}": "シート「{sheet}」{problem}",
    "No problems found.": "問題はありません。",
    "{title} — {n} problems": "{title}（問題 {n} 件）",
    "Vendor: {v}": "ベンダー: {v}",
}
