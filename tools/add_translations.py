"""Append English<TAB>日本語 lines from stdin to tools/translations_ja.py, then run tools/i18n.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "translations_ja.py"


def main() -> int:
    """Read pairs, append the new ones, rebuild the .ts/.qm."""
    text = TARGET.read_text(encoding="utf-8").rstrip()
    assert text.endswith("}")
    namespace: dict[str, dict[str, str]] = {}
    exec(compile(text, str(TARGET), "exec"), namespace)
    known = namespace["TRANSLATIONS"]
    added = []
    for line in sys.stdin.read().splitlines():
        if "\t" not in line:
            continue
        source, translation = line.split("\t", 1)
        if source in known:
            continue
        added.append(f"    {source!r}: {translation!r},\n")
    TARGET.write_text(text[:-1] + "".join(added) + "}\n", encoding="utf-8")
    print(f"added {len(added)} translations")
    return subprocess.call([sys.executable, str(Path(__file__).with_name("i18n.py"))])


if __name__ == "__main__":
    sys.exit(main())
