"""Writing fails while a project is open: read-only file or folder, disk full, file deleted / moved / replaced.

Each time: a one-line Japanese message, no exception escapes, the in-memory work (including the failed edit) is
kept, the session stops writing (``detached``), and Save As writes the complete project elsewhere and goes on
autosaving there. What was already in the file stays intact.

Simulations (pytest ids say which ran; ``-rs`` shows why a real one skipped):

* ``real``: a size-limited ``tmpfs`` that really fills up (ENOSPC), and a read-only bind mount (EROFS) of the file
  or the folder. As root, ``chmod 0444`` does not stop writes, so permission bits are tried first and the bind
  mount is the fallback. Needs ``mount``; skipped with the reason when the sandbox forbids it.
* ``injected``: SQLite's own failure on the session's connection: ``PRAGMA max_page_count`` = current size gives
  ``SQLITE_FULL`` exactly as a full disk does; ``PRAGMA query_only`` gives ``SQLITE_READONLY``. Always runs.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jcloud_desk.domain.edits import Add, Edit, SetFields
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Ref
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.storage.errors import LockUnavailableError, ProjectWriteError, ReadOnlyFileError, StorageError
from jcloud_desk.storage.lock import lock_path_for
from jcloud_desk.storage.repository import ProjectRepository
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project
from tests.faults.support import (
    assert_one_japanese_error_line,
    fill_disk,
    folder_write_refused,
    has_japanese,
    read_only_bind,
    run_cli,
    sha256,
    tmpfs_or_skip,
    write_refused,
)

LABEL = "失敗した保存のあとも残る編集 🙂 𠮷"


def _label_edit(label: str = LABEL, step_id: str = "s-check") -> Edit:
    return SetFields(Ref("step", step_id), (("label", label),))


def _growing_edit() -> Edit:
    """An edit that needs new pages in the file (so a full disk or a page limit refuses it)."""
    return Add(Step(id="s-big", process_id="proc-1", lane_id="lane-system", label="大" * 100_000))


def _new_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ProjectService().create_from(path, small_project()).close()
    return path


def _open(path: Path) -> tuple[OpenProject, list[ProjectWriteError]]:
    opened = ProjectService(user=lambda: "テスト担当").open(path)
    errors: list[ProjectWriteError] = []
    opened.session.subscribe_errors(errors.append)
    return opened, errors


def _assert_failed_once(opened: OpenProject, errors: list[ProjectWriteError], *, reason: str = "") -> None:
    assert len(errors) == 1, errors
    error = errors[0]
    assert isinstance(error, ProjectWriteError)
    message = error.user_message()
    assert "\n" not in message and has_japanese(message), message
    assert "名前を付けて保存" in message, "the message tells the way out"
    assert reason in error.detail, error.detail
    assert opened.session.detached
    assert opened.session.last_error is error


def _rescue(opened: OpenProject, target: Path) -> None:
    """Save As elsewhere: the new file equals memory, and autosave continues there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    in_memory = opened.project
    saved = ProjectService().save_as(opened, target)
    try:
        assert saved.project is in_memory
        assert not saved.session.detached
        with ProjectRepository.open(target, read_only=True) as repository:
            assert repository.load() == in_memory
        saved.session.apply(_label_edit("救出後の編集", "s-issue"))
        assert not saved.session.detached
        with ProjectRepository.open(target, read_only=True) as repository:
            assert repository.load() == saved.project
            assert repository.load().step["s-issue"].label == "救出後の編集"
    finally:
        saved.close()


def _assert_intact(path: Path, expected: object) -> None:
    with ProjectRepository.open(path, read_only=True) as repository:
        assert repository.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert repository.load() == expected


# --- read-only file (the folder stays writable) ---------------------------------------------------------------


