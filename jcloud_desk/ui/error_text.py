"""Translated, user-facing text for errors raised below the UI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jcloud_desk.storage.errors import (
    CorruptProjectError,
    NewerFormatError,
    NotAProjectError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ProjectWriteError,
    StorageError,
)

translate = QCoreApplication.translate


def _template(error: StorageError) -> str:
    if isinstance(error, ProjectNotFoundError):
        return translate("ErrorText", "The file was not found:\n{path}")
    if isinstance(error, ProjectExistsError):
        return translate("ErrorText", "A file with this name already exists and was not overwritten:\n{path}")
    if isinstance(error, NotAProjectError):
        return translate("ErrorText", "This is not a jcloud_desk project file ({detail}):\n{path}")
    if isinstance(error, CorruptProjectError):
        return translate(
            "ErrorText",
            "The project file is damaged and was left unchanged. Open a backup copy or ask the sender "
            "for the file again.\n{path}\n({detail})",
        )
    if isinstance(error, NewerFormatError):
        return translate(
            "ErrorText", "This file was made by a newer version of jcloud_desk. Please update the app.\n{path}"
        )
    if isinstance(error, ProjectLockedError):
        return translate(
            "ErrorText",
            "This project is being edited in another jcloud_desk window ({holder}). You can open it read-only.\n{path}",
        )
    if isinstance(error, ProjectWriteError):
        return translate(
            "ErrorText",
            "The project could not be saved ({detail}). Your work is still in memory: use "
            "\"Save As\" to save it to another place.\n{path}",
        )
    return translate("ErrorText", "The project file could not be used ({detail}):\n{path}")


def storage_error_text(error: StorageError) -> str:
    """One or two sentences telling what happened and what to do."""
    holder = error.holder if isinstance(error, ProjectLockedError) else ""
    return _template(error).format(path=error.path, detail=error.detail, holder=holder or "?")
