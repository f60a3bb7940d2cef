"""帳票 coverage both ways, and 使用帳票 free text turned into link suggestions.

* ``unreferenced_mandatory_forms``: 実装必須 帳票 that no step links and no 現行帳票 maps to (nobody has checked
  how the office will get that form);
* ``forms_without_route``: 現行帳票 with no route yet (標準帳票を使用, EUC, 独自施策システム, 廃止, 協議);
* ``form_link_suggestions``: the step's 使用帳票 text (``Step.attrs["forms"]``, free text from before 帳票 were
  catalogue items) matched to 帳票 items by name, to be linked with one click. The text itself is kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from jcloud_desk.analysis.effective_class import effective_class, project_type
from jcloud_desk.domain.catalog import CatalogItem, ImplClass, ItemKind
from jcloud_desk.domain.forms import CurrentForm, FormRoute
from jcloud_desk.domain.project import Project

#: Separators between form names in the 使用帳票 text.
_SEPARATORS = re.compile(r"[、,，;；/／\n]+")


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def form_items(project: Project) -> list[CatalogItem]:
    """Every 帳票 item in catalogue order."""
    return [item for item in project.items_in_order() if item.is_form]


def used_form_names(text: str) -> list[str]:
    """The form names of a 使用帳票 text (「住民票、転入通知書」 → two names), blanks dropped, order kept."""
    return list(dict.fromkeys(part.strip() for part in _SEPARATORS.split(text) if part.strip()))


@dataclass(frozen=True, slots=True)
class FormSuggestion:
    """A 帳票 item whose name matches a name in the step's 使用帳票 text."""

    text: str
    item_id: str
    exact: bool


def _best_match(name: str, forms: list[CatalogItem]) -> tuple[CatalogItem, bool] | None:
    key = _norm(name)
    if not key:
        return None
    exact = [item for item in forms if _norm(item.title) == key]
    if exact:
        return exact[-1], True  # the newest catalogue version comes last
    partial = [item for item in forms if key in _norm(item.title) or _norm(item.title) in key]
    if not partial:
        return None
    return min(partial, key=lambda item: (abs(len(item.title) - len(name)), -item.sort)), False


def form_link_suggestions(project: Project, step_id: str) -> list[FormSuggestion]:
    """For each name in the step's 使用帳票 text, the best matching 帳票 item not linked yet (exact names first)."""
    step = project.step.get(step_id)
    if step is None:
        return []
    forms = form_items(project)
    linked = {link.item_id for link in project.links_of_step(step_id)}
    linked_codes = {(project.item[i].catalog_id, project.item[i].code) for i in linked if i in project.item}
    suggestions: list[FormSuggestion] = []
    for name in used_form_names(str(step.attrs.get("forms", ""))):
        match = _best_match(name, forms)
        if match is None:
            continue
        item, exact = match
        if item.id in linked or (item.catalog_id, item.code) in linked_codes:
            continue
        if all(s.item_id != item.id for s in suggestions):
            suggestions.append(FormSuggestion(name, item.id, exact))
    return sorted(suggestions, key=lambda s: not s.exact)


def unreferenced_mandatory_forms(project: Project) -> list[CatalogItem]:
    """帳票 実装必須 for the project's 団体区分 that no existing step links and no 現行帳票 maps to (by 帳票ID), in
    catalogue order."""
    linked = {link.item_id for link in project.link.values() if link.step_id in project.step}
    mapped = {form.form_code for form in project.current_form.values() if form.form_code}
    kind = project_type(project)
    return [item for item in form_items(project) if effective_class(item, kind) is ImplClass.MANDATORY
            and item.id not in linked and item.code not in mapped]


def forms_without_route(project: Project) -> list[CurrentForm]:
    """現行帳票 with no route decided, in inventory order."""
    return [form for form in inventory(project) if form.route is FormRoute.NONE]


def inventory(project: Project, municipality: str | None = None) -> list[CurrentForm]:
    """The 現行帳票 inventory (of one municipality id when given), in its order."""
    return sorted((f for f in project.current_form.values() if municipality is None or f.municipality == municipality),
                  key=lambda f: (f.municipality, f.sort, f.name))


def form_title(project: Project, code: str) -> str:
    """The title of the 帳票 ``code`` (newest catalogue version), '' when no catalogue has it."""
    titles = [item.title for item in form_items(project) if item.code == code]
    return titles[-1] if titles else ""


def forms_document(project: Project) -> dict[str, Any]:
    """The ``"forms"`` part of ``analyze --json``: codes of unreferenced mandatory 帳票, names of unrouted forms."""
    return {
        "unreferenced_mandatory": [item.code for item in unreferenced_mandatory_forms(project)],
        "without_route": [form.name for form in forms_without_route(project)],
    }


#: Japanese names of the item kinds (reports, CLI).
ITEM_KIND_JA: dict[ItemKind, str] = {ItemKind.FUNCTION: "機能", ItemKind.FORM: "帳票", ItemKind.INTERFACE: "連携"}


def steps_using(project: Project, item_id: str) -> list[str]:
    """「業務フロー ▸ 手順」 of every step linked to ``item_id``."""
    names = []
    for link in project.link.values():
        step = project.step.get(link.step_id)
        if link.item_id == item_id and step is not None:
            process = project.process.get(step.process_id)
            names.append(f"{process.name if process else ''} ▸ {step.label}")
    return names
