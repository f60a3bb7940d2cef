"""Reading xlsx files within fixed bounds: unzipped size checked first, only used cells read.

Two shapes of workbook blew up memory before (issue 15): a tiny file declaring its sheet as ``A1:XFD1048576``
with one far cell (openpyxl pads every row to the declared width and yields every row up to the declared
height: billions of empty cells), and a small zip holding a gigantic cell (a few MB compressed, GBs unzipped;
openpyxl loads the shared strings whole when the workbook opens). So:

* ``archive_problem`` reads only the zip directory and refuses a workbook whose parts would unzip to more than
  ``MAX_UNZIPPED_BYTES`` (Python's zip reader never inflates a part past its declared size, so the declared
  sizes bound what can be read);
* ``used_rows`` parses a sheet's XML itself (openpyxl's parser, not its padding): declared dimensions are
  ignored, rows without cells cost nothing, and a row is as wide as its last non-empty cell. One stray value
  far to the right is fine; a sheet whose rows add up to more than ``MAX_CELLS`` cells (counting the empty
  ones up to each row's last value) is refused, naming the row where the budget ran out.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jcloud_desk.analysis.messages import worded

#: Upper bound of the unzipped size of all parts of a workbook (a 100,000-row catalogue is about 60 MB).
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
#: Cells one pass over a sheet may produce (empty ones before a row's last value included): 5 million is
#: 50,000 rows of 100 columns, far beyond a catalogue or a step list, and a few seconds and ~40 MB at most.
MAX_CELLS = 5_000_000


class XlsxLimitError(Exception):
    """A workbook beyond the bounds above; ``reason`` names the cause and the fix (Japanese, ``Worded``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def archive_problem(path: Path) -> str:
    """Why ``path`` is too large to open ('' when it is within bounds or not a readable zip at all)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return ""  # the regular reader reports a broken file in its own words
    total = sum(part.file_size for part in parts)
    if total <= MAX_UNZIPPED_BYTES:
        return ""
    largest = max(parts, key=lambda part: part.file_size)
    return worded("xlsx.unzipped_too_large", total=_megabytes(total), limit=_megabytes(MAX_UNZIPPED_BYTES),
                  part=largest.filename, size=_megabytes(largest.file_size))


def check_archive(path: Path) -> None:
    """Raise ``XlsxLimitError`` when ``archive_problem`` finds one."""
    problem = archive_problem(path)
    if problem:
        raise XlsxLimitError(problem)


def used_rows(
    worksheet: Any, values_only: bool = False, max_cells: int | None = None
) -> Iterator[tuple[int, list[Any]]]:
    """``(row number, cells)`` of each row that has a non-empty cell, of an openpyxl read-only worksheet.

    ``cells`` runs from column A to the row's last non-empty cell: ``ReadOnlyCell`` objects (with their number
    format), or plain values with ``values_only``. Raises ``XlsxLimitError`` past ``max_cells`` cells.
    """
    from openpyxl.cell.read_only import EMPTY_CELL, ReadOnlyCell  # imported here: openpyxl is slow to import
    from openpyxl.utils.cell import get_column_letter
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = worksheet.parent
    budget = MAX_CELLS if max_cells is None else max_cells
    produced = 0
    filler = None if values_only else EMPTY_CELL
    with worksheet._get_source() as source:
        parser = WorkSheetParser(source, worksheet._shared_strings, data_only=workbook.data_only,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for number, row in parser.parse():
            used = [cell for cell in row if cell["value"] is not None and cell["value"] != ""]
            if not used:
                continue
            width = max(cell["column"] for cell in used)
            produced += width
            if produced > budget:
                raise XlsxLimitError(worded("xlsx.sheet_too_large", sheet=worksheet.title, row=f"{number:,}",
                                            column=get_column_letter(width), budget=f"{budget:,}"))
            cells: list[Any] = [filler] * width
            for cell in used:
                column = cell["column"]
                cells[column - 1] = cell["value"] if values_only else ReadOnlyCell(worksheet, **cell)
            yield number, cells
