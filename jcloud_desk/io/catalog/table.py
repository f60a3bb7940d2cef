"""Read a catalogue file (CSV or xlsx) into a raw table of strings, streamed row by row.

The first step of every catalogue import: find the text encoding (UTF-8 with or without BOM, CP932), the sheet
that looks like the requirement list (機能・帳票要件), and the header row among the first rows (title rows above
it are common), by scoring known header names. Merged cells (headers spanning columns, 大分類 spanning rows) are
un-merged by carrying the top-left value across the range; furigana (``<rPh>`` phonetic runs) never reaches the
text. Rows keep their 1-based source row number (CSV: the record number, as a spreadsheet shows it) and the
sheet name, so every problem and every item can name where it came from. Nothing is loaded whole: rows are
read lazily from the file each time ``CatalogTable.rows`` is iterated, so a 100,000-row file stays bounded.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from jcloud_desk.analysis.messages import worded
from jcloud_desk.io.catalog.problems import (
    MAX_CATALOG_ROWS,
    CatalogImportError,
    RowProblem,
    file_error,
    too_many_rows_reason,
)
from jcloud_desk.io.text_decoding import UNDECODABLE, bom_encoding, strip_bidi_controls
from jcloud_desk.io.xlsx_limits import XlsxLimitError, check_archive, used_rows

#: Rows searched for the header (title rows and notes often sit above it).
HEADER_SCAN_ROWS = 30
#: Known header names per field, normalized (see ``normalize_header``), best first.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("機能id", "要件id", "項目id", "機能コード", "帳票id", "帳票番号", "帳票コード", "item_id", "code", "id"),
    "title": ("機能名称", "機能名", "帳票名称", "帳票名", "名称", "要件名", "項目名", "title", "name"),
    "text": ("機能要件", "要件", "要件文", "要件内容", "機能概要", "機能説明", "帳票概要", "概要", "説明", "text",
             "description"),
    "impl_class": ("実装区分", "class_current", "class_v1", "区分"),
    "legacy_code": ("旧機能id", "要件番号", "section_no"),
    "remarks": ("備考", "remarks", "団体区分", "適用団体"),
    "media": ("出力形式/媒体", "出力形式・媒体", "出力形式", "出力媒体", "媒体", "media"),
    "print_items": ("帳票詳細要件", "印字項目", "帳票詳細", "print_items"),
}
#: A single column holding the whole hierarchy ("1. 管理項目 > 1.1. 住民データ").
PATH_HEADERS: tuple[str, ...] = ("path", "分類パス", "階層")
#: One column per hierarchy level, top level first.
PATH_LEVEL_HEADERS: tuple[str, ...] = (
    "大分類", "中分類", "小分類", "大項目", "中項目", "小項目", "章", "節", "chapter",
)
KNOWN_HEADERS = frozenset(
    [name for names in HEADER_SYNONYMS.values() for name in names] + [*PATH_HEADERS, *PATH_LEVEL_HEADERS]
)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_CHUNK = 1 << 18
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ZEROS = re.compile(r"0+")
_INVISIBLE = "\ufeff\u200b"
_MERGE_CELL = re.compile(rb'<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref="([A-Za-z]{1,3}[0-9]+:[A-Za-z]{1,3}[0-9]+)"')


def normalize_header(text: str) -> str:
    """Header text for matching: NFKC (full/half width), no whitespace, lower case, no ※ mark or brackets."""
    value = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
    value = re.sub(r"[※*]\d*$", "", value)
    return value.strip("()[]【】「」<>")


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a header: the number of distinct known header names in it."""
    return len({name for name in map(normalize_header, cells) if name in KNOWN_HEADERS})


