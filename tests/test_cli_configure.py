"""`jcloud-desk configure`, `info --json` with the 団体区分, `analyze --json` open risks and register (sample)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jcloud_desk.cli import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, main
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.operations import duplicate_process
from jcloud_desk.domain.vendor import VendorAnswerKind
from jcloud_desk.paths import default_sample_path, sample_projects_dir
from jcloud_desk.services.project_service import ProjectService
from tests.analysis.test_vendor_layer import _answer, vendor_project
from tests.factories import small_project


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(list(args)) == EXIT_OK
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


def test_configure_sets_the_project_type_and_info_shows_it(project_file: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    info = _json(capsys, "info", str(project_file), "--json")
    assert (info["municipality_type"], info["municipality_type_label"]) == ("", "未設定")
    shown = _json(capsys, "configure", str(project_file), "--municipality", "みどり市", "--municipality-type", "町村",
                  "--json")
    assert shown["municipality"] == "みどり市" and shown["municipality_type"] == "town_village"
    info = _json(capsys, "info", str(project_file), "--json")
    assert (info["municipality"], info["municipality_type"], info["municipality_type_label"]) == (
        "みどり市", "town_village", "町村")
    assert main(["configure", str(project_file), "--municipality-type", "designated_city"]) == EXIT_OK
    assert "指定都市" in capsys.readouterr().out
    assert main(["configure", str(project_file)]) == EXIT_OK  # no option: shows, changes nothing
    assert "団体区分: 指定都市" in capsys.readouterr().out


def test_configure_usage_and_user_errors(project_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["configure", str(project_file), "--municipality-type", "都道府県"]) == EXIT_USAGE
    assert main(["configure", str(tmp_path / "none.jcdesk"), "--municipality-type", "一般市"]) == EXIT_USER_ERROR
    capsys.readouterr()


def test_configure_a_municipality_of_the_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "group.jcdesk"
    shutil.copy(sample_projects_dir() / "group_sample.jcdesk", path)
    shown = _json(capsys, "configure", str(path), "--municipality", "あおば町", "--municipality-type", "中核市",
                  "--json")
    types = {m["name"]: m["municipality_type"] for m in shown["municipalities"]}
    assert types == {"みどり市": "city", "あおば町": "core_city", "さくら村": "town_village"}
    assert shown["municipality_type"] == ""  # the project's own is untouched
    info = _json(capsys, "info", str(path), "--json")
    assert {m["name"]: m["municipality_type_label"] for m in info["municipalities"]} == {
        "みどり市": "一般市", "あおば町": "中核市", "さくら村": "町村"}
    assert {p["municipality"] for p in info["processes"]} == {"みどり市", "あおば町", "さくら村"}


def test_analyze_of_the_untouched_sample_counts_one_customization(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sample.jcdesk"
    shutil.copy(default_sample_path(), path)
    document = _json(capsys, "analyze", str(path), "--json")
    assert list(document)[:4] == ["coverage", "findings", "customizations", "unreferenced_mandatory"]
    assert [(c["step"], c["items"], c["scenario"]) for c in document["customizations"]] == [
        ("郵送分を後日入力（処理日を受付日に遡及）", ["JUKI1-4.0.3-N"], "As-Is")]
    assert [(r["process"], r["step"], r["items"], r["reason_code"]) for r in document["open_risks"]] == [
        ("転入届", "庁内他業務システムへ連携（国保・介護・児童手当）", ["JUKI1-7.2.3-M"], "late_delivery"),
        ("転入届", "マイナンバーカード交付申請書を出力・案内", ["JUKI1-7.1.1.3-O"], "option_not_adopted"),
        ("住民票の写しの交付", "交付履歴を記録", ["JUKI1-1.3.8-N"], "prohibited_item"),
    ]  # A社 delivers 7.2.3 on 2026-10-01, after the sample's go-live 2026-04-01
    assert all(set(r) >= {"process", "step", "reason", "items"} for r in document["open_risks"])
    assert not [f for f in document["findings"] if "理由が書かれていません" in f["message"]]
    # 一般市: the four whole-item conditional functions (本機能は、一般市区町村においては…) are not missing
    assert "JUKI1-4.0.10-M" not in document["unreferenced_mandatory"]
    main(["configure", str(path), "--municipality-type", "指定都市"])
    designated = _json(capsys, "analyze", str(path), "--json")
    assert "JUKI1-4.0.10-M" in designated["unreferenced_mandatory"]
    assert len(designated["unreferenced_mandatory"]) > len(document["unreferenced_mandatory"])


def test_a_to_be_copy_supersedes_its_as_is_in_the_register(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sample.jcdesk"
    shutil.copy(default_sample_path(), path)
    opened = ProjectService().open(path)
    try:
        project = opened.project
        source = project.process_named("転出届")
        assert source is not None
        _new_id, edit = duplicate_process(project, source.id)
        opened.session.apply(edit)
    finally:
        opened.close()
    document = _json(capsys, "analyze", str(path), "--json")
    # was 3 → 5 (As-Is and To-Be added together); now the To-Be's decision replaces the As-Is one
    assert [(c["step"], c["scenario"]) for c in document["customizations"]] == [
        ("郵送分を後日入力（処理日を受付日に遡及）", "To-Be")]
    assert len(document["open_risks"]) == 3  # the risks are in other processes, counted once
    assert document["coverage"]["転出届"] == document["coverage"][next(n for n in document["coverage"] if
                                                                   n not in ("転出届", "転入届", "住民票の写しの交付",
                                                                             "転居届（見直し後）"))]


def test_old_free_text_types_parse() -> None:
    assert MunicipalityType("村") is MunicipalityType.TOWN_VILLAGE
    assert MunicipalityType("政令指定都市") is MunicipalityType.DESIGNATED_CITY
    assert MunicipalityType("どこか") is MunicipalityType.UNKNOWN


def test_import_catalog_reports_conditions_and_warnings(project_file: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cond.csv"
    path.write_text("機能ID,機能名称,実装区分\n0010001,区間異動,実装必須機能（指定都市のみ）\n"
                    "0010002,謎,実装必須機能（要確認）\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import-catalog", str(project_file), str(path), "--name", "条件", "--version", "1"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "2 件" in captured.out and "団体区分で実装区分が変わる機能: 1 件" in captured.out
    assert "3行目" in captured.err and "要確認" in captured.err


def test_configure_chooses_the_vendor_and_info_and_analyze_follow(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    project = vendor_project()  # A社: 0010001 ×, 0010002 late; B社: 0010003
    answer = _answer("0010001", VendorAnswerKind.PROVIDED, vendor="B社")
    project.vendor_answer[answer.id] = answer
    path = tmp_path / "vendors.jcdesk"
    ProjectService().create_from(path, project).close()
    info = _json(capsys, "info", str(path), "--json")
    assert (info["vendor"], info["vendor_chosen"], info["vendors"]) == ("A社", False, ["A社", "B社"])
    assert main(["configure", str(path)]) == EXIT_OK
    assert "ベンダー: A社（未選択: 回答数の最も多いベンダー）" in capsys.readouterr().out
    assert _json(capsys, "analyze", str(path), "--json")["vendor"]["missing"] == ["0010001"]
    shown = _json(capsys, "configure", str(path), "--vendor", "B社", "--json")
    assert (shown["vendor"], shown["vendor_chosen"]) == ("B社", True)
    info = _json(capsys, "info", str(path), "--json")
    assert (info["vendor"], info["vendor_chosen"]) == ("B社", True)
    vendor = _json(capsys, "analyze", str(path), "--json")["vendor"]
    assert (vendor["vendor"], vendor["vendor_chosen"], vendor["missing"], vendor["late"]) == ("B社", True, [], [])
    assert main(["configure", str(path), "--vendor", "C社"]) == EXIT_USER_ERROR  # no answers imported from C社
    assert "C社" in capsys.readouterr().err
    assert _json(capsys, "configure", str(path), "--vendor", "", "--json")["vendor_chosen"] is False
    assert _json(capsys, "info", str(path), "--json")["vendor"] == "A社"
