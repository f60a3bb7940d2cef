"""``jcloud-desk import-catalog PROJECT FILE --name N --version V [--functions-sheet S] [--forms-sheet S]
[--revises NAME] [--map OLD_NEW.csv]``.

A catalogue whose name the project already has (or ``--revises NAME``) is a revision: items pair by 機能ID and
legacy id; the similarity proposals are printed but applied only when listed in ``--map`` (a two-column CSV of old
機能ID, new 機能ID; an empty new 機能ID says the old item has no successor). Exit 1 (one line on stderr) for an
unreadable file, an unknown ``--revises`` catalogue or a bad map row.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from jcloud_desk.cli_output import UserError, say, say_lines, warn
from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.messages import Message

Handler = Callable[[argparse.Namespace], int]


def add_import_catalog(sub: argparse._SubParsersAction[argparse.ArgumentParser], handlers: dict[str, Handler],
                       ) -> None:
    """Register the ``import-catalog`` sub-command."""
    p = sub.add_parser("import-catalog", help="機能一覧（CSV / xlsx）を取り込む（同じ名前・--revises で改定版）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", metavar="N")
    p.add_argument("--version", metavar="V")
    p.add_argument("--functions-sheet", metavar="NAME", help="機能要件のシート名（xlsx; 省略時は自動判定）")
    p.add_argument("--forms-sheet", metavar="NAME", help="帳票要件のシート名（xlsx; 指定すると帳票も取り込む）")
    p.add_argument("--revises", metavar="NAME", help="この機能一覧の最新版を改定する（名前が違うとき）")
    p.add_argument("--map", metavar="OLD_NEW.csv", help="旧機能ID,新機能ID の対応表（類似度による候補の確定）")
    handlers["import-catalog"] = cmd_import_catalog


def cmd_import_catalog(args: argparse.Namespace) -> int:
    """Import a function list (CSV/xlsx) as one edit; a revision moves links to the paired new items."""
    from jcloud_desk.analysis.messages import render
    from jcloud_desk.cli import EXIT_OK, _apply_edit, _service
    from jcloud_desk.io.catalog.importer import read_catalog_workbook
    from jcloud_desk.io.catalog.revision_map import read_pair_file
    from jcloud_desk.services.catalog_revision import pairs_from_codes, plan_revision
    from jcloud_desk.services.catalog_service import describe_diff, import_edit, revision_target

    path = Path(args.file)
    name = args.name or path.stem
    opened = _service().open(Path(args.project))  # first: a locked or read-only project is refused before any work
    proposals: list[Message] = []
    try:
        catalog_import = read_catalog_workbook(path, name, args.version or "", source=path.name,
                                               functions_sheet=args.functions_sheet, forms_sheet=args.forms_sheet)
        pair_rows = read_pair_file(Path(args.map)) if args.map else None
        project = opened.project
        previous = revision_target(project, catalog_import.catalog, args.revises)
        pairs = None
        if previous is None and pair_rows is not None:
            raise UserError("cli.catalog_not_revision", name=name)
        if previous is not None:
            match = plan_revision(project, previous, catalog_import.items)
            pairs = match.mapping()
            if pair_rows is not None:
                pairs = pairs_from_codes(project.items_of(previous.id), catalog_import.items, pair_rows, pairs)
            new_code = {item.id: item.code for item in catalog_import.items}
            proposals = [
                Message.of("cli.catalog_proposal", old=project.item[p.old_id].code, new=new_code[p.new_id],
                           score=f"{p.score:.2f}")
                for p in match.proposals if p.old_id not in pairs
            ]
        edit: Edit
        edit, diff = import_edit(project, catalog_import, revises=args.revises, pairs=pairs)
        _apply_edit(opened, edit)
    finally:
        opened.close()
    language = args.lang
    for warning in catalog_import.warnings:  # a row imported as written, a very large catalogue
        warn(language, warning.as_message())
    kinds = catalog_import.kind_counts()
    forms = Message.of("cli.catalog_kinds", functions=kinds["function"], forms=kinds["form"]) \
        if catalog_import.forms_sheet else ""
    say(language, "cli.catalog_imported", name=name, version=args.version or "", n=len(catalog_import.items),
        kinds=forms)
    conditional = sum(1 for item in catalog_import.items if item.conditions)
    if conditional:
        say(language, "cli.catalog_conditional", n=conditional)
    if diff is not None:
        say_lines(language, describe_diff(diff))
    if proposals:
        say(language, "cli.catalog_proposals", n=len(proposals))
        say_lines(language, (render(line, language) for line in proposals))
    return EXIT_OK
