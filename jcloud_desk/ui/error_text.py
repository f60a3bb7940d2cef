"""Translated, user-facing text for errors raised below the UI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jcloud_desk.services.errors import FileProblem, ProjectFileError

translate = QCoreApplication.translate


def _template(error: ProjectFileError) -> str:
    problem = error.problem
    if problem is FileProblem.NOT_FOUND:
        return translate("ErrorText", "The file was not found:\n{path}")
    if problem is FileProblem.EXISTS:
        return translate("ErrorText", "A file with this name already exists and was not overwritten:\n{path}")
    if problem is FileProblem.NOT_A_PROJECT:
        return translate("ErrorText", "This is not a jcloud_desk project file ({detail}):\n{path}")
    if problem is FileProblem.CORRUPT:
        return translate(
            "ErrorText",
            "The project file is damaged and was left unchanged. Open a backup copy or ask the sender "
            "for the file again.\n{path}\n({detail})",
        )
    if problem is FileProblem.NEWER_FORMAT:
        return translate(
            "ErrorText", "This file was made by a newer version of jcloud_desk. Please update the app.\n{path}"
        )
    if problem is FileProblem.LOCKED:
        return translate(
            "ErrorText",
            "This project is being edited in another jcloud_desk window ({holder}). You can open it read-only.\n{path}",
        )
    if problem is FileProblem.READ_ONLY_FILE:
        return translate(
            "ErrorText",
            "This project file is read-only ({detail}). It can be opened read-only; to edit it, save a copy "
            "with \"Save As\".\n{path}",
        )
    if problem is FileProblem.CREATE_FAILED:
        return translate(
            "ErrorText",
            "The project file could not be created ({detail}). Choose a folder you can write to; nothing was "
            "left behind.\n{path}",
        )
    if problem is FileProblem.WRITE_FAILED:
        return translate(
            "ErrorText",
            "The project could not be saved ({detail}). Your work is still in memory: use "
            "\"Save As\" to save it to another place.\n{path}",
        )
    return translate("ErrorText", "The project file could not be used ({detail}):\n{path}")


def storage_error_text(error: ProjectFileError) -> str:
    """One or two sentences telling what happened and what to do."""
    return _template(error).format(path=error.path, detail=error.detail, holder=error.holder or "?")
