"""Three-way merge of two copies of a project (hand-built base / ours / theirs from tests.factories)."""

from __future__ import annotations

import copy
from collections.abc import Mapping

import pytest

from jcloud_desk.domain.cascades import remove_lane, remove_steps
from jcloud_desk.domain.edits import Batch, Change, parent_refs
from jcloud_desk.domain.fitgap import Judgment, Verdict
from jcloud_desk.domain.process import Step
from jcloud_desk.domain.project import Project
from jcloud_desk.services.merge_service import THEIRS, WHOLE, ConflictKey, MergePlan, plan_merge
from tests.factories import small_project


def copies() -> tuple[Project, Project, Project]:
    """The common origin and two identical copies of it."""
    base = small_project()
    return base, copy.deepcopy(base), copy.deepcopy(base)


def assert_whole(project: Project) -> None:
    """Every parent reference of every entity exists."""
    for entity in project.entities():
        for name, parent in parent_refs(entity):
            assert project.has(parent), (entity, name)


def merged(plan: MergePlan, choices: Mapping[ConflictKey, str] | None = None) -> tuple[Project, Change]:
    """Apply the plan's edit, check that its inverse restores ours exactly, and return the merged project."""
    before = copy.deepcopy(plan.ours)
    change = Change()
    inverse = plan.edit_for(choices).apply(plan.ours, change)
    result = copy.deepcopy(plan.ours)
    assert_whole(result)
    inverse.apply(plan.ours, Change())
    assert plan.ours == before
    return result, change


def test_identical_files_merge_to_nothing() -> None:
    base, ours, theirs = copies()
    plan = plan_merge(ours, theirs, base)
    assert plan.conflicts == [] and plan.incoming == {} and plan.is_noop()
    assert plan.edit_for() == Batch(())
    assert plan_merge(ours, copy.deepcopy(ours), None).is_noop()


def test_changes_of_both_sides_that_do_not_overlap_all_come_in() -> None:
    base, ours, theirs = copies()
    ours.step["s-mine"] = Step(id="s-mine", process_id="proc-1", lane_id="lane-window", label="自分の手順")
    ours.step["s-check"].label = "届出内容を確認する"
    theirs.step["s-theirs"] = Step(id="s-theirs", process_id="proc-1", lane_id="lane-system", label="相手の手順")
    theirs.judgment["s-theirs"] = Judgment(id="s-theirs", verdict=Verdict.GAP)
    theirs.step["s-check"].notes = "相手のメモ"
    theirs.judgment["s-issue"].owner = "市民課"
    del theirs.link["link-input"]
    plan = plan_merge(ours, theirs, base, source="b.jcdesk")
    assert plan.conflicts == []
    assert plan.incoming == {"step": {"added": 1, "updated": 1, "removed": 0},
                             "link": {"added": 0, "updated": 0, "removed": 1},
                             "judgment": {"added": 1, "updated": 1, "removed": 0}}
    result, change = merged(plan)
    assert {"s-mine", "s-theirs"} <= set(result.step) and "link-input" not in result.link
    assert result.step["s-check"].label == "届出内容を確認する" and result.step["s-check"].notes == "相手のメモ"
    assert result.judgment["s-theirs"].verdict is Verdict.GAP and result.judgment["s-issue"].owner == "市民課"
    merge_records = [r for r in change.audit if r.kind == "merge"]
    assert len(merge_records) == 1 and merge_records[0].entity_id == "b.jcdesk"
    assert "追加 2・更新 2・削除 1" in merge_records[0].new
    # verdict changes that come in are audited like any other
    assert any(r.kind == "judgment" and r.entity_id == "s-issue" and r.field == "owner" for r in change.audit)


def test_same_field_changed_on_both_sides_is_a_conflict() -> None:
    base, ours, theirs = copies()
    ours.judgment["s-input"].verdict = Verdict.PARTIAL
    theirs.judgment["s-input"].verdict = Verdict.GAP
    theirs.judgment["s-input"].rationale = "帳票が違う"
    plan = plan_merge(ours, theirs, base)
    (conflict,) = plan.conflicts
    assert conflict.key == ("judgment", "s-input", "verdict")
    assert conflict.label == "転入届 ▸ 住民票を登録 の判定"
    assert (conflict.base, conflict.ours, conflict.theirs) == ("fit", "partial", "gap")
    assert (conflict.base_text, conflict.ours_text, conflict.theirs_text) == ("適合", "一部適合", "ギャップ")
    kept, _ = merged(plan)
    assert kept.judgment["s-input"].verdict is Verdict.PARTIAL and kept.judgment["s-input"].rationale == "帳票が違う"
    taken, _ = merged(plan, {conflict.key: THEIRS})
    assert taken.judgment["s-input"].verdict is Verdict.GAP
    assert conflict.to_json()["label"] == conflict.label


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = copies()
    ours.judgment["s-input"].verdict = theirs.judgment["s-input"].verdict = Verdict.GAP
    assert plan_merge(ours, theirs, base).is_noop()


def test_deleted_here_changed_there_is_a_conflict_and_theirs_restores_with_children() -> None:
    base, ours, theirs = copies()
    remove_steps(ours, ["s-issue"]).apply(ours, Change())
    theirs.step["s-issue"].label = "写しを交付する"
    plan = plan_merge(ours, theirs, base)
    (conflict,) = plan.conflicts
    assert conflict.key == ("step", "s-issue", WHOLE)
    assert conflict.reason == "自分側で削除、相手側で変更"
    assert (conflict.ours_text, conflict.theirs_text) == ("（削除）", "変更: 名称")
    kept, _ = merged(plan)
    assert "s-issue" not in kept.step
    restored, _ = merged(plan, {conflict.key: THEIRS})
    assert restored.step["s-issue"].label == "写しを交付する"
    # what was deleted here together with the step comes back with it
    assert restored.judgment["s-issue"] == base.judgment["s-issue"]
    assert "link-issue" in restored.link and {"f-check-issue", "f-issue-end"} <= set(restored.flow)


