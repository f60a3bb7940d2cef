"""The vendor layer: answers per item, late delivery risks, × on 実装必須 as a finding, the analyze document."""

from __future__ import annotations

from jcloud_desk.analysis.checks import run_checks
from jcloud_desk.analysis.open_risks import open_risks
from jcloud_desk.analysis.vendor_layer import (
    VendorChoice,
    VendorIndex,
    chosen_vendor,
    delivery_risks,
    vendor_document,
    vendor_findings,
)
from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswer, VendorAnswerKind, vendor_answer_id
from tests.factories import small_project

CAT = "住民記録システム標準仕様書"


def _answer(code: str, answer: VendorAnswerKind, on: str = "", vendor: str = "A社") -> VendorAnswer:
    return VendorAnswer(vendor_answer_id(vendor, CAT, ItemKind.FUNCTION, code), CAT, code, vendor,
                        ItemKind.FUNCTION, answer, on)


def vendor_project() -> Project:
    """small_project(): 0010001 (必須, linked from s-input) ×, 0010002 (option, on s-issue) late, 0010003 blank."""
    project = small_project()
    project.meta.go_live_on = "2026-04-01"
    for answer in (_answer("0010001", VendorAnswerKind.NOT_PROVIDED),
                   _answer("0010002", VendorAnswerKind.OPTION, "2026-10-01"),
                   _answer("0010003", VendorAnswerKind.PROVIDED, "2026-04-01", vendor="B社")):
        project.vendor_answer[answer.id] = answer
    return project


def test_index_picks_the_vendor_with_most_answers() -> None:
    project = vendor_project()
    index = VendorIndex(project)
    assert index.vendor == "A社"
    assert index.answer(project.item["item-optional"]).available_on == "2026-10-01"  # type: ignore[union-attr]
    assert index.answer(project.item["item-prohibited"]) is None
    assert VendorIndex(project, "B社").answer(project.item["item-prohibited"]) is not None


def test_document_lists() -> None:
    project = vendor_project()
    project.link["l3"] = Link(id="l3", step_id="s-check", item_id="item-prohibited")
    document = vendor_document(project)
    assert (document["missing"], document["late"], document["unanswered"]) == (["0010001"], ["0010002"],
                                                                             ["0010003"])
    project.judgment["s-issue"].resolution = Resolution.NONE
    assert vendor_document(project)["risks"] == [{"process": "転入届", "step": "住民票の写しを交付",
                                                  "reason": "提供時期", "items": ["0010002"],
                                                  "available_on": ["2026-10-01"]}]
    project.meta.go_live_on = "2027-01-01"
    assert vendor_document(project)["late"] == [] and vendor_document(project)["risks"] == []


def test_delivery_risk_until_an_interim_resolution() -> None:
    project = vendor_project()
    assert delivery_risks(project) == []  # s-issue is already 運用で回避 in small_project()
    project.judgment["s-issue"].resolution = Resolution.NONE
    risks = delivery_risks(project)
    assert [(r.process_id, r.step_id, r.reason, r.item_ids, r.available_on) for r in risks] == [
        ("proc-1", "s-issue", "提供時期", ("item-optional",), ("2026-10-01",))]
    project.judgment["s-issue"].resolution = Resolution.DEFER
    assert len(delivery_risks(project)) == 1  # 保留 is no answer
    project.judgment["s-issue"] = Judgment(id="s-issue", resolution=Resolution.WORKAROUND)
    assert delivery_risks(project) == []
    project.meta.go_live_on = ""
    project.judgment.pop("s-issue")
    assert delivery_risks(project) == []


def test_not_provided_mandatory_is_a_finding_on_its_step() -> None:
    project = vendor_project()
    findings = vendor_findings(project)
    assert [(f.rule, f.step_id) for f in findings] == [("vendor_not_provided", "s-input")]
    assert "0010001" in findings[0].message and "A社" in findings[0].message
    assert [f.step_id for f in run_checks(project) if f.rule == "vendor_not_provided"] == ["s-input"]
    assert not [f for f in run_checks(project, disabled=["vendor_not_provided"]) if f.rule == "vendor_not_provided"]
    project.link.pop("link-input")
    assert [(f.process_id, f.step_id) for f in vendor_findings(project)] == [("", "")]


def test_the_chosen_vendor_is_used_by_every_analysis() -> None:
    """The project setting wins over the vendor with the most answers: findings, risks, lists and the document."""
    project = vendor_project()
    project.judgment["s-issue"].resolution = Resolution.NONE
    project.vendor_answer.update({a.id: a for a in (_answer("0010002", VendorAnswerKind.OPTION, "2027-03-01", "B社"),
                                                    _answer("0010001", VendorAnswerKind.PROVIDED, vendor="B社"))})
    project.vendor_answer.pop(vendor_answer_id("B社", CAT, ItemKind.FUNCTION, "0010003"))  # A社 2, B社 2 answers
    project.vendor_answer[vendor_answer_id("A社", CAT, ItemKind.FUNCTION, "0010003")] = _answer(
        "0010003", VendorAnswerKind.PROVIDED)  # A社 now has the most answers (3 against 2)
    assert chosen_vendor(project) == VendorChoice("A社", False)
    assert vendor_document(project)["vendor_chosen"] is False
    assert [f.rule for f in vendor_findings(project)] == ["vendor_not_provided"]
    project.meta.vendor = "B社"
    assert chosen_vendor(project) == VendorChoice("B社", True)
    document = vendor_document(project)
    assert (document["vendor"], document["vendor_chosen"], document["missing"], document["late"]) == (
        "B社", True, [], ["0010002"])
    assert [r.available_on for r in delivery_risks(project)] == [("2027-03-01",)]  # B社's date, not A社's
    assert vendor_findings(project) == []  # B社 provides 0010001
    assert "late_delivery" in [r.reason_code.value for r in open_risks(project) if r.step_id == "s-issue"]
    project.meta.vendor = "C社"  # chosen but nothing imported from it: no answers count
    assert (vendor_document(project)["late"], delivery_risks(project)) == ([], [])
    assert "late_delivery" not in [r.reason_code.value for r in open_risks(project) if r.step_id == "s-issue"]
