"""read_step_list: CSV (UTF-8, BOM, CP932) and xlsx step lists, conditions, kinds, row-numbered errors, import."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import openpyxl
import pytest

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.layout import Grid, Rect
from jcloud_desk.domain.process import FlowKind, StepKind
from jcloud_desk.io.errors import FormatError, StepListFormatError
from jcloud_desk.io.imported import ImportedFlows
from jcloud_desk.io.step_list import read_step_list
from jcloud_desk.services.flow_import_service import FlowImportService
from tests.factories import small_project

#: A 転入届 step list: 3 lanes, 3 phases, one decision with inline conditions, one with a 条件 column.
ROWS: list[list[str]] = [
    ["番号", "部署", "工程", "手順", "種別", "次の手順", "条件", "備考"],
    ["1", "住民", "受付", "来庁", "開始", "届出書を受付", "", ""],
    ["2", "窓口", "受付", "届出書を受付", "作業", "本人確認", "", "届出日を記録"],
    ["3", "窓口", "受付", "本人確認", "分岐", "はい:住民票を登録、いいえ:再来庁を案内", "", ""],
    ["4", "窓口", "交付", "再来庁を案内", "手作業", "終了", "", ""],
    ["5", "システム", "審査", "住民票を登録", "システム", "登録結果, 終了", "", ""],
    ["6", "システム", "審査", "登録結果", "帳票", "", "", ""],
    ["7", "窓口", "交付", "終了", "終了", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    text = "\r\n".join(",".join(f'"{c}"' if ("," in c or "\n" in c) else c for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def summary(imported: ImportedFlows) -> dict[str, object]:
    """Lanes, phases, steps and flows by name, independent of the random ids."""
    lane = {x.id: x.name for x in imported.lanes}
    phase = {x.id: x.name for x in imported.phases}
    label = {s.id: s.label for s in imported.steps}
    return {
        "processes": imported.process_names(),
        "lanes": [x.name for x in sorted(imported.lanes, key=lambda x: x.sort)],
        "phases": [x.name for x in sorted(imported.phases, key=lambda x: x.sort)],
        "steps": [(s.step_no, lane[s.lane_id], phase.get(s.phase_id, ""), s.label, s.kind) for s in imported.steps],
        "flows": sorted((label[f.source_id], label[f.target_id], f.label, f.kind) for f in imported.flows),
    }


EXPECTED = {
    "processes": ["転入"],
    "lanes": ["住民", "窓口", "システム"],
    "phases": ["受付", "交付", "審査"],
    "steps": [
        ("1", "住民", "受付", "来庁", StepKind.START),
        ("2", "窓口", "受付", "届出書を受付", StepKind.TASK),
        ("3", "窓口", "受付", "本人確認", StepKind.GATEWAY),
        ("4", "窓口", "交付", "再来庁を案内", StepKind.MANUAL_TASK),
        ("5", "システム", "審査", "住民票を登録", StepKind.SYSTEM_TASK),
        ("6", "システム", "審査", "登録結果", StepKind.DOCUMENT),
        ("7", "窓口", "交付", "終了", StepKind.END),
    ],
    "flows": sorted([
        ("来庁", "届出書を受付", "", FlowKind.SEQUENCE),
        ("届出書を受付", "本人確認", "", FlowKind.SEQUENCE),
        ("本人確認", "住民票を登録", "はい", FlowKind.SEQUENCE),
        ("本人確認", "再来庁を案内", "いいえ", FlowKind.SEQUENCE),
        ("再来庁を案内", "終了", "", FlowKind.SEQUENCE),
        ("住民票を登録", "登録結果", "", FlowKind.ASSOCIATION),
        ("住民票を登録", "終了", "", FlowKind.SEQUENCE),
    ]),
}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_csv_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    imported = read_step_list(write_csv(tmp_path / "転入.csv", ROWS, encoding))
    assert summary(imported) == EXPECTED
    assert imported.positioned is False
    assert imported.warnings == []
    assert imported.counts == {"rows": 7, "processes": 1, "lanes": 3, "phases": 3, "steps": 7, "flows": 7}
    notes = {s.label: s.notes for s in imported.steps}
    assert notes["届出書を受付"] == "届出日を記録"
    assert "転入.csv" in imported.processes[0].notes


def test_xlsx_header_below_a_title_on_the_second_sheet_and_merged_cells(tmp_path: Path) -> None:
    data: list[list[object]] = [["転入届 手順一覧"], [], *copy.deepcopy(ROWS)]
    data[3][0] = 1  # numbers come back as int, not "1.0"
    data[5][1] = None  # merged cells: 窓口 repeats from the row above
    data[8][1] = data[8][2] = None  # システム / 審査 from the row above
    path = write_xlsx(tmp_path / "転入.xlsx", {"表紙": [["説明だけのシート"]], "手順": data})
    imported = read_step_list(path)
    assert summary(imported) == EXPECTED


def test_conditions_in_their_own_column_by_position(tmp_path: Path) -> None:
    rows = [
        ["部署名", "工程名", "作業", "区分", "遷移先", "分岐条件"],
        ["窓口", "審査", "審査", "判断", "承認\n差戻し", "可;不可"],
        ["課長", "決裁", "承認", "", "", ""],
        ["窓口", "審査", "差戻し", "", "", ""],
    ]
    imported = read_step_list(write_csv(tmp_path / "審査.csv", rows))
    assert summary(imported)["flows"] == [("審査", "差戻し", "不可", FlowKind.SEQUENCE),
                                         ("審査", "承認", "可", FlowKind.SEQUENCE)]


def test_condition_count_mismatch_is_a_warning(tmp_path: Path) -> None:
    rows = [["部署", "手順", "次の手順", "条件"], ["窓口", "A", "B、C", "はい"], ["窓口", "B", "", ""],
            ["窓口", "C", "", ""]]
    imported = read_step_list(write_csv(tmp_path / "a.csv", rows))
    assert [f.label for f in imported.flows] == ["はい", ""]
    assert imported.warnings[0].where == "a.csv:2"
    assert "条件の数" in imported.warnings[0].message


def test_unknown_kind_is_a_task_with_a_warning(tmp_path: Path) -> None:
    rows = [["部署", "手順", "種別"], ["窓口", "受付", "ふしぎ"], ["窓口", "入力", "System_Task"]]
    imported = read_step_list(write_csv(tmp_path / "a.csv", rows))
    assert [s.kind for s in imported.steps] == [StepKind.TASK, StepKind.SYSTEM_TASK]
    assert len(imported.warnings) == 1
    assert imported.warnings[0].where == "a.csv:2"
    assert "種別「ふしぎ」" in imported.warnings[0].message


def test_missing_target_names_the_row(tmp_path: Path) -> None:
    rows = [["部署", "手順", "次の手順"], ["窓口", "受付", "確認"], ["窓口", "確認", ""], ["窓口", "入力", ""],
            ["窓口", "照会", "審査"]]
    with pytest.raises(StepListFormatError) as info:
        read_step_list(write_csv(tmp_path / "a.csv", rows))
    assert info.value.row == 5
    assert "5行目: 次の手順「審査」が見つかりません" in str(info.value)
    assert isinstance(info.value, FormatError)


def test_targets_by_number_and_ambiguous_labels(tmp_path: Path) -> None:
    rows = [["No", "部署", "手順", "次の手順"], ["1", "窓口", "確認", "２"], ["2", "窓口", "確認", "3"],
            ["3", "窓口", "完了", ""]]
    imported = read_step_list(write_csv(tmp_path / "a.csv", rows))
    assert summary(imported)["flows"] == [("確認", "完了", "", FlowKind.SEQUENCE),
                                         ("確認", "確認", "", FlowKind.SEQUENCE)]
    rows[1][3] = "確認"
    with pytest.raises(StepListFormatError, match="2行目: 次の手順「確認」が複数あります（2行目、3行目）"):
        read_step_list(write_csv(tmp_path / "b.csv", rows))
    rows[2][0] = "1"
    with pytest.raises(StepListFormatError, match="3行目: 番号「1」が重複しています（2行目と同じ）"):
        read_step_list(write_csv(tmp_path / "c.csv", rows))


@pytest.mark.parametrize(
    ("rows", "row", "reason"),
    [
        ([["部署", "工程"], ["窓口", "受付"]], 1, "必須の列がありません: 手順"),
        ([["部署", "手順"], ["窓口", ""]], 2, "手順が空です"),
        ([["部署", "手順"], ["", "受付"]], 2, "部署が空です"),
        ([["部署", "手順"]], None, "手順の行がありません"),
    ],
)
def test_format_errors(tmp_path: Path, rows: list[list[str]], row: int | None, reason: str) -> None:
    with pytest.raises(StepListFormatError) as info:
        read_step_list(write_csv(tmp_path / "a.csv", rows))
    assert info.value.row == row
    assert reason in info.value.reason


def test_broken_files(tmp_path: Path) -> None:
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(StepListFormatError, match="Excel ファイルを開けません"):
        read_step_list(tmp_path / "bad.xlsx")
    (tmp_path / "bad.csv").write_bytes(b"\x81\xff\x81\xff")  # neither UTF-8 nor CP932, no BOM
    with pytest.raises(StepListFormatError, match="文字コード"):
        read_step_list(tmp_path / "bad.csv")
    path = write_xlsx(tmp_path / "none.xlsx", {"Sheet": [["a", "b"], [1, 2]]})
    with pytest.raises(StepListFormatError, match=r"シート「Sheet」.*1行目: 必須の列がありません: 部署、手順"):
        read_step_list(path)


def test_without_next_column_rows_flow_in_order_per_process(tmp_path: Path) -> None:
    rows = [["業務フロー", "部署", "手順", "種別"], ["転入", "窓口", "受付", "開始"], ["", "窓口", "入力", ""],
            ["", "窓口", "完了", "終了"], ["転出", "窓口", "受付", ""], ["", "システム", "入力", ""]]
    imported = read_step_list(write_csv(tmp_path / "a.csv", rows))
    assert imported.process_names() == ["転入", "転出"]
    process = {p.id: p.name for p in imported.processes}
    label = {s.id: (process[s.process_id], s.label) for s in imported.steps}
    assert [(label[f.source_id], label[f.target_id]) for f in imported.flows] == [
        (("転入", "受付"), ("転入", "入力")), (("転入", "入力"), ("転入", "完了")),
        (("転出", "受付"), ("転出", "入力")),
    ]
    assert [(process[x.process_id], x.name, x.sort) for x in imported.lanes] == [
        ("転入", "窓口", 0.0), ("転出", "窓口", 0.0), ("転出", "システム", 1.0)]
    assert imported.phases == []


def overlapping(rects: list[Rect]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(rects) for j, b in enumerate(rects) if i < j
            and a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h]


def test_import_edit_lays_out_without_overlaps_and_undoes(tmp_path: Path) -> None:
    project = small_project()
    before = copy.deepcopy(project)
    imported = read_step_list(write_csv(tmp_path / "転入.csv", ROWS))
    edit = FlowImportService().import_edit(project, imported)
    inverse = edit.apply(project, Change())
    new = project.process_named("転入")
    assert new is not None
    steps = project.steps_of(new.id)
    assert len(steps) == 7
    grid = Grid(project.lanes_of(new.id), project.phases_of(new.id))
    assert overlapping([grid.step_rect(s) for s in steps]) == []
    for step in steps:  # every step stays inside its own lane × phase cell
        lane, phase = grid.lane_rect(step.lane_id), grid.phase_rect(step.phase_id)
        x, y = grid.step_center(step)
        assert lane.y <= y <= lane.y + lane.h and phase.x <= x <= phase.x + phase.w
    inverse.apply(project, Change())
    assert project == before


def test_a_damaged_sheet_is_a_step_list_error(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"手順": [["部署", "手順"], ["窓口", "受付"]]})
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # truncated XML
            target.writestr(item, data)
    with pytest.raises(StepListFormatError, match="Excel ファイル"):
        read_step_list(damaged)
