"""What a catalogue import can report: row problems (the file is refused), row warnings (imported as written),
the import error listing every problem, and the size limits with their wording.

``table`` re-exports these names, so readers and callers import them from either module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.messages import Message
from jcloud_desk.io.errors import CatalogFormatError

#: Problems spelled out in an error message (all of them stay in ``CatalogImportError.problems``).
MAX_LISTED_PROBLEMS = 50
#: Most data rows a catalogue may have. A 標準仕様書 has a few hundred to a few thousand 機能要件; 100,000 rows
#: import in about 6 s and make a 30 MB project. Beyond that the file is refused before it is read to the end.
MAX_CATALOG_ROWS = 100_000
#: Above this many rows the import goes ahead with a warning (is this really one catalogue?).
WARN_CATALOG_ROWS = 20_000


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One reason a row (or the whole file, ``row`` None) cannot be imported; ``column`` names the field."""

    row: int | None
    column: str
    reason: str
    sheet: str = ""  # set when a workbook import reads several sheets

    def __str__(self) -> str:
        where = f"シート「{self.sheet}」" if self.sheet else ""
        if self.row is not None:
            return f"{where}{self.row}行目: {self.reason}"
        return f"{where}: {self.reason}" if where else self.reason

    def as_message(self) -> Message:
        """The problem as data (the reason is the reader's own Japanese text)."""
        if self.sheet:
            if self.row is None:
                return Message.of("format.problem_sheet", sheet=self.sheet, reason=self.reason)
            return Message.of("format.problem_sheet_row", sheet=self.sheet, row=self.row, reason=self.reason)
        if self.row is None:
            return Message.of("format.problem", reason=self.reason)
        return Message.of("format.problem_row", row=self.row, reason=self.reason)


@dataclass(frozen=True, slots=True)
class RowWarning:
    """Something in a row that was imported as written but deserves a look (a condition that cannot be read)."""

    row: int | None
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.row}行目: {self.reason}" if self.row is not None else self.reason

    def as_message(self) -> Message:
        """The warning as data (for the CLI's ``--lang``; the reason is worded when it is ``Worded``)."""
        if self.row is None:
            return Message.of("format.problem", reason=self.reason)
        return Message.of("format.problem_row", row=self.row, reason=self.reason)


class CatalogImportError(CatalogFormatError):
    """A catalogue file that cannot be imported; ``problems`` lists every bad row, not just the first."""

    def __init__(self, path: str, problems: Sequence[RowProblem]) -> None:
        listed = list(problems) or [RowProblem(None, "", "原因不明のエラーです")]
        single = len(listed) == 1
        super().__init__(path, listed[0].row if single else None,
                         listed[0].reason if single else f"{len(listed)} 件の問題があります")
        self.problems = listed

    def lines(self) -> list[str]:
        """One Japanese line per problem (all of them)."""
        return [str(problem) for problem in self.problems]

    def as_message(self) -> Message:
        """Every problem (up to ``MAX_LISTED_PROBLEMS``), one per line."""
        lines = [problem.as_message() for problem in self.problems[:MAX_LISTED_PROBLEMS]]
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            lines.append(Message.of("format.more_problems", n=len(self.problems) - MAX_LISTED_PROBLEMS))
        return Message.of("format.problems", what=Message(f"format.kind.{self.kind}"), path=self.path, lines=lines)

    def __str__(self) -> str:
        if len(self.problems) == 1 and self.problems[0].row is None:  # about the whole file: one line
            return f"{self.what}を読み込めません: {self.path}（{self.problems[0].reason}）"
        lines = self.lines()[:MAX_LISTED_PROBLEMS]
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            lines.append(f"…ほか {len(self.problems) - MAX_LISTED_PROBLEMS} 件")
        return "\n".join([f"{self.what}を読み込めません: {self.path}", *lines])


def too_many_rows_reason(number: int) -> str:
    """Why a catalogue with more than ``MAX_CATALOG_ROWS`` rows is refused (``number``: the row reached)."""
    return worded("catalog.too_many_rows", row=f"{number:,}", limit=f"{MAX_CATALOG_ROWS:,}")


def large_catalog_warning(count: int) -> str:
    """The warning for a catalogue above ``WARN_CATALOG_ROWS`` rows ('' below)."""
    if count <= WARN_CATALOG_ROWS:
        return ""
    return worded("catalog.large", n=f"{count:,}", limit=f"{WARN_CATALOG_ROWS:,}")


def file_error(path: Path | str, reason: str) -> CatalogImportError:
    """An error about the whole file (no row)."""
    return CatalogImportError(str(path), [RowProblem(None, "", reason)])
