"""QtTranslationGaps: completes Qt's own Japanese catalogue where it is older than the Qt we ship.

qtbase_ja.qm is loaded, yet Qt's file dialog showed "Look in:", "Files of type:" and "Folder": Qt 6 gave those
texts mnemonics ("&Look in:", "Files of &type:") or moved them to another context ("Folder" is now
QAbstractFileIconProvider's), so the old translations no longer match. This translator, queried after
qtbase, retries such a text without its mnemonic or in its former context, and adds the mnemonic back the
Japanese way (「アドレス(&L):」).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

#: Qt 6 context → contexts in which the same text was translated before.
CONTEXT_ALIASES: dict[str, tuple[str, ...]] = {
    "QAbstractFileIconProvider": ("QFileSystemModel", "QFileIconProvider"),
    "QFileDialog": ("QFileSystemModel",),
}

#: Texts no Qt catalogue translates (Qt 6 file dialog), in Japanese.
MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "Go back"): "戻る",
    ("QFileDialog", "Go forward"): "進む",
    ("QFileDialog", "Go to the parent directory"): "親ディレクトリへ移動",
    ("QFileDialog", "Create a New Folder"): "新しいフォルダを作成",
    ("QFileDialog", "Change to list view mode"): "一覧表示に切り替え",
    ("QFileDialog", "Change to detail view mode"): "詳細表示に切り替え",
    ("QFileDialog", "Sidebar"): "サイドバー",
    ("QFileDialog", "List of places and bookmarks"): "場所とブックマークの一覧",
    ("QFileDialog", "Files"): "ファイル",
    ("QFileDialog", "Recent Places"): "最近使った場所",
    ("QFileDialog", "Non-native QFileDialog supports only local files"):
        "このファイルダイアログはローカルのファイルのみ扱えます",
    ("QAbstractFileIconProvider", "Folder"): "フォルダ",
    ("QAbstractFileIconProvider", "Drive"): "ドライブ",
    ("QAbstractFileIconProvider", "File"): "ファイル",
}


def _strip_mnemonic(text: str) -> tuple[str, str]:
    """("&Look in:" → "Look in:", "L"); "&&" stays a literal ampersand."""
    plain, mnemonic, i = [], "", 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                plain.append("&")
            elif not mnemonic:
                mnemonic = text[i + 1].upper()
                plain.append(text[i + 1])
            else:
                plain.append(text[i + 1])
            i += 2
            continue
        plain.append(text[i])
        i += 1
    return "".join(plain), mnemonic


def _with_mnemonic(text: str, mnemonic: str) -> str:
    """「アドレス:」 + L → 「アドレス(&L):」 (the mnemonic before a trailing colon)."""
    if "&" in text.replace("&&", "") or not mnemonic:
        return text
    for colon in (":", "："):
        if text.endswith(colon):
            return f"{text[:-len(colon)]}(&{mnemonic}){colon}"
    return f"{text}(&{mnemonic})"


class QtTranslationGaps(QTranslator):
    """Install before (= queried after) the qtbase translator it completes."""

    def __init__(self, base: QTranslator, extra: dict[tuple[str, str], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = base
        self._extra = MISSING if extra is None else extra

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """Qt's translation of ``source``, or None (a null string: "not translated here"; an empty string would
        be taken as the translation)."""
        if not context.startswith("Q") or not source:
            return None  # only Qt's own classes; the app's texts are in its own catalogue
        extra = self._extra.get((context, source))
        if extra:
            return extra
        for where in (context, *CONTEXT_ALIASES.get(context, ())):
            if where != context:
                text = self._base.translate(where, source, disambiguation, n)
                if text:
                    return text
            if "&" in source:
                plain, mnemonic = _strip_mnemonic(source)
                text = self._base.translate(where, plain, disambiguation, n)
                if text:
                    return _with_mnemonic(text, mnemonic)
        return None