def clean_cell(value: Any, number_format: str = "General") -> str:
    """A cell as plain text: numbers without '.0' (zero-padded by a '0000000' format), dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        return text.zfill(len(number_format)) if _ZEROS.fullmatch(number_format) else text
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = str(value)
    if "_x" in text:
        text = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return clean_text(text)


def clean_text(text: str) -> str:
    """Text without surrounding blanks (also a stray BOM or zero-width space), line breaks as '\\n', and without
    bidirectional controls (``U+202E`` would make a 機能名称 display differently from what it contains)."""
    text = strip_bidi_controls(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    if text and (text[0] in _INVISIBLE or text[-1] in _INVISIBLE):
        text = text.strip(_INVISIBLE).strip()
    return text


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its 1-based row number in the source and its cells as plain strings."""

    number: int
    cells: tuple[str, ...]


RawRows = Generator[tuple[int, list[str]], None, None]
RowSource = Callable[[], RawRows]


@dataclass(slots=True)
class CatalogTable:
    """A catalogue file seen as a table: header names and a lazily read, re-iterable sequence of data rows."""

    path: Path
    format: str  # "csv" or "xlsx"
    headers: list[str]
    header_row: int
    data_start: int
    _source: RowSource = field(repr=False)
    encoding: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    _close: Callable[[], None] = field(default=lambda: None, repr=False)

    def rows(self) -> Generator[TableRow, None, None]:
        """Non-blank rows below the header, read from the file now (close the iterator if you stop early).

        Raises ``CatalogImportError`` at the first row past ``MAX_CATALOG_ROWS``.
        """
        count = 0
        for number, cells in self._source():
            if number >= self.data_start and any(cells):
                count += 1
                if count > MAX_CATALOG_ROWS:
                    raise file_error(self.path, too_many_rows_reason(number))
                yield TableRow(number, tuple(cells))

    def locator(self, row: int) -> str:
        """Where a row comes from: 'sheet!12' for a workbook, 'file.csv:12' for CSV."""
        return f"{self.sheet}!{row}" if self.sheet else f"{self.path.name}:{row}"

    def close(self) -> None:
        """Release the file (an xlsx workbook stays open while the table is in use)."""
        self._close()

    def __enter__(self) -> CatalogTable:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


# --- CSV ------------------------------------------------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """'utf-8-sig' / 'utf-16' (BOM), 'utf-8' or 'cp932', checked over the whole file in chunks (bounded memory)."""
    with path.open("rb") as stream:
        marked = bom_encoding(stream.read(4))
        for encoding in (marked,) if marked else ("utf-8", "cp932"):
            stream.seek(0)
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                while chunk := stream.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                continue
            return encoding
    raise file_error(path, UNDECODABLE)


def _csv_source(path: Path, encoding: str, delimiter: str) -> RowSource:
    def rows() -> RawRows:
        with path.open(encoding=encoding, newline="") as stream:
            reader = csv.reader(stream, delimiter=delimiter)
            number = 0
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    reason = worded("read.csv_quotes", detail=str(exc))
                    raise CatalogImportError(str(path), [RowProblem(number + 1, "", reason)]) from exc
                number += 1
                yield number, [clean_text(cell) for cell in cells]

    return rows


def _sniff_delimiter(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, newline="") as stream:
        head = stream.read(65536)
    lines = [line for line in head.splitlines() if line.strip()][:HEADER_SCAN_ROWS]
    return "\t" if sum(line.count("\t") for line in lines) > sum(line.count(",") for line in lines) else ","


# --- xlsx -----------------------------------------------------------------------------------------------------

MergedRange = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row


def _merged_ranges(path: Path, worksheet_path: str) -> list[MergedRange]:
    """Merged cell ranges of one sheet, found by scanning its XML in chunks (fast, bounded memory).

    ``<mergeCell ref="A1:B2"/>`` can only be markup (a '<' in cell text is escaped), so no XML parse is needed.
    """
    from openpyxl.utils.cell import range_boundaries  # imported here: openpyxl costs ~0.1 s at start-up

    ranges: list[MergedRange] = []
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(worksheet_path.lstrip("/")) as source:
        while chunk := source.read(_CHUNK):
            data = tail + chunk
            last_end = 0
            for match in _MERGE_CELL.finditer(data):
                ranges.append(range_boundaries(match.group(1).decode("ascii").upper()))
                last_end = match.end()
            tail = data[max(last_end, len(data) - 1024):]  # a tag cut at the chunk's end is completed next time
    return ranges


