"""Services translate storage errors into ProjectFileError: the same message, a stable problem code."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.services.errors import FileProblem, ProjectFileError, file_error, translated
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage import errors as storage
from tests.factories import small_project

CASES = [
    (storage.ProjectNotFoundError("p"), FileProblem.NOT_FOUND),
    (storage.ProjectExistsError("p"), FileProblem.EXISTS),
    (storage.NotAProjectError("p", "空のファイルです"), FileProblem.NOT_A_PROJECT),
    (storage.CorruptProjectError("p", "malformed"), FileProblem.CORRUPT),
    (storage.NewerFormatError("p"), FileProblem.NEWER_FORMAT),
    (storage.ProjectLockedError("p", "田中 2024-04-01"), FileProblem.LOCKED),
    (storage.LockUnavailableError("p", "読み取り専用"), FileProblem.CANNOT_LOCK),
    (storage.ProjectWriteError("p", "ディスクが一杯"), FileProblem.WRITE_FAILED),
    (storage.StorageError("p", "?"), FileProblem.OTHER),
]


@pytest.mark.parametrize(("error", "problem"), CASES, ids=[p.value for _e, p in CASES])
def test_each_storage_error_has_its_problem_and_keeps_its_message(error: storage.StorageError,
                                                                  problem: FileProblem) -> None:
    translated_error = file_error(error)
    assert translated_error.problem is problem
    assert str(translated_error) == str(error) and translated_error.path == "p"
    assert isinstance(translated_error, type(error)), "callers catching the storage class keep working"
    assert translated_error.offers_read_only == (problem in (FileProblem.LOCKED, FileProblem.CANNOT_LOCK))


def test_lock_holder_survives_translation() -> None:
    assert file_error(storage.ProjectLockedError("p", "田中")).holder == "田中"


def test_translated_block_raises_the_service_error() -> None:
    with pytest.raises(ProjectFileError) as info, translated():
        raise storage.CorruptProjectError("p", "bad")
    assert info.value.problem is FileProblem.CORRUPT and isinstance(info.value.__cause__, storage.CorruptProjectError)


def test_project_service_raises_service_errors(tmp_path: Path) -> None:
    path = tmp_path / "p.jcdesk"
    holder = ProjectService().create_from(path, small_project())
    try:
        with pytest.raises(ProjectFileError) as info:
            ProjectService().open(path)
        assert info.value.problem is FileProblem.LOCKED and info.value.offers_read_only
        with pytest.raises(ProjectFileError) as exists:
            ProjectService().create_from(path, small_project())
        assert exists.value.problem is FileProblem.EXISTS
    finally:
        holder.close()
    with pytest.raises(ProjectFileError) as missing:
        ProjectService().open(tmp_path / "none.jcdesk")
    assert missing.value.problem is FileProblem.NOT_FOUND
