"""Option decisions per municipality: what each adopts, the flags they drive, the group matrix."""

from __future__ import annotations

from jcloud_desk.analysis.adoption import adopted_option_ids, options_matrix
from jcloud_desk.analysis.customization import customization_flag
from jcloud_desk.analysis.open_risks import RiskReason, step_risks
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Resolution
from jcloud_desk.domain.fitgap_ops import set_option_decision
from jcloud_desk.domain.process import Process
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import OptionStatus
from jcloud_desk.domain.workshop import Municipality
from tests.factories import small_project

CAT = "住民記録システム標準仕様書"


def group_of_two() -> Project:
    """small_project() whose process belongs to B町, a municipality of the group; A市 is another one."""
    project = small_project()
    project.meta.adopted_options = ()
    project.municipality["m-a"] = Municipality(id="m-a", name="A市")
    project.municipality["m-b"] = Municipality(id="m-b", name="B町")
    project.process["proc-1"].municipality = "B町"
    project.process["proc-2"] = Process(id="proc-2", name="転入届（A市）", municipality="A市")
    return project


def _decide(project: Project, municipality: str, status: OptionStatus) -> None:
    edit = set_option_decision(project, CAT, "0010002", municipality, status=status, reason="検討済み")
    assert edit is not None
    edit.apply(project, Change())


def test_own_decision_wins_over_the_project_wide_one() -> None:
    project = group_of_two()
    assert adopted_option_ids(project) == frozenset()
    _decide(project, "", OptionStatus.ADOPTED)
    assert adopted_option_ids(project) == {"item-optional"} == adopted_option_ids(project, "m-a")
    _decide(project, "m-b", OptionStatus.REJECTED)
    assert adopted_option_ids(project, "m-b") == frozenset()
    assert adopted_option_ids(project, "m-a") == {"item-optional"}


def test_open_risks_follow_the_municipality_of_the_step() -> None:
    project = group_of_two()
    project.judgment["s-issue"].resolution = Resolution.NONE  # not decided yet
    assert [r.reason_code for r in step_risks(project, "s-issue")] == [RiskReason.OPTION_NOT_ADOPTED]
    _decide(project, "", OptionStatus.ADOPTED)
    assert step_risks(project, "s-issue") == []  # B町 follows the project-wide 採用
    _decide(project, "m-b", OptionStatus.PENDING)
    assert [r.reason_code for r in step_risks(project, "s-issue")] == [RiskReason.OPTION_NOT_ADOPTED]
    assert customization_flag(project, "s-issue") is None  # an unadopted option is an open risk, not a customization


def test_matrix_of_decisions() -> None:
    project = group_of_two()
    _decide(project, "m-a", OptionStatus.ADOPTED)
    _decide(project, "m-b", OptionStatus.REJECTED)
    assert options_matrix(project) == [
        (CAT, "0010002", "写しの交付", {"": None, "m-a": OptionStatus.ADOPTED, "m-b": OptionStatus.REJECTED})]
    assert set_option_decision(project, CAT, "0010002", "m-a", status=OptionStatus.ADOPTED) is None


def test_group_report_has_an_option_decisions_sheet(tmp_path: object) -> None:
    from pathlib import Path

    import openpyxl

    from jcloud_desk.io.reports.group_report_xlsx import SHEET_OPTIONS
    from jcloud_desk.services.group_service import write_group_report

    project = group_of_two()
    folder = Path(str(tmp_path))
    assert SHEET_OPTIONS not in openpyxl.load_workbook(write_group_report(project, folder / "a.xlsx")).sheetnames
    _decide(project, "m-a", OptionStatus.ADOPTED)
    _decide(project, "m-b", OptionStatus.REJECTED)
    ws = openpyxl.load_workbook(write_group_report(project, folder / "b.xlsx"))[SHEET_OPTIONS]
    assert [c.value for c in ws[1]] == ["機能ID", "標準オプション", "A市", "B町"]
    assert [c.value for c in ws[2]] == ["0010002", "写しの交付", "採用", "不採用"]
