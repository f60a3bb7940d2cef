"""Edit factories for Fit&Gap work: judgments, links between steps and catalogue items, adopted options."""

from __future__ import annotations

from typing import Any

from jcloud_desk.domain.edits import Add, Edit, Remove, SetFields, batch
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.domain.vendor import OptionDecision, OptionStatus, option_decision_id


class RetiredItemError(DomainError):
    """A step cannot be linked to an item of a superseded (retired) catalogue version."""

    def __init__(self, code: str) -> None:
        super().__init__(f"機能「{code}」は改定前の版（旧版）の機能です。最新の版の機能に紐付けてください")
        self.code = code


JUDGMENT_FIELDS = frozenset({"verdict", "resolution", "rationale", "owner", "due_on", "decision", "justification"})


def set_judgment(project: Project, step_id: str, **values: Any) -> Edit | None:
    """Set fields of a step's judgment, creating it when the step has none; None when nothing changes."""
    if step_id not in project.step:
        raise DomainError(f"no such step: {step_id}")
    unknown = set(values) - JUDGMENT_FIELDS
    if unknown:
        raise DomainError(f"not a judgment field: {', '.join(sorted(unknown))}")
    for name, kind in (("verdict", Verdict), ("resolution", Resolution), ("decision", Decision)):
        if name in values and not isinstance(values[name], kind):
            raise DomainError(f"{name}: {kind.__name__} expected, got {values[name]!r}")
    for name in JUDGMENT_FIELDS - {"verdict", "resolution", "decision"}:
        if name in values and not isinstance(values[name], str):
            raise DomainError(f"{name}: text expected, got {values[name]!r}")
    current = project.judgment.get(step_id)
    if current is None:
        fresh = Judgment(id=step_id, **values)
        if fresh == Judgment(id=step_id):
            return None
        fresh.catalog_ids = linked_catalog_ids(project, step_id)
        return Add(fresh)
    changed = {k: v for k, v in values.items() if getattr(current, k) != v}
    if changed and set(changed) & _VERSIONED_FIELDS:
        versions = linked_catalog_ids(project, step_id)
        if versions != current.catalog_ids:
            changed["catalog_ids"] = versions
    return SetFields(Ref("judgment", step_id), tuple(changed.items())) if changed else None


#: Judgment fields whose change re-judges the step against the catalogue versions it links to today.
_VERSIONED_FIELDS = frozenset({"verdict", "resolution", "decision"})


def linked_catalog_ids(project: Project, step_id: str) -> tuple[str, ...]:
    """The catalogue versions (ids, sorted) of the items a step's links point at today."""
    return tuple(sorted({
        project.item[link.item_id].catalog_id for link in project.links_of_step(step_id) if link.item_id in project.item
    }))


def link_item(project: Project, step_id: str, item_id: str, verdict: Verdict | None = None) -> Edit | None:
    """Link a step to a catalogue item (None when they are already linked)."""
    if step_id not in project.step or item_id not in project.item:
        raise DomainError("unknown step or item")
    if project.item[item_id].catalog_id in project.retired_catalogs():
        raise RetiredItemError(project.item[item_id].code)
    if any(lk.step_id == step_id and lk.item_id == item_id for lk in project.link.values()):
        return None
    return Add(Link(id=new_id(), step_id=step_id, item_id=item_id, verdict=verdict, judged_item_id=item_id))


def unlink(project: Project, link_id: str) -> Edit:
    """Remove one link."""
    if link_id not in project.link:
        raise DomainError(f"no such link: {link_id}")
    return Remove(Ref("link", link_id))


def set_link_verdict(project: Project, link_id: str, verdict: Verdict | None) -> Edit | None:
    """Give one link its own verdict (None: the link follows the step's verdict)."""
    link = project.link[link_id]
    return None if link.verdict == verdict else SetFields.of(link, verdict=verdict)


def set_option_adopted(project: Project, item_id: str, adopted: bool, municipality: str = "") -> Edit | None:
    """Adopt a 標準オプション item (a 採用 decision) or withdraw its adoption, for ``municipality`` ('' = project).

    Decisions are kept in the option decisions register (``OptionDecision``), keyed by catalogue name and code;
    withdrawing removes the decision (and the item from the legacy project-wide list where it still is).
    """
    item = project.item[item_id]
    catalog = project.catalog.get(item.catalog_id)
    name = catalog.name if catalog is not None else item.catalog_id
    decision = project.option_decision.get(option_decision_id(municipality, name, item.code))
    legacy = item_id in project.meta.adopted_options and municipality == ""
    is_adopted = legacy or (decision is not None and decision.status is OptionStatus.ADOPTED)
    if adopted == is_adopted:
        return None
    edits: list[Edit] = []
    if adopted:
        if decision is None:
            edits.append(Add(OptionDecision(option_decision_id(municipality, name, item.code), name, item.code,
                                            municipality, OptionStatus.ADOPTED)))
        else:
            edits.append(SetFields.of(decision, status=OptionStatus.ADOPTED))
    else:
        if legacy:
            edits.append(SetFields.of(project.meta, adopted_options=tuple(
                option for option in project.meta.adopted_options if option != item_id)))
        if decision is not None and decision.status is OptionStatus.ADOPTED:
            edits.append(Remove(Ref("option_decision", decision.id)))
    return batch(edits)


OPTION_FIELDS = frozenset({"status", "reason", "decided_on", "decided_by"})


def set_option_decision(project: Project, catalog: str, code: str, municipality: str = "", **values: Any
                        ) -> Edit | None:
    """Record (or change) ``municipality``'s decision on the 標準オプション ``code`` of ``catalog``.

    ``values`` are OptionDecision fields (status, reason, decided_on, decided_by); None when nothing changes.
    """
    unknown = set(values) - OPTION_FIELDS
    if unknown:
        raise DomainError(f"unknown option decision fields: {sorted(unknown)}")
    decision_id = option_decision_id(municipality, catalog, code)
    existing = project.option_decision.get(decision_id)
    if existing is None:
        return Add(OptionDecision(decision_id, catalog, code, municipality, **values))
    changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
    return SetFields.of(existing, **changed) if changed else None
