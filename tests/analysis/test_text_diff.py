"""char_diff: character-level runs of two Japanese wordings."""

from __future__ import annotations

from jcloud_desk.analysis.text_diff import Op, Run, char_diff


def test_replaced_inserted_and_deleted_characters() -> None:
    before, after = char_diff("転入届を受け付けること。", "転入届を受付できること。なお記録する。")
    assert "".join(r.text for r in before) == "転入届を受け付けること。"
    assert "".join(r.text for r in after) == "転入届を受付できること。なお記録する。"
    # 受[け]付[け]ること → 受付[でき]ること: the two け are deleted, でき and the new sentence inserted
    assert [r.text for r in before if r.op is Op.DELETED] == ["け", "け"]
    assert [r.text for r in after if r.op is Op.INSERTED] == ["でき", "なお記録する。"]
    assert {r.op for r in before} <= {Op.EQUAL, Op.DELETED} and {r.op for r in after} <= {Op.EQUAL, Op.INSERTED}


def test_identical_and_empty_texts() -> None:
    assert char_diff("同じ", "同じ") == ([Run(Op.EQUAL, "同じ")], [Run(Op.EQUAL, "同じ")])
    assert char_diff("", "新規") == ([], [Run(Op.INSERTED, "新規")])
    assert char_diff("削除", "") == ([Run(Op.DELETED, "削除")], [])
