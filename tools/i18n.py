"""Update resources/i18n/jcloud_desk_ja.ts from the UI sources, fill known translations, build the .qm.

Usage: python tools/i18n.py   (after adding tr() strings, add their Japanese to tools/translations_ja.py or to
a topic file tools/translations_ja_<topic>.py that defines its own ``TRANSLATIONS`` dict; all are merged)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "jcloud_desk_ja.ts"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "tools"))

import importlib  # noqa: E402


def _all_translations() -> dict[str, str]:
    """tools/translations_ja.py plus every tools/translations_ja_*.py, merged (a later file never overrides)."""
    merged: dict[str, str] = {}
    for path in sorted((ROOT / "tools").glob("translations_ja*.py")):
        for source, text in importlib.import_module(path.stem).TRANSLATIONS.items():
            merged.setdefault(source, text)
    return merged


TRANSLATIONS = _all_translations()


def main() -> int:
    """Run lupdate, fill, lrelease; print the strings still untranslated."""
    sources = sorted(str(p) for p in (ROOT / "jcloud_desk" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in TRANSLATIONS:
            translation.text = TRANSLATIONS[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
