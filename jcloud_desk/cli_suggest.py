"""``jcloud-desk suggest PROJECT [TEXT ...] [--file LABELS.txt] [--k 5] [--json]``: catalogue suggestions for texts.

Uses ``SuggestService`` — the same index, thesaurus and learned evidence as the GUI (learning follows the user's
setting). One result per text, in order: the TEXT arguments first, then the lines of ``--file`` (one label per
line, blank lines skipped). JSON: ``{"results": [{"text", "suggestions": [{"code", "title", "score", ...}]}]}``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcloud_desk.cli_output import complain
from jcloud_desk.domain.messages import Message
from jcloud_desk.io.label_list import read_label_list
from jcloud_desk.services.settings import SettingsStore

if TYPE_CHECKING:  # the index and its analyser are imported by `suggest` only (not by a GUI start)
    from jcloud_desk.services.suggest_service import SuggestService

Handler = Callable[[argparse.Namespace], int]


EXIT_USAGE = 2


def suggest_document(service: SuggestService, texts: list[str], k: int) -> dict[str, Any]:
    """The JSON document of ``suggest`` for ``texts``."""
    project = service.project
    results = []
    for text, suggestions in service.suggest_texts(texts, k=k):
        rows = []
        for suggestion in suggestions:
            item = project.item[suggestion.item_id]
            catalog = project.catalog.get(item.catalog_id)
            rows.append({"code": item.code, "title": item.title, "score": round(suggestion.score, 4),
                         "item_id": item.id, "catalog": catalog.name if catalog is not None else ""})
        results.append({"text": text, "suggestions": rows})
    return {"results": results}


def cmd_suggest(args: argparse.Namespace, open_project: Callable[[Path], Any],
                print_json: Callable[[object], None]) -> int:
    """Print suggestions for every text (JSON with --json, else one block per text)."""
    texts = list(args.texts)
    if args.file:
        texts.extend(read_label_list(Path(args.file)))
    if not texts or args.k < 1:
        complain(args.lang, Message("cli.suggest_k" if texts else "cli.suggest_nothing"))
        return EXIT_USAGE
    opened = open_project(Path(args.project))
    try:
        from jcloud_desk.services.suggest_service import SuggestService

        service = SuggestService(opened.project, learning=SettingsStore().load().learn_from_links)
        document = suggest_document(service, texts, args.k)
    finally:
        opened.close()
    if args.json:
        print_json(document)
        return 0
    for result in document["results"]:
        print(result["text"].replace("\n", " "))
        for rank, row in enumerate(result["suggestions"], start=1):
            print(f"  {rank}. {row['code']}  {row['title']}  ({row['score']:.3f})")
    return 0


def add_parser(sub: Any, handlers: dict[str, Handler], open_project: Callable[[Path], Any],
               print_json: Callable[[object], None]) -> None:
    """Register ``suggest`` on the sub-parsers of ``jcloud-desk``."""
    p = sub.add_parser("suggest", help="手順の文言から機能ID を提案（GUI と同じ索引・類義語・学習）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("texts", metavar="TEXT", nargs="*")
    p.add_argument("--file", metavar="LABELS.txt", help="1 行に 1 つの文言（UTF-8・Shift_JIS・BOM 付き UTF-16）")
    p.add_argument("--k", type=int, default=5, help="提案の数（既定 5）")
    p.add_argument("--json", action="store_true")
    handlers["suggest"] = lambda args: cmd_suggest(args, open_project, print_json)
