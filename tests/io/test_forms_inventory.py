"""現行帳票 inventory files: CSV (title row, Japanese words) and xlsx, every bad row named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jcloud_desk.domain.forms import FormDifference, FormRoute
from jcloud_desk.io.forms.inventory import InventoryImportError, current_form_id, read_inventory

CSV = """現行帳票一覧（テスト市）
帳票名,送付先,年間件数,帳票ID,差異,対応方法,備考
住民票の写し,申請者,"12,000",0010001,印字項目の差異,標準帳票を使用,
窓口集計表,市民課長,12件,独自帳票,標準にない帳票,EUCで作成,月次
旧様式の通知,転出地,0,,不要になる帳票,廃止,
"""


def test_csv_inventory(tmp_path: Path) -> None:
    path = tmp_path / "forms.csv"
    path.write_text(CSV, encoding="cp932")
    rows = read_inventory(path, "m1")
    forms = [r.form for r in rows]
    assert [(f.name, f.recipient, f.annual_volume, f.form_code, f.own_form, f.difference, f.route) for f in forms] == [
        ("住民票の写し", "申請者", 12000, "0010001", False, FormDifference.PRINT_ITEMS, FormRoute.STANDARD),
        ("窓口集計表", "市民課長", 12, "", True, FormDifference.NOT_IN_STANDARD, FormRoute.EUC),
        ("旧様式の通知", "転出地", 0, "", False, FormDifference.NO_LONGER_NEEDED, FormRoute.ABOLISH),
    ]
    assert forms[1].notes == "月次" and forms[0].municipality == "m1"
    assert forms[0].id == current_form_id("m1", "住民票の写し")
    assert [r.row for r in rows] == [3, 4, 5]


def test_bad_rows_are_all_listed(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["帳票名", "年間件数", "差異", "対応方法"], ["A", "多数", "", ""], ["", "1", "", ""],
                ["B", "1", "ちがい", "相談"], ["A", "1", "", ""]]:
        ws.append(row)
    wb.save(path)
    with pytest.raises(InventoryImportError) as caught:
        read_inventory(path)
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (2, "年間件数"), (3, "帳票名"), (4, "差異"), (4, "対応方法"), (5, "帳票名")]
    assert "現行帳票ファイル" in str(caught.value)


def test_missing_name_column(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("送付先,年間件数\n申請者,1\n", encoding="utf-8")
    with pytest.raises(InventoryImportError, match="帳票名の列がありません"):
        read_inventory(path)
