"""Write a file atomically: a temporary file in the same folder, fsync, then a rename over the target.

The temporary file gets ordinary permissions (as ``open()`` would give under the user's umask), not the
private 0600 of ``tempfile.mkstemp``, so exports on a shared drive are readable by colleagues.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from jcloud_desk.io.errors import naming_the_target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` all at once (readers never see a half-written file)."""
    target = Path(path)
    with naming_the_target(target):  # errors name the user's file, not the temporary one
        return _write_bytes_atomic(target, data)


def _write_bytes_atomic(target: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def save_workbook_atomic(workbook: Any, path: str | os.PathLike[str]) -> Path:
    """Save an openpyxl workbook all at once (it is serialised in memory first)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_bytes_atomic(path, buffer.getvalue())
