"""Japanese of the 標準仕様書 revision UI (要再確認 dock, renumbered-function dialog, dashboard count, PDF 改定影響)."""

TRANSLATIONS: dict[str, str] = {
    # review dock
    "Re-check after revision": "要再確認（改定）",
    "Old ID": "旧機能ID",
    "New ID": "新機能ID",
    "Change": "変更",
    "Previous (P)": "前へ (P)",
    "Next (N)": "次へ (N)",
    "Keep verdict (K)": "判定を維持 (K)",
    "Change verdict (C)": "判定を変更 (C)",
    "(removed)": "（削除）",
    "removed": "削除",
    "class": "実装区分",
    "text": "要件文",
    "title": "機能名称",
    "Nothing to re-check: every link was judged against the current version of its function list.":
        "要再確認はありません。すべての紐付けが機能一覧の最新の版で判定されています。",
    "<b>{n} links to re-check</b> after a function list revision — {i} / {n}. K keeps the verdict, C changes it, "
    "N / P go to the next / previous.":
        "<b>機能一覧の改定で再確認が必要な紐付け {n} 件</b> — {i} / {n}。K で判定を維持、C で変更、N / P で次・前へ。",
    "Step 「{step}」: verdict <b>{verdict}</b>{reason}": "手順「{step}」: 判定 <b>{verdict}</b>{reason}",
    "<b>Removed</b> in the new version": "新しい版では<b>削除</b>されました",
    "Judged against": "判定時の版",
    "Now": "現在の版",
    "Keep verdict after revision": "改定後も判定を維持",
    "Change verdict after revision": "改定に合わせて判定を変更",
    # proposals dialog
    "Confirm renumbered functions": "機能IDが変わった機能の確認",
    "{sure} functions were paired by function ID or legacy ID. These {n} have a new ID and were paired by "
    "similar wording: accept (A) the pairs that are the same function, reject (R) the others. Links on a "
    "rejected old function stay on the old version and go on the re-check list.":
        "{sure} 件の機能は機能ID・旧機能IDで対応付けました。次の {n} 件は機能IDが変わっており、名称と要件文が似ているので"
        "対応の候補です。同じ機能なら採用 (A)、違えば不採用 (R) にしてください。不採用の旧機能への紐付けは旧版に残り、"
        "要再確認に入ります。",
    "Pair": "対応",
    "Old name": "旧機能名称",
    "New name": "新機能名称",
    "Similarity": "類似度",
    "Accept pair (A)": "採用 (A)",
    "Reject pair (R)": "不採用 (R)",
    "accepted": "採用",
    "rejected": "不採用",
    # catalogue import dialog
    "(none: a revision only when the name is the same)": "（なし: 同じ名前のときだけ改定版として取り込む）",
    "Revision of": "改定元の機能一覧",
    # dashboard
    '<a href="review"><b>Re-check after revision: {n}</b></a>': '<a href="review"><b>改定後の要再確認: {n}</b></a>',
    "Re-check after revision: 0": "改定後の要再確認: 0",
    # PDF report
    "Revision impact (catalogue revisions)": "改定影響（機能一覧の改定）",
    "Status": "状況",
    "Decision": "決定事項",
}
TRANSLATIONS[" (old version)"] = "（旧版・改定済み）"
TRANSLATIONS[" (re-check: revised)"] = "（要再確認: 改定）"
TRANSLATIONS[" — changed: <b>{changes}</b>"] = " — 変更: <b>{changes}</b>"
TRANSLATIONS["Move link to {code} (M)"] = "{code} へ紐付けを移す (M)"
TRANSLATIONS["Move link to the new version"] = "紐付けを新しい版へ移す"
