"""Use cases on project files: create, open, Save As, copy the sample, describe."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jcloud_desk.analysis.messages import worded
from jcloud_desk.analysis.summary import project_summary
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.project import Project, ProjectInfo
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.edit_session import EditSession
from jcloud_desk.services.errors import translating
from jcloud_desk.storage.errors import ProjectExistsError, ProjectWriteError, StorageError
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.storage.undo_log import NOTE_COPY

PROJECT_SUFFIX = ".jcdesk"


@dataclass(slots=True)
class OpenProject:
    """A project loaded in memory with its file and its edit session."""

    path: Path
    repository: ProjectRepository
    session: EditSession

    @property
    def project(self) -> Project:
        """The in-memory project."""
        return self.session.project

    @property
    def read_only(self) -> bool:
        """True when opened without the write lock."""
        return self.repository.read_only

    def close(self) -> None:
        """Release the file."""
        self.repository.close()

    def prepare_for_edits(self) -> None:
        """Load what the first edit needs to write (sqlite-utils), without writing; for idle time after a start."""
        self.repository.prepare_writes()

    def step_history(self, step_id: str) -> list[dict[str, Any]]:
        """Who changed this step's verdict, resolution, flags and links, when, from what to what."""
        try:
            return self.repository.step_history(step_id)
        except Exception:
            return []


class ProjectService:
    """Opens and creates project files; the GUI and the CLI share it."""

    def __init__(self, user: Callable[[], str] = lambda: "") -> None:
        self._user = user

    def current_user(self) -> str:
        """The name written into the audit trail and workshop notes."""
        return self._user()

    def new_project(self, path: Path, name: str, municipality: str = "", business: str = "") -> OpenProject:
        """Create a new, empty project file."""
        project = Project(
            info={
                "project": ProjectInfo(
                    name=name,
                    municipality=municipality,
                    business=business,
                    created_at=datetime.now().isoformat(timespec="seconds"),
                )
            }
        )
        return self.create_from(path, project)

    @translating
    def create_from(self, path: Path, project: Project) -> OpenProject:
        """Write ``project`` to a new file and open it."""
        repository = ProjectRepository.create(Path(path), project)
        return OpenProject(Path(path), repository, EditSession(repository.load(), repository, self._user))

    @translating
    def open(self, path: Path, read_only: bool = False) -> OpenProject:
        """Open an existing project file (validated; locked unless read-only)."""
        repository = ProjectRepository.open(Path(path), read_only=read_only)
        try:
            project = repository.load()
        except StorageError:
            repository.close()
            raise
        return OpenProject(Path(path), repository, EditSession(project, repository, self._user))

    @translating
    def save_as(self, current: OpenProject, target: Path) -> OpenProject:
        """Copy the project to ``target`` and continue there (the old file is released)."""
        target = Path(target)
        if target.exists():
            raise ProjectExistsError(str(target))
        if current.session.detached or current.read_only:
            new_repo = ProjectRepository.create(target, current.project)
        else:
            current.repository.backup_to(target)
            new_repo = ProjectRepository.open(target)
        current.close()
        current.session.attach(new_repo)
        return OpenProject(target, new_repo, current.session)

    @translating
    def distribute_copy(self, current: OpenProject, target: Path) -> Path:
        """Write a copy for a municipality to fill in offline; it can be merged back later (``merge_service``).

        Both files keep the snapshot the copy starts from (every entity row now) under a distribution id: the
        common origin a merge compares both sides with. The current file stays open. Handing out several copies
        before anything changes reuses one distribution, so those copies can also be merged with each other.
        """
        target = Path(target)
        if target.exists():
            raise ProjectExistsError(str(target))
        if current.read_only or current.session.detached:
            raise ProjectWriteError(str(current.path), worded("storage.no_copy"))
        repository = current.repository
        origin_id = repository.baseline_equal_to(current.project) or new_id()
        if origin_id not in repository.baseline_ids():
            repository.write_baseline(current.project, origin_id)
        repository.backup_to(target)
        try:
            copy = ProjectRepository.open(target)
            try:
                copy.write_baseline(current.project, origin_id, as_copy=True)
                copy.clear_undo_log(NOTE_COPY)  # the copy starts its own history
            finally:
                copy.close()
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        return target

    @translating
    def write_sample(self, target: Path) -> Path:
        """Write the bundled sample project to ``target`` (refuses to overwrite)."""
        target = Path(target)
        if target.exists():
            raise ProjectExistsError(str(target))
        source = ProjectRepository.open(default_sample_path(), read_only=True)
        try:
            source.backup_to(target)
        finally:
            source.close()
        return target

    def ensure_working_sample(self, data_dir: Path) -> Path:
        """Copy the bundled sample into ``data_dir`` once and return the copy's path."""
        target = working_sample_path(data_dir)
        if not target.exists():
            data_dir.mkdir(parents=True, exist_ok=True)
            self.write_sample(target)
        return target

    @translating
    def describe(self, path: Path) -> dict[str, Any]:
        """The `info --json` document of a file (opened read-only: works while another instance edits)."""
        repository = ProjectRepository.open(Path(path), read_only=True)
        try:
            # the file's own format (an old file opened read-only is not migrated), not this build's
            return project_summary(repository.load(), len(repository.applied_migrations()))
        finally:
            with contextlib.suppress(StorageError):
                repository.close()


def working_sample_path(data_dir: Path) -> Path:
    """Where the user's own copy of the sample project lives (the bundled file is never edited)."""
    return data_dir / "住民記録サンプル.jcdesk"
