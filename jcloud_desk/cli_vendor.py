"""CLI sub-commands of the 帳票 / vendor work (issue 13): import-forms, import-vendor, export-vendor-sheet,
import-vendor-sheet. Registered from ``cli.build_parser``; services and domain only, like ``cli.py``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], handlers: dict[str, Handler]) -> None:
    """Add this module's sub-commands to the ``jcloud-desk`` parser."""
    p = sub.add_parser("import-forms", help="現行帳票の一覧（CSV / xlsx）を取り込む")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--municipality", metavar="NAME", help="団体名（省略時はプロジェクトの団体）")
    handlers["import-forms"] = cmd_import_forms
