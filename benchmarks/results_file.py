"""RESULTS.md: every benchmark script owns one "## …" section of it and replaces only that section."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(title: str, body: str, new_file_header: str = "# Benchmark results\n",
                  results: Path = RESULTS) -> None:
    """Replace (or append) the section headed ``title`` (e.g. "## Auto-layout"); other sections stay.

    ``new_file_header`` starts the file when it does not exist yet.
    """
    text = results.read_text(encoding="utf-8") if results.exists() else new_file_header
    section = f"{title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(title)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    results.write_text(text, encoding="utf-8")
