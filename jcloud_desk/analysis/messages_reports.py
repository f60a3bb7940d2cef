"""The wording of the reports of the use cases (catalogue revision, 現行帳票 and vendor imports, the vendor sheet's
diff, a merge, a process diff) and of export failures: code → (English, Japanese).

Merged into ``analysis.messages.CATALOGUE``; the services return ``Worded`` lines (Japanese ``str`` that keep
their message), so the GUI shows them as before and the CLI words them in ``--lang``.
"""

from __future__ import annotations

REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "row": ("row {row}", "{row}行目"),
    "list": ("{items}", "{items}"),
    "none": ("none", "なし"),
    # a catalogue imported again or revised (services.catalog_service.describe_diff)
    "catalog_diff.summary": ("Function list “{name}” {previous} → {version}: {added} added, {removed} removed, "
                             "{changed} changed",
                             "機能一覧「{name}」{previous} → {version}: 追加 {added} 件、削除 {removed} 件、"
                             "変更 {changed} 件"),
    "catalog_diff.previous": ("previous version", "前の版"),
    "catalog_diff.new": ("new version", "新しい版"),
    "catalog_diff.empty": ("No function added, removed or changed", "機能の追加・削除・変更はありません"),
    "catalog_diff.added": ("Added: {code} {title}", "追加: {code} {title}"),
    "catalog_diff.removed": ("Removed: {code} {title}{note}", "削除: {code} {title}{note}"),
    "catalog_diff.kept_links": (" ({n} links to this function stay on the old version {previous}; re-check them)",
                                "（この機能へのリンク {n} 件は旧版 {previous} に残ります・要再確認）"),
    "catalog_diff.changed": ("Changed: {code} {title} ({fields})", "変更: {code} {title}（{fields}）"),
    "catalog_diff.class_change": ("{field} ({old} → {new})", "{field}（{old} → {new}）"),
    "catalog_diff.renumbered": ("Function ID changed: {old} → {new} {title}", "機能ID変更: {old} → {new} {title}"),
    "catalog_diff.moved_links": ("{n} links moved to the matching functions of the new version",
                                 "リンク {n} 件を新しい版の対応する機能へ付け替えました"),
    "catalog_diff.to_review": ("{n} links to functions whose content changed put on “re-check”",
                               "内容が変わった機能へのリンク {n} 件を「要再確認」に入れました"),
    "catalog_diff.moved_options": ("{n} adopted standard options carried over to the new version",
                                   "採用済みの標準オプション {n} 件を新しい版へ引き継ぎました"),
    "catalog.field.code": ("function ID", "機能ID"),
    "catalog.field.title": ("function name", "機能名称"),
    "catalog.field.text": ("requirement", "機能要件"),
    "catalog.field.impl_class": ("implementation class", "実装区分"),
    "catalog.field.path": ("category", "分類"),
    "catalog.field.legacy_code": ("requirement number", "要件番号"),
    "catalog.field.remarks": ("remarks", "備考"),
    "catalog.field.media": ("output format / medium", "出力形式・媒体"),
    "catalog.field.print_items": ("form details / printed items", "帳票詳細要件・印字項目"),
    "catalog.field.conditions": ("implementation class by municipality type", "団体区分による実装区分"),
    "catalog.class.mandatory": ("mandatory function", "実装必須機能"),
    "catalog.class.optional": ("standard option function", "標準オプション機能"),
    "catalog.class.prohibited": ("function not to be implemented", "実装不可機能"),
    "catalog.class.unspecified": ("unspecified", "区分なし"),
    # what a catalogue reader says about rows (io.catalog)
    "catalog.class_condition_unreadable": (
        "Cannot read the condition of the implementation class “{text}” (imported as “{taken}”, the condition "
        "kept in the note)",
        "実装区分「{text}」の条件を読めません（「{taken}」として取り込み、条件は注記に残しました）"),
    "catalog.remarks_condition_unreadable": ("Cannot read the condition in the remarks “{text}” (kept in the note)",
                                             "備考の条件「{text}」を読めません（注記に残しました）"),
    "catalog.too_many_rows": (
        "Too many rows (over {limit} at row {row}). A function list has at most {limit} items; split the file by "
        "business",
        "行が多すぎます（{row} 行目で {limit} 件を超えました）。1 つの機能一覧は {limit} 件までです。"
        "業務ごとのファイルに分けてください"),
    "catalog.large": ("A large function list of {n} items (more than {limit}). Check that it is the standard of "
                      "one business",
                      "{n} 件の大きな機能一覧です（{limit} 件を超えています）。"
                      "1 つの業務の標準仕様書か確かめてください"),
    # a revision that cannot be made (services.catalog_service, services.catalog_revision)
    "revision.exists": ("Function list “{name}” {version} is imported already. Import it with another version",
                        "機能一覧「{name}」{version} はすでに取り込まれています。版を変えて取り込んでください"),
    "revision.unknown_catalog": ("There is no function list “{name}” to revise (there are: {names})",
                                 "改定元の機能一覧「{name}」はありません（あるもの: {names}）"),
    "revision.older": (
        "Version “{version}” is older than the latest version “{latest}” of the function list “{name}”, so it "
        "cannot be imported as a revision (import it under another name)",
        "版「{version}」は機能一覧「{name}」の最新の版「{latest}」より古いため、改定版として取り込めません"
        "（別の名前で取り込んでください）"),
    "revision.bad_map": ("The map has errors: {problems}", "対応表に誤りがあります: {problems}"),
    "revision.old_code_unknown": ("row {row}: the old function ID “{code}” is not in the previous version",
                                  "{row}行目: 旧機能ID「{code}」は改定前の版にありません"),
    "revision.new_code_unknown": ("row {row}: the new function ID “{code}” is not in the new version",
                                  "{row}行目: 新機能ID「{code}」は新しい版にありません"),
    # group reports (services.group_service)
    "group.not_a_group": (
        "A group report needs two or more municipalities (this project's: {names}). Set the municipality of "
        "each process",
        "グループレポートには2団体以上が必要です（このプロジェクトの団体: {names}）。"
        "業務フローごとに団体を設定してください"),
    # 現行帳票 inventory (services.forms_service)
    "forms.imported": ("Current forms: {added} added, {updated} updated",
                       "現行帳票: 追加 {added} 件、更新 {updated} 件"),
    "forms.unknown_code": ("row {row}: form ID {code} is a form of no function list",
                           "{row}行目: 帳票ID {code} はどの機能一覧の帳票にもありません"),
    "forms.unknown_municipality": ("There is no municipality “{name}” (there are: {names})",
                                   "団体「{name}」はありません（あるもの: {names}）"),
    # vendor answers (services.vendor_service)
    "vendor.imported": ("Answers of the vendor “{vendor}” ({catalog}): {added} added, {updated} updated",
                        "ベンダー「{vendor}」の回答（{catalog}）: 追加 {added} 件、更新 {updated} 件"),
    "vendor.unknown_code": ("row {row}: {code} is not in the function list “{catalog}” (not imported)",
                            "{row}行目: {code} は機能一覧「{catalog}」にありません（取り込んでいません）"),
    "vendor.form_code": ("form:{code}", "帳票:{code}"),
    "vendor.unknown_catalog": ("There is no function list “{name}” (there are: {names})",
                               "機能一覧「{name}」はありません（あるもの: {names}）"),
    # the returned vendor sheet (services.vendor_sheet_service)
    "vendor_sheet.summary": (
        "Answer sheet of the vendor “{vendor}”: {changes} changed, {unchanged} unchanged, {unanswered} rows "
        "unanswered, {problems} rows not imported, {not_in_sheet} links not in the sheet",
        "ベンダー「{vendor}」の回答シート: 変更 {changes} 件、変更なし {unchanged} 件、未回答の行 {unanswered} 件、"
        "取り込まない行 {problems} 件、シートにない紐付け {not_in_sheet} 件"),
    "vendor_sheet.change": ("Change: {item} {title}: {before} → {after} ({rows})",
                            "変更: {item} {title}: {before} → {after}（{rows}）"),
    "vendor_sheet.problem": ("row {row}: {message}", "{row}行目: {message}"),
    "vendor_sheet.unanswered": ("(unanswered)", "（未回答）"),
    "vendor_sheet.answer": ("{mark}", "{mark}"),
    "vendor_sheet.answer_dated": ("{mark} available {date}", "{mark} {date}提供"),
    "vendor_sheet.no_key": ("The row has no key (added rows are not imported)",
                            "行キーがありません（追加された行は取り込みません）"),
    "vendor_sheet.link_gone": ("The project no longer has this row's step and function ({code})",
                               "この行の手順と機能（{code}）の組はプロジェクトにもうありません"),
    "vendor_sheet.code_edited": ("The function ID was edited (sheet {sheet}, project {project})",
                                 "機能ID が書き換えられています（シート {sheet}、プロジェクト {project}）"),
    "vendor_sheet.empty": ("empty", "空"),
    "vendor_sheet.answer_unreadable": ("Cannot read the answer “{text}” (○ / △ / × / option)",
                                       "回答「{text}」を解釈できません（○ / △ / × / オプション）"),
    "vendor_sheet.date_unreadable": ("Cannot read the delivery date “{text}” as a date",
                                     "提供予定日「{text}」を日付として読めません"),
    "vendor_sheet.duplicate_key": ("The row key repeats row {row} (copied rows are not imported)",
                                   "行キーが {row}行目と重複しています（コピーされた行は取り込みません）"),
    "vendor_sheet.different_answers": ("{code} has different answers in different rows ({rows}); not imported",
                                       "{code} に行ごとに違う回答があります（{rows}）; 取り込みません"),
    # merging another copy (services.merge_files.describe_plan)
    "merge.source": ("Merged from: {source} (common origin: {origin})", "統合元: {source}（共通の元: {origin}）"),
    "merge.origin_yes": ("yes", "あり"),
    "merge.origin_none": ("none (every difference counts as a conflict)", "なし（違いはすべて競合として扱います）"),
    "merge.incoming": ("  {kind}: {added} added · {updated} updated · {removed} removed",
                       "  {kind}: 追加 {added}・更新 {updated}・削除 {removed}"),
    "merge.nothing": ("  No changes to take in", "  取り込む変更はありません"),
    "merge.conflicts": ("{n} conflicts:", "競合 {n} 件:"),
    "merge.conflict": ("  {label} — {reason}", "  {label} — {reason}"),
    "merge.conflict_values": ("      common origin: {base} / ours: {ours} / theirs: {theirs}",
                              "      共通の元: {base} / 自分: {ours} / 相手: {theirs}"),
    "merge.written": ("Written", "書き込みました"),
    "merge.not_written": ("Not written", "書き込んでいません"),
    "merge.self": ("The open file cannot be merged into itself: {path}",
                   "開いているファイル自身は統合できません: {path}"),
    "merge.kind.info": ("project information", "プロジェクト情報"),
    "merge.kind.municipality": ("municipalities", "団体"),
    "merge.kind.process": ("processes", "業務フロー"),
    "merge.kind.lane": ("lanes", "部署"),
    "merge.kind.phase": ("phases", "工程"),
    "merge.kind.step": ("steps", "手順"),
    "merge.kind.flow": ("flows", "流れ"),
    "merge.kind.catalog": ("function lists", "機能一覧"),
    "merge.kind.item": ("functions", "機能"),
    "merge.kind.link": ("links", "紐付け"),
    "merge.kind.judgment": ("verdicts", "判定"),
    "merge.kind.note": ("notes", "メモ"),
    "merge.kind.request": ("customization requests", "カスタマイズ要望"),
    # a process diff (analysis.process_diff)
    "diff.change.added": ("added", "追加"),
    "diff.change.removed": ("removed", "削除"),
    "diff.change.moved": ("moved", "位置変更"),
    "diff.change.relabelled": ("renamed", "名称変更"),
    "diff.change.lane_changed": ("lane changed", "部署変更"),
    "diff.change.phase_changed": ("phase changed", "工程変更"),
    "diff.change.kind_changed": ("kind changed", "種類変更"),
    "diff.change.verdict_changed": ("verdict changed", "判定変更"),
    "diff.change.resolution_changed": ("resolution changed", "対応方針変更"),
    "diff.change.link_added": ("function linked", "機能の紐付け追加"),
    "diff.change.link_removed": ("function unlinked", "機能の紐付け削除"),
    "diff.flow.added": ("flow added", "流れの追加"),
    "diff.flow.removed": ("flow removed", "流れの削除"),
    "diff.count": ("{change} {n}", "{change} {n} 件"),
    "diff.nothing": ("none", "なし"),
    "diff.lane_phase": ("{lane} / {phase}", "{lane}／{phase}"),
    "diff.position": ("position ({value})", "位置 ({value})"),
    "diff.flow_step": ("{source} → {target}", "{source} → {target}"),
    "diff.flow_step_label": ("{source} → {target} ({label})", "{source} → {target}（{label}）"),
    # an export that could not be written (io.output_errors)
    "output.cannot_write": ("Could not write {path} ({reason}). {advice}",
                            "書き出せませんでした: {path}（{reason}）。{advice}"),
    "output.no_permission": ("no permission to write", "書き込みの権限がありません"),
    "output.read_only": ("a read-only place", "読み取り専用の場所です"),
    "output.disk_full": ("not enough disk space", "ディスクの空き容量が足りません"),
    "output.quota": ("over the disk quota", "ディスクの使用量の上限を超えています"),
    "output.no_folder": ("folder not found", "フォルダが見つかりません"),
    "output.folder_exists": ("a folder has the same name", "同じ名前のフォルダがあります"),
    "output.name_too_long": ("file name or path too long", "ファイル名またはパスが長すぎます"),
    "output.busy": ("the file is in use by another program", "ファイルが別のプログラムで使用中です"),
    "output.cannot_write_folder": ("cannot write in the folder", "フォルダに書き込めません"),
    "output.write_failed": ("writing failed", "書き込みに失敗しました"),
    "output.cannot_use": ("The file could not be used", "ファイルを扱えませんでした"),
    "output.advice_space": ("Free some space or write to another drive",
                            "空き容量を増やすか、別のドライブに書き出してください"),
    "output.advice_name": ("Give another file name", "別のファイル名を指定してください"),
    "output.advice_short": ("Write to a folder with a short name", "短い名前のフォルダに書き出してください"),
    "output.advice_close": ("If it is open in Excel or elsewhere, close it and write again",
                            "Excel などで開いていれば閉じてから、もう一度書き出してください"),
    "output.advice_default": ("Give a folder you can write to, or close the open file and write again",
                              "書き込みできるフォルダを指定するか、開いているファイルを閉じてからもう一度書き出してください"),
}