def test_changed_here_deleted_there_is_a_conflict() -> None:
    base, ours, theirs = copies()
    ours.judgment["s-issue"].rationale = "窓口で説明"
    remove_steps(theirs, ["s-issue"]).apply(theirs, Change())
    plan = plan_merge(ours, theirs, base)
    keys = {c.key for c in plan.conflicts}
    assert ("judgment", "s-issue", WHOLE) in keys and ("step", "s-issue", WHOLE) in keys
    kept, _ = merged(plan)
    assert kept.judgment["s-issue"].rationale == "窓口で説明"
    assert "link-issue" in kept.link and "f-issue-end" in kept.flow  # deleted there only along with the step
    gone, _ = merged(plan, {key: THEIRS for key in keys})
    assert "s-issue" not in gone.step and "s-issue" not in gone.judgment and "link-issue" not in gone.link


def test_step_added_into_a_lane_deleted_here_is_a_conflict() -> None:
    base, ours, theirs = copies()
    remove_lane(ours, "lane-system").apply(ours, Change())
    theirs.step["s-notify"] = Step(id="s-notify", process_id="proc-1", lane_id="lane-system", label="通知")
    theirs.judgment["s-notify"] = Judgment(id="s-notify", verdict=Verdict.FIT)
    plan = plan_merge(ours, theirs, base)
    (conflict,) = plan.conflicts
    assert conflict.key == ("step", "s-notify", WHOLE)
    assert "部署「システム」は自分側で削除" in conflict.reason
    assert conflict.label == "転入届 ▸ 通知（手順）"
    kept, _ = merged(plan)
    assert "s-notify" not in kept.step and "s-notify" not in kept.judgment and "lane-system" not in kept.lane
    taken, _ = merged(plan, {conflict.key: THEIRS})
    assert taken.step["s-notify"].lane_id == "lane-system" and "lane-system" in taken.lane
    assert taken.judgment["s-notify"].verdict is Verdict.FIT


def test_lane_deleted_there_but_used_here_is_a_conflict() -> None:
    base, ours, theirs = copies()
    ours.step["s-mine"] = Step(id="s-mine", process_id="proc-1", lane_id="lane-system", label="自分が足した手順")
    remove_lane(theirs, "lane-system").apply(theirs, Change())
    plan = plan_merge(ours, theirs, base)
    (conflict,) = plan.conflicts
    assert conflict.key == ("lane", "lane-system", WHOLE) and conflict.reason == "相手側で削除されたが、自分側で使用中"
    kept, _ = merged(plan)
    assert kept == ours  # the lane stays whole: its steps, links and judgments too
    gone, _ = merged(plan, {conflict.key: THEIRS})
    assert "lane-system" not in gone.lane and "s-mine" not in gone.step and "s-input" not in gone.step
    assert "s-input" not in gone.judgment


def test_reference_moved_there_to_something_deleted_here_is_a_conflict() -> None:
    base, ours, theirs = copies()
    remove_steps(ours, ["s-end"]).apply(ours, Change())
    theirs.flow["f-check-issue"].target_id = "s-end"
    plan = plan_merge(ours, theirs, base)
    (conflict,) = plan.conflicts
    assert conflict.key == ("flow", "f-check-issue", "target_id")
    assert (conflict.ours_text, conflict.theirs_text) == ("住民票の写しを交付", "終了")
    kept, _ = merged(plan)
    assert kept.flow["f-check-issue"].target_id == "s-issue" and "s-end" not in kept.step
    taken, _ = merged(plan, {conflict.key: THEIRS})
    assert taken.flow["f-check-issue"].target_id == "s-end" and "s-end" in taken.step


def test_without_a_common_origin_every_difference_is_a_conflict() -> None:
    _base, ours, theirs = copies()
    ours.step["s-check"].label = "自分"
    theirs.step["s-check"].label = "相手"
    theirs.step["s-new"] = Step(id="s-new", process_id="proc-1", lane_id="lane-window", label="相手だけ")
    del ours.link["link-input"]  # cannot tell a deletion here from an addition there: it comes back
    plan = plan_merge(ours, theirs, None)
    assert not plan.has_base
    assert [c.key for c in plan.conflicts] == [("step", "s-check", "label")]
    assert plan.conflicts[0].base is None and plan.conflicts[0].base_text == "（なし）"
    result, _ = merged(plan)
    assert "s-new" in result.step and "link-input" in result.link and result.step["s-check"].label == "自分"


def test_choices_are_checked() -> None:
    base, ours, theirs = copies()
    ours.step["s-check"].label = "自分"
    theirs.step["s-check"].label = "相手"
    plan = plan_merge(ours, theirs, base)
    with pytest.raises(ValueError):
        plan.edit_for({plan.conflicts[0].key: "both"})
    assert plan.summary({("step", "nope", "label"): THEIRS}) == plan.incoming == {}


def test_undo_of_a_merge_is_audited_too() -> None:
    base, ours, theirs = copies()
    theirs.step["s-check"].notes = "相手"
    plan = plan_merge(ours, theirs, base, source="b.jcdesk")
    change = Change()
    inverse = plan.edit_for().apply(ours, change)
    undo = Change()
    inverse.apply(ours, undo)
    (record,) = [r for r in undo.audit if r.kind == "merge"]
    assert record.new == "取り消し" and record.old.startswith("b.jcdesk を統合")
    assert ours == base
