"""Group-mode edit factories: municipalities (renames follow into processes), copies for another municipality,
estimates of group requests, 全国地方公共団体コード check digits; all undoable."""

from __future__ import annotations

import copy

import pytest

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.group_ops import (
    MunicipalityDraft,
    copy_for_municipality,
    lg_check_digit_ok,
    lg_code_well_formed,
    process_title,
    set_estimate,
    update_municipalities,
)
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.workshop import CustomizationRequest
from tests.group_factory import group_project


def drafts_of(project: object) -> list[MunicipalityDraft]:
    """The registered municipalities as unchanged drafts."""
    return [MunicipalityDraft(m.id, m.name, m.lg_code, m.category, m.name)
            for m in project.municipality.values()]  # type: ignore[attr-defined]


def test_lg_codes() -> None:
    assert lg_check_digit_ok("131016")  # 千代田区
    assert lg_check_digit_ok("011002")  # 札幌市
    assert not lg_check_digit_ok("131015")
    assert not lg_code_well_formed("13101") and not lg_code_well_formed("１３１０１６")
    assert lg_code_well_formed("131015")


def test_unchanged_drafts_make_no_edit() -> None:
    project = group_project()
    assert update_municipalities(project, drafts_of(project)) is None
    # C村 is named only by its process: an untouched row for it registers nothing
    assert update_municipalities(project, [*drafts_of(project), MunicipalityDraft("", "C村", "", "", "C村")]) is None


def test_add_rename_and_remove_in_one_edit_and_undo() -> None:
    project = group_project()
    before = copy.deepcopy(project)
    drafts = [MunicipalityDraft("m-a", "A市", "990001", "一般市", "A市"),  # category changed
              MunicipalityDraft("m-b", "B市", "990002", "町", "B町"),  # renamed
              MunicipalityDraft("", "D町", "131016", "町")]  # new
    edit = update_municipalities(project, drafts)
    assert edit is not None
    inverse = edit.apply(project, Change())
    assert project.municipality["m-a"].category is MunicipalityType.CITY  # a Japanese name is read as its type
    assert project.municipality["m-b"].name == "B市"
    assert project.process["pb"].municipality == "B市"
    assert {m.name for m in project.municipality.values()} == {"A市", "B市", "D町"}
    inverse.apply(project, Change())
    assert project == before


def test_swapping_names_moves_the_processes_along() -> None:
    project = group_project()
    edit = update_municipalities(project, [MunicipalityDraft("m-a", "B町", "990001", "市", "A市"),
                                           MunicipalityDraft("m-b", "A市", "990002", "町", "B町")])
    assert edit is not None
    edit.apply(project, Change())
    assert (project.process["pa"].municipality, project.process["pb"].municipality) == ("B町", "A市")


def test_unregistered_municipality_is_registered_when_given_a_code_or_renamed() -> None:
    project = group_project()
    edit = update_municipalities(project, [*drafts_of(project), MunicipalityDraft("", "C村", "995215", "村", "C村")])
    assert edit is not None
    edit.apply(project, Change())
    assert any(m.name == "C村" and m.lg_code == "995215" for m in project.municipality.values())
    project = group_project()
    edit = update_municipalities(project, [*drafts_of(project), MunicipalityDraft("", "C町", "", "", "C村")])
    assert edit is not None
    edit.apply(project, Change())
    assert project.process["pc"].municipality == "C町"


def test_refusals() -> None:
    project = group_project()
    with pytest.raises(DomainError):  # B町 still has a process
        update_municipalities(project, [MunicipalityDraft("m-a", "A市", "990001", "市", "A市")])
    with pytest.raises(DomainError):
        update_municipalities(project, [*drafts_of(project), MunicipalityDraft("", "A市")])
    with pytest.raises(DomainError):
        update_municipalities(project, [*drafts_of(project), MunicipalityDraft("", " ")])
    with pytest.raises(DomainError):
        update_municipalities(project, [*drafts_of(project), MunicipalityDraft("nope", "Z村")])


def test_copy_for_municipality() -> None:
    project = group_project()
    project.process["pb"].name = "転入届（B町）"
    project.process["pb"].notes = "B町の事情"
    before = copy.deepcopy(project)
    assert process_title(project.process["pb"]) == "転入届"
    new_id, edit = copy_for_municipality(project, "pb", "D町")
    inverse = edit.apply(project, Change())
    copy_ = project.process[new_id]
    assert (copy_.name, copy_.kind, copy_.municipality, copy_.origin_id, copy_.notes) == (
        "転入届（D町）", ProcessKind.AS_IS, "D町", "pb", "")
    origins = {s.attrs["origin_step"] for s in project.steps_of(new_id)}
    assert origins == {s.id for s in project.steps_of("pb")}
    inverse.apply(project, Change())
    assert project == before
    with pytest.raises(DomainError):
        copy_for_municipality(project, "pb", "B町")
    with pytest.raises(DomainError):
        copy_for_municipality(project, "pb", "  ")


def test_set_estimate_updates_adds_and_undoes() -> None:
    project = group_project()
    before = copy.deepcopy(project)
    edit = set_estimate(project, "item-y", "cost", 300_000.4)
    assert edit is not None
    inverse = edit.apply(project, Change())
    assert project.request["req-y"].cost == 300_000.0
    inverse.apply(project, Change())
    assert set_estimate(project, "item-y", "effort_days", 10.0) is None, "no change, no edit"
    del project.request["req-x"]
    assert set_estimate(project, "item-x", "cost", 0) is None
    edit = set_estimate(project, "item-x", "effort_days", 2.345)
    assert edit is not None
    edit.apply(project, Change())
    added = [r for r in project.request.values() if r.item_id == "item-x"]
    assert len(added) == 1 and added[0].effort_days == 2.35 and added[0].cost == 0.0
    assert before.request["req-x"] != added[0]


def test_set_estimate_with_several_requests_and_refusals() -> None:
    project = group_project()
    project.request["req-y2"] = CustomizationRequest(id="req-y2", item_id="item-y", cost=40_000)
    edit = set_estimate(project, "item-y", "cost", 100_000)
    assert edit is not None
    edit.apply(project, Change())
    assert (project.request["req-y"].cost, project.request["req-y2"].cost) == (60_000, 40_000)
    for value in (-1.0, float("nan"), float("inf"), 30_000.0):  # 30,000 < the other request's 40,000
        with pytest.raises(DomainError):
            set_estimate(project, "item-y", "cost", value)
    with pytest.raises(DomainError):
        set_estimate(project, "item-y", "title", 1.0)
    with pytest.raises(DomainError):
        set_estimate(project, "nope", "cost", 1.0)
