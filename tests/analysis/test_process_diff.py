"""As-Is → To-Be diff: a duplicate changed by hand gives exactly the expected deltas; pairing without origin
attributes falls back to labels; the JSON document has stable keys."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jcloud_desk.analysis.process_diff import (
    DeltaKind,
    FlowChange,
    FlowDelta,
    StepDelta,
    describe_ja,
    diff_processes,
    normalise_label,
    origin_pairs,
    pair_steps,
    summary_ja,
    to_json,
)
from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Change, Edit, SetFields
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.fitgap_ops import link_item, set_judgment, unlink
from jcloud_desk.domain.operations import ORIGIN_STEP_ATTR, connect, duplicate_process, new_step
from jcloud_desk.domain.process import Flow, Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import Project
from tests.factories import small_project


def _apply(project: Project, edit: Edit | None) -> None:
    assert edit is not None
    edit.apply(project, Change())


def _duplicate(project: Project) -> tuple[str, dict[str, str]]:
    """Copy proc-1 as To-Be; return its id and As-Is step id → To-Be step id."""
    to_id, edit = duplicate_process(project, "proc-1", ProcessKind.TO_BE, "転入届（To-Be）")
    _apply(project, edit)
    copies = {s.attrs[ORIGIN_STEP_ATTR]: s.id for s in project.steps_of(to_id)}
    return to_id, copies


def _lane(project: Project, process_id: str, name: str) -> str:
    return next(x.id for x in project.lanes_of(process_id) if x.name == name)


def test_duplicate_records_origins_and_a_fresh_copy_has_no_difference() -> None:
    project = small_project()
    to_id, copies = _duplicate(project)
    assert project.process[to_id].origin_id == "proc-1"
    assert set(copies) == {s.id for s in project.steps_of("proc-1")}
    assert project.step[copies["s-check"]].attrs["owner"] == "窓口担当"  # other attributes are kept
    assert "origin_step" not in project.step["s-check"].attrs  # the source is not touched
    diff = diff_processes(project, "proc-1", to_id)
    assert diff.is_empty
    assert diff.pairs == copies
    assert diff.summary()["unchanged"] == 5
    assert origin_pairs(project) == [("proc-1", to_id)]


def test_every_kind_of_change_gives_exactly_its_deltas() -> None:
    project = small_project()
    to_id, c = _duplicate(project)
    system = _lane(project, to_id, "システム")
    window = _lane(project, to_id, "窓口")
    review = next(x.id for x in project.phases_of(to_id) if x.name == "審査")
    # removed: 住民票を登録 (its flow goes with it)
    _apply(project, remove_steps(project, [c["s-input"]]))
    # added: a system step after 届出内容を確認
    added = new_step(project, to_id, system, review, "マイナンバーで照会", StepKind.SYSTEM_TASK, x=300.0,
                     after=c["s-check"])
    _apply(project, added.edit)
    # relabelled + verdict + resolution: 届出内容を確認
    _apply(project, SetFields.of(project.step[c["s-check"]], label="届出内容をシステムで確認"))
    _apply(project, set_judgment(project, c["s-check"], verdict=Verdict.GAP, resolution=Resolution.ADOPT_STANDARD))
    # lane changed: 住民票の写しを交付 goes to the system lane (a kiosk), and loses its link
    _apply(project, SetFields.of(project.step[c["s-issue"]], lane_id=system))
    _apply(project, unlink(project, next(lk.id for lk in project.links_of_step(c["s-issue"]))))
    # moved within its cell: 終了
    end = project.step[c["s-end"]]
    _apply(project, SetFields.of(end, x=end.x + 80.0))
    # a small nudge is not a move; kind changed: 開始 becomes an intermediate event
    start = project.step[c["s-start"]]
    _apply(project, SetFields.of(start, x=start.x + 10.0, kind=StepKind.EVENT))
    # a new link on the added step does not count separately (the step is new)
    _apply(project, link_item(project, added.step_id, "item-mandatory"))
    # a link added to a kept step
    _apply(project, link_item(project, c["s-check"], "item-prohibited"))
    assert window  # the window lane stays

    diff = diff_processes(project, "proc-1", to_id)
    assert set(diff.steps) == {
        StepDelta(DeltaKind.REMOVED, "s-input", "", "住民票を登録", "システム／審査", ""),
        StepDelta(DeltaKind.ADDED, "", added.step_id, "マイナンバーで照会", "", "システム／審査"),
        StepDelta(DeltaKind.RELABELLED, "s-check", c["s-check"], "届出内容をシステムで確認", "届出内容を確認",
                  "届出内容をシステムで確認"),
        StepDelta(DeltaKind.VERDICT_CHANGED, "s-check", c["s-check"], "届出内容をシステムで確認", "unassessed",
                  "gap"),
        StepDelta(DeltaKind.RESOLUTION_CHANGED, "s-check", c["s-check"], "届出内容をシステムで確認", "",
                  "adopt_standard"),
        StepDelta(DeltaKind.LINK_ADDED, "s-check", c["s-check"], "届出内容をシステムで確認", "", "0010003"),
        StepDelta(DeltaKind.LANE_CHANGED, "s-issue", c["s-issue"], "住民票の写しを交付", "窓口", "システム"),
        StepDelta(DeltaKind.LINK_REMOVED, "s-issue", c["s-issue"], "住民票の写しを交付", "0010002", ""),
        StepDelta(DeltaKind.MOVED, "s-end", c["s-end"], "終了", "190,65", "270,65"),
        StepDelta(DeltaKind.KIND_CHANGED, "s-start", c["s-start"], "開始", "start", "event"),
    }
    assert len(diff.steps) == 10
    # a step's deltas stay together and in kind order
    check = [d.kind for d in diff.deltas_of(c["s-check"])]
    assert check == [DeltaKind.RELABELLED, DeltaKind.VERDICT_CHANGED, DeltaKind.RESOLUTION_CHANGED,
                     DeltaKind.LINK_ADDED]
    assert set(diff.flows) == {
        FlowDelta(FlowChange.REMOVED, "f-check-input", "", "届出内容を確認", "住民票を登録", "登録依頼"),
        FlowDelta(FlowChange.ADDED, "", next(f.id for f in project.flows_of(to_id)
                                             if f.target_id == added.step_id),
                  "届出内容をシステムで確認", "マイナンバーで照会", ""),
    }
    summary = diff.summary()
    assert summary == {
        "added": 1, "removed": 1, "moved": 1, "relabelled": 1, "lane_changed": 1, "phase_changed": 0,
        "kind_changed": 1, "verdict_changed": 1, "resolution_changed": 1, "link_added": 1, "link_removed": 1,
        "flow_added": 1, "flow_removed": 1, "unchanged": 0,
    }


def test_phase_change_is_not_reported_as_a_move() -> None:
    project = small_project()
    to_id, c = _duplicate(project)
    receive = next(x.id for x in project.phases_of(to_id) if x.name == "受付")
    _apply(project, SetFields.of(project.step[c["s-check"]], phase_id=receive, x=300.0))
    diff = diff_processes(project, "proc-1", to_id)
    assert [(d.kind, d.before, d.after) for d in diff.steps] == [(DeltaKind.PHASE_CHANGED, "審査", "受付")]


def test_removed_steps_are_listed_near_where_they_were() -> None:
    project = small_project()
    to_id, c = _duplicate(project)
    _apply(project, remove_steps(project, [c["s-check"]]))
    _apply(project, SetFields.of(project.step[c["s-end"]], label="完了"))
    diff = diff_processes(project, "proc-1", to_id)
    # window lane, left to right: 開始, (届出内容を確認), 住民票の写しを交付, 完了
    assert [(d.kind, d.label) for d in diff.steps] == [
        (DeltaKind.REMOVED, "届出内容を確認"),
        (DeltaKind.RELABELLED, "完了"),
    ]


def test_a_pasted_copy_of_a_step_does_not_steal_the_pairing() -> None:
    project = small_project()
    to_id, c = _duplicate(project)
    original = project.step[c["s-check"]]
    copy = replace(original, id="s-check-copy", x=original.x + 200.0, attrs=dict(original.attrs))
    project.step[copy.id] = copy
    diff = diff_processes(project, "proc-1", to_id)
    assert diff.pairs["s-check"] == c["s-check"]
    assert [(d.kind, d.to_step_id) for d in diff.steps] == [(DeltaKind.ADDED, "s-check-copy")]


def _twin_without_origins(project: Project) -> str:
    """A hand-made To-Be of proc-1 (no origin attributes): labels differ in width and spacing only."""
    project.process["proc-2"] = Process(id="proc-2", name="転入届 見直し", kind=ProcessKind.TO_BE)
    project.lane["l2-window"] = Lane(id="l2-window", process_id="proc-2", name="窓口", sort=0.0)
    project.lane["l2-system"] = Lane(id="l2-system", process_id="proc-2", name="システム", sort=1.0)
    project.phase["p2-all"] = Phase(id="p2-all", process_id="proc-2", name="受付", sort=0.0)
    steps = [
        Step(id="t-start", process_id="proc-2", lane_id="l2-window", kind=StepKind.START, label="開始",
             phase_id="p2-all", x=40.0),
        Step(id="t-check", process_id="proc-2", lane_id="l2-window", label="届出内容を 確認", phase_id="p2-all"),
        Step(id="t-input", process_id="proc-2", lane_id="l2-window", label="住民票を登録", phase_id="p2-all",
             x=300.0),
        Step(id="t-new", process_id="proc-2", lane_id="l2-system", label="ＡＩで審査", phase_id="p2-all"),
    ]
    project.step.update((s.id, s) for s in steps)
    project.flow["g1"] = Flow(id="g1", process_id="proc-2", source_id="t-start", target_id="t-check")
    return "proc-2"


def test_without_origin_attributes_steps_pair_by_label_and_lane_then_label() -> None:
    project = small_project()
    to_id = _twin_without_origins(project)
    assert pair_steps(project, "proc-1", to_id) == {"s-start": "t-start", "s-check": "t-check",
                                                    "s-input": "t-input"}
    diff = diff_processes(project, "proc-1", to_id)
    assert {(d.kind, d.label, d.before, d.after) for d in diff.steps} == {
        # paired by label alone (pass 3)
        (DeltaKind.LANE_CHANGED, "住民票を登録", "システム", "窓口"),
        (DeltaKind.PHASE_CHANGED, "住民票を登録", "審査", "受付"),
        (DeltaKind.KIND_CHANGED, "住民票を登録", "system_task", "task"),
        (DeltaKind.VERDICT_CHANGED, "住民票を登録", "fit", "unassessed"),
        (DeltaKind.LINK_REMOVED, "住民票を登録", "0010001", ""),
        (DeltaKind.RELABELLED, "届出内容を 確認", "届出内容を確認", "届出内容を 確認"),
        (DeltaKind.PHASE_CHANGED, "届出内容を 確認", "審査", "受付"),
        (DeltaKind.ADDED, "ＡＩで審査", "", "システム／受付"),
        (DeltaKind.REMOVED, "住民票の写しを交付", "窓口／交付", ""),
        (DeltaKind.REMOVED, "終了", "窓口／交付", ""),
    }
    assert diff.deltas_of("t-start") == []
    # 開始 → 届出内容を確認 survives; the other flows of proc-1 are removed
    assert {f.kind for f in diff.flows} == {FlowChange.REMOVED}
    assert len(diff.flows) == 3
    assert origin_pairs(project) == []  # no origin_id: not part of the report


def test_normalised_labels_ignore_width_spacing_and_case() -> None:
    assert normalise_label(" ＡＩ で\u3000審査 ") == normalise_label("ai で審査")
    assert normalise_label("確認") != normalise_label("審査")


def test_json_keys_are_stable_and_japanese_wording() -> None:
    project = small_project()
    to_id, c = _duplicate(project)
    _apply(project, set_judgment(project, c["s-input"], verdict=Verdict.PARTIAL))
    _apply(project, remove_steps(project, [c["s-end"]]))
    _apply(project, connect(project, c["s-start"], c["s-issue"]))
    diff = diff_processes(project, "proc-1", to_id)
    document = to_json(diff)
    assert list(document) == ["from", "to", "summary", "steps", "flows"]
    assert document["from"] == "転入届" and document["to"] == "転入届（To-Be）"
    assert list(document["summary"])[:11] == [k.value for k in DeltaKind]
    for row in document["steps"]:
        assert list(row) == ["change", "label", "from_step", "to_step", "before", "after"]
    for row in document["flows"]:
        assert list(row) == ["change", "source", "target", "label", "from_flow", "to_flow"]
    assert {"change": "verdict_changed", "label": "住民票を登録", "from_step": "s-input",
            "to_step": c["s-input"], "before": "fit", "after": "partial"} in document["steps"]
    lines = list(describe_ja(diff, project))
    assert ("判定変更", "住民票を登録", "適合", "一部適合") in lines
    assert ("削除", "終了", "窓口／交付", "") in lines
    assert ("流れの削除", "住民票の写しを交付 → 終了", "", "") in lines
    assert ("流れの追加", "開始 → 住民票の写しを交付", "", "") in lines
    assert summary_ja(diff) == "削除 1 件、判定変更 1 件、流れの追加 1 件、流れの削除 1 件"


def test_unknown_process_raises() -> None:
    with pytest.raises(UnknownEntityError):
        diff_processes(small_project(), "proc-1", "nope")
