"""Group mode on the hand-checked fixture of tests/group_factory.py: matrices, 割り勘 and avoidance."""

from __future__ import annotations

import pytest

from jcloud_desk.analysis.harmonization import (
    Cell,
    CellState,
    avoidance_summary,
    customization_requests,
    item_matrix,
    municipalities_of,
    split_evenly,
    step_matrix,
)
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.workshop import CustomizationRequest
from tests.group_factory import MUNICIPALITIES, group_project

FIT, CHANGE, CUSTOM = CellState.FIT, CellState.CHANGE_WORK, CellState.CUSTOMIZATION
OUT, UNASSESSED, NONE = CellState.OUT_OF_SCOPE, CellState.UNASSESSED, CellState.NOT_LINKED


@pytest.fixture()
def project() -> Project:
    return group_project()


def states(cells: dict[str, Cell]) -> tuple[CellState, ...]:
    return tuple(cells[name].state for name in MUNICIPALITIES)


def test_municipalities_are_rows_then_names_used_by_processes(project: Project) -> None:
    found = municipalities_of(project)
    assert [m.name for m in found] == list(MUNICIPALITIES)
    assert [m.id for m in found] == ["m-a", "m-b", ""]
    assert found[0].lg_code == "990001"


def test_item_matrix_states(project: Project) -> None:
    rows = item_matrix(project)
    assert [row.item.code for row in rows] == ["X-M", "Y-N"]
    x, y = rows
    assert states(x.cells) == (FIT, CHANGE, CUSTOM)
    assert states(y.cells) == (CUSTOM, CUSTOM, CUSTOM)
    assert x.differs and not y.differs
    assert x.cells["A市"].process_id == "pa" and x.cells["A市"].step_ids == ("pa-appr",)
    assert x.cells["C村"].step_ids == ("pc-appr",)


def test_worst_state_wins_and_link_verdicts_count(project: Project) -> None:
    # a second A市 step linking X with its own 一部適合 verdict makes A市 △ on X; the fitting step comes second
    project.link["extra"] = Link(id="extra", step_id="pa-recv", item_id="item-x", verdict=Verdict.PARTIAL)
    x = item_matrix(project)[0]
    assert x.cells["A市"].state is CHANGE
    assert x.cells["A市"].step_ids == ("pa-recv", "pa-appr")
    # an out-of-scope link alone is －; an unjudged step is 未判定
    project.link["extra"].verdict = Verdict.OUT_OF_SCOPE
    project.judgment["pa-appr"] = Judgment(id="pa-appr", verdict=Verdict.UNASSESSED)
    assert item_matrix(project)[0].cells["A市"].state is UNASSESSED
    del project.link["pa-appr-item-x"]
    assert item_matrix(project)[0].cells["A市"].state is OUT


def test_kind_and_business_filters(project: Project) -> None:
    to_be = item_matrix(project, kinds=(ProcessKind.TO_BE,))
    assert [row.item.code for row in to_be] == ["X-M"]
    assert states(to_be[0].cells) == (CUSTOM, NONE, NONE)
    project.process["pc"].business = "個人住民税"
    rows = item_matrix(project, business="住民記録")
    assert all(row.cells["C村"].state is NONE for row in rows)
    assert item_matrix(project, business="個人住民税")[0].cells["C村"].state is CUSTOM


def test_step_matrix_corresponds_by_origin_number_and_label(project: Project) -> None:
    rows = step_matrix(project)
    assert [row.label for row in rows] == ["届出を受付", "受付簿に記入", "審査・決裁", "処理日を遡及して入力"]
    recv, log, approve, back = rows
    assert states(recv.cells) == (OUT, OUT, OUT)
    assert states(log.cells) == (NONE, UNASSESSED, NONE)
    assert states(approve.cells) == (FIT, CHANGE, CUSTOM)
    assert states(back.cells) == (CUSTOM, CUSTOM, CUSTOM)
    assert approve.labels == {"A市": "審査・決裁", "B町": "審査・決裁（二段階）", "C村": "審査・決裁"}
    assert approve.cells["B町"].step_ids == ("pb-appr",) and approve.cells["B町"].process_id == "pb"
    assert back.cells["C村"].step_ids == ("pc-back",)
    assert recv.process_name == "転入届" and approve.step_no == "2"
    assert [row.differs for row in rows] == [False, True, True, False]


def test_steps_of_a_derived_process_correspond_without_origin_steps(project: Project) -> None:
    # a process duplicated in the editor keeps step numbers and labels: those are enough
    for step in project.step.values():
        step.attrs.pop("origin_step", None)
    project.step["pb-appr"].label = "審査・決裁"
    labels = [row.label for row in step_matrix(project)]
    assert labels == ["届出を受付", "受付簿に記入", "審査・決裁", "処理日を遡及して入力"]


def test_split_evenly_sums_exactly() -> None:
    assert split_evenly(100_000, 3) == [33_334, 33_333, 33_333]
    assert split_evenly(5, 3) == [2, 2, 1]
    assert split_evenly(0, 2) == [0, 0]
    assert split_evenly(7, 0) == []


