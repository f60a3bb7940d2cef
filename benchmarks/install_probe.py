"""Pure helpers of ``fresh_install_bench``: pip's log, ``-X importtime`` output, what a start wrote to disk."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

# A fontconfig configuration like the system's but whose only cache folder is the user's (XDG_CACHE_HOME): fontconfig
# then scans every font at a new user's first start, as on a machine without a valid system cache.
FONTCONFIG_NO_SYSTEM_CACHE = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
"""

_SIZE = re.compile(r"\(([\d.]+) (bytes|kB|MB|GB)\)")
_UNITS = {"bytes": 1e-6, "kB": 1e-3, "MB": 1.0, "GB": 1e3}
_IMPORT = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")


@dataclass(frozen=True, slots=True)
class Fetched:
    """Where pip got the distributions of one install: downloaded (count, MB), from its HTTP cache, local files."""

    downloaded: int = 0
    downloaded_mb: float = 0.0
    cached: int = 0
    cached_mb: float = 0.0
    local: int = 0

    def describe(self) -> str:
        """One phrase for the report."""
        return (f"{self.downloaded} files downloaded from the index ({self.downloaded_mb:.1f} MB), "
                f"{self.cached} from pip's cache ({self.cached_mb:.1f} MB), {self.local} from local wheel folders")


def _megabytes(line: str) -> float:
    match = _SIZE.search(line)
    return float(match.group(1)) * _UNITS[match.group(2)] if match else 0.0


def parse_pip_fetches(log: str) -> Fetched:
    """Count pip's ``Downloading``, ``Using cached`` and ``Processing /local/file.whl`` lines (``pip install`` without
    ``-q``); ``Processing`` of a folder (the project itself) is not a fetch."""
    downloaded = cached = local = 0
    down_mb = cached_mb = 0.0
    for raw in log.splitlines():
        line = raw.strip()
        if line.startswith("Downloading "):
            downloaded += 1
            down_mb += _megabytes(line)
        elif line.startswith("Using cached "):
            cached += 1
            cached_mb += _megabytes(line)
        elif line.startswith("Processing ") and re.match(r"Processing \S+\.(whl|tar\.gz|zip)\b", line):
            local += 1
    return Fetched(downloaded, round(down_mb, 1), cached, round(cached_mb, 1), local)


@dataclass(frozen=True, slots=True)
class ImportLine:
    """One line of ``python -X importtime``: self and cumulative µs, nesting depth, module."""

    self_us: int
    cumulative_us: int
    depth: int
    module: str


def parse_importtime(stderr: str) -> list[ImportLine]:
    """The ``import time:`` lines of a process's stderr (the header line and anything else skipped)."""
    lines = []
    for line in stderr.splitlines():
        match = _IMPORT.match(line)
        if match:
            lines.append(ImportLine(int(match.group(1)), int(match.group(2)), len(match.group(3)) // 2,
                                    match.group(4)))
    return lines


def importtime_by_package(lines: list[ImportLine]) -> dict[str, int]:
    """Self time (µs) summed per top-level package: where the import time goes, each module counted once."""
    totals: dict[str, int] = defaultdict(int)
    for line in lines:
        totals[line.module.split(".")[0]] += line.self_us
    return dict(totals)


def bytecode_files(folder: Path) -> set[Path]:
    """Every ``.pyc`` under ``folder``."""
    return set(folder.rglob("*.pyc"))


def user_files(home: Path) -> dict[str, int]:
    """Every file under ``home``: relative path → bytes."""
    return {path.relative_to(home).as_posix(): path.stat().st_size for path in home.rglob("*") if path.is_file()}


def describe_files(files: dict[str, int]) -> str:
    """Files grouped by folder: ``.cache/fontconfig: 7 files, 120 kB``; ``none`` when empty."""
    folders: dict[str, list[int]] = defaultdict(list)
    for name, size in files.items():
        folders[name.rpartition("/")[0] or "."].append(size)
    parts = [f"`{folder}`: {len(sizes)} file{'s' if len(sizes) > 1 else ''}, {sum(sizes) / 1000:.0f} kB"
             for folder, sizes in sorted(folders.items())]
    return "; ".join(parts) or "none"


def evict_from_page_cache(*folders: Path) -> int:
    """Drop the cached pages of every file under ``folders`` (``posix_fadvise(DONTNEED)``; files not mapped by a
    running process), so the next start reads them from disk as after a reboot; returns the bytes of those files.
    Only these files: the system's Python and libraries stay cached (other jobs share the machine)."""
    total = 0
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_symlink() or not path.is_file():
                continue
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
                total += os.fstat(descriptor).st_size
            finally:
                os.close(descriptor)
    return total
