"""Japanese texts of a merge for people: where a conflict is (「転入届 ▸ 受付 の判定」), its field and its values.

Names are looked up with a ``Find`` callable (ours, then theirs, then the common origin), so an entity that one
side deleted is still named.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from jcloud_desk.analysis.labels import (
    decision_ja,
    impl_class_ja,
    municipality_type_ja,
    resolution_ja,
    step_kind_ja,
    verdict_ja,
)
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.municipality_type import MunicipalityType, parse_municipality_type
from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Ref

Find = Callable[[Ref], Any]

KIND_JA: dict[str, str] = {
    "info": "プロジェクト情報", "municipality": "団体", "process": "業務フロー", "lane": "部署", "phase": "工程",
    "step": "手順", "flow": "流れ", "catalog": "機能一覧", "item": "機能", "link": "紐付け", "judgment": "判定",
    "note": "メモ", "request": "カスタマイズ要望",
}

FIELD_JA: dict[str, str] = {
    "name": "名称", "label": "名称", "title": "名称", "municipality": "団体", "business": "業務", "description": "説明",
    "created_at": "作成日時", "adopted_options": "採用する標準オプション", "disabled_checks": "無効にしたチェック",
    "kind": "種類", "notes": "メモ", "note": "メモ", "sort": "並び順", "origin_id": "複製元", "size": "大きさ",
    "pool": "プール", "process_id": "業務フロー", "lane_id": "部署", "phase_id": "工程", "x": "位置（横）",
    "y": "位置（縦）", "step_no": "手順番号", "subprocess_id": "サブプロセス", "attrs": "属性", "source_id": "流れの元",
    "target_id": "流れの先", "version": "版", "source": "出典", "attribution": "出典表示", "imported_at": "取込日時",
    "column_mapping": "列の対応", "previous_id": "前の版", "catalog_id": "機能一覧", "code": "機能ID",
    "impl_class": "実装区分", "path": "分類", "text": "本文", "legacy_code": "旧機能ID",
    "source_locator": "取込元の位置",
    "step_id": "手順", "item_id": "機能", "verdict": "判定", "resolution": "対応方針", "rationale": "理由",
    "owner": "担当", "due_on": "期限", "decision": "決定", "justification": "正当化理由", "lg_code": "団体コード",
    "category": "団体区分", "status": "状況", "author": "記入者", "effort_days": "工数（人日）", "cost": "費用",
    "judged_item_id": "判定時の機能（版）", "catalog_ids": "判定時の機能一覧の版",
}

#: Fields that name another entity, and its kind.
#: Fields that hold a 団体区分 (a key such as "town_village" in stored rows).
_TYPE_FIELDS = frozenset({"category", "municipality_type"})
_REF_FIELDS = {"process_id": "process", "lane_id": "lane", "phase_id": "phase", "subprocess_id": "process",
               "source_id": "step", "target_id": "step", "catalog_id": "catalog", "step_id": "step", "item_id": "item",
               "judged_item_id": "item"}

NONE_TEXT = "（なし）"
DELETED_TEXT = "（削除）"


def _name(find: Find, ref: Ref) -> str:
    entity = find(ref)
    if entity is None:
        return ref.id
    if ref.kind == "step":
        return str(entity.label or step_kind_ja(entity.kind))
    if ref.kind == "item":
        return f"{entity.code} {entity.title}".strip()
    return str(getattr(entity, "name", "") or getattr(entity, "title", "") or ref.id)


def named(ref: Ref, find: Find) -> str:
    """An entity by kind and name: 部署「窓口」, 手順「届出内容を確認」."""
    return f"{KIND_JA.get(ref.kind, ref.kind)}「{_name(find, ref)}」"


def where(ref: Ref, find: Find) -> str:
    """Where an entity is, for people: 「転入届 ▸ 受付」, 「転入届 ▸ 部署「窓口」」, 「住民記録… ▸ 0010001 登録」."""
    entity = find(ref)
    kind = ref.kind
    if kind == "info":
        return KIND_JA["info"]
    if entity is None:
        return f"{KIND_JA.get(kind, kind)} {ref.id}"
    if kind == "judgment":
        return where(Ref("step", entity.id), find)
    process = _name(find, Ref("process", entity.process_id)) if hasattr(entity, "process_id") else ""
    if kind in ("lane", "phase"):
        return f"{process} ▸ {KIND_JA[kind]}「{entity.name}」"
    if kind == "step":
        return f"{process} ▸ {_name(find, ref)}"
    if kind == "flow":
        source, target = _name(find, Ref("step", entity.source_id)), _name(find, Ref("step", entity.target_id))
        return f"{process} ▸ {source} → {target}"
    if kind == "link":
        return f"{where(Ref('step', entity.step_id), find)} ▸ {_name(find, Ref('item', entity.item_id))}"
    if kind == "item":
        return f"{_name(find, Ref('catalog', entity.catalog_id))} ▸ {_name(find, ref)}"
    if kind == "note":
        owner = where(Ref("step", entity.step_id), find) if entity.step_id else process
        return f"{owner} ▸ メモ「{entity.text[:20]}」"
    if kind == "request":
        return f"{KIND_JA[kind]}「{entity.title}」"
    return f"{KIND_JA.get(kind, kind)}「{_name(find, ref)}」"


def conflict_label(ref: Ref, field: str, find: Find) -> str:
    """「転入届 ▸ 受付 の判定」 for a field; 「転入届 ▸ 受付（手順）」 for the entity as a whole (``field`` '*')."""
    place = where(ref, find)
    if field == "*":
        return f"{place}（{KIND_JA.get(ref.kind, ref.kind)}）"
    return f"{place} の{FIELD_JA.get(field, field)}"


def value_text(field: str, value: Any, find: Find) -> str:
    """A field's value for people (Japanese vocabulary labels, names instead of ids)."""
    if value is None:
        return NONE_TEXT
    if field in _REF_FIELDS and isinstance(value, str):
        return _name(find, Ref(_REF_FIELDS[field], value)) if value else NONE_TEXT
    if isinstance(value, Enum):
        return _enum_text(value)
    if field in _TYPE_FIELDS and isinstance(value, str):
        return municipality_type_ja(parse_municipality_type(value)) if value else NONE_TEXT
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list):
        return "、".join(str(v) for v in value) or NONE_TEXT
    if field == "conditions" and isinstance(value, dict):
        return "、".join(f"{municipality_type_ja(parse_municipality_type(str(k)))}: {_class_text(v)}"
                        for k, v in sorted(value.items())) or NONE_TEXT
    if isinstance(value, dict):
        return "、".join(f"{k}={v}" for k, v in sorted(value.items())) or NONE_TEXT
    return str(value) if value != "" else "（空）"


def _class_text(value: object) -> str:
    try:
        return impl_class_ja(ImplClass(str(value)))
    except ValueError:
        return str(value)


def _enum_text(value: Enum) -> str:
    if isinstance(value, Verdict):
        return verdict_ja(value)
    if isinstance(value, Resolution):
        return resolution_ja(value) or NONE_TEXT
    if isinstance(value, Decision):
        return decision_ja(value)
    if isinstance(value, ImplClass):
        return impl_class_ja(value)
    if isinstance(value, StepKind):
        return step_kind_ja(value)
    if isinstance(value, MunicipalityType):
        return municipality_type_ja(value)
    return str(value.value)


def entity_text(entity: Any, base: Any, changed: list[str]) -> str:
    """One side of a whole-entity conflict: deleted, absent, or which fields it changed."""
    if entity is None:
        return DELETED_TEXT if base is not None else NONE_TEXT
    if base is None:
        return "あり"
    if not changed:
        return "変更なし"
    return "変更: " + "・".join(dict.fromkeys(FIELD_JA.get(f, f) for f in changed))