def test_customization_requests_share_the_estimate(project: Project) -> None:
    x, y = customization_requests(project)
    assert (x.item.code, x.municipalities) == ("X-M", ("C村",))
    assert (x.effort_days, x.cost) == (5.0, 50_000)
    assert [(s.municipality, s.effort_days, s.cost) for s in x.shares] == [("C村", 5.0, 50_000)]
    assert y.municipalities == MUNICIPALITIES
    assert y.title == "処理日の遡及入力" and y.has_estimate
    assert [s.cost for s in y.shares] == [33_334, 33_333, 33_333]
    assert [s.effort_days for s in y.shares] == [3.34, 3.33, 3.33]
    assert sum(s.cost for s in y.shares) == y.cost == 100_000
    assert sum(round(s.effort_days * 100) for s in y.shares) == 1000


def test_requests_without_estimate_and_several_estimates(project: Project) -> None:
    del project.request["req-x"]
    project.request["req-y2"] = CustomizationRequest(id="req-y2", item_id="item-y", title="遡及の帳票",
                                                     effort_days=0.5, cost=1)
    x, y = customization_requests(project)
    assert not x.has_estimate and (x.effort_days, x.cost) == (0.0, 0)
    assert x.title == "審査・決裁"
    assert [s.cost for s in x.shares] == [0]
    assert y.request_ids == ("req-y", "req-y2") and y.title == "処理日の遡及入力、遡及の帳票"
    assert (y.effort_days, y.cost) == (10.5, 100_001)
    assert [s.cost for s in y.shares] == [33_334, 33_334, 33_333]
    assert [s.effort_days for s in y.shares] == [3.5, 3.5, 3.5]


def test_avoidance_summary(project: Project) -> None:
    summary = avoidance_summary(project)
    assert summary.requested == 4 and summary.distinct == 2
    assert summary.avoided == 1 and summary.avoided_distinct == 1
    (avoidable,) = summary.avoidable
    assert avoidable.request.item.code == "X-M" and avoidable.fitting == ("A市",)
    assert (summary.cost, summary.avoided_cost) == (150_000, 50_000)
    assert (summary.effort_days, summary.avoided_effort_days) == (15.0, 5.0)
    totals = {t.municipality.name: t for t in summary.by_municipality}
    assert totals["A市"].counts[FIT] == 1 and totals["A市"].counts[CUSTOM] == 1
    assert (totals["A市"].requests, totals["A市"].cost, totals["A市"].effort_days) == (1, 33_334, 3.34)
    assert (totals["C村"].requests, totals["C村"].cost, totals["C村"].effort_days) == (2, 83_333, 8.33)
    assert sum(t.cost for t in summary.by_municipality) == summary.cost
    assert summary.unlinked == ()


def test_a_prohibited_item_is_avoidable_when_its_function_fits_elsewhere(project: Project) -> None:
    project.item["item-y-m"] = CatalogItem(id="item-y-m", catalog_id="cat", code="Y-M", title="処理日の遡及",
                                           impl_class=ImplClass.MANDATORY, path="4. 異動", sort=3.0)
    # B町 stops backdating and enters on the same day, which fits the mandatory part of the same 機能
    project.link["pb-back-item-y"].item_id = "item-y-m"
    project.judgment["pb-back"] = Judgment(id="pb-back", verdict=Verdict.FIT)
    summary = avoidance_summary(project)
    avoidable = {a.request.item.code: a.fitting for a in summary.avoidable}
    assert avoidable == {"X-M": ("A市",), "Y-N": ("B町",)}
    assert summary.requested == 3 and summary.avoided == 3


def test_customization_without_items_is_listed_as_unlinked(project: Project) -> None:
    project.judgment["pb-log"] = Judgment(id="pb-log", verdict=Verdict.GAP, resolution=Resolution.CUSTOMIZATION)
    summary = avoidance_summary(project)
    assert summary.unlinked == (("B町", "pb", "pb-log"),)
    assert step_matrix(project)[1].cells["B町"].state is CUSTOM


def test_a_single_municipality_project_has_one_column() -> None:
    project = group_project()
    for pid in ("pb", "pc"):
        project.process[pid].municipality = "A市"
    del project.municipality["m-b"]
    assert [m.name for m in municipalities_of(project)] == ["A市"]
    assert list(item_matrix(project)[0].cells) == ["A市"]


def test_item_rows_carry_each_municipalitys_effective_class(project: Project) -> None:
    # X is a 標準オプション that is 実装必須 for a 指定都市; A市 becomes one, B町 stays 町村, C村 has no row
    # (it falls back to the project's 団体区分, unset = evaluated as 一般市)
    from dataclasses import replace

    from jcloud_desk.domain.municipality_type import MunicipalityType
    project.item["item-x"] = replace(project.item["item-x"], impl_class=ImplClass.OPTIONAL,
                                     conditions={"designated_city": "mandatory"})
    project.municipality["m-a"] = replace(project.municipality["m-a"], category=MunicipalityType.DESIGNATED_CITY)
    x, y = item_matrix(project)
    assert x.classes == {"A市": ImplClass.MANDATORY, "B町": ImplClass.OPTIONAL, "C村": ImplClass.OPTIONAL}
    assert x.class_groups() == [(ImplClass.MANDATORY, ("A市",)), (ImplClass.OPTIONAL, ("B町", "C村"))]
    assert y.class_groups() == [(y.item.impl_class, tuple(MUNICIPALITIES))]
