"""Open risks and the customization register, resolution by resolution, on rows of the bundled catalogue."""

from __future__ import annotations

import pytest

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.analysis.coverage import customization_register, ordered_open_risks, unreferenced_mandatory
from jcloud_desk.analysis.customization import customization_flags, superseded_process_ids
from jcloud_desk.analysis.harmonization import CellState, item_matrix
from jcloud_desk.analysis.open_risks import OpenRisk, RiskReason, open_risks
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.operations import duplicate_process
from jcloud_desk.domain.process import Lane, Process, ProcessKind, Step
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo
from jcloud_desk.domain.workshop import Municipality
from jcloud_desk.io.catalog.csv_reader import read_catalog_csv
from jcloud_desk.paths import resources_dir

PROHIBITED = "JUKI1-4.0.3-N"  # 処理当日以外を処理日として入力できること
OPTION = "JUKI1-7.1.1.3-O"  # 個人番号カード交付申請書の出力（一般市区町村は標準オプション）
SPLIT_OPTION = "JUKI1-4.0.5-O"  # 世帯主変更依頼通知書: 指定都市は実装必須
MANDATORY = "JUKI1-4.0.3-M"


def build(kind: MunicipalityType = MunicipalityType.CITY) -> Project:
    """One As-Is process, step 'late' → PROHIBITED + MANDATORY, step 'card' → OPTION, step 'head' → SPLIT_OPTION."""
    _catalog, items = read_catalog_csv(resources_dir() / "catalogs" / "juki-std-v1-ch3.csv", "住民記録")
    project = Project(info={INFO_ID: ProjectInfo(name="t", municipality_type=kind)})
    project.catalog[_catalog.id] = _catalog
    project.item.update((i.id, i) for i in items)
    project.process["p"] = Process(id="p", name="転出届")
    project.lane["l"] = Lane(id="l", process_id="p", name="窓口")
    by_code = {i.code: i.id for i in items}
    for n, (step_id, codes) in enumerate((("late", (PROHIBITED, MANDATORY)), ("card", (OPTION,)),
                                          ("head", (SPLIT_OPTION,)))):
        project.step[step_id] = Step(id=step_id, process_id="p", lane_id="l", label=step_id, x=100.0 * n)
        for code in codes:
            project.link[f"{step_id}-{code}"] = Link(f"{step_id}-{code}", step_id, by_code[code])
    return project


def risk_table(project: Project) -> list[tuple[str, RiskReason]]:
    return [(r.step_id, r.reason_code) for r in ordered_open_risks(project)]


def test_undecided_dependencies_are_risks_not_customizations() -> None:
    project = build()
    assert risk_table(project) == [("late", RiskReason.PROHIBITED_ITEM), ("card", RiskReason.OPTION_NOT_ADOPTED),
                                   ("head", RiskReason.OPTION_NOT_ADOPTED)]
    assert customization_register(project) == []
    late = open_risks(project)[0]
    assert isinstance(late, OpenRisk) and late.process_id == "p"
    assert late.reason == "実装不可の機能に依存（対応方針が未決定）"
    assert [project.item[i].code for i in late.item_ids] == [PROHIBITED]


@pytest.mark.parametrize("resolution", list(Resolution))
def test_register_and_risks_after_each_resolution(resolution: Resolution) -> None:
    project = build()
    reason = "真にやむを得ない" if resolution is Resolution.CUSTOMIZATION else ""
    project.judgment["late"] = Judgment(id="late", verdict=Verdict.GAP, resolution=resolution, justification=reason)
    still_open = resolution in (Resolution.NONE, Resolution.DEFER, Resolution.NO_ACTION)
    assert (("late", RiskReason.PROHIBITED_ITEM) in risk_table(project)) is still_open
    register = [(row.step_id, row.item_codes) for row in customization_register(project)]
    assert register == ([("late", (PROHIBITED,))] if resolution is Resolution.CUSTOMIZATION else [])


def test_link_outcomes_differ_within_one_step() -> None:
    project = build()
    project.judgment["late"] = Judgment(id="late", verdict=Verdict.PARTIAL, resolution=Resolution.CUSTOMIZATION)
    project.link[f"late-{PROHIBITED}"].resolution = Resolution.ADOPT_STANDARD  # this part: change the work
    rows = customization_register(project)
    assert [(r.step_id, r.item_codes) for r in rows] == [("late", (MANDATORY,))]
    project.judgment["late"].resolution = Resolution.NONE
    project.link[f"late-{PROHIBITED}"].resolution = None
    project.link[f"late-{MANDATORY}"].resolution = Resolution.NO_ACTION
    assert risk_table(project)[0] == ("late", RiskReason.PROHIBITED_ITEM)  # the 実装不可 link is still undecided


def test_adopting_the_option_closes_its_risk() -> None:
    project = build()
    option_id = next(i.id for i in project.item.values() if i.code == OPTION)
    project.meta.adopted_options = (option_id,)
    assert adopted_option_ids(project) == frozenset({option_id})
    assert ("card", RiskReason.OPTION_NOT_ADOPTED) not in risk_table(project)
    project.meta.adopted_options = ()
    project.link[f"card-{OPTION}"].verdict = Verdict.OUT_OF_SCOPE  # not depended on
    assert ("card", RiskReason.OPTION_NOT_ADOPTED) not in risk_table(project)


