"""Typed errors of the file-format readers: each names the file, the row and the reason in Japanese."""

from __future__ import annotations


class FormatError(Exception):
    """A file that a reader cannot turn into domain objects.

    ``row`` is the 1-based record number as a spreadsheet shows it (the header is row 1), or ``None``
    when the problem concerns the whole file (encoding, empty file).
    """

    #: What kind of file the reader expected, for the message.
    what = "ファイル"

    def __init__(self, path: str, row: int | None, reason: str) -> None:
        super().__init__(path, row, reason)
        self.path = path
        self.row = row
        self.reason = reason

    def __str__(self) -> str:
        where = f"{self.path} の {self.row} 行目" if self.row is not None else self.path
        return f"{self.what}を読み込めません: {where}（{self.reason}）"


class CatalogFormatError(FormatError):
    """A catalogue (機能一覧) file with a missing column, an empty or duplicate id, or an unknown 実装区分."""

    what = "機能一覧ファイル"
