"""The 帳票一覧 of the Fit&Gap report: standard 帳票 joined with the 現行帳票 inventory, as plain report lines."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from jcloud_desk.analysis.effective_class import effective_class, project_type
from jcloud_desk.analysis.form_coverage import form_items, inventory, steps_using
from jcloud_desk.analysis.labels import impl_class_ja
from jcloud_desk.domain.forms import DIFFERENCE_JA, ROUTE_JA, CurrentForm
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_model import FormLine

OWN_FORM = "（独自帳票）"
NOT_MAPPED = "（未対応付け）"


def _municipality_name(project: Project, municipality_id: str) -> str:
    found = project.municipality.get(municipality_id)
    return found.name if found is not None else (municipality_id or project.meta.municipality)


def _current(project: Project, form: CurrentForm) -> dict[str, Any]:
    return {"current": form.name, "recipient": form.recipient, "volume": form.annual_volume or None,
            "difference": DIFFERENCE_JA[form.difference], "route": ROUTE_JA[form.route], "notes": form.notes,
            "municipality": _municipality_name(project, form.municipality)}


def form_lines(project: Project) -> list[FormLine]:
    """One line per standard 帳票 × mapped 現行帳票 (a 帳票 nobody maps stands alone), then unmapped 現行帳票."""
    current = inventory(project)
    by_code: dict[str, list[CurrentForm]] = {}
    for form in current:
        if form.form_code:
            by_code.setdefault(form.form_code, []).append(form)
    lines: list[FormLine] = []
    seen_codes: set[str] = set()
    kind = project_type(project)
    for item in reversed(form_items(project)):  # the newest version of a code wins
        if item.code in seen_codes:
            continue
        seen_codes.add(item.code)
        base = FormLine(code=item.code, title=item.title, impl_class=impl_class_ja(effective_class(item, kind)),
                        media=item.media,
                        steps="\n".join(steps_using(project, item.id)))
        mapped = by_code.get(item.code, [])
        lines[:0] = [replace(base, **_current(project, form)) for form in mapped] or [base]
    for form in current:
        if form.form_code in seen_codes:
            continue
        code = form.form_code or (OWN_FORM if form.own_form else NOT_MAPPED)
        lines.append(FormLine(code=code, title="", impl_class="", media="", steps="", **_current(project, form)))
    return lines
