"""Japanese of the strings added by the document/undo-log work (merged by tools/i18n.py)."""

TRANSLATIONS: dict[str, str] = {
    "the file was upgraded to a newer format": "ファイル形式を新しい版に更新しました",
    "another file was merged outside the editor": "編集画面の外で別のファイルを統合しました",
    "the project was changed outside the editor": "編集画面の外でプロジェクトが変更されました",
    "this is a copy for a municipality": "団体配布用のコピーです",
    "older entries could not be read": "古い履歴を読み込めませんでした",
    "<opened> — earlier actions cannot be undone: {why}": "<開いた時点> — それより前の操作は元に戻せません: {why}",
}
