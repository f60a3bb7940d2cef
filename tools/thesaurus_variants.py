"""Spelling variants (表記ゆれ) for the bundled thesaurus, derived by rule from SudachiDict's synonym dictionary.

Usage: ``python tools/thesaurus_variants.py SYNONYMS.txt >> resources/thesaurus/municipal.csv`` where SYNONYMS.txt
is ``src/main/text/synonyms.txt`` of SudachiDict (Apache-2.0). Not one entry is chosen by hand, and no labelled
set is read. For every word (one lexeme of a synonym group) one of whose spellings occurs in the catalogue (titles,
paths, requirement texts; NFKC, lower case), every *other spelling of that same word* that SudachiDict marks as a
spelling variant (column 7 = 2: okurigana 取消す/取り消す, kanji 年令/年齢 所帯/世帯, katakana
インタフェイス/インタフェース) and that the catalogue does not already use becomes ``variant,catalogue spelling``.
Left out, as not a clerk's spelling: other words of the group (synonyms need a written source, see SOURCE.md),
abbreviations, hiragana-only variants, spellings that share no character with the catalogue's (katakana for kanji,
man'yōgana), targets of fewer than 4 characters without kanji, digits first, terms the thesaurus already has.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "catalogs" / "juki-std-v1-ch3.csv"
THESAURUS = ROOT / "resources" / "thesaurus" / "municipal.csv"
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_HIRAGANA_ONLY = re.compile(r"[\u3041-\u309f]+")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def catalogue_text(path: Path = CATALOGUE) -> str:
    """Every cell of the catalogue CSV, normalised, one string."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return "\n".join(_norm(cell) for row in csv.reader(handle) for cell in row)


def variants(synonyms: Path, corpus: str, known: set[str]) -> list[tuple[str, str, str]]:
    """(variant, catalogue spelling, group id), sorted, by the rule in the module docstring."""
    lexemes: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for line in synonyms.read_text(encoding="utf-8").splitlines():
        cols = line.split(",")
        if len(cols) >= 9:  # group, kind, expansion, lexeme, relation, abbreviation, variant, field, word
            lexemes[(cols[0], cols[3])].append((cols[5], cols[6], _norm(cols[8])))
    found: set[tuple[str, str, str]] = set()
    for (group, _lexeme), forms in lexemes.items():
        targets = [word for abbr, _kind, word in forms if abbr == "0" and len(word) >= 2 and word in corpus]
        if not targets:
            continue
        target = targets[0]
        if not (_KANJI.search(target) or len(target) >= 4) or target[0].isdigit():
            continue
        for abbr, kind, word in forms:
            if (kind == "2" and abbr == "0" and word != target and word not in corpus and word not in known
                    and len(word) >= 2 and not _HIRAGANA_ONLY.fullmatch(word) and not word[0].isdigit()
                    and set(word) & set(target)):
                found.add((word, target, group))
    return sorted(found)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with THESAURUS.open(encoding="utf-8-sig", newline="") as handle:
        known = {row[0] for row in csv.reader(handle) if row}
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for word, target, group in variants(Path(argv[0]), catalogue_text(), known):
        if word in known:  # one spelling can be a variant in two groups: the first one wins
            continue
        known.add(word)
        source = f"SudachiDict synonyms.txt group {group} (spelling variant of one word)"
        writer.writerow([word, target, source, "表記"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
