"""Errors of project-file access. Each carries a one-line Japanese message for the user."""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """A project file could not be read or written."""

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(path, detail)
        self.path = path
        one_line = " ".join(detail.split())  # one line: SQLite's check reports span several
        self.detail = detail if one_line == detail else one_line  # (a Worded detail stays worded)

    def user_message(self) -> str:
        """One line of Japanese for the user (CLI stderr, fallback in dialogs)."""
        return f"プロジェクトファイルを扱えませんでした: {self.path} ({self.detail})"

    def cli_message(self) -> str:
        """The message for the command line (no advice about windows or menus)."""
        return self.user_message()

    def __str__(self) -> str:
        return self.user_message()


class ProjectNotFoundError(StorageError):
    """The path does not exist."""

    def user_message(self) -> str:
        return f"ファイルが見つかりません: {self.path}"


class ProjectExistsError(StorageError):
    """Refusing to create a project over an existing file."""

    def user_message(self) -> str:
        return f"ファイルが既に存在します（上書きしません）: {self.path}"


class NotAProjectError(StorageError):
    """The file is not a jcloud_desk project (not SQLite, or another application's SQLite file)."""

    def user_message(self) -> str:
        return f"jcloud_desk のプロジェクトファイルではありません: {self.path}（{self.detail}）"


class CorruptProjectError(StorageError):
    """The file is a project but fails SQLite's integrity check (truncated, damaged)."""

    def user_message(self) -> str:
        return (
            f"プロジェクトファイルが壊れています（ファイルは変更していません）: {self.path}（{self.detail}）"
        )


class NewerFormatError(StorageError):
    """The file was written by a newer jcloud_desk."""

    def user_message(self) -> str:
        return f"より新しいバージョンの jcloud_desk で作成されたファイルです。アプリを更新してください: {self.path}"


class ProjectLockedError(StorageError):
    """Another running instance holds the project for writing."""

    def __init__(self, path: str, holder: str = "") -> None:
        super().__init__(path, holder)
        self.holder = holder

    def user_message(self) -> str:
        who = f"（{self.holder}）" if self.holder else ""
        return f"このプロジェクトは別の jcloud_desk で編集中です{who}。読み取り専用で開くことはできます: {self.path}"


class LockUnavailableError(StorageError):
    """The project cannot be locked for writing here (read-only folder or medium, no file locking on the share)."""

    def user_message(self) -> str:
        return (
            f"このフォルダではプロジェクトを編集用に開けません（{self.detail}）。"
            f"読み取り専用で開くか、書き込みできるフォルダにコピーしてください: {self.path}"
        )


class ReadOnlyFileError(LockUnavailableError):
    """The project file itself is read-only (file attribute, permissions): it can be read, not edited."""

    def user_message(self) -> str:
        return (
            f"プロジェクトファイルが読み取り専用のため、編集用に開けません（{self.detail}）。"
            f"読み取り専用を解除するか、書き込みできる場所にコピーしてから開いてください: {self.path}"
        )


class ProjectWriteError(StorageError):
    """Writing failed (disk full, read-only medium, file moved); the in-memory project is intact."""

    def user_message(self) -> str:
        return (
            f"プロジェクトファイルに保存できませんでした（{self.detail}）。"
            f"作業内容はメモリ上に残っています。「名前を付けて保存」で別の場所に保存してください: {self.path}"
        )

    def cli_message(self) -> str:
        # a command writes in one transaction: what failed is not in the file, which stays as it was
        return f"プロジェクトファイルに保存できませんでした（{self.detail}）。ファイルは元のままです: {self.path}"


class ProjectCreateError(ProjectWriteError):
    """A new project file could not be created (read-only or missing folder, disk full); nothing is left behind."""

    def user_message(self) -> str:
        return (
            f"プロジェクトファイルを作成できませんでした（{self.detail}）。"
            f"書き込みできるフォルダを指定してください: {self.path}"
        )

    def cli_message(self) -> str:
        return self.user_message()


_SQLITE_DETAILS = {
    sqlite3.SQLITE_FULL: "ディスクの空き容量が足りません",
    sqlite3.SQLITE_READONLY: "書き込みが禁止されています",
    sqlite3.SQLITE_IOERR: "ディスクの読み書きに失敗しました",
    sqlite3.SQLITE_CANTOPEN: "ファイルを作成または開けません",
    sqlite3.SQLITE_BUSY: "別のプログラムがファイルを使用中です",
    sqlite3.SQLITE_LOCKED: "別のプログラムがファイルを使用中です",
}
_ERRNO_DETAILS = {
    errno.ENOSPC: "ディスクの空き容量が足りません",
    errno.EROFS: "読み取り専用の場所です",
    errno.EACCES: "書き込みの権限がありません",
    errno.EPERM: "書き込みの権限がありません",
    errno.ENOENT: "フォルダが見つかりません",
}


def failure_detail(exc: BaseException) -> str:
    """A short Japanese reason for a failed write, followed by the system's own (English) text; one line."""
    reason = ""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        reason = _SQLITE_DETAILS.get(code & 0xFF, "") if isinstance(code, int) else ""
    elif isinstance(exc, OSError):
        reason = _ERRNO_DETAILS.get(exc.errno or 0, "")
    elif isinstance(exc, UnicodeError):
        reason = "保存できない文字が含まれています"
    original = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    original = " ".join(original.split())
    return f"{reason}: {original}" if reason else original
