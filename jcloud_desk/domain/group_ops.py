"""Edit factories for group mode (自治体クラウド): the municipalities of the group, a process copied for another
municipality, and the estimate of a group customization request.

Each returns one Edit for one user action (one undo step); none mutates the project. See docs/DESIGN.md
(Group mode) for how the analysis reads these entities.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jcloud_desk.domain.edits import Add, Batch, Edit, Remove, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.operations import duplicate_process
from jcloud_desk.domain.process import Process, ProcessKind
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.domain.workshop import CustomizationRequest, Municipality

#: 団体区分 offered for a municipality (users may type another one).
#: Digits of a 全国地方公共団体コード (5 digits and a check digit).
LG_CODE_LENGTH = 6
#: The fields of a CustomizationRequest that carry its estimate.
ESTIMATE_FIELDS: tuple[str, ...] = ("effort_days", "cost")
#: Largest accepted estimate per field (a typo guard, far above any real customization).
ESTIMATE_LIMITS: dict[str, float] = {"effort_days": 1_000_000.0, "cost": 1_000_000_000_000.0}


# --- 全国地方公共団体コード ----------------------------------------------------------------------------
def lg_code_well_formed(code: str) -> bool:
    """True for six ASCII digits (the form of a 全国地方公共団体コード)."""
    return len(code) == LG_CODE_LENGTH and code.isascii() and code.isdigit()


def lg_check_digit(code: str) -> str:
    """The check digit of the first five digits of ``code`` (weights 6…2, modulus 11: 13101 → 6)."""
    total = sum(int(digit) * weight for digit, weight in zip(code[:5], (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10)


def lg_check_digit_ok(code: str) -> bool:
    """True when a well-formed code ends in its check digit (131016 千代田区: yes; 131015: no)."""
    return lg_code_well_formed(code) and code[5] == lg_check_digit(code)


# --- the municipalities of the group ----------------------------------------------------------------
def processes_naming(project: Project, name: str) -> list[Process]:
    """The processes whose ``municipality`` is ``name`` (whitespace around it ignored), in display order."""
    name = name.strip()
    return [p for p in project.processes() if name and p.municipality.strip() == name]


@dataclass(frozen=True, slots=True)
class MunicipalityDraft:
    """One row of the municipalities dialog.

    ``id`` names a registered Municipality ('' = not registered). ``original_name`` is the name the processes use
    for an unregistered municipality that only processes name; such a row is registered once it is renamed or
    given a code or 団体区分, and otherwise left alone.
    """

    id: str
    name: str
    lg_code: str = ""
    category: MunicipalityType | str = MunicipalityType.UNKNOWN  # a type, its key or its Japanese name
    original_name: str = ""


def update_municipalities(project: Project, drafts: Sequence[MunicipalityDraft]) -> Edit | None:
    """The edit that makes the municipalities what ``drafts`` say (None when nothing changes).

    Registered municipalities without a draft are removed, unless processes still name them; a renamed
    municipality renames ``Process.municipality`` of its processes in the same edit. Names must be unique.
    """
    names = [d.name.strip() for d in drafts]
    if any(not name for name in names):
        raise DomainError("a municipality needs a name")
    if len(set(names)) != len(names):
        raise DomainError("municipality names must be unique")
    kept = {d.id for d in drafts if d.id}
    unknown = kept - project.municipality.keys()
    if unknown:
        raise DomainError(f"municipality {sorted(unknown)[0]} does not exist")
    edits: list[Edit] = []
    for municipality in project.municipality.values():
        if municipality.id in kept:
            continue
        if processes_naming(project, municipality.name) and municipality.name.strip() not in names:
            raise DomainError(f"processes still name the municipality {municipality.name}")
        edits.append(Remove(Ref("municipality", municipality.id)))
    for draft, name in zip(drafts, names, strict=True):
        values: dict[str, Any] = {"name": name, "lg_code": draft.lg_code.strip(),
                                  "category": MunicipalityType(str(draft.category).strip())}
        if draft.id:
            municipality = project.municipality[draft.id]
            old = municipality.name.strip()
            changed = {key: value for key, value in values.items() if getattr(municipality, key) != value}
            if changed:
                edits.append(SetFields.of(municipality, **changed))
        else:
            old = draft.original_name.strip()
            if old and name == old and not values["lg_code"] and not values["category"]:
                continue
            edits.append(Add(Municipality(id=new_id(), **values)))
        if old and name != old:
            edits.extend(SetFields.of(p, municipality=name) for p in processes_naming(project, old))
    return Batch(tuple(edits)) if edits else None


# --- a process copied for another municipality -------------------------------------------------------
def process_title(process: Process) -> str:
    """A process name without its municipality: 「転入届（みどり市）」 → 「転入届」."""
    name = process.municipality.strip()
    title = process.name.replace(name, "") if name else process.name
    for empty in ("（）", "()", "［］", "[]", "【】"):
        title = title.replace(empty, "")
    return title.strip(" 　-－_・:：") or process.name


def copy_for_municipality(project: Project, process_id: str, municipality: str) -> tuple[str, Edit]:
    """An As-Is copy of a process for ``municipality``, named 「<title>（<municipality>）」.

    The copy keeps its origin (``origin_id`` and each step's ``attrs["origin_step"]``, so the harmonization
    matrix pairs its steps with the source's), its Fit&Gap records as a starting point, and drops the process
    notes (they describe the source municipality).
    """
    name = municipality.strip()
    if not name:
        raise DomainError("a municipality needs a name")
    source = project.process[process_id]
    if name == source.municipality.strip():
        raise DomainError(f"the process already belongs to {name}")
    new_pid, copied = duplicate_process(project, process_id, ProcessKind.AS_IS, f"{process_title(source)}（{name}）")
    return new_pid, Batch((copied, SetFields(Ref("process", new_pid), (("municipality", name), ("notes", "")))))


# --- estimates of group customization requests -------------------------------------------------------
def set_estimate(project: Project, item_id: str, field: str, value: float) -> Edit | None:
    """Make the estimate (``effort_days`` in 人日 or ``cost`` in 円) of the group request for an item ``value``.

    Adds a CustomizationRequest when the item has none; where several carry the item's estimate (their sum),
    the first absorbs the difference. 人日 are rounded to hundredths and 円 to whole yen. None when nothing
    changes; DomainError for a negative, non-finite or absurdly large value.
    """
    if field not in ESTIMATE_FIELDS:
        raise DomainError(f"not an estimate field: {field!r}")
    if item_id not in project.item:
        raise DomainError(f"item {item_id} does not exist")
    if not math.isfinite(value) or value < 0 or value > ESTIMATE_LIMITS[field]:
        raise DomainError(f"not a valid estimate: {value!r}")
    value = round(value, 2) if field == "effort_days" else float(round(value))
    requests = [r for r in project.request.values() if r.item_id == item_id]
    if not requests:
        if value == 0:
            return None
        request = CustomizationRequest(id=new_id(), item_id=item_id)
        setattr(request, field, value)
        return Add(request)
    first, others = requests[0], requests[1:]
    own = round(value - sum(float(getattr(r, field)) for r in others), 2)
    if own < 0:
        raise DomainError(f"the other requests for the item already add up to more than {value}")
    if float(getattr(first, field)) == own:
        return None
    return SetFields.of(first, **{field: own})
