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
}
