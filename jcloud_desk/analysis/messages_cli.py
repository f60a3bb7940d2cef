"""The wording of the command line's own lines (``jcloud-desk``): code → (English, Japanese).

Merged into ``analysis.messages.CATALOGUE``. User labels (project, process, catalogue names) are quoted “…” in
English, as the findings quote them, so a reader (and the language test) can tell them from the words around.
The Japanese wording is the one the CLI printed before it had codes: Japanese users see no change.
"""

from __future__ import annotations

CLI_MESSAGES: dict[str, tuple[str, str]] = {
    "cli.warning": ("Warning: {message}", "警告: {message}"),
    "cli.where": ("{where}: {message}", "{where}: {message}"),
    "cli.written": ("Written: {path}", "書き出しました: {path}"),
    # new, sample, import-json
    "cli.created": ("Created: {path}", "作成しました: {path}"),
    "cli.sample_written": ("Sample project written: {path}", "サンプルプロジェクトを書き出しました: {path}"),
    "cli.project_created": ("Project created: {path}", "プロジェクトを作成しました: {path}"),
    # info
    "cli.info_project": ("Project: “{name}”  Municipality: “{municipality}” ({type})  Format: v{version}",
                         "プロジェクト: {name}  団体: {municipality}（{type}）  形式: v{version}"),
    "cli.info_process": (
        "  Process “{name}” [{kind}]: lanes {lanes} / phases {phases} / steps {steps} (of which {tasks} judged "
        "tasks) / flows {flows}",
        "  業務フロー {name} [{kind}]: 部署 {lanes} / 工程 {phases} / 手順 {steps}（うち判定対象の作業 {tasks}） / "
        "流れ {flows}"),
    "cli.info_catalog": ("  Function list “{name}” {version}{retired}: {items} items{forms}",
                         "  機能一覧 {name} {version}{retired}: {items} 件{forms}"),
    "cli.info_vendor": ("  Vendor: “{vendor}”", "  ベンダー: 「{vendor}」"),
    "cli.info_vendor_fallback": ("  Vendor: “{vendor}” (not chosen: the vendor with the most answers)",
                                 "  ベンダー: 「{vendor}」（未選択: 回答数の最も多いベンダー）"),
    "cli.info_retired": (" (superseded by a revision)", "（旧版・改定済み）"),
    "cli.info_forms": (" (of which {n} forms)", "（うち帳票 {n} 件）"),
    "cli.info_links": ("  Links {links}; verdicts {verdicts}", "  紐付け {links} 件; 判定 {verdicts}"),
    # processes named on the command line
    "cli.no_processes": ("The project has no process", "プロジェクトに業務フローがありません"),
    "cli.no_such_process": ("There is no process “{name}” (there are: {names})",
                            "業務フロー「{name}」はありません（あるもの: {names}）"),
    # layout, render, report, group-report
    "cli.layout_applied": ("Auto-layout applied: “{name}”", "自動レイアウトを適用しました: {name}"),
    "cli.render_format": ("The output format is .png, .svg or .pdf: {path}",
                          "出力形式は .png / .svg / .pdf のいずれかです: {path}"),
    "cli.render_dpi": ("Give --dpi between 30 and 1200", "--dpi は 30〜1200 で指定してください"),
    "cli.report_format": ("The report format is .xlsx or .pdf: {path}",
                          "レポートの形式は .xlsx または .pdf です: {path}"),
    "cli.report_written": ("Report written: {path}", "レポートを書き出しました: {path}"),
    "cli.group_report_format": ("The group report format is .xlsx: {path}",
                                "グループレポートの形式は .xlsx です: {path}"),
    "cli.group_report_written": ("Group report written: {path}", "グループレポートを書き出しました: {path}"),
    # diff
    "cli.diff_no_origin": ("Process “{name}” has no original it was copied from. Give the one to compare with "
                           "--from",
                           "業務フロー「{name}」には複製元がありません。--from で比較元を指定してください"),
    "cli.diff_header": ("Diff: “{before}” → “{after}”", "差分: {before} → {after}"),
    "cli.diff_line": ("  [{change}] {step}", "  [{change}] {step}"),
    "cli.diff_line_detail": ("  [{change}] {step}: {detail}", "  [{change}] {step}: {detail}"),
    "cli.diff_summary": ("Changes: {summary} / steps unchanged {unchanged}",
                         "変更: {summary} / 変更のない手順 {unchanged} 件"),
    # merge
    "cli.merge_unresolved": (
        "{n} conflicts, so nothing was written (--prefer ours / --prefer theirs settles them all at once)",
        "競合が {n} 件あるため書き込んでいません（--prefer ours / --prefer theirs で一括して選べます）"),
    # import-catalog
    "cli.catalog_imported": ("Function list “{name}” {version} imported: {n} items{kinds}",
                             "機能一覧「{name}」{version} を取り込みました: {n} 件{kinds}"),
    "cli.catalog_kinds": (" ({functions} functions, {forms} forms)", "（機能 {functions} 件・帳票 {forms} 件）"),
    "cli.catalog_conditional": ("  Functions whose implementation class depends on the municipality type: {n}",
                                "  団体区分で実装区分が変わる機能: {n} 件"),
    "cli.catalog_not_revision": (
        "Function list “{name}” has not been imported yet, so this is no revision (--map is only for revisions)",
        "機能一覧「{name}」はまだ取り込まれていないので改定ではありません（--map は改定のときだけ使えます）"),
    "cli.catalog_proposals": (
        "{n} undecided pairs with similar function names or requirement texts (settle them with --map, a CSV of "
        "old function ID,new function ID):",
        "機能名称・要件文が似ている未確定の対応 {n} 件（--map 旧機能ID,新機能ID の CSV で確定できます）:"),
    "cli.catalog_proposal": ("Proposal: {old} → {new} (similarity {score})", "候補: {old} → {new}（類似度 {score}）"),
    # configure
    "cli.configure": ("Municipality: {municipality}  Type: {type}{note}",
                      "団体: {municipality}  団体区分: {type}{note}"),
    "cli.configure_unset": ("(not set)", "（未設定）"),
    "cli.configure_as_city": (" (evaluated as a city)", "（一般市として評価）"),
    "cli.configure_member": ("  {name}: {type}", "  {name}: {type}"),
    "cli.configure_vendor": ("Vendor: “{vendor}”{fallback}", "ベンダー: {vendor}{fallback}"),
    "cli.vendor_fallback": (" (not chosen: the vendor with the most answers)", "（未選択: 回答数の最も多いベンダー）"),
    "cli.vendor_unknown": ("No answers of the vendor “{name}” are imported (imported: {names})",
                           "ベンダー「{name}」の回答は取り込まれていません（取込済み: {names}）"),
    # suggest
    "cli.suggest_k": ("Give --k of 1 or more", "--k は 1 以上にしてください"),
    "cli.suggest_nothing": ("Give TEXT or --file LABELS.txt", "TEXT か --file LABELS.txt を指定してください"),
    # vendor and forms
    "cli.go_live_unreadable": ("Cannot read the --go-live date: {text} (e.g. 2026-04-01)",
                               "--go-live の日付を読めません: {text}（例: 2026-04-01）"),
    "cli.xlsx_only": ("The output format is .xlsx: {path}", "出力形式は .xlsx です: {path}"),
    "cli.vendor_sheet_written": ("Vendor answer sheet written: {path} ({rows} rows)",
                                 "ベンダー回答シートを書き出しました: {path}（{rows} 行）"),
    "cli.applied": ("Applied", "適用しました"),
    "cli.dry_run": ("Checked only (--dry-run): not applied", "確認のみ（--dry-run）: 適用していません"),
    "cli.no_changes": ("No changes", "変更はありません"),
    # errors of the file system
    "cli.os_error": ("{reason}: {path} ({detail})", "{reason}: {path}（{detail}）"),
}
