"""Catalogue import API for the UI and the CLI: preview a file with a column mapping, then read it whole.

``preview_catalog`` feeds the column-mapping dialog (headers, guessed mapping, first rows as read and as mapped,
row count, problems). ``read_catalog`` returns a ``CatalogImport`` only when every row is good; otherwise it
raises ``CatalogImportError`` listing all bad rows with their row numbers, so nothing is ever half-imported.
Readers never touch the project: ``services.catalog_service.import_edit`` turns the result into one edit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jcloud_desk.domain.catalog import Catalog, CatalogItem, CatalogKind, ImplClass
from jcloud_desk.io.catalog.mapping import (
    CatalogMeta,
    ColumnMapping,
    apply_mapping,
    check_mapping,
    guess_mapping,
    iter_mapped,
    new_catalog,
)
from jcloud_desk.io.catalog.table import (
    CatalogImportError,
    RowProblem,
    TableRow,
    file_error,
    large_catalog_warning,
    open_table,
)

__all__ = [
    "CatalogImport",
    "CatalogImportError",
    "CatalogPreview",
    "ColumnMapping",
    "RowProblem",
    "preview_catalog",
    "read_catalog",
]

#: Problems kept by a preview (``problem_count`` tells how many there are in all).
MAX_PREVIEW_PROBLEMS = 200


@dataclass(slots=True)
class CatalogPreview:
    """What the mapping dialog shows before anything is imported."""

    path: str
    format: str  # "csv" or "xlsx"
    encoding: str  # CSV: "utf-8-sig", "utf-8" or "cp932"; xlsx: ""
    sheet: str  # xlsx: the sheet read; CSV: ""
    sheets: list[str]
    header_row: int
    headers: list[str]
    mapping: ColumnMapping  # the one given, else the guessed one
    rows: list[TableRow]  # the first data rows as read
    items: list[CatalogItem]  # the good ones among those rows, as mapped
    row_count: int  # non-blank data rows read: the whole file with ``scan_all``, else up to ``max_rows``
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        """True when the file would import as it is."""
        return self.problem_count == 0


@dataclass(slots=True)
class CatalogImport:
    """A catalogue read completely and without problems, ready for ``catalog_service.import_edit``."""

    catalog: Catalog
    items: list[CatalogItem]
    path: str
    format: str
    encoding: str
    sheet: str
    header_row: int
    mapping: ColumnMapping
    warnings: list[str] = field(default_factory=list)

    def class_counts(self) -> dict[ImplClass, int]:
        """Number of items per 実装区分."""
        return dict(Counter(item.impl_class for item in self.items))


def preview_catalog(
    path: Path | str,
    mapping: ColumnMapping | None = None,
    max_rows: int = 20,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    scan_all: bool = True,
) -> CatalogPreview:
    """Read the start of ``path`` (and, with ``scan_all``, check every row) for the mapping dialog.

    Raises ``CatalogImportError`` only when the file itself cannot be read (encoding, broken xlsx, empty);
    mapping and row problems are returned in ``problems``.
    """
    with open_table(path, sheet, header_row) as table:
        used = mapping if mapping is not None else guess_mapping(table.headers)
        problems = check_mapping(used, table.headers, table.header_row)
        preview = CatalogPreview(
            path=str(path), format=table.format, encoding=table.encoding, sheet=table.sheet, sheets=table.sheets,
            header_row=table.header_row, headers=list(table.headers), mapping=used, rows=[], items=[], row_count=0,
            problems=problems, problem_count=len(problems),
        )

        def tapped() -> Iterator[TableRow]:
            with closing(table.rows()) as rows:
                for row in rows:
                    if not scan_all and preview.row_count >= max_rows:
                        return
                    preview.row_count += 1
                    if preview.row_count <= max_rows:
                        preview.rows.append(row)
                    yield row

        if problems:
            for _row in tapped():
                pass
            return preview
        catalog = new_catalog(CatalogMeta("preview"), used)
        with closing(iter_mapped(table, used, catalog, tapped())) as entries:
            for entry in entries:
                if isinstance(entry, CatalogItem):
                    if preview.row_count <= max_rows:  # the row just read is one of those shown
                        preview.items.append(entry)
                    continue
                preview.problem_count += 1
                if len(preview.problems) < MAX_PREVIEW_PROBLEMS:
                    preview.problems.append(entry)
        return preview


def read_catalog(
    path: Path | str,
    name: str,
    version: str = "",
    source: str = "",
    kind: CatalogKind = CatalogKind.STANDARD_SPEC,
    mapping: ColumnMapping | None = None,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    imported_at: str | None = None,
) -> CatalogImport:
    """Read every row of ``path`` into a catalogue named ``name`` at ``version``.

    ``mapping`` None guesses it from the headers. Raises ``CatalogImportError`` listing every problem (bad rows
    with their row numbers, or a mapping missing 機能ID/機能名称 with the headers found) — never a partial result.
    """
    if not name.strip():
        raise file_error(path, "機能一覧の名前を入力してください")
    meta = CatalogMeta(
        name=name.strip(), version=version.strip(), source=source, kind=kind,
        imported_at=imported_at if imported_at is not None else datetime.now().isoformat(timespec="seconds"),
    )
    with open_table(path, sheet, header_row) as table:
        used = mapping if mapping is not None else guess_mapping(table.headers)
        catalog, items, problems = apply_mapping(table, used, meta)
        if problems:
            raise CatalogImportError(str(path), problems)
        if not items:
            raise file_error(path, f"{table.header_row}行目の見出しより下に取り込める行がありません")
        warning = large_catalog_warning(len(items))
        return CatalogImport(catalog=catalog, items=items, path=str(path), format=table.format,
                             encoding=table.encoding, sheet=table.sheet, header_row=table.header_row, mapping=used,
                             warnings=[warning] if warning else [])
