"""Errors of project-file access. Each carries a one-line Japanese message for the user."""

from __future__ import annotations


class StorageError(Exception):
    """A project file could not be read or written."""

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def user_message(self) -> str:
        """One line of Japanese for the user (CLI stderr, fallback in dialogs)."""
        return f"プロジェクトファイルを扱えませんでした: {self.path} ({self.detail})"

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


class ProjectWriteError(StorageError):
    """Writing failed (disk full, read-only medium, file moved); the in-memory project is intact."""

    def user_message(self) -> str:
        return (
            f"プロジェクトファイルに保存できませんでした（{self.detail}）。"
            f"作業内容はメモリ上に残っています。「名前を付けて保存」で別の場所に保存してください: {self.path}"
        )
