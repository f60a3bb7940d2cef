"""Japanese for the suggestion UI (pre-fill dialog, thesaurus dialog, learning settings, links panel)."""

TRANSLATIONS: dict[str, str] = {
    # menus
    "Pre-&fill links...": "紐付けの事前入力(&F)...",
    "&Thesaurus for suggestions...": "提案用の類義語辞書(&T)...",
    "Pre-fill links": "紐付けの事前入力",
    # pre-fill dialog
    "The best catalogue item for every step without links. A accepts, R rejects the current row, 1-3 pick the first, second or third suggestion; Apply links the accepted ones in one step (one undo). Steps below the minimum confidence are left for the workshop.":
        "紐付けのない手順ごとに最も近い機能を提案します。A で採用、R で不採用（スペースで切替）、1〜3 で第 1〜第 3 候補を選びます。"
        "「適用」で採用分をまとめて紐付けます（元に戻すは 1 回）。最低確信度に届かない手順はワークショップで決めます。",
    "This process: %1": "この業務フロー: %1",
    "Whole project": "プロジェクト全体",
    "Steps of": "対象の手順",
    "Minimum confidence": "最低確信度",
    "Process": "業務フロー",
    "Step": "手順",
    "Proposed item": "提案する機能",
    "Score": "スコア",
    "Decision": "判断",
    "Accept": "採用",
    "Reject": "不採用",
    "%1 steps without links: %2 proposed (%3 accepted), %4 left for the workshop.":
        "紐付けのない手順 %1 件: 提案 %2 件（採用 %3 件）、ワークショップで決める手順 %4 件。",
    # thesaurus dialog
    "Thesaurus for suggestions": "提案用の類義語辞書",
    "Words staff use and the catalogue's own terms. A step's wording is read with these replacements before suggestions are ranked (several canonical words: separate them with spaces).":
        "職員が使う言葉と機能一覧の用語の対応です。提案の順位付けの前に、手順の文言をこの置き換えで読みます"
        "（置き換え先が複数のときは空白で区切ります）。",
    "Add": "追加",
    "Remove": "削除",
    "Import CSV...": "CSV を取り込む...",
    "Export CSV...": "CSV に書き出す...",
    "Your entries": "自分の登録",
    "Copy to mine": "自分の登録にコピー",
    "Bundled (%1)": "同梱（%1 件）",
    "Term": "言葉",
    "Canonical words": "機能一覧の用語",
    "Source": "出典",
    "Note": "備考",
    "Import thesaurus": "類義語辞書の取り込み",
    "Export thesaurus": "類義語辞書の書き出し",
    "CSV files (*.csv)": "CSV ファイル (*.csv)",
    # settings
    "Suggestions learn from the links I make and remove (in every project)":
        "紐付けの追加・削除から提案を学習する（すべてのプロジェクトで）",
    "Learned links": "学習した紐付け",
    "Forget learned links (%1)": "学習した紐付けを消去（%1 件）",
}
