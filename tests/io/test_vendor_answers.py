"""Vendor answer files: marks, dates, 帳票ID rows, every bad row named."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.domain.catalog import ItemKind
from jcloud_desk.domain.vendor import VendorAnswerKind
from jcloud_desk.io.forms.vendor_answers import VendorAnswerImportError, parse_date, read_vendor_answers

A = VendorAnswerKind


def test_parse_date() -> None:
    assert parse_date("2026/4/1") == "2026-04-01"
    assert parse_date("2026年10月") == "2026-10-01"
    assert parse_date("２０２６－０４－０１") == "2026-04-01"
    assert parse_date("") == "" and parse_date("提供済") == ""
    assert parse_date("来年度") is None and parse_date("2026/13/1") is None


def test_answers_with_forms(tmp_path: Path) -> None:
    path = tmp_path / "vendor.csv"
    path.write_text("ベンダー適合回答\n機能ID,帳票ID,回答,提供予定日,コメント,費用\n"
                    "0010001,,○,,,\n0010002,,オプション,2026/10/1,有償,月額5万円\n,0010001,△,,様式一部,\n"
                    "0010003,,×,,,\n", encoding="utf-8")
    rows = read_vendor_answers(path, "住民記録", "A社")
    assert [(r.row, r.answer.kind, r.answer.code, r.answer.answer, r.answer.available_on) for r in rows] == [
        (3, ItemKind.FUNCTION, "0010001", A.PROVIDED, ""),
        (4, ItemKind.FUNCTION, "0010002", A.OPTION, "2026-10-01"),
        (5, ItemKind.FORM, "0010001", A.PARTIAL, ""),
        (6, ItemKind.FUNCTION, "0010003", A.NOT_PROVIDED, ""),
    ]
    assert rows[1].answer.cost == "月額5万円" and rows[1].answer.comment == "有償"
    assert rows[0].answer.id != rows[2].answer.id  # same digits, other namespace


def test_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("機能ID,回答,提供予定日\n0010001,たぶん,\n,○,\n0010002,○,いつか\n0010002,○,\n", encoding="utf-8")
    with pytest.raises(VendorAnswerImportError) as caught:
        read_vendor_answers(path, "住民記録", "A社")
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "回答"), (3, "機能ID"), (4, "提供予定日"),
                                                                    (5, "機能ID")]
