"""Read a CSV/xlsx table whose columns are found by header synonyms (現行帳票 inventories, vendor answers).

Uses the catalogue table reader (encodings, merged cells, furigana, row numbers) but finds the header row by this
table's own header names, so title rows above it do not matter. Every problem carries its row number.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from jcloud_desk.analysis.messages import CATALOGUE, worded
from jcloud_desk.domain.messages import Message
from jcloud_desk.io.catalog.problems import CatalogImportError, RowProblem, file_error
from jcloud_desk.io.catalog.table import HEADER_SCAN_ROWS, normalize_header, open_table

Synonyms = Mapping[str, tuple[str, ...]]


class TableImportError(CatalogImportError):
    """A table (inventory, vendor answers) that cannot be imported; ``problems`` lists every bad row."""

    kind = "file"


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: its 1-based row number and its cells by field name ('' when the column is absent)."""

    row: int
    values: Mapping[str, str]
    locator: str

    def get(self, name: str) -> str:
        """The cell of field ``name`` ('' when absent)."""
        return self.values.get(name, "")


def _columns(headers: Sequence[str], synonyms: Synonyms) -> dict[str, int]:
    normalized = [normalize_header(h) for h in headers]
    found: dict[str, int] = {}
    for name, words in synonyms.items():
        for word in words:
            if word in normalized:
                found[name] = normalized.index(word)
                break
    return found


def read_records(path: Path | str, synonyms: Synonyms, required: Sequence[str], labels: Mapping[str, str],
                 sheet: str | None = None, error: type[TableImportError] = TableImportError
                 ) -> tuple[list[Record], list[str]]:
    """Every non-blank data row of ``path`` as records, and the header names found.

    Raises ``TableImportError`` when the file cannot be read or a required column is missing (naming the headers
    found); row-level checks are the caller's.
    """
    with open_table(path, sheet, 1) as probe, closing(probe.rows()) as rows:
        head = [(1, list(probe.headers))] + [(r.number, list(r.cells)) for r in islice(rows, HEADER_SCAN_ROWS)]
    best = max(head, key=lambda row: len(_columns(row[1], synonyms)))
    header_row = best[0] if _columns(best[1], synonyms) else 1
    with open_table(path, sheet, header_row) as table:
        columns = _columns(table.headers, synonyms)
        missing = [name for name in required if name not in columns]
        if missing:
            found = tuple(table.headers)
            reasons = [(labels[name], worded("table.column_missing", field=_field(name, labels), headers=found))
                       for name in missing]
            raise error(str(path), [RowProblem(header_row, column, reason) for column, reason in reasons])
        records = [Record(row.number, {name: row.cells[i] if i < len(row.cells) else ""
                                       for name, i in columns.items()}, table.locator(row.number))
                   for row in table.rows()]
        return records, list(table.headers)


def _field(name: str, labels: Mapping[str, str]) -> Message | str:
    """The name of a column in the message's language (its Japanese label when the catalogue has none)."""
    code = f"table.field.{name}"
    return Message(code) if code in CATALOGUE and CATALOGUE[code][1] == labels[name] else labels[name]


def raise_problems(path: Path | str, problems: list[RowProblem], error: type[TableImportError]) -> None:
    """Raise ``error`` listing ``problems`` (nothing when there are none)."""
    if problems:
        raise error(str(path), problems)


def parse_count(text: str) -> int | None:
    """An annual count as written (「1,200」「1200件」「１２００」); None when it is not a number; 0 for blank."""
    import unicodedata

    value = unicodedata.normalize("NFKC", text).replace(",", "").strip().removesuffix("件").removesuffix("枚")
    if not value:
        return 0
    return int(value) if value.isdigit() else None


def iter_nonblank(records: list[Record]) -> Iterator[Record]:
    """Records with at least one non-empty field."""
    return (record for record in records if any(record.values.values()))


__all__ = ["Record", "TableImportError", "file_error", "parse_count", "raise_problems", "read_records"]
