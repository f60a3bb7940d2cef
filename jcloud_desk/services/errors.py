"""The errors services raise about project files: storage errors translated, so callers never import storage.

A ``ProjectFileError`` names its ``problem`` (a stable code), the file (``path``) and the ``detail``; ``str()``
is the one-line Japanese message (CLI stderr), the GUI words it through ``tr()`` by ``problem``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import ClassVar, ParamSpec, TypeVar

from jcloud_desk.domain.messages import Message
from jcloud_desk.storage.errors import (
    CorruptProjectError,
    LockUnavailableError,
    NewerFormatError,
    NotAProjectError,
    ProjectCreateError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ProjectWriteError,
    ReadOnlyFileError,
    StorageError,
)

P = ParamSpec("P")
R = TypeVar("R")


class FileProblem(StrEnum):
    """Why a project file could not be used."""

    NOT_FOUND = "not_found"
    EXISTS = "exists"
    NOT_A_PROJECT = "not_a_project"
    CORRUPT = "corrupt"
    NEWER_FORMAT = "newer_format"
    LOCKED = "locked"  # another instance edits it
    CANNOT_LOCK = "cannot_lock"  # read-only folder or medium, a share without file locking
    READ_ONLY_FILE = "read_only_file"  # the project file itself is read-only: open it read-only
    WRITE_FAILED = "write_failed"  # disk full, file moved; the work is still in memory
    CREATE_FAILED = "create_failed"  # a new file could not be made (read-only or missing folder); nothing left
    OTHER = "other"


class ProjectFileError(Exception):
    """A project file could not be read, created, locked or written (``problem`` says why).

    Each concrete class also derives from the storage error it translates, so code that already catches a
    storage error keeps working while the ui and the CLI catch only this class.
    """

    problem: ClassVar[FileProblem] = FileProblem.OTHER
    path: str
    detail: str
    holder: str = ""  # who holds the lock (``LOCKED``)

    @property
    def offers_read_only(self) -> bool:
        """The file can still be opened read-only (in use, or a folder where it cannot be locked)."""
        return self.problem in (FileProblem.LOCKED, FileProblem.CANNOT_LOCK, FileProblem.READ_ONLY_FILE)

    def as_message(self) -> Message:
        """The error as data (``file.<problem>``), for the catalogue to word in either language."""
        who = Message.of("file.holder", holder=self.holder) if self.holder else ""
        return Message.of(f"file.{self.problem.value}", path=self.path, detail=self.detail, who=who)


class FileOther(ProjectFileError, StorageError):
    """Any other storage failure."""


class FileNotFound(ProjectFileError, ProjectNotFoundError):
    """The path does not exist."""

    problem = FileProblem.NOT_FOUND


class FileExists(ProjectFileError, ProjectExistsError):
    """Refusing to create a project over an existing file."""

    problem = FileProblem.EXISTS


class FileNotAProject(ProjectFileError, NotAProjectError):
    """Not a jcloud_desk project."""

    problem = FileProblem.NOT_A_PROJECT


class FileCorrupt(ProjectFileError, CorruptProjectError):
    """Fails SQLite's integrity check."""

    problem = FileProblem.CORRUPT


class FileNewerFormat(ProjectFileError, NewerFormatError):
    """Written by a newer jcloud_desk."""

    problem = FileProblem.NEWER_FORMAT


class FileLocked(ProjectFileError, ProjectLockedError):
    """Another instance edits the file."""

    problem = FileProblem.LOCKED


class FileCannotLock(ProjectFileError, LockUnavailableError):
    """The file cannot be locked for writing here."""

    problem = FileProblem.CANNOT_LOCK


class FileReadOnly(ProjectFileError, ReadOnlyFileError):
    """The project file itself is read-only."""

    problem = FileProblem.READ_ONLY_FILE


class FileCreateFailed(ProjectFileError, ProjectCreateError):
    """A new project file could not be created."""

    problem = FileProblem.CREATE_FAILED


class FileWriteFailed(ProjectFileError, ProjectWriteError):
    """Writing failed; the in-memory project is intact."""

    problem = FileProblem.WRITE_FAILED


_TRANSLATIONS: tuple[tuple[type[StorageError], type[StorageError]], ...] = (
    (ProjectNotFoundError, FileNotFound),
    (ProjectExistsError, FileExists),
    (NotAProjectError, FileNotAProject),
    (CorruptProjectError, FileCorrupt),
    (NewerFormatError, FileNewerFormat),
    (ProjectLockedError, FileLocked),
    (ReadOnlyFileError, FileReadOnly),  # subclasses before the classes they refine
    (LockUnavailableError, FileCannotLock),
    (ProjectCreateError, FileCreateFailed),
    (ProjectWriteError, FileWriteFailed),
)


def cli_text(error: ProjectFileError) -> str:
    """The one-line message for the command line (no advice about windows or menus)."""
    return error.cli_message() if isinstance(error, StorageError) else str(error)


def file_error(error: StorageError) -> ProjectFileError:
    """The service error for a storage error (the same arguments, so the same message)."""
    if isinstance(error, ProjectFileError):
        return error
    translated_class = next((t for kind, t in _TRANSLATIONS if isinstance(error, kind)), FileOther)
    result = translated_class(*error.args)
    assert isinstance(result, ProjectFileError)
    return result


@contextmanager
def translated() -> Iterator[None]:
    """Raise storage errors of the block as ``ProjectFileError``."""
    try:
        yield
    except StorageError as error:
        raise file_error(error) from error


def translating(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a service function: the storage errors it lets through become ``ProjectFileError``."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with translated():
            return function(*args, **kwargs)

    return wrapper
