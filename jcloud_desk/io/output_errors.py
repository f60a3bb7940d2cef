"""Why an export could not be written, said about the user's target file (never the temporary file beside it).

Every writer (reports, BPMN, JSON, diagrams) writes a temporary file in the target's folder and renames it; when
that fails the system names the temporary file and says it in English ("Permission denied: …/.x.xlsx.wszv93hf.tmp").
``OutputWriteError`` names the target, says why in Japanese and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import tempfile
from collections.abc import Iterator
from pathlib import Path

_REASONS = {
    errno.EACCES: "書き込みの権限がありません",
    errno.EPERM: "書き込みの権限がありません",
    errno.EROFS: "読み取り専用の場所です",
    errno.ENOSPC: "ディスクの空き容量が足りません",
    errno.EDQUOT: "ディスクの使用量の上限を超えています",
    errno.ENOENT: "フォルダが見つかりません",
    errno.ENOTDIR: "フォルダが見つかりません",
    errno.EISDIR: "同じ名前のフォルダがあります",
    errno.ENAMETOOLONG: "ファイル名またはパスが長すぎます",
    errno.EBUSY: "ファイルが別のプログラムで使用中です",
}
#: What to do, per reason.
_ADVICE = {
    "ディスクの空き容量が足りません": "空き容量を増やすか、別のドライブに書き出してください",
    "同じ名前のフォルダがあります": "別のファイル名を指定してください",
    "ファイル名またはパスが長すぎます": "短い名前のフォルダに書き出してください",
    "ファイルが別のプログラムで使用中です": "Excel などで開いていれば閉じてから、もう一度書き出してください",
}
_DEFAULT_ADVICE = "書き込みできるフォルダを指定するか、開いているファイルを閉じてからもう一度書き出してください"


def os_error_reason(exc: OSError) -> str:
    """A short Japanese reason for a failed file operation ('' when the error number is not a known one)."""
    return _REASONS.get(exc.errno or 0, "")


def folder_problem(folder: Path) -> str:
    """Why nothing can be created in ``folder`` ('' when a file can be): tried for real, not guessed."""
    if not folder.exists():
        return "フォルダが見つかりません"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return os_error_reason(exc) or "フォルダに書き込めません"
    return ""


class OutputWriteError(OSError):
    """An export target that could not be written; ``user_message`` is one Japanese line naming it."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(errno.EIO, reason, str(target))
        self.target = Path(target)
        self.reason = reason

    def user_message(self) -> str:
        advice = _ADVICE.get(self.reason, _DEFAULT_ADVICE)
        return f"書き出せませんでした: {self.target}（{self.reason}）。{advice}"

    def __str__(self) -> str:
        return self.user_message()


def output_error(target: Path, exc: BaseException | None = None) -> OutputWriteError:
    """The ``OutputWriteError`` for a failed write of ``target`` (the reason from ``exc``, else from the folder)."""
    if isinstance(exc, OutputWriteError):
        return exc
    reason = os_error_reason(exc) if isinstance(exc, OSError) else ""
    if not reason:
        reason = folder_problem(Path(target).parent) or "書き込みに失敗しました"
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
