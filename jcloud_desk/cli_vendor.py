"""CLI sub-commands of the 帳票 / vendor work (issue 13): import-forms, import-vendor, export-vendor-sheet,
import-vendor-sheet. Registered from ``cli.build_parser``; services and domain only, like ``cli.py``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jcloud_desk.cli_output import UserError, say, say_lines
from jcloud_desk.domain.edits import Edit, batch
from jcloud_desk.domain.project import Project

if TYPE_CHECKING:
    from collections.abc import Callable

    Handler = Callable[[argparse.Namespace], int]


def cmd_import_forms(args: argparse.Namespace) -> int:
    """Import a 現行帳票 inventory (CSV/xlsx) for a municipality as one edit."""
    from jcloud_desk.cli import EXIT_OK, _apply_edit, _service
    from jcloud_desk.services.forms_service import import_inventory

    opened = _service().open(Path(args.project))
    try:
        edit, result = import_inventory(opened.project, Path(args.file), args.municipality)
        if edit is not None:
            _apply_edit(opened, edit)
    finally:
        opened.close()
    say_lines(args.lang, result.lines())
    return EXIT_OK


def _go_live_edit(project: Project, text: str | None) -> Edit | None:
    """The edit setting the project's go-live date from ``--go-live`` (None when not given or unchanged)."""
    from jcloud_desk.domain.edits import SetFields
    from jcloud_desk.io.forms.vendor_answers import parse_date

    if text is None:
        return None
    date = parse_date(text)
    if date is None:
        raise UserError("cli.go_live_unreadable", text=text)
    return None if date == project.meta.go_live_on else SetFields.of(project.meta, go_live_on=date)


def cmd_import_vendor(args: argparse.Namespace) -> int:
    """Import a vendor's conformance answer over a standard catalogue (one edit); unknown ids are listed."""
    from jcloud_desk.cli import EXIT_OK, _apply_edit, _service
    from jcloud_desk.services.vendor_service import import_vendor_answers

    opened = _service().open(Path(args.project))
    try:
        edit, result = import_vendor_answers(opened.project, Path(args.file), args.catalog, args.vendor)
        go_live = _go_live_edit(opened.project, args.go_live)
        edits = [e for e in (edit, go_live) if e is not None]
        if edits:
            _apply_edit(opened, batch(edits))
    finally:
        opened.close()
    say_lines(args.lang, result.lines())
    return EXIT_OK


def cmd_export_vendor_sheet(args: argparse.Namespace) -> int:
    """Write the Fit&Gap sheet for the vendor (one row per step × item, empty answer columns)."""
    from jcloud_desk.cli import EXIT_OK, _read_project
    from jcloud_desk.services.vendor_sheet_service import export_vendor_sheet

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("cli.xlsx_only", path=str(out))
    path, rows = export_vendor_sheet(_read_project(args.project), out, args.vendor)
    say(args.lang, "cli.vendor_sheet_written", path=path, rows=rows)
    return EXIT_OK


def cmd_import_vendor_sheet(args: argparse.Namespace) -> int:
    """Read a filled-in vendor sheet: show the diff, then apply it as one edit (not with --dry-run)."""
    from jcloud_desk.cli import EXIT_OK, _apply_edit, _print_json, _service
    from jcloud_desk.services.vendor_sheet_service import plan_vendor_sheet

    opened = _service().open(Path(args.project), read_only=args.dry_run)
    try:
        plan = plan_vendor_sheet(opened.project, Path(args.file))
        go_live = None if args.dry_run else _go_live_edit(opened.project, args.go_live)
        edits = [e for e in (plan.edit, go_live) if e is not None]
        applied = not args.dry_run and bool(edits)
        if applied:
            _apply_edit(opened, batch(edits))
    finally:
        opened.close()
    if args.json:
        _print_json(plan.to_json(applied, args.lang))
        return EXIT_OK
    say_lines(args.lang, plan.lines())
    say(args.lang, "cli.applied" if applied else "cli.dry_run" if args.dry_run else "cli.no_changes")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], handlers: dict[str, Handler]) -> None:
    """Add this module's sub-commands to the ``jcloud-desk`` parser."""
    p = sub.add_parser("import-forms", help="現行帳票の一覧（CSV / xlsx）を取り込む")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--municipality", metavar="NAME", help="団体名（省略時はプロジェクトの団体）")
    handlers["import-forms"] = cmd_import_forms

    p = sub.add_parser("import-vendor", help="ベンダーの適合回答（○△×）を標準仕様書に重ねて取り込む")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--catalog", metavar="NAME", required=True, help="回答が対象とする機能一覧の名前")
    p.add_argument("--vendor", metavar="NAME", help="ベンダー名（省略時はファイル名）")
    p.add_argument("--go-live", metavar="DATE", help="稼働開始日（これより後の提供予定は「提供時期」のリスク）")
    handlers["import-vendor"] = cmd_import_vendor

    p = sub.add_parser("export-vendor-sheet", help="ベンダーに渡す Fit&Gap 回答シート（.xlsx）を書き出す")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--vendor", metavar="NAME", help="ベンダー名（省略時は回答済みのベンダー）")
    handlers["export-vendor-sheet"] = cmd_export_vendor_sheet

    p = sub.add_parser("import-vendor-sheet", help="記入済みの回答シートを差分を示して取り込む")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="差分を示すだけで取り込まない")
    p.add_argument("--json", action="store_true")
    p.add_argument("--go-live", metavar="DATE", help="稼働開始日も設定する")
    handlers["import-vendor-sheet"] = cmd_import_vendor_sheet
