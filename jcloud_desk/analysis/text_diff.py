"""Character-level differences between two wordings of a requirement (Japanese has no spaces to split words at).

Pure (difflib). ``char_diff`` gives the runs of the old and the new text marked equal, deleted or inserted, so a
view can show them side by side with the differences highlighted.
"""

from __future__ import annotations

import difflib
from enum import StrEnum
from typing import NamedTuple


class Op(StrEnum):
    """What a run of characters is."""

    EQUAL = "equal"
    DELETED = "deleted"  # only in the old text
    INSERTED = "inserted"  # only in the new text


class Run(NamedTuple):
    """A run of characters of one side."""

    op: Op
    text: str


def char_diff(old: str, new: str) -> tuple[list[Run], list[Run]]:
    """The old text's runs (equal / deleted) and the new text's runs (equal / inserted), in order.

    A replaced span is a deletion on the old side and an insertion on the new side. ``autojunk`` is off: in
    Japanese requirement texts frequent characters (の, を, 。) are not noise.
    """
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    before: list[Run] = []
    after: list[Run] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            before.append(Run(Op.EQUAL, old[i1:i2]))
            after.append(Run(Op.EQUAL, new[j1:j2]))
            continue
        if i2 > i1:
            before.append(Run(Op.DELETED, old[i1:i2]))
        if j2 > j1:
            after.append(Run(Op.INSERTED, new[j1:j2]))
    return before, after
