"""The errors of the io package.

Reading: typed errors of the file-format readers (catalogue, step list, Mermaid, project JSON, BPMN): each names
the file, the row and the reason. ``as_message()`` is the error as data (the file kind and the place as codes, the
reader's reason as given, in Japanese); ``str()`` is its Japanese wording.

Writing: why an export could not be written, said about the user's target file (never the temporary file beside
it). Every writer (reports, BPMN, JSON, diagrams) writes a temporary file in the target's folder and renames it;
when that fails the system names the temporary file and says it in English ("Permission denied:
…/.x.xlsx.wszv93hf.tmp"). ``OutputWriteError`` names the target, says why and what to do (in Japanese;
``as_message()`` for the CLI's ``--lang``).
"""

from __future__ import annotations

import contextlib
import errno
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jcloud_desk.analysis.messages import render, worded
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


# --- writing -----------------------------------------------------------------------------------------
_REASONS = {
    errno.EACCES: worded("output.no_permission"),
    errno.EPERM: worded("output.no_permission"),
    errno.EROFS: worded("output.read_only"),
    errno.ENOSPC: worded("output.disk_full"),
    errno.EDQUOT: worded("output.quota"),
    errno.ENOENT: worded("output.no_folder"),
    errno.ENOTDIR: worded("output.no_folder"),
    errno.EISDIR: worded("output.folder_exists"),
    errno.ENAMETOOLONG: worded("output.name_too_long"),
    errno.EBUSY: worded("output.busy"),
}
#: What to do, per reason.
_ADVICE = {
    "ディスクの空き容量が足りません": worded("output.advice_space"),
    "同じ名前のフォルダがあります": worded("output.advice_name"),
    "ファイル名またはパスが長すぎます": worded("output.advice_short"),
    "ファイルが別のプログラムで使用中です": worded("output.advice_close"),
}
_DEFAULT_ADVICE = worded("output.advice_default")


def os_error_reason(exc: OSError) -> str:
    """A short Japanese reason for a failed file operation ('' when the error number is not a known one)."""
    return _REASONS.get(exc.errno or 0, "")


def folder_problem(folder: Path) -> str:
    """Why nothing can be created in ``folder`` ('' when a file can be): tried for real, not guessed."""
    if not folder.exists():
        return worded("output.no_folder")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return os_error_reason(exc) or worded("output.cannot_write_folder")
    return ""


class OutputWriteError(OSError):
    """An export target that could not be written; ``user_message`` is one Japanese line naming it."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(errno.EIO, reason, str(target))
        self.target = Path(target)
        self.reason = reason

    def user_message(self) -> str:
        """One Japanese line naming the target, why and what to do."""
        return render(self.as_message(), "ja")

    def as_message(self) -> Message:
        """The error as data (the reason worded in the message's language when it is one of ours)."""
        return Message.of("output.cannot_write", path=str(self.target), reason=self.reason,
                          advice=_ADVICE.get(self.reason, _DEFAULT_ADVICE))

    def __str__(self) -> str:
        return self.user_message()


def output_error(target: Path, exc: BaseException | None = None) -> OutputWriteError:
    """The ``OutputWriteError`` for a failed write of ``target`` (the reason from ``exc``, else from the folder)."""
    if isinstance(exc, OutputWriteError):
        return exc
    reason = os_error_reason(exc) if isinstance(exc, OSError) else ""
    if not reason:
        reason = folder_problem(Path(target).parent) or worded("output.write_failed")
    return OutputWriteError(Path(target), reason)


@contextlib.contextmanager
def naming_the_target(target: Path) -> Iterator[None]:
    """Turn an ``OSError`` raised while writing ``target`` into an ``OutputWriteError`` about ``target``."""
    try:
        yield
    except OutputWriteError:
        raise
    except OSError as exc:
        raise output_error(target, exc) from exc
