"""One glossary of the terms every view uses: GUI (the Japanese translations), Excel/PDF reports and the CLI.

A committee member reads the GUI on the projector, the Excel workbook and the PDF handout side by side: the
same thing must have the same name everywhere (業務フロー, never プロセス; 決定, never 決定状況). Writers take
their Japanese words from here; ``tests/analysis/test_glossary.py`` checks the translation files, the
workbook headers and the CLI against it.
"""

from __future__ import annotations

PROCESS = "業務フロー"
LANE = "部署"
PHASE = "工程"
STEP = "手順"
STEP_NO = "手順番号"
#: The steps that are judged (タスク, 手作業, システム処理, サブプロセス); events, gateways and documents are not.
TASK = "作業"
FLOW = "流れ"
BUSINESS = "業務"
ITEM_CODE = "機能ID"
ITEM_TITLE = "機能名"
IMPL_CLASS = "実装区分"
VERDICT = "判定"
RESOLUTION = "対応方針"
RATIONALE = "理由"
OWNER = "担当"
DUE = "期限"
DECISION = "決定"
CUSTOMIZATION = "カスタマイズ"
FIT_RATE = "適合率"
#: As-Is / To-Be / 標準 of the row's 業務フロー (lists show it; headline figures count a superseded As-Is 0 times).
SCENARIO = "シナリオ"
#: A dependence on a 実装不可 item or an unadopted 標準オプション that nobody has decided yet.
OPEN_RISK = "未決定リスク"
MUNICIPALITY_TYPE = "団体区分"
TOTAL = "合計"
#: How a group's customization estimate is divided among the requesting municipalities.
COST_SHARE = "按分"

#: Words that must not appear where a term above is meant (checked by the glossary test).
AVOID: dict[str, str] = {
    "プロセス": PROCESS,
    "決定状況": DECISION,
    "割り勘": COST_SHARE,
}


def steps_count(steps: int, tasks: int) -> str:
    """「手順 32（うち判定対象の作業 17）」: all steps, and how many of them are judged."""
    return f"{STEP} {steps}（うち判定対象の{TASK} {tasks}）"


def judged_count(judged: int, tasks: int) -> str:
    """「判定済み 12 / 作業 17」."""
    return f"判定済み {judged} / {TASK} {tasks}"
