"""Edit factories for Fit&Gap work: judgments, links between steps and catalogue items, adopted options."""

from __future__ import annotations

from typing import Any

from jcloud_desk.domain.edits import Add, Edit, Remove, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.project import Project, Ref


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


def set_option_adopted(project: Project, item_id: str, adopted: bool) -> Edit | None:
    """Add or remove a 標準オプション item from the project's adopted options."""
    options = list(project.meta.adopted_options)
    if adopted and item_id not in options:
        options.append(item_id)
    elif not adopted and item_id in options:
        options.remove(item_id)
    else:
        return None
    return SetFields.of(project.meta, adopted_options=tuple(options))
