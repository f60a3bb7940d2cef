"""benchmarks/install_probe.py: reading pip's log and `-X importtime`, and what a start left on disk."""

from __future__ import annotations

from pathlib import Path

from benchmarks.install_probe import (
    Fetched,
    describe_files,
    evict_from_page_cache,
    importtime_by_package,
    parse_importtime,
    parse_pip_fetches,
    user_files,
)

PIP_LOG = """Obtaining file:///tmp/x/src
  Installing build dependencies: started
Collecting PySide6-Essentials==6.11.3 (from jcloud-desk==0.1.0)
  Downloading pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl (80.3 MB)
Collecting networkx==3.6.1 (from jcloud-desk==0.1.0)
  Processing /opt/pypi/files/networkx-3.6.1-py3-none-any.whl (from jcloud-desk==0.1.0)
Collecting sqlite-utils==4.2.1
  Using cached sqlite_utils-4.2.1-py3-none-any.whl (99 kB)
Collecting mypy_extensions
  Downloading mypy_extensions-1.2.0-py3-none-any.whl (5.1 kB)
Collecting tiny
  Downloading tiny-1.0-py3-none-any.whl (812 bytes)
Processing ./src
"""

IMPORTTIME = """import time: self [us] | cumulative | imported package
import time:       120 |        120 |   _io
import time:      1500 |       1500 |     PySide6.QtCore
import time:       300 |       1800 |   PySide6
import time:        40 |       1840 | jcloud_desk.ui
some other line on stderr
import time:      2000 |       3840 | jcloud_desk
"""


def test_pip_log_counts_downloads_cache_hits_and_local_wheels() -> None:
    fetched = parse_pip_fetches(PIP_LOG)
    assert fetched == Fetched(downloaded=3, downloaded_mb=80.3, cached=1, cached_mb=0.1, local=1)
    assert "3 files downloaded from the index (80.3 MB)" in fetched.describe()


def test_importtime_lines_are_parsed_with_their_depth() -> None:
    lines = parse_importtime(IMPORTTIME)
    assert [(line.module, line.depth, line.self_us, line.cumulative_us) for line in lines] == [
        ("_io", 1, 120, 120), ("PySide6.QtCore", 2, 1500, 1500), ("PySide6", 1, 300, 1800),
        ("jcloud_desk.ui", 0, 40, 1840), ("jcloud_desk", 0, 2000, 3840)]


def test_self_time_is_summed_per_top_level_package() -> None:
    assert importtime_by_package(parse_importtime(IMPORTTIME)) == {"_io": 120, "PySide6": 1800, "jcloud_desk": 2040}


def test_files_a_start_wrote_are_grouped_by_folder(tmp_path: Path) -> None:
    (tmp_path / ".cache" / "fontconfig").mkdir(parents=True)
    for name in ("a-le64.cache-8", "b-le64.cache-8"):
        (tmp_path / ".cache" / "fontconfig" / name).write_bytes(b"x" * 1500)
    (tmp_path / "settings.json").write_text("{}", encoding="utf-8")
    files = user_files(tmp_path)
    assert files == {".cache/fontconfig/a-le64.cache-8": 1500, ".cache/fontconfig/b-le64.cache-8": 1500,
                     "settings.json": 2}
    assert describe_files(files) == "`.`: 1 file, 0 kB; `.cache/fontconfig`: 2 files, 3 kB"
    assert describe_files({}) == "none"


def test_eviction_counts_the_files_it_drops_and_leaves_them_intact(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"a" * 3000)
    (tmp_path / "b.pyc").write_bytes(b"b" * 1000)
    (tmp_path / "link.so").symlink_to(tmp_path / "lib" / "a.so")
    assert evict_from_page_cache(tmp_path, tmp_path / "lib") == 3000 + 1000 + 3000
    assert (tmp_path / "lib" / "a.so").read_bytes() == b"a" * 3000
