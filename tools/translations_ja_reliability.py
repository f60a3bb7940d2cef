"""Japanese for the strings added by the reliability work (read-only banner, size-bounded export)."""

TRANSLATIONS: dict[str, str] = {
    "Save As...": "名前を付けて保存...",
    "This file is read-only: changes cannot be saved to it. To edit, save a copy with Save As.": (
        "このファイルは読み取り専用のため、変更を保存できません。編集するには「名前を付けて保存」でコピーを作ってください。"
    ),
    "Opened read-only: changes are not saved. To edit, save a copy with Save As.": (
        "読み取り専用で開いています。変更は保存されません。編集するには「名前を付けて保存」でコピーを作ってください。"
    ),
    "This project file is read-only ({detail}). It can be opened read-only; to edit it, save a copy "
    "with \"Save As\".\n{path}": (
        "このプロジェクトファイルは読み取り専用です（{detail}）。読み取り専用で開けます。編集するには"
        "「名前を付けて保存」でコピーを作ってください。\n{path}"
    ),
    "The project file could not be created ({detail}). Choose a folder you can write to; nothing was "
    "left behind.\n{path}": (
        "プロジェクトファイルを作成できませんでした（{detail}）。書き込みできるフォルダを選んでください"
        "（途中のファイルは残していません）。\n{path}"
    ),
}
