"""Typed errors of the file-format readers (catalogue, step list, Mermaid, project JSON, BPMN): each names the
file, the row and the reason. ``as_message()`` is the error as data (the file kind and the place as codes, the
reader's reason as given, in Japanese); ``str()`` is its Japanese wording."""

from __future__ import annotations

from jcloud_desk.analysis.messages import render
from jcloud_desk.domain.messages import Message


class FormatError(Exception):
    """A file that a reader cannot turn into domain objects.

    ``row`` is the 1-based record number as a spreadsheet shows it (the header is row 1), or ``None``
    when the problem concerns the whole file (encoding, empty file).
    """

    #: What kind of file the reader expected (``format.kind.<kind>`` in the catalogue).
    kind = "file"

    def __init__(self, path: str, row: int | None, reason: str) -> None:
        super().__init__(path, row, reason)
        self.path = path
        self.row = row
        self.reason = reason

    @property
    def what(self) -> str:
        """The kind of file in Japanese (as the message says it)."""
        return render(Message(f"format.kind.{self.kind}"), "ja")

    def _where(self) -> Message | str:
        return Message.of("format.at_row", path=self.path, row=self.row) if self.row is not None else self.path

    def as_message(self) -> Message:
        """The error as data."""
        return Message.of("format.cannot_read", what=Message(f"format.kind.{self.kind}"), where=self._where(),
                          reason=self.reason)

    def __str__(self) -> str:
        return render(self.as_message(), "ja")


class CatalogFormatError(FormatError):
    """A catalogue (機能一覧) file with a missing column, an empty or duplicate id, or an unknown 実装区分."""

    kind = "catalog"


class StepListFormatError(FormatError):
    """A step list (手順一覧 CSV/xlsx) with a missing column, an empty step or an unknown 次の手順.

    ``row`` is the row number as the spreadsheet shows it (the header row counts); ``sheet`` names the
    worksheet of an xlsx file ('' for CSV).
    """

    kind = "step_list"

    def __init__(self, path: str, row: int | None, reason: str, sheet: str = "") -> None:
        super().__init__(path, row, reason)
        self.sheet = sheet

    def as_message(self) -> Message:
        """The error as data (the sheet of an xlsx file named)."""
        where = Message.of("format.in_sheet", path=self.path, sheet=self.sheet) if self.sheet else self.path
        what = Message(f"format.kind.{self.kind}")
        if self.row is None:
            return Message.of("format.cannot_read_list", what=what, where=where, reason=self.reason)
        return Message.of("format.cannot_read_list_row", what=what, where=where, row=self.row, reason=self.reason)


class MermaidFormatError(FormatError):
    """A Mermaid / Markdown file that cannot be read at all (encoding, no diagram)."""

    kind = "mermaid"


class ProjectJsonError(FormatError):
    """A project JSON file of a wrong format or version, or with a missing or invalid field.

    ``row`` is unused (None); the reason names the table and the 0-based index of the entry.
    """

    kind = "project_json"

    def _where(self) -> Message | str:
        return self.path or Message("format.no_path")


class UnsupportedFlowFormatError(FormatError):
    """A file whose format no flow importer handles (or whose importer is not available yet)."""

    kind = "flow"


class BpmnFormatError(FormatError):
    """A BPMN file that cannot be imported; ``row`` is the XML line number when the parser knows it."""

    kind = "bpmn"
