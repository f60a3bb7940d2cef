"""Texts of a merge for people: where a conflict is (「転入届 ▸ 受付 の判定」), its field and its values, each
``Worded`` (a Japanese ``str`` keeping its message, so the CLI words it in ``--lang``).

Names are looked up with a ``Find`` callable (ours, then theirs, then the common origin), so an entity that one
side deleted is still named.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from jcloud_desk.analysis.messages import Worded, worded
from jcloud_desk.analysis.messages_merge import MERGE_MESSAGES
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.municipality_type import MunicipalityType, parse_municipality_type
from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Ref

Find = Callable[[Ref], Any]

#: Japanese names of the kinds and fields (their English in the catalogue: ``merge.one.*``, ``merge.field.*``).
KIND_JA: dict[str, str] = {code.removeprefix("merge.one."): words[1] for code, words in MERGE_MESSAGES.items()
                           if code.startswith("merge.one.")}
FIELD_JA: dict[str, str] = {code.removeprefix("merge.field."): words[1] for code, words in MERGE_MESSAGES.items()
                            if code.startswith("merge.field.")}

#: Fields that hold a 団体区分 (a key such as "town_village" in stored rows).
_TYPE_FIELDS = frozenset({"category", "municipality_type"})
#: Fields that name another entity, and its kind.
_REF_FIELDS = {"process_id": "process", "lane_id": "lane", "phase_id": "phase", "subprocess_id": "process",
               "source_id": "step", "target_id": "step", "catalog_id": "catalog", "step_id": "step", "item_id": "item",
               "judged_item_id": "item"}

NONE_TEXT = worded("merge.none")
DELETED_TEXT = worded("merge.deleted")


def _kind(kind: str) -> Message | str:
    return Message(f"merge.one.{kind}") if kind in KIND_JA else kind


def _name(find: Find, ref: Ref) -> Message | str:
    entity = find(ref)
    if entity is None:
        return ref.id
    if ref.kind == "step":
        return str(entity.label) if entity.label else Message.of("enum", value=StepKind(entity.kind))
    if ref.kind == "item":
        return f"{entity.code} {entity.title}".strip()
    return str(getattr(entity, "name", "") or getattr(entity, "title", "") or ref.id)


def named(ref: Ref, find: Find) -> Worded:
    """An entity by kind and name: 部署「窓口」, 手順「届出内容を確認」."""
    return worded("merge.named", kind=_kind(ref.kind), name=_name(find, ref))


def where(ref: Ref, find: Find) -> Worded:
    """Where an entity is, for people: 「転入届 ▸ 受付」, 「転入届 ▸ 部署「窓口」」, 「住民記録… ▸ 0010001 登録」."""
    entity = find(ref)
    kind = ref.kind
    if kind == "info":
        return worded("merge.one.info")
    if entity is None:
        return worded("merge.id", kind=_kind(kind), id=ref.id)
    if kind == "judgment":
        return where(Ref("step", entity.id), find)
    process = _name(find, Ref("process", entity.process_id)) if hasattr(entity, "process_id") else ""
    if kind in ("lane", "phase"):
        return worded("merge.in", outer=process, inner=Message.of("merge.named", kind=_kind(kind), name=entity.name))
    if kind == "step":
        return worded("merge.in", outer=process, inner=_name(find, ref))
    if kind == "flow":
        return worded("merge.flow", process=process, source=_name(find, Ref("step", entity.source_id)),
                      target=_name(find, Ref("step", entity.target_id)))
    if kind == "link":
        return worded("merge.in", outer=where(Ref("step", entity.step_id), find),
                      inner=_name(find, Ref("item", entity.item_id)))
    if kind == "item":
        return worded("merge.in", outer=_name(find, Ref("catalog", entity.catalog_id)), inner=_name(find, ref))
    if kind == "note":
        owner = where(Ref("step", entity.step_id), find) if entity.step_id else process
        return worded("merge.in", outer=owner, inner=Message.of("merge.named", kind=_kind(kind), name=entity.text[:20]))
    if kind == "request":
        return worded("merge.named", kind=_kind(kind), name=entity.title)
    return worded("merge.named", kind=_kind(kind), name=_name(find, ref))


def conflict_label(ref: Ref, field: str, find: Find) -> Worded:
    """「転入届 ▸ 受付 の判定」 for a field; 「転入届 ▸ 受付（手順）」 for the entity as a whole (``field`` '*')."""
    place = where(ref, find)
    if field == "*":
        return worded("merge.whole", place=place, kind=_kind(ref.kind))
    return worded("merge.field_of", place=place, field=_field(field))


def _field(name: str) -> Message | str:
    return Message(f"merge.field.{name}") if name in FIELD_JA else name


def value_text(field: str, value: Any, find: Find) -> str:
    """A field's value for people (vocabulary labels, names instead of ids; ``Worded`` where words are ours)."""
    if value is None:
        return NONE_TEXT
    if field in _REF_FIELDS and isinstance(value, str):
        if not value:
            return NONE_TEXT
        name = _name(find, Ref(_REF_FIELDS[field], value))
        return Worded(name) if isinstance(name, Message) else name
    if isinstance(value, Enum):
        return _enum_text(value)
    if field in _TYPE_FIELDS and isinstance(value, str):
        return worded("enum", value=parse_municipality_type(value)) if value else NONE_TEXT
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list):
        return worded("list", items=tuple(str(v) for v in value)) if value else NONE_TEXT
    if field == "conditions" and isinstance(value, dict):
        return worded("list", items=tuple(
            Message.of("merge.condition", type=parse_municipality_type(str(k)), impl=_class_text(v))
            for k, v in sorted(value.items()))) if value else NONE_TEXT
    if isinstance(value, dict):
        return worded("list", items=tuple(f"{k}={v}" for k, v in sorted(value.items()))) if value else NONE_TEXT
    return str(value) if value != "" else worded("merge.empty")


def _class_text(value: object) -> ImplClass | str:
    try:
        return ImplClass(str(value))
    except ValueError:
        return str(value)


def _enum_text(value: Enum) -> str:
    if isinstance(value, Verdict | Resolution | Decision | ImplClass | StepKind | MunicipalityType):
        return worded("enum", value=value)
    return str(value.value)


def entity_text(entity: Any, base: Any, changed: list[str]) -> str:
    """One side of a whole-entity conflict: deleted, absent, or which fields it changed."""
    if entity is None:
        return DELETED_TEXT if base is not None else NONE_TEXT
    if base is None:
        return worded("merge.present")
    if not changed:
        return worded("merge.unchanged")
    fields = list(dict.fromkeys(_field(f) for f in changed))
    joined = fields[0]
    for name in fields[1:]:  # 「名称・判定」: joined with ・, not the list separator
        joined = Message.of("merge.dot", before=joined, after=name)
    return worded("merge.changed", fields=joined)
