"""External organisations as a pool of their own: main pool, toggling a lane, flows changing kind, undo."""

from __future__ import annotations

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.pool_ops import EXTERNAL_SUFFIX, is_external, main_pool, set_lane_external
from jcloud_desk.domain.process import Flow, FlowKind, Lane
from tests.factories import small_project

PROC = "proc-1"


def _with_partner_lane():  # type: ignore[no-untyped-def]
    project = small_project()
    project.lane["lane-x"] = Lane(id="lane-x", process_id=PROC, name="転出元市区町村", sort=2.0)
    project.step["s-input"].lane_id = "lane-x"  # s-check ─(message 登録依頼)→ s-input, now in the partner lane
    project.flow["f-back"] = Flow(id="f-back", process_id=PROC, source_id="s-input", target_id="s-issue")
    return project


def test_main_pool_is_where_the_start_is() -> None:
    project = _with_partner_lane()
    assert main_pool(project, PROC) == ""
    project.lane["lane-window"].pool = "テスト市"
    project.lane["lane-system"].pool = "テスト市"
    assert main_pool(project, PROC) == "テスト市"
    assert is_external(project, project.lane["lane-x"])
    assert not is_external(project, project.lane["lane-window"])


def test_making_a_lane_external_turns_its_crossing_flows_into_messages_and_undo_restores() -> None:
    project = _with_partner_lane()
    before = {f.id: f.kind for f in project.flow.values()}
    edit = set_lane_external(project, "lane-x", True)
    assert edit is not None
    inverse = edit.apply(project, Change())
    assert project.lane["lane-x"].pool == "転出元市区町村"
    assert is_external(project, project.lane["lane-x"])
    assert project.flow["f-check-input"].kind is FlowKind.MESSAGE  # was already one
    assert project.flow["f-back"].kind is FlowKind.MESSAGE  # crosses the new boundary
    assert project.flow["f-check-issue"].kind is FlowKind.SEQUENCE  # inside the office: untouched
    assert set_lane_external(project, "lane-x", True) is None  # already external
    inverse.apply(project, Change())
    assert project.lane["lane-x"].pool == ""
    assert {f.id: f.kind for f in project.flow.values()} == before


def test_making_it_internal_again_turns_messages_inside_the_pool_into_sequence_flows() -> None:
    project = _with_partner_lane()
    edit = set_lane_external(project, "lane-x", True)
    assert edit is not None
    edit.apply(project, Change())
    back = set_lane_external(project, "lane-x", False)
    assert back is not None
    back.apply(project, Change())
    assert project.lane["lane-x"].pool == main_pool(project, PROC) == ""
    assert project.flow["f-back"].kind is FlowKind.SEQUENCE
    assert project.flow["f-check-input"].kind is FlowKind.SEQUENCE


def test_a_lane_named_like_the_main_pool_gets_a_distinct_pool() -> None:
    project = _with_partner_lane()
    project.lane["lane-x"].pool = "転出元市区町村"
    project.lane["lane-window"].pool = project.lane["lane-system"].pool = "転出元市区町村"
    edit = set_lane_external(project, "lane-x", True)
    assert edit is not None
    edit.apply(project, Change())
    assert project.lane["lane-x"].pool == "転出元市区町村" + EXTERNAL_SUFFIX
