"""Read a catalogue (機能一覧) from the bundled CSV format (``resources/catalogs/*.csv``).

Columns used: ``item_id`` → code, ``title``, ``class_current`` (or ``class_v1``) → 実装区分, and optionally
``section_no`` → 要件番号 (legacy code), ``path``, ``text`` and ``remarks``/``備考``; 団体区分 conditions are read
from the class cell, the remarks and the text (``conditions.read_conditions``). Other columns are ignored.
The file may be
UTF-8 with or without BOM, or CP932 (Excel on Japanese Windows). Ids are name-based, so reading the same
file twice gives equal objects. A later importer adds a user-editable column mapping; this reader is the
small, fixed-format one used for the bundled catalogue and the sample project.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jcloud_desk.domain.catalog import Catalog, CatalogItem, CatalogKind, ImplClass
from jcloud_desk.domain.ids import stable_id
from jcloud_desk.io.catalog.conditions import read_conditions
from jcloud_desk.io.errors import CatalogFormatError
from jcloud_desk.io.text_decoding import UNDECODABLE, decode_japanese_text

#: 実装区分 wording (current and first-edition) → ImplClass.
IMPL_CLASS_LABELS: dict[str, ImplClass] = {
    "実装必須機能": ImplClass.MANDATORY,
    "標準オプション機能": ImplClass.OPTIONAL,
    "実装不可機能": ImplClass.PROHIBITED,
    "実装すべき機能": ImplClass.MANDATORY,
    "実装してもしなくても良い機能": ImplClass.OPTIONAL,
    "実装しない機能": ImplClass.PROHIBITED,
}

REQUIRED_COLUMNS: tuple[str, ...] = ("item_id", "title")
CLASS_COLUMNS: tuple[str, ...] = ("class_current", "class_v1")

def decode_text(data: bytes, path: str = "") -> str:
    """Decode a text file: UTF-8 (with or without BOM), else CP932."""
    text = decode_japanese_text(data)
    if text is None:
        raise CatalogFormatError(path, None, UNDECODABLE)
    return text


def _cell(cells: list[str], columns: dict[str, int], column: str) -> str:
    index = columns.get(column)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def catalog_id(name: str, version: str) -> str:
    """The stable id of a catalogue named ``name`` at ``version``."""
    return stable_id("catalog", name, version)


def item_id(name: str, version: str, code: str) -> str:
    """The stable id of the item ``code`` of a catalogue."""
    return stable_id(name, version, code)


def read_catalog_csv(
    path: Path | str, name: str, version: str = "", source: str = ""
) -> tuple[Catalog, list[CatalogItem]]:
    """Read ``path`` into a catalogue and its items (in file order).

    Raises ``CatalogFormatError`` naming the row for a missing column, an empty or duplicate ``item_id``
    and an unknown 実装区分; ``OSError`` if the file cannot be read.
    """
    path = Path(path)
    where = str(path)
    text = decode_text(path.read_bytes(), where)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise CatalogFormatError(where, 1, "見出し行がありません（空のファイルです）") from None
    except csv.Error as exc:
        raise CatalogFormatError(where, 1, f"CSV の形式が不正です: {exc}") from exc
    columns = {label: index for index, label in reversed(list(enumerate(header))) if label}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    class_column = next((c for c in CLASS_COLUMNS if c in columns), None)
    if class_column is None:
        missing.append(CLASS_COLUMNS[0])
    if missing:
        raise CatalogFormatError(where, 1, "必須の列がありません: " + ", ".join(missing))
    assert class_column is not None

    catalog = Catalog(id=catalog_id(name, version), name=name, version=version, source=source,
                      kind=CatalogKind.STANDARD_SPEC)
    items: list[CatalogItem] = []
    seen: dict[str, int] = {}
    row_no = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CatalogFormatError(where, row_no + 1, f"CSV の形式が不正です: {exc}") from exc
        row_no += 1
        if not any(cell.strip() for cell in cells):
            continue  # blank line (trailing rows of a spreadsheet export)
        code = _cell(cells, columns, "item_id")
        if not code:
            raise CatalogFormatError(where, row_no, "item_id が空です")
        if code in seen:
            raise CatalogFormatError(where, row_no, f"item_id 「{code}」が重複しています（{seen[code]} 行目と同じ）")
        seen[code] = row_no
        label = _cell(cells, columns, class_column)
        text = _cell(cells, columns, "text")
        reading = read_conditions(label, _cell(cells, columns, "remarks") or _cell(cells, columns, "備考"), text)
        impl_class = IMPL_CLASS_LABELS.get(label) or (reading.impl_class if label else None)
        if impl_class is None:
            raise CatalogFormatError(where, row_no, f"実装区分「{label}」は不明です")
        items.append(
            CatalogItem(
                id=item_id(name, version, code),
                catalog_id=catalog.id,
                code=code,
                title=_cell(cells, columns, "title"),
                impl_class=impl_class,
                path=_cell(cells, columns, "path"),
                text=text,
                legacy_code=_cell(cells, columns, "section_no"),
                sort=float(len(items) + 1),
                conditions=dict(reading.conditions),
                condition_note=reading.note,
            )
        )
    return catalog, items
