"""ProjectRepository: open, validate, migrate, load and persist one ``.jcdesk`` project file.

Every applied edit is persisted at once in its own transaction (``persist``), so nothing is ever
"unsaved". The file keeps SQLite's default rollback journal (not WAL): a project is one file that users
copy and mail, with no ``-wal``/``-shm`` companions, and it works on network shares where WAL's shared
memory does not.

Opening, loading and the undo history read with plain ``sqlite3``; the sqlite-utils ``Database`` over the same
connection (``db``) is made when something first writes or migrates, so a start that only shows a project does
not import sqlite-utils.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.edits import AuditRecord, Change
from jcloud_desk.domain.project import CLASSES, Project, Ref
from jcloud_desk.storage import baseline, undo_log
from jcloud_desk.storage.errors import (
    CorruptProjectError,
    LockUnavailableError,
    ProjectCreateError,
    ProjectExistsError,
    ProjectWriteError,
    StorageError,
    failure_detail,
)
from jcloud_desk.storage.inspection import inspect_file, read_only_connection
from jcloud_desk.storage.lock import FileLock, ProjectLock
from jcloud_desk.storage.rows import from_row, to_row
from jcloud_desk.storage.schema import applied_migrations, migrations, pending_migrations
from jcloud_desk.storage.sql_rows import query
from jcloud_desk.storage.undo_log import UndoEntry, UndoOp

if TYPE_CHECKING:
    from sqlite_utils import Database

_KIND_ORDER = {kind: index for index, kind in enumerate(CLASSES)}


def _connect(target: Path | sqlite3.Connection) -> sqlite3.Connection:
    """A connection to ``target`` set up as sqlite-utils sets up its own (recursive triggers on)."""
    conn = target if isinstance(target, sqlite3.Connection) else sqlite3.connect(str(target))
    conn.execute("PRAGMA recursive_triggers=on;")
    return conn


def _identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of ``path`` (None when unknown), to notice the file being replaced while open."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


class ProjectRepository:
    """One open project file. Create with ``create`` or ``open``; call ``close`` when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ProjectLock | None, read_only: bool) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self._lock = lock
        self._file_lock: FileLock | None = None
        self.read_only = read_only
        self._identity = _identity(path)

    # --- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, project: Project) -> ProjectRepository:
        """Write ``project`` to a new file (refuses to overwrite) and keep it open for writing."""
        path = Path(path)
        if path.exists():
            raise ProjectExistsError(str(path))
        lock = ProjectLock(path)
        try:
            lock.acquire()
        except LockUnavailableError as exc:  # Save As into a read-only or missing folder
            raise ProjectCreateError(str(path), exc.detail) from exc
        try:
            cls._build_beside(path, project)
            try:
                repo = cls(path, _connect(path), lock, read_only=False)
                repo._configure()
                repo._lock_file()
            except (sqlite3.Error, OSError, ProjectWriteError) as exc:
                detail = exc.detail if isinstance(exc, ProjectWriteError) else failure_detail(exc)
                raise ProjectCreateError(str(path), detail) from exc
            return repo
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _build_beside(cls, path: Path, project: Project) -> None:
        """Write the whole new file under a temporary name next to ``path``, then rename it to ``path``.

        So the file appears complete or not at all: a process killed while creating (``import-json``, Save As,
        ``new``) leaves no half-made project under the user's name, only the hidden temporary file, which the
        next attempt removes. The caller holds the side lock of ``path``, so nobody else creates it meanwhile.
        """
        building = path.with_name(f".{path.name}.creating")
        leftovers = (building, building.with_name(building.name + "-journal"))
        for leftover in leftovers:
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        repo: ProjectRepository | None = None
        try:
            repo = cls(building, _connect(building), None, read_only=False)
            repo._configure()
            migrations().apply(repo.db)
            repo.replace_all(project)
            repo.close()
            if path.exists():  # created meanwhile by a program that takes no lock: never overwrite
                raise ProjectExistsError(str(path))
            os.replace(building, path)
        except BaseException as exc:
            # never leave a half-written project behind (disk full during Save As)
            if repo is not None:
                repo.close()
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, sqlite3.Error | OSError | UnicodeError | ProjectWriteError):
                detail = exc.detail if isinstance(exc, ProjectWriteError) else failure_detail(exc)
                raise ProjectCreateError(str(path), detail) from exc
            raise

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> ProjectRepository:
        """Validate, lock (unless read-only) and migrate an existing project file."""
        path = Path(path)
        inspect_file(path)
        if read_only:
            return cls(path, _connect(read_only_connection(path)), None, read_only=True)
        lock = ProjectLock(path)
        lock.acquire()
        file_lock = FileLock(path)  # held through another path to the same file (a hard link): refused here
        try:
            file_lock.acquire()
        except BaseException:
            lock.release()
            raise
        try:
            repo = cls(path, _connect(path), lock, read_only=False)
            repo._file_lock = file_lock
            repo._configure()
            if pending_migrations(repo.conn):
                repo._backup_before_migration()
                had_history = undo_log.size(repo.conn) > 0
                migrations().apply(repo.db)
                if had_history:  # inverses written by the older format may not fit the upgraded rows
                    repo.clear_undo_log(undo_log.NOTE_MIGRATED)
            return repo
        except sqlite3.Error as exc:
            file_lock.release()
            lock.release()
            raise ProjectWriteError(str(path), failure_detail(exc)) from exc
        except BaseException:
            file_lock.release()
            lock.release()
            raise

    def _lock_file(self) -> None:
        """Lock the (new) file itself; ``create`` does this once the file exists."""
        file_lock = FileLock(self.path)
        try:
            file_lock.acquire()
        except StorageError as exc:
            raise ProjectWriteError(str(self.path), exc.detail or exc.user_message()) from exc
        self._file_lock = file_lock

    @property
    def db(self) -> Database:
        """sqlite-utils over this file's connection (imported and made on first use: writes, migrations)."""
        if self._db is None:
            from jcloud_desk.storage.sqlite_utils_import import Database

            # recursive triggers were set by _connect; plugins: the app uses none, and looking for them reads
            # the metadata of every installed package
            self._db = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    def prepare_writes(self) -> None:
        """Import sqlite-utils and make ``db`` now (the GUI calls it when idle after a start), so that the first
        edit of a session does not wait for it (~20-35 ms). Nothing is written."""
        if not self.read_only:
            _ = self.db

    def _configure(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA synchronous = FULL")

    def _backup_before_migration(self) -> None:
        target = self.path.with_name(self.path.name + ".before-upgrade.bak")
        if not target.exists():
            self.backup_to(target)

    # --- reading ---------------------------------------------------------------------------------
    def load(self) -> Project:
        """Read the whole project."""
        project = Project(info={})
        try:
            present = {r["name"] for r in query(self.conn, "SELECT name FROM sqlite_master WHERE type = 'table'")}
            for kind in CLASSES:
                if kind not in present:
                    continue  # an older file opened read-only (not migrated): that table is simply empty
                table = project.table(kind)
                for row in query(self.conn, f"SELECT * FROM [{kind}] ORDER BY rowid"):
                    entity = from_row(kind, row)
                    table[entity.id] = entity
        except sqlite3.DatabaseError as exc:
            raise CorruptProjectError(str(self.path), str(exc)) from exc
        except (ValueError, TypeError) as exc:
            # a value this version cannot read (unknown enum value, broken JSON): report it, never crash
            raise CorruptProjectError(str(self.path), str(exc)) from exc
        if not project.info:
            project.info = Project().info
        return project

    def applied_migrations(self) -> list[str]:
        """Names of the migrations applied to this file."""
        return applied_migrations(self.conn)

    def step_history(self, step_id: str) -> list[dict[str, Any]]:
        """Audit records of one step's judgment and links, oldest first."""
        return list(query(self.conn, "SELECT * FROM change_log WHERE step_id = ? ORDER BY seq", [step_id]))

    def audit_trail(self, entity_id: str | None = None) -> list[dict[str, Any]]:
        """Audit records, oldest first (optionally for one entity)."""
        if entity_id is None:
            return list(query(self.conn, "SELECT * FROM change_log ORDER BY seq"))
        return list(query(self.conn, "SELECT * FROM change_log WHERE entity_id = ? ORDER BY seq", [entity_id]))

    # --- writing ---------------------------------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise ProjectWriteError(str(self.path), worded("storage.read_only"))
        if not self.path.exists():
            raise ProjectWriteError(str(self.path), worded("storage.moved"))
        if self._identity is not None and _identity(self.path) != self._identity:
            # a sync tool or a copy put another file at this path: writing on would go to the old, unlinked file
            raise ProjectWriteError(str(self.path), worded("storage.replaced"))

    def persist(self, project: Project, change: Change, user: str = "", at: str = "",
                undo: UndoOp | None = None) -> None:
        """Write the entities named by ``change`` (its audit records, and ``undo`` on the undo log) in one
        transaction."""
        self._check_writable()
        refs = change.touched()
        live = sorted((r for r in refs if project.has(r)), key=lambda r: _KIND_ORDER[r.kind])
        gone = sorted((r for r in refs if not project.has(r)), key=lambda r: -_KIND_ORDER[r.kind])
        try:
            with self.db.atomic():
                self.db.execute("PRAGMA defer_foreign_keys = ON")
                self._upsert(project, live)
                for ref in gone:
                    self.db.execute(f"DELETE FROM [{ref.kind}] WHERE id = ?", [ref.id])
                self._append_audit(change.audit, user, at)
                if undo is not None and undo_log.has_table(self.conn):
                    undo_log.write(self.db, undo, at)
        except (sqlite3.Error, UnicodeError, OverflowError) as exc:
            raise ProjectWriteError(str(self.path), failure_detail(exc)) from exc

    # --- the undo log (storage/undo_log.py) ------------------------------------------------------
    def undo_history(self) -> tuple[list[UndoEntry], str]:
        """The undoable actions kept in the file (oldest first) and the note of the last clearing."""
        try:
            return undo_log.read(self.conn)
        except sqlite3.Error:
            return [], ""

    def undo_log_size(self) -> int:
        """How many undoable actions the file keeps."""
        try:
            return undo_log.size(self.conn)
        except sqlite3.Error:
            return 0

    def clear_undo_log(self, note: str, at: str = "") -> None:
        """Forget the undo history, leaving ``note`` (a code the UI words) in its place."""
        self._check_writable()
        try:
            with self.db.atomic():
                undo_log.write(self.db, UndoOp("clear", note), at)
        except sqlite3.Error as exc:
            raise ProjectWriteError(str(self.path), failure_detail(exc)) from exc

    def _upsert(self, project: Project, refs: Iterable[Ref]) -> None:
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for ref in refs:
            by_kind.setdefault(ref.kind, []).append(to_row(project.get(ref)))
        for kind in sorted(by_kind, key=_KIND_ORDER.__getitem__):
            self.db[kind].upsert_all(by_kind[kind], pk="id")  # type: ignore[union-attr]

    def _append_audit(self, records: list[AuditRecord], user: str, at: str) -> None:
        if not records:
            return
        self.db["change_log"].insert_all(  # type: ignore[union-attr]
            {"at": at, "by": user, "entity": r.kind, "entity_id": r.entity_id, "field": r.field,
             "old": r.old, "new": r.new, "step_id": r.step_id}
            for r in records
        )

    def replace_all(self, project: Project) -> None:
        """Rewrite every row of the project in one transaction (new files, JSON import)."""
        self._check_writable()
        try:
            with self.db.atomic():
                self.db.execute("PRAGMA defer_foreign_keys = ON")
                for kind in reversed(list(CLASSES)):
                    self.db.execute(f"DELETE FROM [{kind}]")
                for kind in CLASSES:
                    rows = [to_row(e) for e in project.table(kind).values()]
                    if rows:
                        self.db[kind].insert_all(rows, pk="id", batch_size=500)  # type: ignore[union-attr]
        except (sqlite3.Error, UnicodeError, OverflowError) as exc:
            raise ProjectWriteError(str(self.path), failure_detail(exc)) from exc

    # --- merge baselines (storage/baseline.py) ---------------------------------------------------
    def write_baseline(self, project: Project, origin_id: str, as_copy: bool = False) -> None:
        """Keep the snapshot of ``project`` as the common origin of distribution ``origin_id``."""
        self._check_writable()
        try:
            baseline.write(self.db, project, origin_id, as_copy)
        except sqlite3.Error as exc:
            raise ProjectWriteError(str(self.path), str(exc)) from exc

    def read_baseline(self, origin_id: str | None = None) -> dict[Ref, dict[str, Any]] | None:
        """The snapshot of a distribution (default: the one this file is a copy of); None when absent."""
        return baseline.read(self.db, self.origin_id() if origin_id is None else origin_id)

    def origin_id(self) -> str:
        """The distribution this file is a copy of ('' for none)."""
        return baseline.own_origin(self.db)

    def baseline_ids(self) -> list[str]:
        """Every distribution this file keeps a snapshot of."""
        return baseline.origin_ids(self.db)

    def baseline_equal_to(self, project: Project) -> str:
        """The distribution whose snapshot equals ``project`` ('' when it changed since every one)."""
        return baseline.unchanged_since(self.db, project)

    def backup_to(self, target: Path) -> None:
        """Copy the whole file with SQLite's online backup API (used by Save As)."""
        target = Path(target)
        tmp = target.with_name(target.name + ".tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            tmp.replace(target)
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise ProjectWriteError(str(target), failure_detail(exc)) from exc

    def close(self) -> None:
        """Close the database and release the locks."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._file_lock is not None:  # after the database: closing its descriptor ends this process's locks
            self._file_lock.release()
            self._file_lock = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ProjectRepository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["ProjectRepository", "StorageError", "inspect_file"]