@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A project file that refuses writes: ``chmod 0444`` when that works (not root), else a read-only bind mount."""
    path = _new_file(tmp_path / "読み取り専用" / "p.jcdesk")
    path.chmod(0o444)
    try:
        if write_refused(path):
            yield path, "chmod 0444"
            return
        path.chmod(0o644)
        with read_only_bind(path) as bound:
            if not bound or not write_refused(path):
                pytest.skip("neither chmod 0444 (running as root) nor a read-only bind mount refuses writes here")
            yield path, "read-only bind mount"
    finally:
        path.chmod(0o644)


def _check_read_only_file(opened: OpenProject, errors: list[ProjectWriteError], path: Path, before: str,
                          tmp_path: Path) -> None:
    opened.session.apply(_label_edit())
    _assert_failed_once(opened, errors, reason="書き込みが禁止されています")
    assert opened.project.step["s-check"].label == LABEL, "the failed edit stays in memory"
    opened.session.apply(_label_edit("未保存のまま続けた編集", "s-input"))
    assert len(errors) == 1, "a detached session does not try (and fail) again"
    assert opened.project.step["s-input"].label == "未保存のまま続けた編集"
    _rescue(opened, tmp_path / "救出" / "p.jcdesk")
    assert sha256(path) == before, "the read-only file is untouched"


def _check_read_only_file_refused(path: Path, config: Path) -> None:
    """Opening for writing is refused at once, saying the file is read-only; reading works; nothing changes."""
    before = sha256(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(ReadOnlyFileError) as info:
        ProjectService().open(path)
    message = info.value.user_message()
    assert "\n" not in message and "読み取り専用" in message and str(path) in message, message
    reader = ProjectService().open(path, read_only=True)
    try:
        assert reader.project == small_project()
    finally:
        reader.close()
    # the CLI refuses before reading the import (here a file that does not even parse), without GUI advice
    bad_import = config.parent / "壊れた.bpmn"
    bad_import.write_text("<not-bpmn", encoding="utf-8")
    for args in (("layout", str(path), "--process", "転入届"), ("import-flow", str(path), str(bad_import))):
        line = assert_one_japanese_error_line(run_cli(config, *args))
        assert "読み取り専用" in line and "名前を付けて保存" not in line and "BPMN" not in line, line
    assert sha256(path) == before, "the read-only file is untouched"
    assert sorted(p.name for p in path.parent.iterdir()) == listing, "no lock or journal left beside it"


def test_read_only_file_real(read_only_file: tuple[Path, str], isolated_config_dir: Path) -> None:
    path, how = read_only_file
    _check_read_only_file_refused(path, isolated_config_dir)
    print(f"read-only file simulated with: {how}")


def test_read_only_file_refused_injected(
    tmp_path: Path, isolated_config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without mount rights (root ignores chmod): opening the file for writing fails with EACCES."""
    path = _new_file(tmp_path / "読み取り専用" / "p.jcdesk")
    real_open = os.open

    def refuse(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_RDWR and Path(str(file)) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("jcloud_desk.storage.lock.os.open", refuse)
    before = sha256(path)
    with pytest.raises(ReadOnlyFileError) as info:
        ProjectService().open(path)
    assert "読み取り専用" in info.value.user_message()
    assert "名前を付けて保存" not in info.value.cli_message()
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["p.jcdesk"]


def test_read_only_file_injected(tmp_path: Path) -> None:
    path = _new_file(tmp_path / "p.jcdesk")
    before = sha256(path)
    opened, errors = _open(path)
    opened.repository.db.execute("PRAGMA query_only = ON")
    _check_read_only_file(opened, errors, path, before, tmp_path)


# --- read-only folder (nothing can be created next to the file: no lock, no journal) ------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder that refuses new files: ``chmod 0555`` when that works, else a read-only bind mount."""
    folder = tmp_path / "共有 (読み取り専用)"
    path = _new_file(folder / "業務フロー.jcdesk")
    folder.chmod(0o555)
    try:
        if folder_write_refused(folder):
            yield path, "chmod 0555"
            return
        folder.chmod(0o755)
        with read_only_bind(folder) as bound:
            if not bound or not folder_write_refused(folder):
                pytest.skip("neither chmod 0555 (running as root) nor a read-only bind mount refuses writes here")
            yield path, "read-only bind mount"
    finally:
        folder.chmod(0o755)


def test_read_only_folder_refuses_writing_offers_reading(
    read_only_folder: tuple[Path, str], isolated_config_dir: Path
) -> None:
    path, how = read_only_folder
    before = sorted(p.name for p in path.parent.iterdir())
    digest = sha256(path)
    with pytest.raises(LockUnavailableError) as info:
        ProjectService().open(path)
    message = info.value.user_message()
    assert "\n" not in message and "読み取り専用で開く" in message, message
    assert isinstance(info.value, StorageError)
    reader = ProjectService().open(path, read_only=True)
    try:
        assert reader.project == small_project()
    finally:
        reader.close()

    line = assert_one_japanese_error_line(run_cli(isolated_config_dir, "layout", str(path), "--process", "転入届"))
    assert "読み取り専用" in line
    info_json = run_cli(isolated_config_dir, "info", str(path), "--json")
    assert info_json.returncode == 0, info_json.stderr

    assert sha256(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == before
    print(f"read-only folder simulated with: {how}")


def test_lock_file_cannot_be_created_injected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same code path without mount rights: creating ``<name>.lock`` fails with EROFS."""
    path = _new_file(tmp_path / "p.jcdesk")

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        raise OSError(errno.EROFS, "Read-only file system", str(file))

    monkeypatch.setattr("jcloud_desk.storage.lock.open", refuse, raising=False)
    with pytest.raises(LockUnavailableError) as info:
        ProjectService().open(path)
    assert "読み取り専用の場所です" in info.value.detail
    with pytest.raises(ProjectWriteError) as saving:
        ProjectRepository.create(tmp_path / "new.jcdesk", small_project())
    assert "書き込みできるフォルダ" in saving.value.user_message()
    assert "名前を付けて保存" not in saving.value.cli_message(), "no window advice on the command line"
    assert not (tmp_path / "new.jcdesk").exists()


@pytest.mark.parametrize("detached", [False, True], ids=["attached", "detached"])
def test_save_as_into_a_read_only_folder(read_only_folder: tuple[Path, str], tmp_path: Path, detached: bool) -> None:
    target_folder = read_only_folder[0].parent
    opened, _errors = _open(_new_file(tmp_path / "src" / "p.jcdesk"))
    try:
        if detached:
            opened.session.detached = True  # as after a failed write: Save As writes the whole project anew
        opened.session.apply(_label_edit())
        with pytest.raises(ProjectWriteError) as info:
            ProjectService().save_as(opened, target_folder / "コピー.jcdesk")
        assert has_japanese(info.value.user_message())
        assert not (target_folder / "コピー.jcdesk").exists()
        assert opened.project.step["s-check"].label == LABEL
    finally:
        opened.close()


# --- disk full ------------------------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs (skipped when mounting is not permitted)."""
    with tmpfs_or_skip(tmp_path / "disk", "1m") as disk:
        yield disk


def _check_disk_full(opened: OpenProject, errors: list[ProjectWriteError], tmp_path: Path) -> None:
    opened.session.apply(_growing_edit())
    _assert_failed_once(opened, errors, reason="ディスクの空き容量が足りません")
    assert "s-big" in opened.project.step, "the refused edit stays in memory"
    _rescue(opened, tmp_path / "救出" / "p.jcdesk")


def test_disk_full_real(small_disk: Path, tmp_path: Path) -> None:
    path = _new_file(small_disk / "p.jcdesk")
    opened, errors = _open(path)
    opened.session.apply(_label_edit())  # saved while there was room
    filler = fill_disk(small_disk)
    _check_disk_full(opened, errors, tmp_path)
    filler.unlink()
    expected = small_project()
    expected.step["s-check"].label = LABEL
    _assert_intact(path, expected)  # the edit before the failure is there, the refused one is not


def test_disk_full_injected(tmp_path: Path) -> None:
    path = _new_file(tmp_path / "p.jcdesk")
    opened, errors = _open(path)
    opened.session.apply(_label_edit())
    pages = opened.repository.db.execute("PRAGMA page_count").fetchone()[0]
    opened.repository.db.execute(f"PRAGMA max_page_count = {pages}")
    _check_disk_full(opened, errors, tmp_path)
    expected = small_project()
    expected.step["s-check"].label = LABEL
    _assert_intact(path, expected)


def test_open_for_writing_on_a_full_disk(small_disk: Path, tmp_path: Path) -> None:
    """Opening needs no space (the lock's holder note is optional); the first growing edit reports it."""
    path = _new_file(small_disk / "p.jcdesk")
    filler = fill_disk(small_disk)
    opened, errors = _open(path)
    opened.session.apply(_growing_edit())
    _assert_failed_once(opened, errors, reason="ディスクの空き容量が足りません")
    _rescue(opened, tmp_path / "救出" / "p.jcdesk")
    filler.unlink()
    _assert_intact(path, small_project())
    assert not lock_path_for(path).exists()


@pytest.mark.parametrize("detached", [False, True], ids=["attached", "detached"])
def test_save_as_onto_a_full_disk_leaves_no_partial_file(small_disk: Path, tmp_path: Path, detached: bool) -> None:
    opened, _errors = _open(_new_file(tmp_path / "src" / "p.jcdesk"))
    try:
        if detached:
            opened.session.detached = True
        opened.session.apply(_growing_edit())
        fill_disk(small_disk)
        with pytest.raises(ProjectWriteError) as info:
            ProjectService().save_as(opened, small_disk / "コピー.jcdesk")
        assert "ディスクの空き容量が足りません" in info.value.detail, info.value.detail
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"], "no half-written project"
        assert "s-big" in opened.project.step
        assert opened.session.detached == detached, "the source is not given up"
    finally:
        opened.close()


def test_save_as_failing_midway_leaves_no_partial_file_injected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened, _errors = _open(_new_file(tmp_path / "src" / "p.jcdesk"))
    opened.session.detached = True

    def full(self: ProjectRepository, project: object) -> None:
        raise ProjectWriteError(str(self.path), "ディスクの空き容量が足りません: database or disk is full")

    monkeypatch.setattr(ProjectRepository, "replace_all", full)
    target = tmp_path / "dst" / "p.jcdesk"
    target.parent.mkdir()
    with pytest.raises(ProjectWriteError):
        ProjectService().save_as(opened, target)
    assert list(target.parent.iterdir()) == []
    opened.close()


# --- the file deleted, moved or replaced while open -------------------------------------------------------------


def _delete(path: Path) -> None:
    path.unlink()


def _move(path: Path) -> None:
    path.rename(path.with_name("移動先.jcdesk"))


def _replace(path: Path) -> None:
    other = path.with_name("other.jcdesk")
    project = small_project()
    project.meta.name = "別のプロジェクト"
    ProjectService().create_from(other, project).close()
    os.replace(other, path)  # what a sync tool or a copy over the file does


ACCIDENTS: dict[str, tuple[Callable[[Path], None], str]] = {
    "deleted": (_delete, "移動または削除"),
    "moved": (_move, "移動または削除"),
    "replaced": (_replace, "置き換え"),
}


@pytest.mark.parametrize("accident", sorted(ACCIDENTS))
def test_file_gone_while_open(tmp_path: Path, accident: str) -> None:
    path = _new_file(tmp_path / "p.jcdesk")
    opened, errors = _open(path)
    opened.session.apply(_label_edit("消える前の編集", "s-input"))
    before_accident = opened.project.step["s-input"].label
    action, reason = ACCIDENTS[accident]
    action(path)
    replacement = sha256(path) if path.exists() else None

    opened.session.apply(_label_edit())
    _assert_failed_once(opened, errors, reason=reason)
    assert opened.project.step["s-check"].label == LABEL
    assert opened.project.step["s-input"].label == before_accident
    _rescue(opened, tmp_path / "救出" / "p.jcdesk")

    if accident == "moved":  # the moved file holds everything saved before the move, and nothing after
        expected = small_project()
        expected.step["s-input"].label = before_accident
        _assert_intact(path.with_name("移動先.jcdesk"), expected)
    if replacement is not None:
        assert sha256(path) == replacement, "the file now at that path is not written to"


# --- the same through the window ----------------------------------------------------------------------------------


def _inject_disk_full(window: MainWindow, path: Path) -> None:
    assert window.opened is not None
    db = window.opened.repository.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")


GUI_FAULTS: dict[str, Callable[[MainWindow, Path], None]] = {
    "deleted": lambda _window, path: path.unlink(),
    "disk full (injected)": _inject_disk_full,
}


@pytest.mark.parametrize("fault", sorted(GUI_FAULTS))
def test_window_warns_keeps_work_and_save_as_recovers(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    path = _new_file(tmp_path / "p.jcdesk")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: warnings.append((title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(f"unexpected critical dialog {a}"))
    assert main_window.open_path(path)
    GUI_FAULTS[fault](main_window, path)

    main_window.push_edit(_growing_edit(), "大きな手順を追加")
    assert len(warnings) == 1, warnings
    title, text = warnings[0]
    assert has_japanese(title) and has_japanese(text), warnings
    assert "名前を付けて保存" in text
    assert "未保存" in main_window.windowTitle()
    assert main_window.opened is not None and "s-big" in main_window.opened.project.step
    main_window.push_edit(_label_edit(), "名前の変更")
    assert len(warnings) == 1, "one warning, not one per edit"
    main_window.undo_stack.undo()
    assert main_window.opened.project.step["s-check"].label == "届出内容を確認", "undo still works in memory"
    main_window.undo_stack.redo()

    target = tmp_path / "救出" / "p.jcdesk"
    target.parent.mkdir()
    assert main_window.file_actions.save_as(target)
    assert "未保存" not in main_window.windowTitle()
    assert main_window.opened.path == target
    with ProjectRepository.open(target, read_only=True) as repository:
        assert repository.load() == main_window.opened.project
    main_window.push_edit(_label_edit("救出後", "s-issue"), "名前の変更")
    with ProjectRepository.open(target, read_only=True) as repository:
        assert repository.load().step["s-issue"].label == "救出後"


def test_window_offers_read_only_for_a_folder_it_cannot_lock(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _new_file(tmp_path / "p.jcdesk")

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        raise OSError(errno.EACCES, "Permission denied", str(file))

    monkeypatch.setattr("jcloud_desk.storage.lock.open", refuse, raising=False)
    questions: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(f"unexpected critical dialog {a}"))
    digest = sha256(path)
    assert main_window.open_path(path)
    assert len(questions) == 1 and has_japanese(questions[0]), questions
    assert main_window.opened is not None and main_window.opened.read_only
    assert "読み取り専用" in main_window.windowTitle()
    main_window.push_edit(_label_edit(), "名前の変更")
    assert main_window.opened.project.step["s-check"].label == "届出内容を確認", "read-only: edits are refused"
    assert sha256(path) == digest


def test_disk_helpers_clean_up(tmp_path: Path) -> None:
    """The tmpfs is gone after the context (no mount leaks into later tests)."""
    disk = tmp_path / "disk"
    with tmpfs_or_skip(disk, "64k"):
        assert shutil.disk_usage(disk).total <= 64 * 1024
    assert shutil.disk_usage(disk).total > 64 * 1024


def test_window_opens_a_read_only_file_read_only_with_a_banner(
    main_window: MainWindow, read_only_file: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No question, no error dialog: the file opens read-only, a bar says why and Save As continues in a copy."""
    path, _how = read_only_file
    before = sha256(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail(f"unexpected question {a}"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(f"unexpected error dialog {a}"))
    assert main_window.open_path(path)
    assert main_window.opened is not None and main_window.opened.read_only
    banner = main_window.diagram.read_only_banner
    assert not banner.isHidden()
    assert "読み取り専用" in banner.label.text() and "名前を付けて保存" in banner.label.text(), banner.label.text()
    assert "名前を付けて保存" in banner.button.text()
    main_window.push_edit(_label_edit(), "名前の変更")
    assert main_window.opened.project.step["s-check"].label != LABEL, "a read-only project takes no edit"
    target = tmp_path / "コピー" / "p.jcdesk"
    target.parent.mkdir()
    assert main_window.file_actions.save_as(target)
    assert main_window.opened is not None
    assert banner.isHidden() and not main_window.opened.read_only
    main_window.push_edit(_label_edit(), "名前の変更")
    with ProjectRepository.open(target, read_only=True) as repository:
        assert repository.load().step["s-check"].label == LABEL
    assert sha256(path) == before


@pytest.mark.parametrize("name", ["報告.xlsx", "報告.pdf", "図.png", "図.svg", "図.pdf", "流れ.bpmn", "全体.json"])
def test_export_into_a_read_only_folder_names_the_target(
    read_only_folder: tuple[Path, str], isolated_config_dir: Path, name: str
) -> None:
    """One Japanese line naming the user's file (not the temporary one), why, and what to do; nothing left."""
    path, _how = read_only_folder
    folder = path.parent
    before = sorted(p.name for p in folder.iterdir())
    target = folder / name
    draw = ("render", str(path), "--process", "転入届", "--out", str(target))
    commands = {
        "報告.xlsx": ("report", str(path), "--out", str(target)),
        "報告.pdf": ("report", str(path), "--out", str(target)),
        "図.png": draw, "図.svg": draw, "図.pdf": draw,
        "流れ.bpmn": ("export-bpmn", str(path), "--process", "転入届", "--out", str(target)),
        "全体.json": ("export-json", str(path), "--out", str(target)),
    }
    line = assert_one_japanese_error_line(run_cli(isolated_config_dir, *commands[name]))
    assert f"書き出せませんでした: {target}（" in line, line
    assert ".tmp" not in line and "Permission denied" not in line and "libpng" not in line, line
    assert "書き込" in line and "フォルダ" in line, line
    assert sorted(p.name for p in folder.iterdir()) == before


def test_cli_new_in_a_read_only_folder_says_so_without_window_advice(
    read_only_folder: tuple[Path, str], isolated_config_dir: Path
) -> None:
    folder = read_only_folder[0].parent
    before = sorted(p.name for p in folder.iterdir())
    target = folder / "新規.jcdesk"
    line = assert_one_japanese_error_line(run_cli(isolated_config_dir, "new", str(target), "--name", "新規"))
    assert "作成できませんでした" in line and "書き込みできるフォルダ" in line and str(target) in line, line
    assert "名前を付けて保存" not in line and "メモリ" not in line, line
    assert sorted(p.name for p in folder.iterdir()) == before
