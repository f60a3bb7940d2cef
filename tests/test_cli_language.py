"""Every sub-command speaks ``--lang``: run on a fresh copy of the sample project with real input files, English
output has no Japanese outside the user's own texts (labels, names, file content), Japanese output is Japanese.

A new sub-command without a case here fails ``test_every_sub_command_has_a_case``.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from jcloud_desk.analysis.messages import render
from jcloud_desk.cli import build_parser, main
from jcloud_desk.domain.project import CLASSES
from jcloud_desk.io.forms.vendor_sheet import ANSWER_COLUMN, SHEET
from jcloud_desk.paths import sample_projects_dir
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.vendor_sheet_service import export_vendor_sheet

GROUP_SAMPLE = sample_projects_dir() / "group_sample.jcdesk"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]")
QUOTED = re.compile(r"“[^”]*”")

CATALOG_CSV = ("機能ID,機能名称,機能要件,実装区分,備考\n"
               "T-1,テスト機能,テストの要件,実装必須,\n"
               "T-2,テスト帳票,帳票の要件,標準オプション,政令市は実装必須\n"
               "T-3,テスト照会,照会の要件,標準オプション,政令市では条件により実装必須とする場合がある\n")
STEP_LIST = "部署,手順,種別,次の手順\n窓口,受付,開始,確認\n窓口,確認,なにか,完了\n窓口,完了,終了,\n"
INVENTORY = ("帳票名,送付先,年間件数,帳票ID,差異,対応方法\n"
             "住民票の写し,申請者,1200,9999999,印字項目の差異,標準帳票を使用\n")

Case = Callable[[Path, Path], list[str]]


def _project(path: Path) -> object:
    opened = ProjectService().open(path, read_only=True)
    try:
        return opened.project
    finally:
        opened.close()


def _codes(path: Path, n: int) -> list[str]:
    project = _project(path)
    return [item.code for item in project.item.values()][:n]  # type: ignore[attr-defined]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _catalog_revision(project: Path, folder: Path) -> list[str]:
    first = _write(folder, "cat1.csv", CATALOG_CSV)
    assert main(["import-catalog", str(project), str(first), "--name", "test-list", "--version", "1"]) == 0
    changed = CATALOG_CSV.replace("テスト機能,", "テスト機能（改）,").replace("T-3,", "T-4,")
    return ["import-catalog", str(project), str(_write(folder, "cat2.csv", changed)), "--name", "test-list",
            "--version", "2"]


def _vendor(project: Path, folder: Path) -> list[str]:
    one, two = _codes(project, 2)
    answers = _write(folder, "vendor.csv", f"機能ID,回答,提供予定日,コメント\n{one},×,,\n{two},オプション,2030/10/1,\n"
                                           "NO-SUCH,○,,\n")
    return ["import-vendor", str(project), str(answers), "--catalog", "住民記録システム標準仕様書", "--vendor", "V",
            "--go-live", "2026/4/1"]


def _vendor_sheet(project: Path, folder: Path) -> list[str]:
    opened = ProjectService().open(project, read_only=True)
    try:
        sheet, _rows = export_vendor_sheet(opened.project, folder / "sheet.xlsx", "V")
    finally:
        opened.close()
    workbook = openpyxl.load_workbook(sheet)
    rows = list(workbook[SHEET].iter_rows(min_row=2))
    rows[0][ANSWER_COLUMN - 1].value = "○"
    rows[1][ANSWER_COLUMN - 1].value = "maybe"
    workbook.save(sheet)
    return ["import-vendor-sheet", str(project), str(sheet), "--dry-run"]


def _merge(project: Path, folder: Path) -> list[str]:
    other = folder / "other.jcdesk"
    shutil.copy(project, other)
    assert main(["configure", str(other), "--municipality", "other-town"]) == 0
    return ["merge", str(project), str(other), "--prefer", "theirs"]


CASES: dict[str, Case] = {
    "new": lambda p, f: ["new", str(f / "new.jcdesk"), "--name", "n"],
    "configure": lambda p, f: ["configure", str(p), "--municipality-type", "中核市"],
    "info": lambda p, f: ["info", str(p)],
    "sample": lambda p, f: ["sample", str(f / "again.jcdesk")],
    "check": lambda p, f: ["check", str(p), "--process", "転入届"],
    "layout": lambda p, f: ["layout", str(p), "--process", "転入届"],
    "render": lambda p, f: ["render", str(p), "--process", "転入届", "--out", str(f / "a.svg")],
    "analyze": lambda p, f: ["analyze", str(p)],
    "import-catalog": _catalog_revision,
    "import-flow": lambda p, f: ["import-flow", str(p), str(_write(f, "flow.csv", STEP_LIST))],
    "export-bpmn": lambda p, f: ["export-bpmn", str(p), "--process", "転入届", "--out", str(f / "a.bpmn")],
    "report": lambda p, f: ["report", str(p), "--out", str(f / "r.xlsx")],
    "group-report": lambda p, f: ["group-report", str(shutil.copy(GROUP_SAMPLE, f / "group.jcdesk")),
                                  "--out", str(f / "g.xlsx")],
    "diff": lambda p, f: ["diff", str(p), "--from", "転入届", "--to", "転出届"],
    "export-json": lambda p, f: ["export-json", str(p), "--out", str(f / "a.json")],
    "import-json": lambda p, f: (main(["export-json", str(p), "--out", str(f / "a.json")]),
                                 ["import-json", str(f / "a.json"), "--out", str(f / "b.jcdesk")])[1],
    "merge": _merge,
    "suggest": lambda p, f: ["suggest", str(p), "住民票の写しを交付", "--k", "2"],
    "import-forms": lambda p, f: ["import-forms", str(p), str(_write(f, "forms.csv", INVENTORY))],
    "import-vendor": _vendor,
    "export-vendor-sheet": lambda p, f: ["export-vendor-sheet", str(p), "--out", str(f / "v.xlsx")],
    "import-vendor-sheet": _vendor_sheet,
}
#: Commands whose human output is the user's own texts only (names of the imported flows, suggested items).
CONTENT_ONLY = {"suggest"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "sample.jcdesk"
    assert main(["sample", str(path)]) == 0
    return path


def user_texts(folder: Path) -> list[str]:
    """Every Japanese text of every project file in ``folder`` and every cell of its input files (longest first)."""
    texts: set[str] = set()
    for path in folder.glob("*.jcdesk"):
        project = _project(path)
        for kind in CLASSES:
            for entity in project.table(kind).values():  # type: ignore[attr-defined]
                texts.update(v for f in dataclasses.fields(entity) if isinstance(v := getattr(entity, f.name), str))
    for path in folder.glob("*.csv"):
        texts.update(cell for line in path.read_text(encoding="utf-8").splitlines() for cell in line.split(","))
    for path in folder.glob("sheet.xlsx"):
        for row in openpyxl.load_workbook(path)[SHEET].iter_rows(values_only=True):
            texts.update(str(v) for v in row if v is not None)
    texts.add("住民票の写しを交付")
    return sorted((t for t in texts if JAPANESE.search(t)), key=len, reverse=True)


def outside_user_texts(output: str, texts: list[str]) -> str:
    """``output`` without quoted labels (“…”) and without the user's own texts."""
    output = QUOTED.sub("", output)
    for text in texts:
        output = output.replace(text, "")
    return output


