"""Broken or foreign files through the CLI (``info``) and the window (``open_path``): one clear Japanese message,
no traceback, no crash, and the file byte-for-byte unchanged, with no lock or journal left next to it.

``tests/storage/test_file_validation.py`` covers the repository's typed errors; this extends the same kinds of
file to the two user-facing paths.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.schema import MIGRATION_SET
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project
from tests.faults.support import assert_one_japanese_error_line, has_japanese, run_cli, sha256

NOT_A_PROJECT = "プロジェクトファイルではありません"
DAMAGED = "壊れています"
NEWER = "より新しいバージョン"
PAGE = 4096


def _project(path: Path) -> None:
    ProjectService().create_from(path, small_project()).close()


def _truncate_to(size: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        _project(path)
        data = path.read_bytes()
        path.write_bytes(data[: size(len(data))])

    return damage


def _table_pages_randomized(seed: int) -> Callable[[Path], None]:
    """Seeded random bytes over the pages of the step table (used pages: the damage is always detectable)."""

    def damage(path: Path) -> None:
        _project(path)
        conn = sqlite3.connect(path)
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'step'").fetchone()[0]
        conn.close()
        data = bytearray(path.read_bytes())
        rnd = random.Random(seed)
        start = (root - 1) * PAGE + rnd.randrange(0, 64)
        data[start : start + PAGE] = rnd.randbytes(PAGE)
        path.write_bytes(bytes(data))

    return damage


def _random_bytes_in_middle(seed: int) -> Callable[[Path], None]:
    """Seeded random bytes somewhere in the middle third (may land in unused space: then the file still opens)."""

    def damage(path: Path) -> None:
        _project(path)
        data = bytearray(path.read_bytes())
        rnd = random.Random(seed)
        offset = rnd.randrange(len(data) // 3, 2 * len(data) // 3)
        data[offset : offset + 512] = rnd.randbytes(512)
        path.write_bytes(bytes(data))

    return damage


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _text_file(path: Path) -> None:
    path.write_text("氏名,住所\n山田 太郎,東京都千代田区\n", encoding="utf-8")


def _xlsx_renamed(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")


def _other_apps_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.jp/')")
    conn.close()


def _newer_migration(path: Path) -> None:
    _project(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [MIGRATION_SET, "m999_from_the_future", "2031-04-01 00:00:00+00:00"],
        )
    conn.close()


def _unknown_enum_value(path: Path) -> None:
    """A newer version's step kind without a migration: the value cannot be read, the file is not touched."""
    _project(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE step SET kind = 'quantum_task' WHERE id = 's-check'")
    conn.close()


@dataclass(frozen=True)
class Case:
    """A broken file and the phrases its message may contain (empty: opening cleanly is also acceptable)."""

    make: Callable[[Path], None]
    phrases: tuple[str, ...]


CASES: dict[str, Case] = {
    "truncated to 50 bytes": Case(_truncate_to(lambda n: 50), (NOT_A_PROJECT,)),
    "truncated to 100 bytes": Case(_truncate_to(lambda n: 100), (DAMAGED,)),
    "truncated to the first page": Case(_truncate_to(lambda n: PAGE), (DAMAGED,)),
    "truncated to half": Case(_truncate_to(lambda n: n // 2), (DAMAGED,)),
    "last page missing": Case(_truncate_to(lambda n: n - PAGE), (DAMAGED,)),
    "step pages random (seed 1)": Case(_table_pages_randomized(1), (DAMAGED,)),
    "step pages random (seed 2)": Case(_table_pages_randomized(2), (DAMAGED,)),
    "512 random bytes (seed 3)": Case(_random_bytes_in_middle(3), ()),
    "512 random bytes (seed 4)": Case(_random_bytes_in_middle(4), ()),
    "zero bytes": Case(_zero_bytes, (NOT_A_PROJECT,)),
    "text file": Case(_text_file, (NOT_A_PROJECT,)),
    "xlsx renamed": Case(_xlsx_renamed, (NOT_A_PROJECT,)),
    "another app's sqlite": Case(_other_apps_sqlite, (NOT_A_PROJECT,)),
    "newer format (unknown migration)": Case(_newer_migration, (NEWER,)),
    "newer value (unknown step kind)": Case(_unknown_enum_value, (DAMAGED,)),
}


@dataclass(frozen=True)
class Prepared:
    """One broken file, its hash before anything touched it, and the CLI's answer."""

    path: Path
    digest: str
    info: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Prepared]]:
    """Every case in its own folder, with ``info`` run on all of them in parallel (start-up dominates)."""
    root = tmp_path_factory.mktemp("bad-files")
    config = root / "config"
    paths: dict[str, Path] = {}
    for index, (name, case) in enumerate(CASES.items()):
        folder = root / f"case{index:02d}"
        folder.mkdir()
        paths[name] = folder / "受信した 案件.jcdesk"
        case.make(paths[name])
    digests = {name: sha256(path) for name, path in paths.items()}
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(run_cli, config, "info", str(path)) for name, path in paths.items()}
        results = {name: future.result() for name, future in futures.items()}
    yield {name: Prepared(paths[name], digests[name], results[name]) for name in CASES}


def _assert_untouched(item: Prepared) -> None:
    assert sha256(item.path) == item.digest, "the file must be left byte-for-byte as it was"
    assert [p.name for p in item.path.parent.iterdir()] == [item.path.name], "no lock, journal or backup left"


@pytest.mark.parametrize("name", list(CASES))
def test_cli_info(prepared: dict[str, Prepared], name: str) -> None:
    item, case = prepared[name], CASES[name]
    if not case.phrases and item.info.returncode == 0:
        assert item.info.stdout.startswith("プロジェクト:"), "undetected damage landed in unused space"
    else:
        line = assert_one_japanese_error_line(item.info)
        assert any(phrase in line for phrase in case.phrases or (DAMAGED, NOT_A_PROJECT)), line
        assert str(item.path) in line, "the message names the file"
    _assert_untouched(item)


@pytest.mark.parametrize("name", list(CASES))
def test_window_open(
    prepared: dict[str, Prepared], name: str, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    item, case = prepared[name], CASES[name]
    dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a, **k: dialogs.append((title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail(f"unexpected question {a}"))
    opened = main_window.open_path(item.path)
    if not case.phrases and opened:
        assert main_window.opened is not None and not dialogs
        main_window.close()  # releases the lock before the folder is checked
    else:
        assert not opened, "a broken file is not shown"
        assert main_window.opened is None
        assert len(dialogs) == 1, dialogs
        title, text = dialogs[0]
        assert has_japanese(title) and has_japanese(text), dialogs[0]
        assert str(item.path) in text
    _assert_untouched(item)


def test_window_keeps_the_open_project_when_the_next_file_is_broken(
    prepared: dict[str, Prepared], main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a broken file from a window that shows a project leaves that project open and editable."""
    good = tmp_path / "good.jcdesk"
    _project(good)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    assert main_window.open_path(good)
    assert not main_window.open_path(prepared["truncated to half"].path)
    assert main_window.opened is not None and main_window.opened.path == good
    assert not main_window.opened.session.detached
    _assert_untouched(prepared["truncated to half"])
