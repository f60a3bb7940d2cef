"""The comparison engines some benchmarks measure against; ``--write`` refuses to record a section without them.

A run without Graphviz ``dot``, grandalf or fugashi prints "not installed" rows, which is fine to look at but would
replace the measured comparison in RESULTS.md with nothing: a script that compares names its engines in
``BASELINES`` and checks ``require`` before it writes; ``benchmarks.regenerate`` checks them all up front.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys

#: name -> (what it is, how to install it)
ENGINES = {
    "dot": ("Graphviz dot (layout comparison)", "apt-get install -y graphviz"),
    "grandalf": ("grandalf 0.8 (layout comparison)", 'pip install -e ".[bench]"'),
    "fugashi": ("fugashi + unidic-lite (word analyser comparison)", 'pip install -e ".[bench]"'),
}


def installed(name: str) -> bool:
    """Whether the engine ``name`` of ENGINES is available here."""
    if name == "dot":
        return shutil.which("dot") is not None
    if name == "fugashi":
        return all(importlib.util.find_spec(module) is not None for module in ("fugashi", "unidic_lite"))
    return importlib.util.find_spec(name) is not None


def missing(*names: str) -> list[str]:
    """One line per engine of ``names`` that is not installed: what it is and how to install it."""
    return [f"{ENGINES[name][0]}: {ENGINES[name][1]}" for name in names if not installed(name)]


def refused(*names: str) -> bool:
    """True (and says so on stderr) when an engine of ``names`` is not installed: RESULTS.md must not be written."""
    lines = missing(*names)
    if lines:
        print("RESULTS.md not written: the comparison needs what is not installed here:\n  " + "\n  ".join(lines),
              file=sys.stderr)
    return bool(lines)


def require(*names: str) -> None:
    """Exit with code 2 (RESULTS.md untouched) unless every engine of ``names`` is installed."""
    if refused(*names):
        raise SystemExit(2)
