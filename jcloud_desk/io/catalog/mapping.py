"""Column mapping of a catalogue table: which header feeds which item field, and turning rows into items.

Headers differ by ministry, version and vendor, so the mapping is by header name, guessed from known synonyms
(``guess_mapping``) and editable by the user; it is saved on the catalogue (``Catalog.column_mapping``). Several
columns may share a header name (a merged header cell carried across): their non-empty values are joined with a
space. The hierarchy (大分類 > 中分類 > 小分類) may come from one ``path`` column or from one column per level;
blank levels can carry down from the row above (Excel lists often leave repeated groups blank).

``apply_mapping`` never stops at the first bad row: it returns every problem with its row number, so the
caller can refuse the whole file (nothing is half-imported) and list what to fix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from jcloud_desk.analysis.messages import CATALOGUE, worded
from jcloud_desk.domain.catalog import Catalog, CatalogItem, CatalogKind, ItemKind
from jcloud_desk.domain.ids import stable_id
from jcloud_desk.domain.messages import Message
from jcloud_desk.io.catalog.conditions import read_conditions
from jcloud_desk.io.catalog.csv_reader import catalog_id, item_id
from jcloud_desk.io.catalog.problems import RowProblem, RowWarning
from jcloud_desk.io.catalog.table import HEADER_SYNONYMS, PATH_HEADERS, PATH_LEVEL_HEADERS, normalize_header

if TYPE_CHECKING:
    from jcloud_desk.io.catalog.table import CatalogTable, TableRow

#: Item fields a column can be mapped to, in dialog order.
FIELDS: tuple[str, ...] = ("code", "title", "text", "impl_class", "path", "legacy_code", "remarks", "media",
                          "print_items")
#: Japanese names of the fields (dialog labels and messages).
FIELD_LABELS: dict[str, str] = {name: CATALOGUE[f"catalog.field.{name}"][1] for name in FIELDS}
#: The same names for a 帳票要件 sheet.
FORM_FIELD_LABELS: dict[str, str] = FIELD_LABELS | {
    name: CATALOGUE[f"catalog.form_field.{name}"][1] for name in ("code", "title", "text")}


def field_labels(kind: ItemKind) -> dict[str, str]:
    """Field names worded for functions or for forms."""
    return FORM_FIELD_LABELS if kind is ItemKind.FORM else FIELD_LABELS


def field_name(kind: ItemKind, name: str) -> Message:
    """A field's name as a message (機能ID / 帳票ID …), for reasons worded in the reader's language."""
    if kind is ItemKind.FORM and name in ("code", "title", "text"):
        return Message(f"catalog.form_field.{name}")
    return Message(f"catalog.field.{name}")
REQUIRED_FIELDS: tuple[str, ...] = ("code", "title")
#: Between hierarchy levels in ``CatalogItem.path`` (and between path headers in a saved mapping).
PATH_SEPARATOR = " > "

@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Field → header name ('' when unmapped); ``path`` lists one header per hierarchy level, top first."""

    code: str = ""
    title: str = ""
    text: str = ""
    impl_class: str = ""
    legacy_code: str = ""
    remarks: str = ""  # 備考: read for 団体区分 conditions only
    path: tuple[str, ...] = ()
    fill_down: bool = True  # a blank 分類 cell repeats the level from the row above
    media: str = ""
    print_items: str = ""

    def header_of(self, name: str) -> str:
        """The header mapped to a single-column field ('' when unmapped)."""
        if name not in FIELDS or name == "path":
            raise KeyError(name)
        return str(getattr(self, name))

    def with_field(self, name: str, header: str | Sequence[str]) -> ColumnMapping:
        """A copy with ``name`` mapped to ``header`` ('' unmaps; ``path`` takes a sequence of headers)."""
        if name == "path":
            return replace(self, path=(header,) if isinstance(header, str) else tuple(header))
        self.header_of(name)
        if not isinstance(header, str):
            raise TypeError(f"{name} takes one header")
        values: dict[str, Any] = {name: header}
        return replace(self, **values)

    def headers(self) -> list[str]:
        """Every header the mapping uses."""
        return [h for h in [*(self.header_of(f) for f in FIELDS if f != "path"), *self.path] if h]

    def to_dict(self) -> dict[str, str]:
        """Plain strings for ``Catalog.column_mapping`` (path headers joined by ' > ')."""
        data = {f: self.header_of(f) for f in FIELDS if f != "path" and self.header_of(f)}
        if self.path:
            data["path"] = PATH_SEPARATOR.join(self.path)
        data["fill_down"] = "1" if self.fill_down else "0"
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, str]) -> ColumnMapping:
        """The mapping saved by ``to_dict`` (unknown keys are ignored)."""
        path = tuple(p for p in str(data.get("path", "")).split(PATH_SEPARATOR) if p)
        return cls(code=data.get("code", ""), title=data.get("title", ""), text=data.get("text", ""),
                   impl_class=data.get("impl_class", ""), legacy_code=data.get("legacy_code", ""),
                   remarks=data.get("remarks", ""), path=path, fill_down=data.get("fill_down", "1") != "0",
                   media=data.get("media", ""), print_items=data.get("print_items", ""))


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Map headers by known names (機能ID/要件ID/item_id → code, 機能名称/機能名 → title, 大・中・小分類 → path…)."""
    normalized = [normalize_header(h) for h in headers]

    def first(names: Sequence[str]) -> str:
        for name in names:
            for header, norm in zip(headers, normalized, strict=True):
                if norm == name:
                    return header
        return ""

    single = {f: first(names) for f, names in HEADER_SYNONYMS.items()}
    whole = first(PATH_HEADERS)
    levels = [h for h, n in zip(headers, normalized, strict=True) if n in PATH_LEVEL_HEADERS]
    path = (whole,) if whole else tuple(dict.fromkeys(levels))
    return ColumnMapping.from_dict({**single, "path": PATH_SEPARATOR.join(path)})


#: Header names spelled out when a required column is missing (a sheet may have thousands of columns).
MAX_LISTED_HEADERS = 20
_PLACEHOLDER = re.compile(r"列[A-Z]{1,3}")


def check_mapping(mapping: ColumnMapping, headers: Sequence[str], header_row: int | None = None,
                  kind: ItemKind = ItemKind.FUNCTION) -> list[RowProblem]:
    """Problems of the mapping itself: a required field unmapped, a header that the file does not have."""
    labels = field_labels(kind)
    named = [h for h in headers if not _PLACEHOLDER.fullmatch(h)]  # "列XFD": an empty header cell
    more = Message.of("catalog.more_headers", n=len(named) - MAX_LISTED_HEADERS) \
        if len(named) > MAX_LISTED_HEADERS else ""
    found = Message.of("catalog.headers_found", headers=tuple(named[:MAX_LISTED_HEADERS]), more=more) if named \
        else Message("catalog.no_headers")
    problems = [
        RowProblem(header_row, labels[f], worded("catalog.column_unmapped", field=field_name(kind, f), found=found))
        for f in REQUIRED_FIELDS if not mapping.header_of(f)
    ]
    known = set(headers)
    for f in FIELDS:
        for header in mapping.path if f == "path" else [mapping.header_of(f)]:
            if header and header not in known:
                reason = worded("catalog.column_missing", field=field_name(kind, f), header=header, found=found)
                problems.append(RowProblem(header_row, labels[f], reason))
    return problems


@dataclass(frozen=True, slots=True)
class CatalogMeta:
    """What the user says about a catalogue being imported."""

    name: str
    version: str = ""
    source: str = ""
    kind: CatalogKind = CatalogKind.STANDARD_SPEC
    attribution: str = ""
    imported_at: str = ""
    item_kind: ItemKind = ItemKind.FUNCTION  # what the rows of this table are


def form_item_id(name: str, version: str, code: str) -> str:
    """The stable id of the 帳票 ``code`` of a catalogue (帳票ID are their own namespace, apart from 機能ID)."""
    return stable_id(name, version, "form", code)


def new_catalog(meta: CatalogMeta, mapping: ColumnMapping) -> Catalog:
    """The catalogue record for ``meta`` (stable id from name and version)."""
    return Catalog(id=catalog_id(meta.name, meta.version), name=meta.name, version=meta.version, source=meta.source,
                   kind=meta.kind, attribution=meta.attribution, imported_at=meta.imported_at,
                   column_mapping=mapping.to_dict())


def _columns(headers: Sequence[str], header: str) -> tuple[int, ...]:
    return tuple(i for i, h in enumerate(headers) if header and h == header)


def _value(cells: Sequence[str], columns: tuple[int, ...]) -> str:
    if len(columns) == 1:
        return cells[columns[0]] if columns[0] < len(cells) else ""
    values = [cells[i] for i in columns if i < len(cells) and cells[i]]
    return values[0] if len(values) == 1 else " ".join(dict.fromkeys(values))


def iter_mapped(
    table: CatalogTable, mapping: ColumnMapping, catalog: Catalog, rows: Iterable[TableRow] | None = None,
    kind: ItemKind = ItemKind.FUNCTION, first_sort: int = 0,
) -> Generator[CatalogItem | RowProblem | RowWarning, None, None]:
    """Items of ``catalog``, row problems and warnings, in file order (assumes ``check_mapping`` found nothing).

    A warning (a 団体区分 condition that cannot be read) comes right before its item, which is still imported.

    ``rows`` defaults to ``table.rows()`` (the caller may pass them through a counter).
    Rows with no 機能ID, 機能名称, 機能要件 or 実装区分 are headings or notes, and so are rows where these all
    hold one same text (a note merged across the width): they yield nothing (their 分類 still carries down).
    Items are numbered ``first_sort`` + 1, + 2, … in ``sort``; ``kind`` says whether the rows are 機能 or 帳票.
    """
    columns = {f: _columns(table.headers, mapping.header_of(f)) for f in FIELDS if f != "path"}
    levels = [_columns(table.headers, header) for header in mapping.path]
    current = [""] * len(levels)
    seen: dict[str, int] = {}
    label = field_labels(kind)
    sheet = table.sheet if kind is ItemKind.FORM else ""
    make_id = form_item_id if kind is ItemKind.FORM else item_id
    sort = first_sort
    for row in table.rows() if rows is None else rows:
        cells = row.cells
        values = [_value(cells, level) for level in levels]
        for depth, value in enumerate(values):  # top-down: a new upper level clears the levels below it
            if value:
                current[depth:] = [value] + [""] * (len(current) - depth - 1)
            elif not mapping.fill_down:
                current[depth] = ""
        code = _value(cells, columns["code"])
        code = code if code.isascii() else unicodedata.normalize("NFKC", code)
        title = _value(cells, columns["title"])
        text = _value(cells, columns["text"])
        class_text = _value(cells, columns["impl_class"])
        filled = [v for v in (code, title, text, class_text) if v]
        if not filled or (len(filled) > 1 and len(set(filled)) == 1):
            continue  # a heading or note row, or one note merged across the whole width
        problems: list[RowProblem] = []
        if not code:
            problems.append(RowProblem(row.number, label["code"], worded("catalog.empty",
                                                                         field=field_name(kind, "code"))))
        elif code in seen:
            problems.append(RowProblem(row.number, label["code"],
                                       worded("catalog.duplicate", field=field_name(kind, "code"), code=code,
                                              row=seen[code])))
        else:
            seen[code] = row.number
        if not title:
            problems.append(RowProblem(row.number, label["title"], worded("catalog.empty",
                                                                          field=field_name(kind, "title"))))
        reading = read_conditions(class_text, _value(cells, columns["remarks"]), text)
        impl_class = reading.impl_class
        if impl_class is None:
            problems.append(RowProblem(row.number, label["impl_class"],
                                       worded("catalog.class_unreadable", field=field_name(kind, "impl_class"),
                                              text=class_text)))
        if problems:
            yield from (replace(p, sheet=sheet) for p in problems) if sheet else problems
            continue
        assert impl_class is not None
        sort += 1
        for warning in reading.warnings:
            yield RowWarning(row.number, label["impl_class"], warning)
        yield CatalogItem(
            id=make_id(catalog.name, catalog.version, code), catalog_id=catalog.id, code=code, title=title,
            impl_class=impl_class, path=PATH_SEPARATOR.join(v for v in current if v), text=text,
            legacy_code=_value(cells, columns["legacy_code"]), sort=float(sort),
            source_locator=table.locator(row.number), conditions=dict(reading.conditions),
            condition_note=reading.note, kind=kind, media=_value(cells, columns["media"]),
            print_items=_value(cells, columns["print_items"]),
        )


def apply_mapping(
    table: CatalogTable, mapping: ColumnMapping, meta: CatalogMeta, first_sort: int = 0,
    warnings: list[RowWarning] | None = None,
) -> tuple[Catalog, list[CatalogItem], list[RowProblem]]:
    """Turn every row of ``table`` into an item; problems list every bad row (no items if the mapping is bad).

    Warnings (rows imported as written) are appended to ``warnings`` when given."""
    catalog = new_catalog(meta, mapping)
    problems = check_mapping(mapping, table.headers, table.header_row, meta.item_kind)
    if problems:
        sheet = table.sheet if meta.item_kind is ItemKind.FORM else ""
        return catalog, [], [replace(p, sheet=sheet) for p in problems]
    items: list[CatalogItem] = []
    for entry in iter_mapped(table, mapping, catalog, kind=meta.item_kind, first_sort=first_sort):
        if isinstance(entry, RowProblem):
            problems.append(entry)
        elif isinstance(entry, RowWarning):
            if warnings is not None:
                warnings.append(entry)
        else:
            items.append(entry)
    return catalog, items, problems
