"""Typed errors of the file-format readers (catalogue, step list, Mermaid, project JSON, BPMN): each names the
file, the row and the reason in Japanese, so the GUI and the CLI can show it as is."""

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


class StepListFormatError(FormatError):
    """A step list (手順一覧 CSV/xlsx) with a missing column, an empty step or an unknown 次の手順.

    ``row`` is the row number as the spreadsheet shows it (the header row counts); ``sheet`` names the
    worksheet of an xlsx file ('' for CSV).
    """

    what = "手順一覧ファイル"

    def __init__(self, path: str, row: int | None, reason: str, sheet: str = "") -> None:
        super().__init__(path, row, reason)
        self.sheet = sheet

    def __str__(self) -> str:
        where = f"{self.path}（シート「{self.sheet}」）" if self.sheet else self.path
        if self.row is None:
            return f"{self.what}を読み込めません: {where}: {self.reason}"
        return f"{self.what}を読み込めません: {where}: {self.row}行目: {self.reason}"


class MermaidFormatError(FormatError):
    """A Mermaid / Markdown file that cannot be read at all (encoding, no diagram)."""

    what = "Mermaid ファイル"


class ProjectJsonError(FormatError):
    """A project JSON file of a wrong format or version, or with a missing or invalid field.

    ``row`` is unused (None); the reason names the table and the 0-based index of the entry.
    """

    what = "プロジェクト JSON"

    def __str__(self) -> str:
        where = self.path or "（データ）"
        return f"{self.what}を読み込めません: {where}（{self.reason}）"


class UnsupportedFlowFormatError(FormatError):
    """A file whose format no flow importer handles (or whose importer is not available yet)."""

    what = "業務フローファイル"


class BpmnFormatError(FormatError):
    """A BPMN file that cannot be imported; ``row`` is the XML line number when the parser knows it."""

    what = "BPMN ファイル"
