"""CLI sub-commands of the 帳票 / vendor work (issue 13): import-forms, import-vendor, export-vendor-sheet,
import-vendor-sheet. Registered from ``cli.build_parser``; services and domain only, like ``cli.py``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

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
    for line in result.lines():
        print(line)
    return EXIT_OK


def _go_live_edit(project: Project, text: str | None) -> Edit | None:
    """The edit setting the project's go-live date from ``--go-live`` (None when not given or unchanged)."""
    from jcloud_desk.cli import UserError
    from jcloud_desk.domain.edits import SetFields
    from jcloud_desk.io.forms.vendor_answers import parse_date

    if text is None:
        return None
    date = parse_date(text)
    if date is None:
        raise UserError(f"--go-live の日付を読めません: {text}（例: 2026-04-01）")
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
    for line in result.lines():
        print(line)
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
