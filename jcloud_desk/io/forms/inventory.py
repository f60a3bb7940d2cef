"""Read a 現行帳票 inventory (CSV/xlsx): the forms an office prints today, mapped to standard 帳票.

Columns are found by name: 帳票名 (required), 送付先, 年間件数, 備考, 帳票ID (or 「独自帳票」 written in it), 独自帳票
(○), 差異, 対応方法, 団体. Every bad row is reported with its number; nothing is imported while there is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jcloud_desk.analysis.messages import Worded, worded
from jcloud_desk.domain.forms import (
    DIFFERENCE_JA,
    ROUTE_JA,
    CurrentForm,
    FormDifference,
    FormRoute,
    parse_difference,
    parse_route,
)
from jcloud_desk.domain.ids import stable_id
from jcloud_desk.io.catalog.problems import RowProblem
from jcloud_desk.io.forms.tables import TableImportError, iter_nonblank, parse_count, raise_problems, read_records

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("帳票名", "現行帳票名", "帳票名称", "現行帳票", "名称", "name"),
    "recipient": ("送付先", "交付先", "提出先", "宛先", "受取人", "recipient"),
    "volume": ("年間件数", "年間発行件数", "年間枚数", "件数", "annual_volume"),
    "notes": ("備考", "メモ", "notes"),
    "code": ("帳票id", "標準帳票id", "対応する帳票id", "form_code"),
    "own": ("独自帳票", "own_form"),
    "difference": ("差異", "差異の種類", "差異区分", "difference"),
    "route": ("対応方法", "対応方針", "対応", "route"),
    "municipality": ("団体", "団体名", "municipality"),
}
LABELS: dict[str, str] = {"name": "帳票名", "volume": "年間件数", "difference": "差異", "route": "対応方法",
                          "code": "帳票ID", "own": "独自帳票"}
DIFFERENCES = "／".join(v for v in DIFFERENCE_JA.values() if v)
ROUTES = "／".join(v for v in ROUTE_JA.values() if v)
_TRUE = {"○", "〇", "◯", "はい", "yes", "true", "1", "独自", "独自帳票"}


class InventoryImportError(TableImportError):
    """A 現行帳票 file that cannot be imported."""

    kind = "inventory"


@dataclass(frozen=True, slots=True)
class InventoryRow:
    """One form read from the file, with the municipality name its row gives ('' when none)."""

    form: CurrentForm
    municipality_name: str
    row: int


def current_form_id(municipality_id: str, name: str) -> str:
    """The stable id of a 現行帳票 of a municipality: re-importing the same name updates it."""
    return stable_id("current_form", municipality_id, name)


def read_inventory(path: Path | str, municipality_id: str = "", sheet: str | None = None) -> list[InventoryRow]:
    """Every form of the file for ``municipality_id`` ('' = the project's own); raises with every bad row."""
    records, _headers = read_records(path, SYNONYMS, ("name",), LABELS, sheet, InventoryImportError)
    problems: list[RowProblem] = []
    rows: list[InventoryRow] = []
    seen: dict[str, int] = {}
    for record in iter_nonblank(records):
        name = record.get("name")

        def problem(field: str, reason: Worded, row: int = record.row) -> None:
            problems.append(RowProblem(row, LABELS[field], reason))

        if not name:
            problem("name", worded("inventory.no_name"))
            continue
        if name in seen:
            problem("name", worded("inventory.duplicate", name=name, row=seen[name]))
            continue
        seen[name] = record.row
        volume = parse_count(record.get("volume"))
        difference = parse_difference(record.get("difference"))
        route = parse_route(record.get("route"))
        if volume is None:
            problem("volume", worded("inventory.volume", text=record.get("volume")))
        if difference is None:
            problem("difference", worded("inventory.difference", text=record.get("difference"), known=DIFFERENCES))
        if route is None:
            problem("route", worded("inventory.route", text=record.get("route"), known=ROUTES))
        if volume is None or difference is None or route is None:
            continue
        code = record.get("code")
        own = record.get("own").strip().casefold() in _TRUE or code in ("独自帳票", "独自")
        if code in ("独自帳票", "独自", "-", "－", "なし"):
            code = ""
        form = CurrentForm(id=current_form_id(municipality_id, name), name=name, municipality=municipality_id,
                           recipient=record.get("recipient"), annual_volume=volume, notes=record.get("notes"),
                           form_code=code, own_form=own, difference=difference or FormDifference.NONE,
                           route=route or FormRoute.NONE, sort=float(len(rows) + 1))
        rows.append(InventoryRow(form, record.get("municipality"), record.row))
    raise_problems(path, problems, InventoryImportError)
    if not rows:
        raise InventoryImportError(str(path), [RowProblem(None, "", worded("inventory.none"))])
    return rows