class _MergeFiller:
    """Carries each merged range's top-left value into every cell of the range, row by row."""

    def __init__(self, ranges: list[MergedRange]) -> None:
        self._starting: dict[int, list[MergedRange]] = {}
        for bounds in ranges:
            self._starting.setdefault(bounds[1], []).append(bounds)
        self._active: list[tuple[MergedRange, str]] = []

    def fill(self, number: int, cells: list[str]) -> list[str]:
        self._active = [(b, v) for b, v in self._active if b[3] >= number]
        for bounds in self._starting.get(number, ()):
            value = cells[bounds[0] - 1] if bounds[0] <= len(cells) else ""
            self._active.append((bounds, value))
        for (min_col, _min_row, max_col, _max_row), value in self._active:
            if value:
                cells.extend([""] * (max_col - len(cells)))
                for index in range(min_col - 1, max_col):
                    cells[index] = cells[index] or value
        return cells


def _xlsx_rows(worksheet: Any, ranges: list[MergedRange]) -> RawRows:
    filler = _MergeFiller(ranges)
    for number, row in used_rows(worksheet):  # declared dimensions ignored: only cells that exist are read
        cells = [clean_cell(cell.value, cell.number_format if isinstance(cell.value, int | float) else "")
                 for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        yield number, filler.fill(number, cells)


def _open_workbook(path: Path, stream: BinaryIO) -> Any:
    """A read-only workbook on ``stream`` (a file object: openpyxl refuses a path not named .xlsx)."""
    magic = stream.read(4)
    stream.seek(0)
    if magic == _OLE_MAGIC:
        raise file_error(path, worded("read.xls"))
    if magic != _ZIP_MAGIC:
        raise file_error(path, worded("read.not_xlsx"))
    try:
        check_archive(path)  # before openpyxl loads the shared strings whole
    except XlsxLimitError as exc:
        raise file_error(path, exc.reason) from exc
    import openpyxl  # imported here: openpyxl costs ~0.1 s at start-up, and only xlsx files need it

    try:
        return openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zip, XML, key and value errors for broken files
        raise file_error(path, worded("read.not_xlsx")
                         ) from exc


def _choose_sheet(workbook: Any, wanted: str | None, path: Path) -> Any:
    sheets = list(workbook.worksheets)
    for sheet in sheets:
        sheet.reset_dimensions()  # some writers store a wrong size; the rows themselves are the truth
    if wanted is not None:
        for sheet in sheets:
            if sheet.title == wanted:
                return sheet
        raise file_error(path, worded("read.no_sheet", sheet=wanted,
                                                    sheets=", ".join(s.title for s in sheets)))
    if not sheets:
        raise file_error(path, worded("read.no_worksheet"))

    def score(sheet: Any) -> tuple[bool, int, bool]:
        with closing(_xlsx_rows(sheet, [])) as rows:
            best = max((header_score(cells) for _number, cells in islice(rows, HEADER_SCAN_ROWS)), default=0)
        # a 帳票-only sheet (帳票要件, 帳票一覧) is not the function list when another sheet has headers too
        forms_only = "帳票" in sheet.title and "機能" not in sheet.title
        return best > 0 and not forms_only, best, "機能" in sheet.title or "要件" in sheet.title

    return max(sheets, key=score)  # max keeps the first of equals


def _guarded(path: Path, source: RowSource) -> RowSource:
    """Turn any parser failure while streaming a workbook into a CatalogImportError naming the row."""

    def rows() -> RawRows:
        number = 0
        try:
            for number, cells in source():
                yield number, cells
        except CatalogImportError:
            raise
        except XlsxLimitError as exc:
            raise file_error(path, exc.reason) from exc
        except Exception as exc:  # broken XML or shared string index inside the zip
            raise CatalogImportError(str(path), [RowProblem(number + 1, "", worded("read.bad_row"))]) from exc

    return rows


# --- both -----------------------------------------------------------------------------------------------------


def _header_names(cells: Sequence[str], width: int) -> list[str]:
    from openpyxl.utils.cell import get_column_letter

    names = [" ".join(cell.split()) for cell in cells] + [""] * (width - len(cells))
    return [name or f"列{get_column_letter(index + 1)}" for index, name in enumerate(names)]


def open_table(path: Path | str, sheet: str | None = None, header_row: int | None = None) -> CatalogTable:
    """Open ``path`` (CSV, TSV or xlsx) as a table; ``sheet`` and ``header_row`` override the detection.

    Raises ``CatalogImportError`` (a ``CatalogFormatError``) for unreadable files, never zip or XML errors.
    """
    path = Path(path)
    try:
        with path.open("rb") as stream:
            magic = stream.read(4)
    except OSError as exc:
        raise file_error(path, worded("read.cannot_open", detail=exc.strerror or exc)) from exc
    if path.suffix.lower() in _XLSX_SUFFIXES or magic in (_ZIP_MAGIC, _OLE_MAGIC):
        return _open_xlsx(path, sheet, header_row)
    encoding = detect_encoding(path)
    source = _csv_source(path, encoding, _sniff_delimiter(path, encoding))
    return _finish(CatalogTable(path, "csv", [], 0, 0, encoding=encoding, _source=source), [], header_row)


def _open_xlsx(path: Path, sheet: str | None, header_row: int | None) -> CatalogTable:
    stream = path.open("rb")
    try:
        workbook = _open_workbook(path, stream)
    except BaseException:
        stream.close()
        raise

    def close() -> None:
        workbook.close()
        stream.close()

    try:
        try:
            worksheet = _choose_sheet(workbook, sheet, path)
            ranges = _merged_ranges(path, worksheet._worksheet_path)  # openpyxl 3.1: the sheet's part name
        except CatalogImportError:
            raise
        except XlsxLimitError as exc:
            raise file_error(path, exc.reason) from exc
        except Exception as exc:  # broken sheet XML, a shared string index out of range …
            raise file_error(path, worded("read.bad_sheet")) from exc
        source = _guarded(path, lambda: _xlsx_rows(worksheet, ranges))
        table = CatalogTable(path, "xlsx", [], 0, 0, sheet=worksheet.title,
                             sheets=[s.title for s in workbook.worksheets], _source=source, _close=close)
        return _finish(table, ranges, header_row)
    except BaseException:
        close()
        raise


def _finish(table: CatalogTable, ranges: list[MergedRange], header_row: int | None) -> CatalogTable:
    """Find the header row (best score among the first rows) and where the data starts below it."""
    with closing(table._source()) as rows:
        head = [(number, cells) for number, cells in islice(rows, max(HEADER_SCAN_ROWS, header_row or 0))
                if any(cells)]
    if not head:
        table.close()
        raise file_error(table.path, worded("read.no_data"))
    if header_row is None:
        best = max(head, key=lambda row: header_score(row[1]))  # first of the best
        header_row = best[0] if header_score(best[1]) else head[0][0]
    cells = next((cells for number, cells in head if number == header_row), None)
    if cells is None:
        table.close()
        raise file_error(table.path, worded("read.header_empty", row=header_row))
    width = max([len(c) for _number, c in head] + [len(cells)])
    table.headers = _header_names(cells, width)
    table.header_row = header_row
    # a header cell merged downwards (two-row headers) makes the rows it covers part of the header
    bottom = max([r[3] for r in ranges if r[1] <= header_row <= r[3]], default=header_row)
    table.data_start = bottom + 1
    return table
