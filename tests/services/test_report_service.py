"""build_report_data fills the report model from a project; write_report dispatches on the file suffix."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcloud_desk.analysis.coverage import unreferenced_mandatory
from jcloud_desk.domain.catalog import CatalogItem, ImplClass
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_model import (
    CustomizationLine,
    LedgerLine,
    RiskLine,
    SummaryLine,
    UnreferencedLine,
)
from jcloud_desk.services.report_service import build_report_data, fit_rate, write_report
from tests.analysis.test_vendor_layer import vendor_project
from tests.factories import small_project


def project_for_report() -> Project:
    """``small_project`` + a customization on s-check, a catalogue attribution and an unreferenced 必須 item."""
    project = small_project()
    project.catalog["cat-std"].attribution = "「住民記録システム標準仕様書」（総務省）を加工して作成"
    project.judgment["s-check"] = Judgment(id="s-check", verdict=Verdict.GAP, resolution=Resolution.CUSTOMIZATION,
                                           justification="条例で独自様式が必要", owner="市民課")
    project.link["link-check"] = Link(id="link-check", step_id="s-check", item_id="item-mandatory")
    project.item["item-late"] = CatalogItem(id="item-late", catalog_id="cat-std", code="0009999", title="除票の管理",
                                            impl_class=ImplClass.MANDATORY, sort=0.5, path="1. 管理項目",
                                            text="除票とすること。")
    return project


def test_ledger_lines() -> None:
    data = build_report_data(project_for_report(), "2025-05-01T10:00:00")
    assert data.project_name == "住民記録テスト" and data.generated_at == "2025-05-01T10:00:00"
    assert data.municipality == "テスト市" and data.business == "住民記録"
    assert data.ledger == (
        LedgerLine("住民記録", "転入届", "窓口", "審査", "届出内容を確認", "0010001", "転入届の登録", "実装必須",
                   "ギャップ", "カスタマイズ", "", "市民課", "", "1", "提案", "○", "As-Is", "", "機能"),
        LedgerLine("住民記録", "転入届", "窓口", "交付", "住民票の写しを交付", "0010002", "写しの交付",
                   "標準オプション", "一部適合", "運用で回避", "様式差異", "住民課", "", "3", "提案", "", "As-Is", "",
                   "機能"),
        LedgerLine("住民記録", "転入届", "システム", "審査", "住民票を登録", "0010001", "転入届の登録", "実装必須",
                   "適合", "", "", "", "", "2", "提案", "", "As-Is", "", "機能"),
    )


def test_undecided_row_has_no_decision() -> None:
    data = build_report_data(small_project(), "t")
    check = next(line for line in data.ledger if line.step == "届出内容を確認")
    assert (check.item_code, check.impl_class, check.verdict, check.decision) == ("", "", "未判定", "")


def test_customization_lines() -> None:
    data = build_report_data(project_for_report(), "t")
    assert data.customizations == (
        CustomizationLine("転入届", "窓口", "届出内容を確認", "対応方針がカスタマイズ", "0010001", "転入届の登録",
                          "実装必須", "カスタマイズ", "条例で独自様式が必要", "提案", "As-Is"),
    )  # 住民票の写しを交付 uses an option not adopted but decided 運用で回避: neither a customization nor a risk
    assert data.risks == ()


def test_risk_lines_list_undecided_dependencies() -> None:
    project = project_for_report()
    project.judgment["s-issue"].resolution = Resolution.DEFER
    data = build_report_data(project, "t")
    reason = "採用していない標準オプションに依存（採否が未決定）"
    assert data.risks == (RiskLine("As-Is", "転入届", "窓口", "住民票の写しを交付", reason, "0010002", "写しの交付",
                                   "保留"),)
    assert data.municipality_type == "未設定（一般市として評価）"
    assert data.vendor == ""  # no vendor answered


def test_the_report_names_the_vendor_whose_dates_count() -> None:
    project = vendor_project()  # A社 answers two items, B社 one; go-live 2026-04-01
    assert build_report_data(project, "t").vendor == "A社（未選択: 回答数の最も多いベンダー）、稼働開始日 2026-04-01"
    project.meta.vendor = "B社"
    assert build_report_data(project, "t").vendor == "B社、稼働開始日 2026-04-01"


def test_customization_with_several_items_lists_one_per_line() -> None:
    project = project_for_report()
    project.link["link-check-2"] = Link(id="link-check-2", step_id="s-check", item_id="item-prohibited")
    line = build_report_data(project, "t").customizations[0]
    assert line.reasons == "対応方針がカスタマイズ"
    assert line.item_codes == "0010003"  # the item the customization deviates from
    assert line.impl_classes == "実装不可"


def test_unreferenced_and_summary() -> None:
    project = project_for_report()
    data = build_report_data(project, "t")
    assert [item.id for item in unreferenced_mandatory(project)] == ["item-late"]
    assert data.unreferenced == (UnreferencedLine("0009999", "除票の管理", "1. 管理項目", "除票とすること。"),)
    assert data.verdicts == ("適合", "設定で対応", "標準オプションで対応", "一部適合", "ギャップ", "対象外", "未判定")
    # s-check gap, s-input fit, s-issue gap: 1 fit of 3 judged
    assert data.summary == (SummaryLine("転入届", (1, 0, 0, 0, 2, 0, 0), 3, pytest.approx(1 / 3), steps=5),)
    assert data.attributions == ("「住民記録システム標準仕様書」（総務省）を加工して作成",)


def test_fit_rate() -> None:
    assert fit_rate({"fit": 1, "fit_config": 1, "fit_option": 1, "gap": 1, "out_of_scope": 5, "unassessed": 5}) == 0.75
    assert fit_rate({"out_of_scope": 2, "unassessed": 3}) is None
    assert fit_rate({}) is None


def test_write_report_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "報告.XLSX"
    assert write_report(project_for_report(), path, "2025-05-01T10:00:00") == path
    wb = load_workbook(path)
    assert wb.sheetnames == ["Fit&Gap一覧", "カスタマイズ一覧", "未参照の実装必須機能", "集計", "未決定リスク"]
    assert wb["Fit&Gap一覧"].max_row == 4


def test_write_report_default_timestamp(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report(small_project(), path)
    assert load_workbook(path).properties.creator == "jcloud_desk"


@pytest.mark.parametrize("name", ["report.pdf", "report.csv", "report"])
def test_unknown_suffix_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx"):
        write_report(small_project(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_the_summary_sheet_states_what_the_figures_were_evaluated_for(tmp_path: Path) -> None:
    project = vendor_project()
    project.meta.vendor = "B社"
    path = write_report(project, tmp_path / "報告.xlsx", "2025-05-01T10:00:00")
    ws = load_workbook(path)["集計"]
    premises = {row[0]: row[1] for row in ws.iter_rows(min_col=1, max_col=2, values_only=True) if row[0] in
                ("団体", "団体区分", "ベンダー")}
    assert premises["ベンダー"] == "B社、稼働開始日 2026-04-01"
    assert premises["団体区分"] == build_report_data(project, "t").municipality_type != ""
