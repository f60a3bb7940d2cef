"""帳票 coverage both ways and 使用帳票 suggestions."""

from __future__ import annotations

from jcloud_desk.analysis.form_coverage import (
    form_link_suggestions,
    forms_document,
    forms_without_route,
    unreferenced_mandatory_forms,
    used_form_names,
)
from jcloud_desk.domain.catalog import CatalogItem, ImplClass, ItemKind
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.forms import CurrentForm, FormRoute
from jcloud_desk.domain.project import Project
from tests.factories import small_project

M, OPT = ImplClass.MANDATORY, ImplClass.OPTIONAL


def forms_project() -> Project:
    """small_project() with three 帳票 items (two mandatory) and a 使用帳票 text on 住民票の写しを交付."""
    project = small_project()
    for sort, (code, title, impl) in enumerate([("0010001", "住民票", M), ("0010002", "転入通知書", M),
                                               ("0010003", "住民票記載事項証明書", OPT)], start=10):
        project.item[f"form-{code}"] = CatalogItem(id=f"form-{code}", catalog_id="cat-std", code=code, title=title,
                                                   impl_class=impl, sort=float(sort), kind=ItemKind.FORM)
    project.step["s-issue"].attrs["forms"] = "住民票、 記載事項証明書\n交付簿"
    return project


def test_used_form_names_split_on_separators() -> None:
    assert used_form_names("住民票、 記載事項証明書\n交付簿，住民票") == ["住民票", "記載事項証明書", "交付簿"]
    assert used_form_names("  ") == []


def test_suggestions_match_names_exact_first_and_skip_linked() -> None:
    project = forms_project()
    suggestions = form_link_suggestions(project, "s-issue")
    assert [(s.text, s.item_id, s.exact) for s in suggestions] == [
        ("住民票", "form-0010001", True), ("記載事項証明書", "form-0010003", False)]
    project.link["l"] = Link(id="l", step_id="s-issue", item_id="form-0010001")
    assert [s.item_id for s in form_link_suggestions(project, "s-issue")] == ["form-0010003"]
    assert form_link_suggestions(project, "no-such-step") == []


def test_coverage_both_ways() -> None:
    project = forms_project()
    assert [i.code for i in unreferenced_mandatory_forms(project)] == ["0010001", "0010002"]
    project.link["l"] = Link(id="l", step_id="s-issue", item_id="form-0010001")
    project.current_form["cf1"] = CurrentForm(id="cf1", name="転入通知（現行）", form_code="0010002",
                                              route=FormRoute.STANDARD)
    project.current_form["cf2"] = CurrentForm(id="cf2", name="窓口集計表", own_form=True, sort=1.0)
    assert unreferenced_mandatory_forms(project) == []
    assert [f.name for f in forms_without_route(project)] == ["窓口集計表"]
    assert forms_document(project) == {"unreferenced_mandatory": [], "without_route": ["窓口集計表"]}
