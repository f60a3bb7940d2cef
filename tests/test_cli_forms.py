"""CLI of issue 13: import-catalog with a 帳票要件 sheet, `info --json` kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jcloud_desk.cli import EXIT_OK, EXIT_USER_ERROR, main
from jcloud_desk.services.project_service import ProjectService
from tests.factories import small_project
from tests.io.form_workbooks import write_two_sheet_workbook


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


def _info(project: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["info", str(project), "--json"]) == EXIT_OK
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_import_catalog_with_forms_sheet(project_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    code = main(["import-catalog", str(project_file), str(workbook), "--name", "住民記録第6版", "--version", "6.0",
                 "--functions-sheet", "機能要件", "--forms-sheet", "帳票要件"])
    assert code == EXIT_OK
    assert "機能 2 件・帳票 3 件" in capsys.readouterr().out
    catalogs = {c["name"]: c for c in _info(project_file, capsys)["catalogs"]}  # type: ignore[attr-defined]
    assert catalogs["住民記録第6版"]["kinds"] == {"function": 2, "form": 3}
    assert catalogs["住民記録システム標準仕様書"]["kinds"] == {"function": 3, "form": 0}


def test_import_catalog_unknown_forms_sheet(project_file: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    code = main(["import-catalog", str(project_file), str(workbook), "--forms-sheet", "ない"])
    assert code == EXIT_USER_ERROR
    assert "シート「ない」がありません" in capsys.readouterr().err


INVENTORY = """帳票名,送付先,年間件数,帳票ID,差異,対応方法
住民票の写し,申請者,1200,0010001,印字項目の差異,標準帳票を使用
窓口集計表,市民課長,12,独自帳票,標準にない帳票,
"""


def test_import_forms_and_analyze(project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_two_sheet_workbook(tmp_path / "spec.xlsx")
    assert main(["import-catalog", str(project_file), str(workbook), "--name", "第6版",
                 "--forms-sheet", "帳票要件"]) == EXIT_OK
    inventory = tmp_path / "forms.csv"
    inventory.write_text(INVENTORY + "謎の帳票,,1,9999999,,廃止\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import-forms", str(project_file), str(inventory), "--municipality", "テスト市"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "追加 3 件" in out and "4行目: 帳票ID 9999999" in out
    assert main(["analyze", str(project_file), "--json"]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert document["forms"] == {"unreferenced_mandatory": ["0010003"], "without_route": ["窓口集計表"]}
    assert {"coverage", "findings", "customizations", "unreferenced_mandatory"} <= set(document)
    # importing again changes nothing
    assert main(["import-forms", str(project_file), str(inventory)]) == EXIT_OK
    assert "追加 0 件、更新 0 件" in capsys.readouterr().out


def test_import_forms_unknown_municipality(project_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    inventory = tmp_path / "forms.csv"
    inventory.write_text(INVENTORY, encoding="utf-8")
    assert main(["import-forms", str(project_file), str(inventory), "--municipality", "架空町"]) == EXIT_USER_ERROR
    assert "団体「架空町」はありません" in capsys.readouterr().err


def test_import_vendor_lists_unknown_ids_and_analyze(project_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "vendor.csv"
    answers.write_text("機能ID,回答,提供予定日,コメント\n0010001,×,,未対応\n0010002,オプション,2026/10/1,\n"
                       "9999999,○,,\n", encoding="utf-8")
    code = main(["import-vendor", str(project_file), str(answers), "--catalog", "住民記録システム標準仕様書",
                 "--vendor", "A社", "--go-live", "2026/4/1"])
    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert "追加 2 件" in out and "4行目: 9999999 は機能一覧「住民記録システム標準仕様書」にありません" in out
    assert main(["analyze", str(project_file), "--json"]) == EXIT_OK
    vendor = json.loads(capsys.readouterr().out)["vendor"]
    assert (vendor["missing"], vendor["late"], vendor["unanswered"]) == (["0010001"], ["0010002"], [])
    assert vendor["vendor"] == "A社" and vendor["go_live_on"] == "2026-04-01"
    assert main(["check", str(project_file), "--json"]) == EXIT_OK
    assert "vendor_not_provided" in {f["rule"] for f in json.loads(capsys.readouterr().out)}


def test_importing_another_vendor_than_the_chosen_one_says_its_answers_do_not_count(
        project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "vendor.csv"
    answers.write_text("機能ID,回答\n0010001,○\n", encoding="utf-8")
    catalog = ["--catalog", "住民記録システム標準仕様書"]
    assert main(["import-vendor", str(project_file), str(answers), *catalog, "--vendor", "A社"]) == EXIT_OK
    capsys.readouterr()
    assert main(["info", str(project_file)]) == EXIT_OK
    assert "ベンダー: 「A社」（未選択: 回答数の最も多いベンダー）" in capsys.readouterr().out
    assert main(["configure", str(project_file), "--vendor", "A社"]) == EXIT_OK
    capsys.readouterr()
    assert main(["info", str(project_file)]) == EXIT_OK
    assert "ベンダー: 「A社」\n" in capsys.readouterr().out
    assert main(["import-vendor", str(project_file), str(answers), *catalog, "--vendor", "B社"]) == EXIT_OK
    assert "これらの回答はまだ集計に使われません: プロジェクトのベンダーは「A社」です" in capsys.readouterr().out
    assert main(["--lang", "en", "import-vendor", str(project_file), str(answers), *catalog, "--vendor", "A社"]) \
        == EXIT_OK
    assert "do not count" not in capsys.readouterr().out  # the chosen vendor's own answers count


def test_import_vendor_unknown_catalog(project_file: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "vendor.csv"
    answers.write_text("機能ID,回答\n0010001,○\n", encoding="utf-8")
    assert main(["import-vendor", str(project_file), str(answers), "--catalog", "ない"]) == EXIT_USER_ERROR
    assert "機能一覧「ない」はありません" in capsys.readouterr().err
    assert main(["import-vendor", str(project_file), str(answers)]) == 2  # --catalog is required


def test_vendor_sheet_round_trip_cli(project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    from jcloud_desk.io.forms.vendor_sheet import ANSWER_COLUMN, SHEET

    sheet = tmp_path / "vendor.xlsx"
    assert main(["export-vendor-sheet", str(project_file), "--out", str(sheet), "--vendor", "A社"]) == EXIT_OK
    assert "（2 行）" in capsys.readouterr().out
    wb = openpyxl.load_workbook(sheet)
    for row in wb[SHEET].iter_rows(min_row=2):
        row[ANSWER_COLUMN - 1].value = "○"
    wb.save(sheet)
    assert main(["import-vendor-sheet", str(project_file), str(sheet), "--dry-run", "--json"]) == EXIT_OK
    dry = json.loads(capsys.readouterr().out)
    assert dry["applied"] is False and [c["item"] for c in dry["changes"]] == ["0010002", "0010001"]
    assert dry["changes"][0]["before"] is None and dry["changes"][0]["after"]["answer"] == "○"
    assert main(["import-vendor-sheet", str(project_file), str(sheet)]) == EXIT_OK
    assert "適用しました" in capsys.readouterr().out
    assert main(["import-vendor-sheet", str(project_file), str(sheet), "--json"]) == EXIT_OK
    again = json.loads(capsys.readouterr().out)
    assert again["changes"] == [] and again["unchanged"] == 2 and again["applied"] is False
    assert main(["export-vendor-sheet", str(project_file), "--out", str(tmp_path / "x.csv")]) == EXIT_USER_ERROR
