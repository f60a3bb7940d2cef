"""`jcloud-desk configure PROJECT [--municipality NAME] [--municipality-type TYPE] [--vendor NAME] [--json]`.

Without a group: ``--municipality`` sets the project's municipality (団体名) and ``--municipality-type`` its
団体区分. In a group project (自治体クラウド), when NAME is one of the group's municipalities, the type is set on that
municipality instead. ``--vendor`` chooses whose answers count (one of the imported vendors; ``--vendor ""``
goes back to the vendor with the most answers). With no option the current settings are printed. Exit codes:
0 ok, 1 user error, 2 usage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from jcloud_desk.analysis.messages import WordedError, quoted
from jcloud_desk.analysis.vendor_index import choice_document, vendors
from jcloud_desk.cli_output import say, type_label
from jcloud_desk.domain.edits import Edit, batch
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.municipality_type import TYPES, MunicipalityType, parse_municipality_type
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.project_ops import configure_project, set_municipality_type
from jcloud_desk.services.project_service import ProjectService

#: Values ``--municipality-type`` accepts: the Japanese names and the keys.
TYPE_CHOICES: tuple[str, ...] = (*(t.label_ja for t in TYPES), *(t.value for t in TYPES))


def add_parser(sub: Any) -> None:
    """Register the sub-command on ``sub`` (an argparse sub-parsers action)."""
    p = sub.add_parser("configure", help="プロジェクトの団体名・団体区分を設定（グループでは団体ごと）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--municipality", metavar="NAME", help="団体名（グループでは設定する団体）")
    p.add_argument("--municipality-type", choices=TYPE_CHOICES, metavar="|".join(t.label_ja for t in TYPES),
                   help="団体区分（未設定のプロジェクトは一般市として評価）")
    p.add_argument("--vendor", metavar="NAME", help="回答を使うベンダー（\"\" で回答数の最も多いベンダーに戻す）")
    p.add_argument("--json", action="store_true", help="設定後の内容を JSON で出力")


def settings_document(project: Project) -> dict[str, Any]:
    """The project's 団体 settings (also part of ``info --json``)."""
    kind = project.meta.municipality_type
    return {
        "municipality": project.meta.municipality,
        "municipality_type": kind.value,
        "municipality_type_label": kind.label_ja,
        "evaluated_as": kind.effective.value,
        **choice_document(project),
        "municipalities": [
            {"name": m.name, "municipality_type": m.category.value, "municipality_type_label": m.category.label_ja}
            for m in project.municipality.values()
        ],
    }


class UnknownVendorError(WordedError, DomainError):
    """``--vendor`` names a vendor whose answers the project does not have."""


def vendor_edit(project: Project, name: str) -> Edit | None:
    """Choose the vendor whose answers count (one that answered; "" clears the choice)."""
    name = name.strip()
    known = vendors(project)
    if name and name not in known:
        raise UnknownVendorError(Message.of("cli.vendor_unknown", name=name, names=quoted(known) or Message("none")))
    return configure_project(project, vendor=name)


def configure_edit(project: Project, municipality: str | None, type_text: str | None,
                   vendor: str | None = None) -> Edit | None:
    """The one edit ``configure`` applies (None when nothing changes)."""
    kind = parse_municipality_type(type_text) if type_text else None
    member = next((m for m in project.municipality.values() if municipality and m.name == municipality.strip()),
                  None)
    edits: list[Edit] = []
    if member is not None:
        if kind is not None:
            edit = set_municipality_type(project, member.id, kind)
            if edit is not None:
                edits.append(edit)
    else:
        values: dict[str, object] = {}
        if municipality is not None:
            values["municipality"] = municipality
        if kind is not None:
            values["municipality_type"] = kind
        edit = configure_project(project, **values) if values else None
        if edit is not None:
            edits.append(edit)
    chosen = vendor_edit(project, vendor) if vendor is not None else None
    if chosen is not None:
        edits.append(chosen)
    return batch(edits) if edits else None


def cmd_configure(args: argparse.Namespace, service: ProjectService) -> int:
    """Set (or show) the 団体名 and 団体区分."""
    changes = (args.municipality, args.municipality_type, args.vendor)
    opened = service.open(Path(args.project), read_only=all(value is None for value in changes))
    try:
        edit = configure_edit(opened.project, *changes)
        if edit is not None:
            opened.session.apply(edit)
            if opened.session.last_error is not None:
                raise opened.session.last_error
        document = settings_document(opened.project)
    finally:
        opened.close()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    language = args.lang
    kind = MunicipalityType(document["municipality_type"])
    # the English name of 未設定 says how it is evaluated already
    note = Message("cli.configure_as_city") if kind is MunicipalityType.UNKNOWN and language == "ja" else ""
    name = document["municipality"]
    say(language, "cli.configure", municipality=Message.of("quoted", name=name) if name else
        Message("cli.configure_unset"),
        type=type_label(kind.value, language), note=note)
    for member in document["municipalities"]:
        say(language, "cli.configure_member", name=member["name"],
            type=type_label(member["municipality_type"], language))
    if document["vendors"] or document["vendor_chosen"]:
        fallback = "" if document["vendor_chosen"] else Message("cli.vendor_fallback")
        say(language, "cli.configure_vendor", vendor=document["vendor"], fallback=fallback)
    return 0
