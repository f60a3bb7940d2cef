"""``jcloud-desk --lang en … --help``: the help texts of the parser in English.

The parser is written with its Japanese help (what ``--lang ja`` shows); ``translate_help`` replaces every help
text, the description and a Japanese metavar by its English from ``HELP_EN``, keyed by the Japanese text. A test
walks the parser and fails when a help text has no English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

HELP_EN: dict[str, str] = {
    "jcloud_desk — 業務フローと標準仕様書の Fit&Gap 分析ツール。コマンドなしで起動すると GUI を開きます: "
    "jcloud-desk [PROJECT]":
        "jcloud_desk — Fit&Gap analysis of business processes against the standard specification. Without a "
        "command it opens the GUI: jcloud-desk [PROJECT]",
    "メッセージの言語 (en / ja; 既定は設定、なければ ja)":
        "language of the messages (en / ja; default: the settings, else ja)",
    "新しいプロジェクトファイルを作成": "create a new project file",
    "プロジェクトの団体名・団体区分を設定（グループでは団体ごと）":
        "set the project's municipality and municipality type (per municipality in a group)",
    "プロジェクトの概要（--json で機械可読）": "describe the project (--json for machines)",
    "同梱のサンプルプロジェクトを書き出す": "write the bundled sample project",
    "業務フローのチェック（指摘の一覧）": "check the processes (list of findings)",
    "業務フローを自動レイアウト（部署・工程は保ったまま）": "auto-layout a process (lanes and phases kept)",
    "業務フローを PNG / SVG / PDF に書き出す": "draw a process as PNG / SVG / PDF",
    "判定の集計・指摘・カスタマイズ・未参照の実装必須機能":
        "verdict counts, findings, customizations, mandatory functions not referenced",
    "機能一覧（CSV / xlsx）を取り込む（同じ名前・--revises で改定版）":
        "import a function list (CSV / xlsx; the same name or --revises makes a revision)",
    "業務フローを取り込む（BPMN / CSV / xlsx / Mermaid）": "import processes (BPMN / CSV / xlsx / Mermaid)",
    "業務フローを BPMN 2.0 で書き出す": "write a process as BPMN 2.0",
    "Fit&Gap レポート（.xlsx / .pdf）": "the Fit&Gap report (.xlsx / .pdf)",
    "グループ（自治体クラウド）の調和マトリクス・按分レポート（.xlsx）":
        "the group (shared municipal cloud) harmonization matrix and cost share report (.xlsx)",
    "業務フローの差分（As-Is → To-Be）": "differences between two processes (As-Is → To-Be)",
    "プロジェクト全体を JSON で書き出す": "write the whole project as JSON",
    "JSON からプロジェクトファイルを作成": "create a project file from JSON",
    "別のプロジェクトファイル（配布したコピー）を統合": "merge another project file (a distributed copy)",
    "手順の文言から機能ID を提案（GUI と同じ索引・類義語・学習）":
        "suggest function IDs for step texts (the GUI's index, thesaurus and learning)",
    "現行帳票の一覧（CSV / xlsx）を取り込む": "import the current forms inventory (CSV / xlsx)",
    "ベンダーの適合回答（○△×）を標準仕様書に重ねて取り込む":
        "import a vendor's conformance answers (○△×) over the standard",
    "ベンダーに渡す Fit&Gap 回答シート（.xlsx）を書き出す": "write the Fit&Gap answer sheet for the vendor (.xlsx)",
    "記入済みの回答シートを差分を示して取り込む": "import a filled-in answer sheet, showing the differences",
    "GUI を開く（既定）": "open the GUI (the default)",
    "団体名（グループでは設定する団体）": "municipality name (in a group: the municipality to set)",
    "団体区分（未設定のプロジェクトは一般市として評価）":
        "municipality type (a project without one is evaluated as a city)",
    "設定後の内容を JSON で出力": "print the settings afterwards as JSON",
    '回答を使うベンダー（"" で回答数の最も多いベンダーに戻す）':
        'the vendor whose answers count ("" goes back to the vendor with the most answers)',
    "判定の色分けを表示": "colour the steps by verdict",
    "機能要件のシート名（xlsx; 省略時は自動判定）": "sheet of the function requirements (xlsx; found when left out)",
    "帳票要件のシート名（xlsx; 指定すると帳票も取り込む）":
        "sheet of the form requirements (xlsx; imports the forms too)",
    "この機能一覧の最新版を改定する（名前が違うとき）":
        "revise the latest version of this function list (another name)",
    "旧機能ID,新機能ID の対応表（類似度による候補の確定）":
        "old function ID,new function ID pairs (settles the similarity proposals)",
    "PDF: 未参照の実装必須機能の要件本文を付録に載せる（一覧は機能ID・機能名のみ）":
        "PDF: add the requirement texts of unreferenced mandatory functions as an appendix (the list has ID and "
        "name only)",
    "比較元（省略時は --to の複製元）": "the process to compare with (default: the one --to was copied from)",
    "競合をすべて自分側 / 相手側で解決して書き込む": "settle every conflict for our side / their side and write",
    "1 行に 1 つの文言（UTF-8・Shift_JIS・BOM 付き UTF-16）":
        "one text per line (UTF-8, Shift_JIS or UTF-16 with a BOM)",
    "提案の数（既定 5）": "number of suggestions (default 5)",
    "団体名（省略時はプロジェクトの団体）": "municipality name (default: the project's)",
    "回答が対象とする機能一覧の名前": "name of the function list the answers are for",
    "ベンダー名（省略時はファイル名）": "vendor name (default: the file name)",
    "稼働開始日（これより後の提供予定は「提供時期」のリスク）":
        "go-live date (a delivery after it is a delivery-time risk)",
    "ベンダー名（省略時は回答済みのベンダー）": "vendor name (default: the vendor who answered)",
    "差分を示すだけで取り込まない": "show the differences only, import nothing",
    "稼働開始日も設定する": "set the go-live date too",
    "最初の画面（プロジェクト表示済み）を描いたら終了コード 0 で終わる（起動時間の計測用）":
        "exit with code 0 once the first screen (project shown) is painted (to time the start)",
    # a metavar: the 団体区分 by their keys (accepted as well as the Japanese names)
    "指定都市|特別区|中核市|一般市|町村": "designated_city|special_ward|core_city|city|town_village",
}


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every sub-command's parser."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def help_holders(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    """Every action with a help text: the options and the sub-command list's entries."""
    for each in parsers(parser):
        for action in each._actions:
            yield action
            if isinstance(action, argparse._SubParsersAction):
                yield from action._choices_actions


def translate_help(parser: argparse.ArgumentParser, language: str) -> None:
    """Put the help texts of ``parser`` in ``language`` (the Japanese ones are the parser's own)."""
    if language == "ja":
        return
    for each in parsers(parser):
        if each.description:
            each.description = HELP_EN.get(each.description, each.description)
    for action in help_holders(parser):
        if action.help and action.help != argparse.SUPPRESS:
            action.help = HELP_EN.get(action.help, action.help)
        if isinstance(action.metavar, str):
            action.metavar = HELP_EN.get(action.metavar, action.metavar)
