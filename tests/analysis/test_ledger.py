"""The Fit&Gap ledger: rows per step × item, verdict source, order, and undoable cell edits."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from jcloud_desk.analysis.customization import FlagReason
from jcloud_desk.analysis.labels import (
    decision_ja,
    flag_reason_ja,
    impl_class_ja,
    resolution_ja,
    step_kind_ja,
    verdict_ja,
)
from jcloud_desk.analysis.ledger import LedgerRow, ledger_edit, ledger_rows
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.edits import Add, Change, Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import Lane, Process, Step, StepKind
from jcloud_desk.domain.project import Project
from tests.factories import small_project


def ledger_project() -> Project:
    """``small_project`` plus: a second link on s-input, two more steps in 受付, and an earlier process.

    Expected rows, in order::

        proc-0 (sort -1)  s-other                        (no link)
        proc-1 窓口        s-receive (受付 x=150, doc)     (no link, judged)
                           s-early   (受付 x=40)           (no link)
                           -> s-receive is right of s-early: s-early first
                           s-check   (審査)                (no link, no judgment)
                           s-issue   (交付)                link-issue  0010002  verdict from the link
        proc-1 システム     s-input   (審査)                link-input  0010001, link-input-2 0010003
        s-start / s-end / gateway without links or judgment: no row
    """
    project = small_project()
    project.link["link-input-2"] = Link(id="link-input-2", step_id="s-input", item_id="item-prohibited")
    project.step["s-receive"] = Step(id="s-receive", process_id="proc-1", lane_id="lane-window",
                                     kind=StepKind.DOCUMENT, label="届出書", phase_id="ph-receive", x=150.0)
    project.judgment["s-receive"] = Judgment(id="s-receive", verdict=Verdict.OUT_OF_SCOPE)
    project.step["s-early"] = Step(id="s-early", process_id="proc-1", lane_id="lane-window", label="番号札を渡す",
                                   phase_id="ph-receive", x=40.0, y=30.0)
    project.step["s-gw"] = Step(id="s-gw", process_id="proc-1", lane_id="lane-window", kind=StepKind.GATEWAY,
                                label="不備あり？", phase_id="ph-review", x=200.0)
    project.process["proc-0"] = Process(id="proc-0", name="相談", business="住民記録", sort=-1.0)
    project.lane["lane-0"] = Lane(id="lane-0", process_id="proc-0", name="窓口")
    project.step["s-other"] = Step(id="s-other", process_id="proc-0", lane_id="lane-0", label="相談を受ける")
    return project


def _key(row: LedgerRow) -> tuple[str, str]:
    return row.step_id, row.link_id


def _apply(project: Project, edit: Edit) -> Edit:
    return edit.apply(project, Change())


def test_rows_and_order() -> None:
    rows = ledger_rows(ledger_project())
    assert [_key(r) for r in rows] == [
        ("s-other", ""),
        ("s-early", ""),
        ("s-receive", ""),
        ("s-check", ""),
        ("s-issue", "link-issue"),
        ("s-input", "link-input"),
        ("s-input", "link-input-2"),
    ]
    assert [r.item_code for r in rows[-2:]] == ["0010001", "0010003"]


def test_process_filter() -> None:
    project = ledger_project()
    assert [r.step_id for r in ledger_rows(project, "proc-0")] == ["s-other"]
    assert {r.process_id for r in ledger_rows(project, "proc-1")} == {"proc-1"}
    assert ledger_rows(project, "no-such-process") == []


def test_row_without_link_or_judgment() -> None:
    row = next(r for r in ledger_rows(ledger_project()) if r.step_id == "s-check")
    assert row.link_id == "" and row.item_id == "" and row.item_code == "" and row.impl_class is None
    assert row.verdict is Verdict.UNASSESSED and row.verdict_source == "step"
    assert row.resolution is Resolution.NONE and row.decision is Decision.PROPOSED and not row.has_judgment
    assert (row.business, row.process_name, row.lane_name, row.phase_name) == ("住民記録", "転入届", "窓口", "審査")
    assert (row.step_no, row.step_label, row.step_kind) == ("1", "届出内容を確認", StepKind.TASK)
    assert row.customization is False


def test_link_verdict_overrides_step_verdict() -> None:
    row = next(r for r in ledger_rows(ledger_project()) if r.link_id == "link-issue")
    assert row.verdict is Verdict.PARTIAL and row.verdict_source == "link"
    assert (row.item_code, row.item_title, row.impl_class) == ("0010002", "写しの交付", ImplClass.OPTIONAL)
    assert (row.resolution, row.rationale, row.owner) == (Resolution.WORKAROUND, "様式差異", "住民課")
    assert row.link_note == "様式が異なる" and row.has_judgment
    assert row.customization is False  # an option not adopted is not a customization ...
    assert row.risk == ""  # ... and 運用で回避 decided it: no open risk either


def test_two_links_share_the_step_judgment() -> None:
    rows = [r for r in ledger_rows(ledger_project()) if r.step_id == "s-input"]
    assert [(r.verdict, r.verdict_source) for r in rows] == [(Verdict.FIT, "step"), (Verdict.FIT, "step")]
    assert [r.impl_class for r in rows] == [ImplClass.MANDATORY, ImplClass.PROHIBITED]
    assert not any(r.customization for r in rows)  # a 実装不可 item is an open risk until decided
    assert [r.risk for r in rows] == ["", "実装不可の機能に依存（対応方針が未決定）"]


def test_link_resolution_is_its_own_cell_and_adopting_an_option_adopts_it() -> None:
    project = ledger_project()
    row = next(r for r in ledger_rows(project) if r.link_id == "link-issue")
    edit = ledger_edit(project, row, "link_resolution", "標準オプション採用")
    before = copy.deepcopy(project)
    inverse = edit.apply(project, Change())
    row = next(r for r in ledger_rows(project) if r.link_id == "link-issue")
    assert row.link_resolution is Resolution.ADOPT_OPTION and row.outcome is Resolution.ADOPT_OPTION
    assert row.resolution is Resolution.WORKAROUND  # the step's own stays
    assert "item-optional" in project.meta.adopted_options
    inverse.apply(project, Change())
    assert project == before  # one edit, undone exactly
    customized = ledger_edit(project, row, "link_resolution", Resolution.CUSTOMIZATION)
    customized.apply(project, Change())
    assert next(r for r in ledger_rows(project) if r.link_id == "link-issue").customization
    ledger_edit(project, row, "link_resolution", "").apply(project, Change())
    assert project.link["link-issue"].resolution is None


def test_verdict_edit_adds_missing_judgment_and_undoes_exactly() -> None:
    project = ledger_project()
    before = copy.deepcopy(project)
    row = next(r for r in ledger_rows(project) if r.step_id == "s-check")
    edit = ledger_edit(project, row, "verdict", Verdict.GAP)
    assert isinstance(edit, Add)
    assert project == before  # building the edit changes nothing
    inverse = _apply(project, edit)
    assert project.judgment["s-check"] == Judgment(id="s-check", verdict=Verdict.GAP)
    updated = next(r for r in ledger_rows(project) if r.step_id == "s-check")
    assert updated.verdict is Verdict.GAP and updated.has_judgment
    _apply(project, inverse)
    assert project == before


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("verdict", "partial", Verdict.PARTIAL),
        ("verdict", "設定で対応", Verdict.FIT_CONFIG),
        ("resolution", Resolution.CUSTOMIZATION, Resolution.CUSTOMIZATION),
        ("resolution", "運用で回避", Resolution.WORKAROUND),
        ("resolution", "", Resolution.NONE),
        ("decision", "agreed", Decision.AGREED),
        ("decision", "却下", Decision.REJECTED),
        ("rationale", "=1+1 は文字", "=1+1 は文字"),
        ("owner", "市民課 𠮷田", "市民課 𠮷田"),
        ("justification", "", ""),
        ("due_on", "2025-09-30", "2025-09-30"),
        ("due_on", dt.date(2026, 1, 5), "2026-01-05"),
        ("due_on", "", ""),
    ],
)
def test_judgment_field_edits(field: str, value: object, expected: object) -> None:
    project = ledger_project()
    before = copy.deepcopy(project)
    row = next(r for r in ledger_rows(project) if r.link_id == "link-issue")
    edit = ledger_edit(project, row, field, value)
    assert isinstance(edit, SetFields)
    inverse = _apply(project, edit)
    assert getattr(project.judgment["s-issue"], field) == expected
    _apply(project, inverse)
    assert project == before


def test_link_verdict_set_and_clear() -> None:
    project = ledger_project()
    before = copy.deepcopy(project)
    issue = next(r for r in ledger_rows(project) if r.link_id == "link-issue")
    inverse = _apply(project, ledger_edit(project, issue, "link_verdict", None))
    assert project.link["link-issue"].verdict is None
    cleared = next(r for r in ledger_rows(project) if r.link_id == "link-issue")
    assert (cleared.verdict, cleared.verdict_source) == (Verdict.GAP, "step")
    _apply(project, inverse)
    assert project == before

    second = next(r for r in ledger_rows(project) if r.link_id == "link-input-2")
    inverse = _apply(project, ledger_edit(project, second, "link_verdict", "gap"))
    rows = [r for r in ledger_rows(project) if r.step_id == "s-input"]
    assert [(r.verdict, r.verdict_source) for r in rows] == [(Verdict.FIT, "step"), (Verdict.GAP, "link")]
    assert project.judgment["s-input"].verdict is Verdict.FIT  # the step keeps its own verdict
    _apply(project, inverse)
    assert project == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("verdict", "maybe"),
        ("verdict", None),
        ("verdict", 3),
        ("resolution", "scrap_it"),
        ("decision", ""),
        ("owner", 123),
        ("rationale", None),
        ("due_on", "2025/09/30"),
        ("due_on", "2025-02-30"),
        ("due_on", "20250930"),
        ("due_on", dt.datetime(2025, 1, 1, 9, 0)),
        ("step_label", "x"),
        ("item_code", "x"),
    ],
)
def test_invalid_values_are_refused(field: str, value: object) -> None:
    project = ledger_project()
    row = next(r for r in ledger_rows(project) if r.link_id == "link-issue")
    with pytest.raises(DomainError):
        ledger_edit(project, row, field, value)


def test_link_verdict_needs_a_link() -> None:
    project = ledger_project()
    row = next(r for r in ledger_rows(project) if r.step_id == "s-check")
    with pytest.raises(DomainError):
        ledger_edit(project, row, "link_verdict", "fit")


def test_edit_of_a_deleted_step_is_refused() -> None:
    project = ledger_project()
    row = next(r for r in ledger_rows(project) if r.step_id == "s-check")
    del project.step["s-check"]
    with pytest.raises(DomainError):
        ledger_edit(project, row, "owner", "x")


def test_japanese_labels() -> None:
    assert [verdict_ja(v) for v in Verdict] == [
        "適合", "設定で対応", "標準オプションで対応", "一部適合", "ギャップ", "対象外", "未判定"
    ]
    assert [resolution_ja(r) for r in Resolution] == [
        "", "適合", "標準オプション採用", "業務見直し", "運用で回避", "帳票・EUCで対応", "独自施策システム", "改定要望",
        "業務廃止", "カスタマイズ", "保留",
    ]
    assert [decision_ja(d) for d in Decision] == ["提案", "合意", "却下", "保留"]
    assert [impl_class_ja(c) for c in ImplClass] == ["実装必須", "標準オプション", "実装不可", "区分なし"]
    assert all(step_kind_ja(k) for k in StepKind)
    assert all(flag_reason_ja(r) for r in FlagReason)
    assert verdict_ja("gap") == "ギャップ"  # type: ignore[arg-type]
