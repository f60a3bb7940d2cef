"""Japanese for UI strings the lead engineer added in session 6 (merged by tools/i18n.py)."""

TRANSLATIONS: dict[str, str] = {
    " / ": "／",
    "(own pool)": "（別プール）",
    "Mark \"{name}\" as an external organisation": "「{name}」を外部の組織にする",
    "Mark \"{name}\" as part of the office": "「{name}」を庁内の部署に戻す",
    "External organisation (own pool, message flows)": "外部の組織（別プール・メッセージフロー）",
    "An organisation outside the office (another municipality, J-LIS): flows to and from it become message flows, "
    "and its steps need no start or end": "庁外の組織（他の市区町村、J-LIS など）: この部署との流れはメッセージフローに"
    "なり、その手順には開始・終了が要りません",
    "This process is too large to draw ({steps:,} steps and {flows:,} flows; at most {limit_steps:,} steps and "
    "{limit_flows:,} flows can be drawn).\nSplit it into smaller processes. The rest of the project works as usual.":
        "この業務フローは大きすぎるため図にできません（手順 {steps:,} 件・流れ {flows:,} 件。図にできるのは手順 "
        "{limit_steps:,} 件・流れ {limit_flows:,} 件まで）。\n小さな業務フローに分けてください。プロジェクトのほかの"
        "操作はいつもどおりできます。",
}
