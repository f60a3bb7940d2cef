"""Moments of a GUI start, for ``benchmarks/startup_bench.py``: with ``JCLOUD_DESK_START_TRACE`` set to the launch
time (``time.time()`` of the process that started us), each ``mark`` writes ``start-trace NAME MS`` (milliseconds
since that launch) to stderr. Unset (always, for users), a mark does nothing and prints nothing."""

from __future__ import annotations

import os
import sys
import time

ENV = "JCLOUD_DESK_START_TRACE"
PREFIX = "start-trace "


def mark(name: str) -> None:
    """Note that the start reached ``name`` (one word)."""
    launched = os.environ.get(ENV)
    if not launched:
        return
    try:
        since = (time.time() - float(launched)) * 1000
    except ValueError:
        return
    print(f"{PREFIX}{name} {since:.1f}", file=sys.stderr, flush=True)
