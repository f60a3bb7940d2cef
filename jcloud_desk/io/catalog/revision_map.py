"""The OLD_NEW pair file of a catalogue revision (``import-catalog --map``): two columns, old 機能ID and new 機能ID.

An empty new 機能ID says the old item has no successor (it is removed, even if a similarity proposal existed).
A first row naming neither an old nor a new code is a header (``services.catalog_revision.pairs_from_codes``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.io.errors import FormatError
from jcloud_desk.io.text_decoding import read_decoded


class PairFileError(FormatError):
    """A pair file that cannot be read."""

    kind = "pair_file"


@dataclass(frozen=True, slots=True)
class PairRow:
    """One row of an OLD_NEW pair file: the old 機能ID and the new one ('' = the old item has no successor)."""

    row: int
    old_code: str
    new_code: str


def read_pair_file(path: Path) -> list[PairRow]:
    """The rows of a two-column CSV (old 機能ID, new 機能ID; UTF-8 with or without BOM, or CP932).

    Blank rows are skipped; a first row that names neither an old nor a new code is a header (see
    ``services.catalog_revision.pairs_from_codes``). Raises ``PairFileError`` for a row with more than two
    non-empty cells.
    """
    text = read_decoded(path, PairFileError)
    rows: list[PairRow] = []
    for number, cells in enumerate(csv.reader(text.splitlines()), start=1):
        values = [cell.strip() for cell in cells]
        if not any(values):
            continue
        if len([v for v in values if v]) > 2 or not values[0]:
            raise PairFileError(str(path), number, worded("read.pair_columns"))
        rows.append(PairRow(number, values[0], values[1] if len(values) > 1 else ""))
    return rows
