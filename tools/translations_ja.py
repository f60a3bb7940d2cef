"""Japanese for every UI source string (English source text -> 日本語). tools/i18n.py applies it."""

TRANSLATIONS: dict[str, str] = {
    # labels
    "Task": "タスク",
    "Manual task": "手作業",
    "System task": "システム処理",
    "Start": "開始",
    "End": "終了",
    "Decision": "分岐（判断）",
    "Parallel": "並行分岐",
    "Intermediate event": "中間イベント",
    "Form / document": "帳票・書類",
    "Data store": "データストア",
    "Annotation": "注釈",
    "Sub-process": "サブプロセス",
    "As-Is": "現行（As-Is）",
    "To-Be": "見直し後（To-Be）",
    "Standard": "標準",
    "Fit": "適合",
    "Fit by configuration": "設定で対応",
    "Fit with standard option": "標準オプションで対応",
    "Partial fit": "一部適合",
    "Gap": "ギャップ",
    "Out of scope": "対象外",
    "Not assessed": "未判定",
    "(none)": "（なし）",
    "Change the work": "業務見直し",
    "Operational workaround": "運用で回避",
    "Forms / EUC": "帳票・EUCで対応",
    "Other system": "他システム",
    "Request spec revision": "改定要望",
    "Customization": "カスタマイズ",
    "On hold": "保留",
    "Proposed": "提案",
    "Agreed": "合意",
    "Rejected": "却下",
    "Deferred": "保留",
    "Mandatory": "実装必須",
    "Standard option": "標準オプション",
    "Not to be implemented": "実装不可",
    "Unspecified": "区分なし",
    # errors
    "The file was not found:\n{path}": "ファイルが見つかりません:\n{path}",
    "A file with this name already exists and was not overwritten:\n{path}":
        "同じ名前のファイルが既にあるため、上書きしませんでした:\n{path}",
    "This is not a jcloud_desk project file ({detail}):\n{path}":
        "jcloud_desk のプロジェクトファイルではありません（{detail}）:\n{path}",
    "The project file is damaged and was left unchanged. Open a backup copy or ask the sender "
    "for the file again.\n{path}\n({detail})":
        "プロジェクトファイルが壊れています。ファイルは変更していません。バックアップを開くか、"
        "送り主にファイルをもう一度依頼してください。\n{path}\n（{detail}）",
    "This file was made by a newer version of jcloud_desk. Please update the app.\n{path}":
        "このファイルは新しいバージョンの jcloud_desk で作成されています。アプリを更新してください。\n{path}",
    "This project is being edited in another jcloud_desk window ({holder}). You can open it read-only.\n{path}":
        "このプロジェクトは別の jcloud_desk で編集中です（{holder}）。読み取り専用で開くことはできます。\n{path}",
    "The project could not be saved ({detail}). Your work is still in memory: use "
    "\"Save As\" to save it to another place.\n{path}":
        "プロジェクトを保存できませんでした（{detail}）。作業内容はメモリ上に残っています。"
        "「名前を付けて保存」で別の場所に保存してください。\n{path}",
    "The project file could not be used ({detail}):\n{path}":
        "プロジェクトファイルを使用できませんでした（{detail}）:\n{path}",
    # main window
    "Open or create a project (File menu).": "「ファイル」メニューからプロジェクトを開くか、新規作成してください。",
    "&File": "ファイル(&F)",
    "&New project...": "新規プロジェクト(&N)...",
    "&Open...": "開く(&O)...",
    "Open &recent": "最近使ったファイル(&R)",
    "Save &as...": "名前を付けて保存(&A)...",
    "&Quit": "終了(&Q)",
    "&Edit": "編集(&E)",
    "&Undo": "元に戻す(&U)",
    "&Redo": "やり直し(&R)",
    "&View": "表示(&V)",
    "&Fit all": "全体を表示(&F)",
    "&Actual size (100%)": "実寸（100%）(&A)",
    "Zoom &in": "拡大(&I)",
    "Zoom &out": "縮小(&O)",
    "&Verdict colours": "判定の色分け(&V)",
    "&Help": "ヘルプ(&H)",
    "&About jcloud_desk": "jcloud_desk について(&A)",
    "Project in use": "プロジェクトは使用中です",
    "Open read-only?": "読み取り専用で開きますか？",
    "Cannot open project": "プロジェクトを開けません",
    "Create project file": "プロジェクトファイルの作成",
    "jcloud_desk project (*.jcdesk)": "jcloud_desk プロジェクト (*.jcdesk)",
    "Cannot create project": "プロジェクトを作成できません",
    "Open project": "プロジェクトを開く",
    "jcloud_desk project (*.jcdesk);;All files (*)": "jcloud_desk プロジェクト (*.jcdesk);;すべてのファイル (*)",
    "Save project as": "名前を付けて保存",
    "Cannot save project": "プロジェクトを保存できません",
    "Not saved": "保存されていません",
    " [read-only]": " [読み取り専用]",
    " [NOT SAVED]": " [未保存]",
    "Processes {p}  |  Steps {s}  |  Links {l}  |  Not assessed {u}  |  Gaps {g}":
        "業務フロー {p}  |  手順 {s}  |  機能紐付け {l}  |  未判定 {u}  |  ギャップ {g}",
    "Read-only": "読み取り専用",
    "NOT SAVED — use Save As": "未保存 — 「名前を付けて保存」してください",
    "Saved automatically": "自動保存済み",
    "Move": "移動",
    # docks and dialogs
    "Processes": "業務フロー",
    "{name}  [{kind}]  {count} steps": "{name}  [{kind}]  手順 {count}",
    "About jcloud_desk": "jcloud_desk について",
    "<h2>jcloud_desk {version}</h2><p>Offline Fit&amp;Gap workbench for municipal "
    "system standardization (Guideline 5).</p>":
        "<h2>jcloud_desk {version}</h2><p>自治体システム標準化（指針5）のためのオフライン Fit&amp;Gap 分析ツール</p>",
    "Attribution file not found: {path}": "出典情報のファイルが見つかりません: {path}",
    "New project": "新規プロジェクト",
    "Project name": "プロジェクト名",
    "Municipality": "団体名",
    "Business": "業務",
}