def test_effective_class_of_the_municipality_type() -> None:
    designated = build(MunicipalityType.DESIGNATED_CITY)
    assert risk_table(designated) == [("late", RiskReason.PROHIBITED_ITEM)]  # both options are mandatory here
    village = build(MunicipalityType.TOWN_VILLAGE)
    assert ("head", RiskReason.OPTION_NOT_ADOPTED) in risk_table(village)
    codes = {i.code for i in unreferenced_mandatory(village)}
    assert "JUKI1-4.0.10-M" not in codes and "JUKI1-4.0.10-M" in {i.code for i in unreferenced_mandatory(designated)}


def test_group_municipalities_use_their_own_type() -> None:
    project = build(MunicipalityType.UNKNOWN)
    project.municipality["big"] = Municipality("big", "おおぞら市", category=MunicipalityType.DESIGNATED_CITY)
    project.process["p"].municipality = "おおぞら市"
    assert risk_table(project) == [("late", RiskReason.PROHIBITED_ITEM)]
    project.process["p"].municipality = ""  # the project's own: not set → 一般市
    assert ("head", RiskReason.OPTION_NOT_ADOPTED) in risk_table(project)


def test_a_to_be_copy_supersedes_its_as_is() -> None:
    project = build()
    project.judgment["late"] = Judgment(id="late", verdict=Verdict.GAP, resolution=Resolution.CUSTOMIZATION,
                                        justification="x")
    assert len(customization_register(project)) == 1 and len(open_risks(project, headline=True)) == 2
    new_id, edit = duplicate_process(project, "p", ProcessKind.TO_BE)
    edit.apply(project, Change())
    assert superseded_process_ids(project) == frozenset({"p"})
    rows = customization_register(project)
    assert [(r.process_id, r.scenario) for r in rows] == [(new_id, "To-Be")]  # not 2
    assert len(open_risks(project, headline=True)) == 2 and len(open_risks(project)) == 4
    assert len(customization_flags(project)) == 2 and len(customization_register(project, headline=False)) == 2
    copy_of_late = next(s.id for s in project.steps_of(new_id) if s.label == "late")
    project.judgment[copy_of_late].resolution = Resolution.ADOPT_STANDARD  # the To-Be decides differently
    assert customization_register(project) == []


def test_group_matrix_uses_each_municipality_type() -> None:
    project = build(MunicipalityType.UNKNOWN)
    project.municipality["big"] = Municipality("big", "おおぞら市", category=MunicipalityType.DESIGNATED_CITY)
    project.municipality["small"] = Municipality("small", "こだま町", category=MunicipalityType.TOWN_VILLAGE)
    project.process["p"].municipality = "おおぞら市"
    _copy_id, edit = duplicate_process(project, "p", ProcessKind.AS_IS)
    edit.apply(project, Change())
    copy = next(p for p in project.process.values() if p.id != "p")
    copy.municipality = "こだま町"
    for step in project.step.values():
        project.judgment[step.id] = Judgment(id=step.id, verdict=Verdict.FIT)
    cells = {row.item.code: {name: cell.state for name, cell in row.cells.items()} for row in item_matrix(project)}
    # 世帯主変更依頼通知書 (-O row): mandatory for the 指定都市, an option not adopted for the 町
    assert cells[SPLIT_OPTION] == {"おおぞら市": CellState.FIT, "こだま町": CellState.OPEN_RISK}
    assert cells[PROHIBITED] == {"おおぞら市": CellState.OPEN_RISK, "こだま町": CellState.OPEN_RISK}


def test_delivery_after_go_live_is_an_open_risk_until_an_interim_outcome() -> None:
    from jcloud_desk.domain.vendor import VendorAnswer, VendorAnswerKind

    project = build()
    step = next(iter(project.step.values()))
    item = next(i for i in project.item.values() if i.code.endswith("-M"))
    catalog = project.catalog[item.catalog_id].name
    project.link["l-late"] = Link("l-late", step.id, item.id)
    project.judgment[step.id] = Judgment(step.id, verdict=Verdict.FIT)
    project.vendor_answer["a"] = VendorAnswer("a", catalog, item.code, "A社", answer=VendorAnswerKind.PROVIDED,
                                              available_on="2026-10-01")

    def late() -> list[OpenRisk]:
        return [r for r in open_risks(project) if r.reason_code is RiskReason.LATE_DELIVERY]

    assert late() == []  # no go-live date: nothing is late
    project.meta.go_live_on = "2026-04-01"
    assert [(r.step_id, r.item_ids) for r in late()] == [(step.id, (item.id,))]
    project.judgment[step.id].resolution = Resolution.WORKAROUND  # 運用で回避 until the vendor delivers
    assert late() == []
    project.meta.go_live_on = "2026-12-01"
    project.judgment[step.id].resolution = Resolution.NONE
    assert late() == []  # delivered before go-live
