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

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.catalog import Catalog, CatalogItem, CatalogKind, ImplClass, ItemKind
from jcloud_desk.io.catalog.mapping import (
    CatalogMeta,
    ColumnMapping,
    apply_mapping,
    check_mapping,
    guess_mapping,
    iter_mapped,
    new_catalog,
)
from jcloud_desk.io.catalog.problems import (
    CatalogImportError,
    RowProblem,
    RowWarning,
    file_error,
    large_catalog_warning,
)
from jcloud_desk.io.catalog.table import CatalogTable, TableRow, open_table

__all__ = [
    "CatalogImport",
    "CatalogImportError",
    "CatalogPreview",
    "ColumnMapping",
    "RowProblem",
    "RowWarning",
    "guess_forms_sheet",
    "preview_catalog",
    "read_catalog",
    "read_catalog_workbook",
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
    #: every item of the file with 団体区分 conditions or a conditional note (with ``scan_all``), file order
    conditional: list[CatalogItem] = field(default_factory=list)
    #: conditions that could not be read (the rows import as written)
    warnings: list[RowWarning] = field(default_factory=list)

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
    forms_sheet: str = ""  # the 帳票要件 sheet read as well ('' for none)
    forms_mapping: ColumnMapping | None = None
    #: rows imported as written that deserve a look, and a very large catalogue (``large_catalog_warning``)
    warnings: list[RowWarning] = field(default_factory=list)

    def class_counts(self) -> dict[ImplClass, int]:
        """Number of items per 実装区分."""
        return dict(Counter(item.impl_class for item in self.items))

    def kind_counts(self) -> dict[str, int]:
        """Number of items per kind (``{"function": n, "form": m}``, both keys always present)."""
        counts = Counter(item.kind.value for item in self.items)
        return {kind.value: counts[kind.value] for kind in (ItemKind.FUNCTION, ItemKind.FORM)} | dict(counts)


def preview_catalog(
    path: Path | str,
    mapping: ColumnMapping | None = None,
    max_rows: int = 20,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    scan_all: bool = True,
    kind: ItemKind = ItemKind.FUNCTION,
) -> CatalogPreview:
    """Read the start of ``path`` (and, with ``scan_all``, check every row) for the mapping dialog.

    Raises ``CatalogImportError`` only when the file itself cannot be read (encoding, broken xlsx, empty);
    mapping and row problems are returned in ``problems``.
    """
    with open_table(path, sheet, header_row) as table:
        used = mapping if mapping is not None else guess_mapping(table.headers)
        problems = check_mapping(used, table.headers, table.header_row, kind)
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
        with closing(iter_mapped(table, used, catalog, tapped(), kind=kind)) as entries:
            for entry in entries:
                if isinstance(entry, CatalogItem):
                    if preview.row_count <= max_rows:  # the row just read is one of those shown
                        preview.items.append(entry)
                    if entry.conditions or entry.condition_note:
                        preview.conditional.append(entry)
                    continue
                if isinstance(entry, RowWarning):
                    preview.warnings.append(entry)
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
        raise file_error(path, worded("read.no_name"))
    meta = CatalogMeta(
        name=name.strip(), version=version.strip(), source=source, kind=kind,
        imported_at=imported_at if imported_at is not None else datetime.now().isoformat(timespec="seconds"),
    )
    with open_table(path, sheet, header_row) as table:
        used = mapping if mapping is not None else guess_mapping(table.headers)
        warnings: list[RowWarning] = []
        catalog, items, problems = apply_mapping(table, used, meta, warnings=warnings)
        if problems:
            raise CatalogImportError(str(path), problems)
        if not items:
            raise file_error(path, worded("read.no_rows", row=table.header_row))
        return CatalogImport(catalog=catalog, items=items, path=str(path), format=table.format,
                             encoding=table.encoding, sheet=table.sheet, header_row=table.header_row, mapping=used,
                             warnings=warnings + _large(len(items)))


def guess_forms_sheet(sheets: list[str], functions_sheet: str) -> str:
    """The sheet that looks like the 帳票要件 list (帳票 in its name, not the functions sheet), else ''."""
    return next((s for s in sheets if s != functions_sheet and "帳票" in s), "")


def read_catalog_workbook(
    path: Path | str,
    name: str,
    version: str = "",
    source: str = "",
    kind: CatalogKind = CatalogKind.STANDARD_SPEC,
    mapping: ColumnMapping | None = None,
    *,
    functions_sheet: str | None = None,
    forms_sheet: str | None = None,
    forms_mapping: ColumnMapping | None = None,
    imported_at: str | None = None,
) -> CatalogImport:
    """Read the 機能要件 sheet and (when ``forms_sheet`` is given) the 帳票要件 sheet of one workbook as one catalogue.

    Problems of both sheets are collected (the 帳票 ones name their sheet) and raised together; nothing is imported
    half. Without ``forms_sheet`` this is ``read_catalog``.
    """
    at = imported_at if imported_at is not None else datetime.now().isoformat(timespec="seconds")
    if not forms_sheet:
        return read_catalog(path, name, version, source, kind, mapping, sheet=functions_sheet, imported_at=at)
    if not name.strip():
        raise file_error(path, worded("read.no_name"))
    meta = CatalogMeta(name=name.strip(), version=version.strip(), source=source, kind=kind, imported_at=at)
    with open_table(path, functions_sheet) as table:
        used = mapping if mapping is not None else guess_mapping(table.headers)
        warnings: list[RowWarning] = []
        catalog, items, problems = apply_mapping(table, used, meta, warnings=warnings)
        first = _table_facts(table)
    if first[2] == forms_sheet:
        raise file_error(path, worded("read.same_sheet", sheet=forms_sheet))
    with open_table(path, forms_sheet) as table:
        forms_used = forms_mapping if forms_mapping is not None else guess_mapping(table.headers)
        form_meta = CatalogMeta(name=meta.name, version=meta.version, item_kind=ItemKind.FORM)
        _catalog, forms, form_problems = apply_mapping(table, forms_used, form_meta, first_sort=len(items),
                                                        warnings=warnings)
        problems += form_problems
        if not forms and not form_problems:
            problems.append(RowProblem(None, "", worded("read.no_forms", row=table.header_row),
                                       sheet=table.sheet))
    if problems:
        raise CatalogImportError(str(path), problems)
    catalog.column_mapping = used.to_dict() | {f"form_{k}": v for k, v in forms_used.to_dict().items()}
    return CatalogImport(catalog=catalog, items=items + forms, path=str(path), format=first[0], encoding=first[1],
                         sheet=first[2], header_row=first[3], mapping=used, forms_sheet=forms_sheet,
                         forms_mapping=forms_used, warnings=warnings + _large(len(items) + len(forms)))


def _large(count: int) -> list[RowWarning]:
    """The very-large-catalogue warning as a row warning of no row (``large_catalog_warning``), if any."""
    text = large_catalog_warning(count)
    return [RowWarning(None, "", text)] if text else []


def _table_facts(table: CatalogTable) -> tuple[str, str, str, int]:
    return table.format, table.encoding, table.sheet, table.header_row