def _fresh_copy(sample: Path, folder: Path) -> Path:
    """A new folder holding a copy of the sample project (its path)."""
    folder.mkdir()
    project = folder / "p.jcdesk"
    shutil.copy(sample, project)
    return project


def _run(command: str, language: str, sample: Path, folder: Path, capsys: pytest.CaptureFixture[str]
         ) -> tuple[int, str]:
    project = _fresh_copy(sample, folder)
    argv = CASES[command](project, folder)
    capsys.readouterr()
    code = main(["--lang", language, *argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_every_sub_command_has_a_case() -> None:
    _parser, handlers = build_parser()
    assert set(handlers) - {"gui"} == set(CASES)


@pytest.mark.parametrize("command", sorted(CASES))
def test_english_output_has_no_japanese_words(command: str, sample: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, output = _run(command, "en", sample, tmp_path / "en", capsys)
    assert code == 0, output
    assert output.strip(), "the command says something"
    leftover = outside_user_texts(output, user_texts(tmp_path / "en"))
    assert not JAPANESE.search(leftover), f"{command}:\n{output}\n--- Japanese left:\n{leftover}"


@pytest.mark.parametrize("command", sorted(CASES))
def test_japanese_output_is_japanese(command: str, sample: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, japanese = _run(command, "ja", sample, tmp_path / "ja", capsys)
    assert code == 0, japanese
    if command in CONTENT_ONLY:
        english = _run(command, "en", sample, tmp_path / "en", capsys)[1]
        assert japanese == english and japanese.strip()
    else:
        assert JAPANESE.search(outside_user_texts(japanese, user_texts(tmp_path / "ja"))), japanese


def _catalog(name: str, text: str, *options: str) -> Case:
    return lambda p, f: ["import-catalog", str(p), str(_write(f, name, text)), *options]


def _twice(p: Path, f: Path) -> list[str]:
    argv = ["import-catalog", str(p), str(_write(f, "cat.csv", CATALOG_CSV)), "--name", "x", "--version", "1"]
    assert main(argv) == 0
    return argv


#: Commands refused with a message (exit 1; 2 for a usage error).
ERROR_CASES: dict[str, Case] = {
    "missing-file": lambda p, f: ["info", str(f / "none.jcdesk")],
    "not-a-project": lambda p, f: ["info", str(_write(f, "text.txt", ""))],
    "json-format": lambda p, f: ["import-json", str(_write(f, "bad.json", '{"format": "x"}')),
                                 "--out", str(f / "n.jcdesk")],
    "json-rows": lambda p, f: ["import-json", str(_write(f, "bad.json", json.dumps(
        {"format": "jcloud_desk-project", "version": 1, "tables": {"info": [{"id": 3}]}}))),
                               "--out", str(f / "n.jcdesk")],
    "unknown-process": lambda p, f: ["check", str(p), "--process", "ない業務"],
    "render-format": lambda p, f: ["render", str(p), "--process", "転入届", "--out", str(f / "a.gif")],
    "render-dpi": lambda p, f: ["render", str(p), "--process", "転入届", "--out", str(f / "a.png"), "--dpi", "5"],
    "report-format": lambda p, f: ["report", str(p), "--out", str(f / "r.txt")],
    "report-folder": lambda p, f: ["report", str(p), "--out", str(f / "none" / "r.xlsx")],
    "group-report-no-group": lambda p, f: ["group-report", str(p), "--out", str(f / "g.xlsx")],
    "group-report-format": lambda p, f: ["group-report", str(p), "--out", str(f / "g.pdf")],
    "diff-no-origin": lambda p, f: ["diff", str(p), "--to", "転入届"],
    "catalog-columns": _catalog("bad.csv", "a,b\n1,2\n"),
    "catalog-rows": _catalog("rows.csv", "機能ID,機能名称,機能要件,実装区分\n,名前,要件,実装必須\nA,,要件,実装必須\n"
                                         "A,名前,要件,たぶん\n"),
    "catalog-map": lambda p, f: _catalog("c.csv", CATALOG_CSV, "--map", str(_write(f, "map.csv", "T-1,T-2\n")))(p, f),
    "catalog-revises": _catalog("c.csv", CATALOG_CSV, "--revises", "ない機能一覧"),
    "catalog-twice": _twice,
    "vendor-catalog": lambda p, f: ["import-vendor", str(p), str(_write(f, "v.csv", "機能ID,回答\nX,○\n")),
                                    "--catalog", "ない"],
    "vendor-go-live": lambda p, f: ["import-vendor", str(p), str(_write(f, "v.csv", "機能ID,回答\nX,○\n")),
                                    "--catalog", "住民記録システム標準仕様書", "--go-live", "someday"],
    "forms-municipality": lambda p, f: ["import-forms", str(p), str(_write(f, "forms.csv", INVENTORY)),
                                        "--municipality", "架空町"],
    "vendor-rows": lambda p, f: ["import-vendor", str(p), str(_write(f, "v.csv", "機能ID,回答,提供予定日\n,○,\n"
                                                                    "X,たぶん,\nY,○,いつか\nY,○,\n")),
                                 "--catalog", "住民記録システム標準仕様書"],
    "forms-rows": lambda p, f: ["import-forms", str(p),
                                str(_write(f, "forms.csv", "帳票名,年間件数\n,1\nA,many\nA,1\n"))],
    "forms-columns": lambda p, f: ["import-forms", str(p), str(_write(f, "forms.csv", "a,b\n1,2\n"))],
    "flow-format": lambda p, f: ["import-flow", str(p), str(_write(f, "flow.txt", "x"))],
    "flow-next": lambda p, f: ["import-flow", str(p),
                               str(_write(f, "flow.csv", STEP_LIST.replace(",完了\n", ",どこか\n")))],
    "flow-columns": lambda p, f: ["import-flow", str(p), str(_write(f, "flow.csv", "a,b\n1,2\n"))],
    "configure-vendor": lambda p, f: ["configure", str(p), "--vendor", "ないベンダー"],
    "vendor-sheet-format": lambda p, f: ["export-vendor-sheet", str(p), "--out", str(f / "v.csv")],
    "merge-self": lambda p, f: ["merge", str(p), str(p)],
    "merge-conflicts": lambda p, f: _merge(p, f)[:-2],
    "suggest-nothing": lambda p, f: ["suggest", str(p)],
}
USAGE_ERRORS = {"suggest-nothing"}


@pytest.mark.parametrize("case", sorted(ERROR_CASES))
def test_errors_are_worded_in_the_language(case: str, sample: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    expected = 2 if case in USAGE_ERRORS else 1
    outputs = {}
    for language in ("en", "ja"):
        folder = tmp_path / language
        project = _fresh_copy(sample, folder)
        argv = ERROR_CASES[case](project, folder)
        capsys.readouterr()
        assert main(["--lang", language, *argv]) == expected
        captured = capsys.readouterr()
        outputs[language] = (captured.out + captured.err, captured.err, user_texts(folder))
    english, english_err, texts = outputs["en"]
    assert english_err.startswith("Error: ") or "\nError: " in english_err, english_err
    leftover = outside_user_texts(english, texts)
    assert not JAPANESE.search(leftover), f"{case}:\n{english}\n--- Japanese left:\n{leftover}"
    japanese, japanese_err, texts = outputs["ja"]
    assert "エラー: " in japanese_err and JAPANESE.search(outside_user_texts(japanese, texts)), japanese


def test_error_line_words_errors_carrying_a_message() -> None:
    from jcloud_desk.analysis.messages import worded
    from jcloud_desk.cli_output import UserError, error_line
    from jcloud_desk.ui.export.render_limits import fit_pixels

    with pytest.raises(ValueError) as caught:
        fit_pixels(200_000, 20_000, 150)
    assert error_line(caught.value, "ja") == f"エラー: {caught.value}"
    assert error_line(caught.value, "en").startswith("Error: The diagram does not fit in a PNG (200,000×20,000")
    assert error_line(ValueError(worded("json.not_utf8")), "en") == "Error: Not UTF-8"
    assert error_line(ValueError("そのままの文"), "en") == "Error: そのままの文", "an unworded text stays as it is"
    assert error_line(UserError("cli.render_dpi"), "ja") == "エラー: --dpi は 30〜1200 で指定してください"
    notice = fit_pixels(50_000, 30_000, 300).notice()
    assert notice.startswith("図が大きいため") and "文字は読めない大きさです。" in notice
    assert render(notice.message, "en").startswith("The diagram is large")  # type: ignore[attr-defined]


def test_every_help_text_has_english(capsys: pytest.CaptureFixture[str]) -> None:
    from jcloud_desk.cli_help import HELP_EN, help_holders, parsers

    parser, _handlers = build_parser()
    texts = [p.description for p in parsers(parser) if p.description]
    texts += [a.help for a in help_holders(parser) if a.help and JAPANESE.search(a.help)]
    texts += [a.metavar for a in help_holders(parser) if isinstance(a.metavar, str) and JAPANESE.search(a.metavar)]
    assert texts and not [t for t in texts if t not in HELP_EN], "help texts without English"
    assert not [t for t in HELP_EN.values() if JAPANESE.search(t.replace("○△×", ""))]
    assert main(["--lang", "en", "--help"]) == 0
    english = capsys.readouterr().out
    assert "create a new project file" in english and not JAPANESE.search(english)
    for command in sorted(CASES):
        assert main(["--lang", "en", command, "--help"]) == 0
        page = capsys.readouterr().out
        assert not JAPANESE.search(page), page
    assert main(["--lang", "ja", "new", "--help"]) == 0
    assert "新しいプロジェクト" not in capsys.readouterr().out  # the command's own page lists its options
    assert main(["--lang", "ja", "--help"]) == 0
    assert "新しいプロジェクトファイルを作成" in capsys.readouterr().out


def test_json_keeps_its_keys_and_words_its_messages(sample: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    documents = {}
    for language in ("en", "ja"):
        folder = tmp_path / language
        project = _fresh_copy(sample, folder)
        sheet = _vendor_sheet(project, folder)[2]
        merge = _merge(project, folder)[:-2]
        capsys.readouterr()
        assert main(["--lang", language, "import-vendor-sheet", str(project), sheet, "--dry-run", "--json"]) == 0
        vendor = json.loads(capsys.readouterr().out)
        assert main(["--lang", language, *merge, "--json"]) == 1
        documents[language] = (vendor, json.loads(capsys.readouterr().out))
    (vendor_en, merge_en), (vendor_ja, merge_ja) = documents["en"], documents["ja"]
    assert list(vendor_en) == list(vendor_ja) and list(merge_en) == list(merge_ja)
    assert [list(p) for p in vendor_en["problems"]] == [list(p) for p in vendor_ja["problems"]] == [["row", "message"]]
    assert vendor_en["problems"][0]["message"] == "Cannot read the answer “maybe” (○ / △ / × / option)"
    assert vendor_ja["problems"][0]["message"] == "回答「maybe」を解釈できません（○ / △ / × / オプション）"
    (conflict_en,), (conflict_ja,) = merge_en["conflicts"], merge_ja["conflicts"]
    assert list(conflict_en) == list(conflict_ja)
    assert (conflict_en["label"], conflict_en["reason"]) == (
        "municipality of project information", "on both sides with different contents (no common origin)")
    assert (conflict_ja["label"], conflict_ja["reason"]) == (
        "プロジェクト情報 の団体", "両方にあり内容が違う（共通の元なし）")
    assert {k: v for k, v in conflict_en.items() if k not in ("label", "reason")} == \
        {k: v for k, v in conflict_ja.items() if k not in ("label", "reason")}
