"""Edits are pure and invertible: apply then inverse gives back an equal project, refused edits change nothing."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from jcloud_desk.domain.cascades import add_all, remove_catalog, remove_lane, remove_phase, remove_process, remove_steps
from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.edits import Add, AuditRecord, Batch, Change, Edit, Remove, SetFields, batch
from jcloud_desk.domain.errors import DomainError, UnknownEntityError
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import Flow, Lane, Phase, Process, ProcessKind, Step, StepKind
from jcloud_desk.domain.project import Project, Ref
from tests.factories import small_project


def _round_trip(edit: Edit) -> tuple[Project, Project, Change]:
    """Apply ``edit`` to a fresh small project, then its inverse; return (original, result, change)."""
    project = small_project()
    snapshot = copy.deepcopy(project)
    change = Change()
    inverse = edit.apply(project, change)
    assert project != snapshot, "the edit should change something"
    inverse.apply(project, Change())
    return snapshot, project, change


def _assert_same(a: Project, b: Project) -> None:
    """Equal as dataclasses and entity by entity (so a failure names the entity)."""
    for kind in ("info", "process", "lane", "phase", "step", "flow", "catalog", "item", "link", "judgment"):
        assert a.table(kind) == b.table(kind), kind
    assert a == b


PRIMITIVES: dict[str, Callable[[], Edit]] = {
    "add step": lambda: Add(Step(id="s-new", process_id="proc-1", lane_id="lane-system", label="新規",
                                 phase_id="ph-issue", attrs={"forms": "届書"})),
    "add lane": lambda: Add(Lane(id="lane-new", process_id="proc-1", name="担当課", sort=2.0)),
    "add phase": lambda: Add(Phase(id="ph-new", process_id="proc-1", name="保存", sort=3.0)),
    "add process": lambda: Add(Process(id="proc-new", name="転出届", kind=ProcessKind.TO_BE)),
    "add flow": lambda: Add(Flow(id="f-new", process_id="proc-1", source_id="s-input", target_id="s-issue")),
    "add catalog": lambda: Add(Catalog(id="cat-new", name="ベンダー機能一覧")),
    "add item": lambda: Add(CatalogItem(id="item-new", catalog_id="cat-std", code="0010004", title="新機能")),
    "add link": lambda: Add(Link(id="link-new", step_id="s-check", item_id="item-prohibited")),
    "add judgment": lambda: Add(Judgment(id="s-check", verdict=Verdict.PARTIAL)),
    "remove flow": lambda: Remove(Ref("flow", "f-check-issue")),
    "remove link": lambda: Remove(Ref("link", "link-issue")),
    "remove judgment": lambda: Remove(Ref("judgment", "s-issue")),
    "remove item": lambda: Remove(Ref("item", "item-prohibited")),
    "set label": lambda: SetFields(Ref("step", "s-check"), (("label", "確認する"),)),
    "move step": lambda: SetFields(Ref("step", "s-check"),
                                   (("lane_id", "lane-system"), ("phase_id", "ph-issue"), ("x", 12.5), ("y", 7.0))),
    "set attrs": lambda: SetFields(Ref("step", "s-check"), (("attrs", {"owner": "別担当"}),)),
    "set verdict": lambda: SetFields(Ref("judgment", "s-issue"),
                                     (("verdict", Verdict.FIT), ("resolution", Resolution.NONE))),
    "set link verdict": lambda: SetFields(Ref("link", "link-input"), (("verdict", Verdict.GAP),)),
    "rename process": lambda: SetFields(Ref("process", "proc-1"), (("name", "転入届（見直し後）"),)),
    "set info": lambda: SetFields(Ref("info", "project"), (("adopted_options", ("opt-1", "opt-2")),)),
}


@pytest.mark.parametrize("name", sorted(PRIMITIVES))
def test_primitive_inverse_restores_project(name: str) -> None:
    original, result, _ = _round_trip(PRIMITIVES[name]())
    _assert_same(result, original)
    _assert_same(result, small_project())


def test_inverse_of_inverse_reapplies() -> None:
    project = small_project()
    edit = SetFields(Ref("step", "s-check"), (("label", "A"), ("x", 1.0)))
    inverse = edit.apply(project, Change())
    after = copy.deepcopy(project)
    redo = inverse.apply(project, Change())
    redo.apply(project, Change())
    _assert_same(project, after)


def test_add_stores_a_private_copy() -> None:
    project = small_project()
    step = Step(id="s-new", process_id="proc-1", lane_id="lane-window", attrs={"owner": "A"})
    Add(step).apply(project, Change())
    step.attrs["owner"] = "changed outside"
    step.label = "changed outside"
    assert project.step["s-new"].attrs == {"owner": "A"}
    assert project.step["s-new"].label == ""


def test_removed_entity_returned_by_inverse_is_the_original() -> None:
    project = small_project()
    inverse = Remove(Ref("step", "s-end")).apply(project, Change())
    assert isinstance(inverse, Add)
    assert inverse.entity == small_project().step["s-end"]


def test_set_fields_with_repeated_field_inverts_to_the_first_value() -> None:
    project = small_project()
    inverse = SetFields(Ref("step", "s-check"), (("label", "A"), ("label", "B"))).apply(project, Change())
    assert project.step["s-check"].label == "B"
    inverse.apply(project, Change())
    _assert_same(project, small_project())


# --- Batch ----------------------------------------------------------------------------------------------------


def test_batch_inverse_undoes_in_reverse_order() -> None:
    project = small_project()
    edit = Batch((
        Add(Step(id="s-a", process_id="proc-1", lane_id="lane-system", label="A")),
        Add(Flow(id="f-a", process_id="proc-1", source_id="s-input", target_id="s-a")),
        SetFields(Ref("step", "s-a"), (("label", "A2"),)),
        Remove(Ref("flow", "f-check-input")),
    ))
    change = Change()
    inverse = edit.apply(project, change)
    assert isinstance(inverse, Batch)
    assert len(inverse.edits) == 4
    assert project.step["s-a"].label == "A2"
    # the flow must go before the step it points to: reverse order makes that work
    inverse.apply(project, Change())
    _assert_same(project, small_project())
    assert change.added == {Ref("step", "s-a"), Ref("flow", "f-a")}
    assert change.removed == {Ref("flow", "f-check-input")}
    assert change.updated == set(), "an entity added in the same change is reported as added only"


def test_nested_batch_round_trip() -> None:
    project = small_project()
    edit = Batch((remove_steps(project, ["s-check"]), Batch((SetFields(Ref("process", "proc-1"), (("name", "x"),)),))))
    inverse = edit.apply(project, Change())
    inverse.apply(project, Change())
    _assert_same(project, small_project())


@pytest.mark.parametrize("position", [0, 1, 2, 3])
def test_failing_edit_inside_batch_leaves_project_unchanged(position: int) -> None:
    project = small_project()
    good: list[Edit] = [
        Add(Step(id="s-a", process_id="proc-1", lane_id="lane-system")),
        SetFields(Ref("judgment", "s-input"), (("verdict", Verdict.GAP),)),
        Remove(Ref("flow", "f-start-check")),
    ]
    bad = Remove(Ref("step", "no-such-step"))
    edits = [*good[:position], bad, *good[position:]]
    with pytest.raises(DomainError):
        Batch(tuple(edits)).apply(project, Change())
    _assert_same(project, small_project())


def test_failing_nested_batch_rolls_back_outer_batch() -> None:
    project = small_project()
    edit = Batch((
        Remove(Ref("link", "link-input")),
        Batch((SetFields(Ref("step", "s-check"), (("label", "x"),)), Add(Lane(id="l", process_id="nope", name="")))),
    ))
    with pytest.raises(DomainError):
        edit.apply(project, Change())
    _assert_same(project, small_project())


def test_batch_helper_keeps_single_edit() -> None:
    single = Remove(Ref("flow", "f-issue-end"))
    assert batch([single]) is single
    assert isinstance(batch([single, single]), Batch)


# --- refused edits ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entity",
    [
        Step(id="s-x", process_id="no-process", lane_id="lane-window"),
        Step(id="s-x", process_id="proc-1", lane_id="no-lane"),
        Step(id="s-x", process_id="proc-1", lane_id="lane-window", phase_id="no-phase"),
        Step(id="s-x", process_id="proc-1", lane_id="lane-window", subprocess_id="no-process"),
        Lane(id="lane-x", process_id="no-process", name=""),
        Phase(id="ph-x", process_id="no-process", name=""),
        Flow(id="f-x", process_id="proc-1", source_id="s-check", target_id="no-step"),
        Flow(id="f-x", process_id="proc-1", source_id="no-step", target_id="s-check"),
        CatalogItem(id="item-x", catalog_id="no-catalog", code="1", title=""),
        Link(id="link-x", step_id="no-step", item_id="item-mandatory"),
        Link(id="link-x", step_id="s-check", item_id="no-item"),
        Judgment(id="no-step"),
    ],
    ids=lambda e: f"{type(e).__name__}",
)
def test_add_refuses_dangling_reference(entity: object) -> None:
    project = small_project()
    change = Change()
    with pytest.raises(DomainError, match=r"does not exist|no such step"):
        Add(entity).apply(project, change)
    _assert_same(project, small_project())
    assert change.is_empty()


@pytest.mark.parametrize(
    "entity",
    [
        Step(id="s-check", process_id="proc-1", lane_id="lane-window"),
        Lane(id="lane-window", process_id="proc-1", name="dup"),
        Judgment(id="s-input"),
        Link(id="link-input", step_id="s-check", item_id="item-optional"),
        Process(id="proc-1", name="dup"),
    ],
    ids=lambda e: f"{type(e).__name__}",
)
def test_add_refuses_duplicate_id(entity: object) -> None:
    project = small_project()
    with pytest.raises(DomainError, match="already exists"):
        Add(entity).apply(project, Change())
    _assert_same(project, small_project())


def test_remove_unknown_is_refused() -> None:
    project = small_project()
    with pytest.raises(DomainError):
        Remove(Ref("step", "nope")).apply(project, Change())
    with pytest.raises(UnknownEntityError):
        Remove(Ref("no-such-kind", "x")).apply(project, Change())


@pytest.mark.parametrize(
    "values",
    [
        (("label", "changed"), ("no_such_field", 1)),
        (("label", "changed"), ("id", "s-other")),
        (("label", "changed"), ("lane_id", "no-lane")),
        (("phase_id", "no-phase"),),
        (("x", 5.0), ("process_id", "no-process")),
    ],
)
def test_refused_set_fields_changes_nothing(values: tuple[tuple[str, object], ...]) -> None:
    project = small_project()
    change = Change()
    with pytest.raises(DomainError):
        SetFields(Ref("step", "s-check"), values).apply(project, change)
    _assert_same(project, small_project())
    assert change.is_empty()
    assert change.audit == []


def test_set_fields_on_unknown_entity() -> None:
    with pytest.raises(UnknownEntityError):
        SetFields(Ref("step", "nope"), (("label", "x"),)).apply(small_project(), Change())


def test_set_fields_accepts_empty_references() -> None:
    project = small_project()
    SetFields(Ref("step", "s-check"), (("phase_id", ""),)).apply(project, Change())
    assert project.step["s-check"].phase_id == ""


# --- cascades ----------------------------------------------------------------------------------------------------


def _undo_cascade(project: Project, edit: Batch) -> Project:
    inverse = edit.apply(project, Change())
    after = copy.deepcopy(project)
    inverse.apply(project, Change())
    _assert_same(project, small_project())
    return after


def test_remove_steps_removes_flows_links_and_judgments() -> None:
    project = small_project()
    after = _undo_cascade(project, remove_steps(project, ["s-check", "s-issue"]))
    assert set(after.step) == {"s-start", "s-input", "s-end"}
    assert after.flow == {}
    assert set(after.link) == {"link-input"}
    assert set(after.judgment) == {"s-input"}


def test_remove_all_steps_leaves_no_dangling_reference() -> None:
    project = small_project()
    after = _undo_cascade(project, remove_steps(project, list(project.step)))
    assert not after.step and not after.flow and not after.link and not after.judgment
    assert set(after.lane) == {"lane-window", "lane-system"}


def test_remove_lane_moving_steps() -> None:
    project = small_project()
    after = _undo_cascade(project, remove_lane(project, "lane-window", move_steps_to="lane-system"))
    assert set(after.lane) == {"lane-system"}
    assert {s.lane_id for s in after.step.values()} == {"lane-system"}
    assert len(after.step) == 5 and len(after.flow) == 4 and len(after.link) == 2


def test_remove_lane_with_steps() -> None:
    project = small_project()
    after = _undo_cascade(project, remove_lane(project, "lane-window"))
    assert set(after.step) == {"s-input"}
    assert after.flow == {}
    assert set(after.link) == {"link-input"}
    assert set(after.judgment) == {"s-input"}


def test_remove_lane_to_missing_target_is_refused() -> None:
    project = small_project()
    with pytest.raises(DomainError):
        remove_lane(project, "lane-window", move_steps_to="no-lane").apply(project, Change())
    _assert_same(project, small_project())


def test_remove_phase_keeps_steps_without_phase() -> None:
    project = small_project()
    after = _undo_cascade(project, remove_phase(project, "ph-review"))
    assert "ph-review" not in after.phase
    assert after.step["s-check"].phase_id == "" and after.step["s-input"].phase_id == ""
    assert len(after.step) == 5


def test_remove_process_removes_everything_drawn_in_it() -> None:
    project = small_project()
    Add(Process(id="proc-2", name="親")).apply(project, Change())
    Add(Lane(id="lane-2", process_id="proc-2", name="窓口")).apply(project, Change())
    Add(Step(id="s-sub", process_id="proc-2", lane_id="lane-2", kind=StepKind.SUBPROCESS,
             subprocess_id="proc-1")).apply(project, Change())
    before = copy.deepcopy(project)
    inverse = remove_process(project, "proc-1").apply(project, Change())
    assert set(project.process) == {"proc-2"}
    drawn: list[Lane | Phase | Step | Flow] = [*project.lane.values(), *project.phase.values(),
                                               *project.step.values(), *project.flow.values()]
    assert not any(x.process_id == "proc-1" for x in drawn)
    assert project.link == {} and project.judgment == {}
    assert project.step["s-sub"].subprocess_id == ""
    assert len(project.item) == 3, "catalogues are not part of a process"
    inverse.apply(project, Change())
    _assert_same(project, before)


def test_remove_catalog_removes_items_and_links() -> None:
    project = small_project()
    after = _undo_cascade(project, remove_catalog(project, "cat-std"))
    assert after.catalog == {} and after.item == {} and after.link == {}
    assert len(after.judgment) == 2, "judgments belong to steps, not to the catalogue"


def test_add_all_adds_parents_first_and_undoes() -> None:
    project = small_project()
    edit = add_all([
        Process(id="proc-2", name="転出届"),
        Lane(id="lane-2", process_id="proc-2", name="窓口"),
        Step(id="s-2", process_id="proc-2", lane_id="lane-2"),
    ])
    inverse = edit.apply(project, Change())
    assert "s-2" in project.step
    inverse.apply(project, Change())
    _assert_same(project, small_project())


# --- Change and audit ----------------------------------------------------------------------------------------


def test_change_records_added_removed_updated() -> None:
    project = small_project()
    change = Change()
    Batch((
        Add(Lane(id="lane-new", process_id="proc-1", name="新")),
        Remove(Ref("flow", "f-issue-end")),
        SetFields(Ref("step", "s-end"), (("x", 1.0),)),
    )).apply(project, change)
    assert change.added == {Ref("lane", "lane-new")}
    assert change.removed == {Ref("flow", "f-issue-end")}
    assert change.updated == {Ref("step", "s-end")}
    assert change.kinds() == {"lane", "flow", "step"}
    assert change.touched() == {Ref("lane", "lane-new"), Ref("flow", "f-issue-end"), Ref("step", "s-end")}
    assert not change.is_empty()


def test_change_nets_out_within_one_edit() -> None:
    project = small_project()
    lane = Lane(id="lane-tmp", process_id="proc-1", name="tmp")
    change = Change()
    Batch((Add(lane), SetFields(Ref("lane", "lane-tmp"), (("name", "x"),)), Remove(Ref("lane", "lane-tmp")))).apply(
        project, change
    )
    assert change.is_empty(), "added then removed in one edit: nothing to sync"


def test_change_remove_then_add_is_an_update() -> None:
    project = small_project()
    replacement = copy.deepcopy(project.step["s-end"])
    replacement.label = "置換"
    change = Change()
    Batch((Remove(Ref("flow", "f-issue-end")), Remove(Ref("step", "s-end")), Add(replacement))).apply(project, change)
    assert change.updated == {Ref("step", "s-end")}, "it existed before and exists after"
    assert change.removed == {Ref("flow", "f-issue-end")}
    assert change.added == set()


def test_change_remove_add_remove_is_a_removal() -> None:
    project = small_project()
    link = copy.deepcopy(project.link["link-input"])
    change = Change()
    Batch((Remove(Ref("link", "link-input")), Add(link), Remove(Ref("link", "link-input")))).apply(project, change)
    assert "link-input" not in project.link
    assert change.removed == {Ref("link", "link-input")}
    assert change.added == set() and change.updated == set()


def test_audit_records_for_judgment_changes() -> None:
    project = small_project()
    change = Change()
    SetFields(Ref("judgment", "s-issue"), (("verdict", Verdict.FIT), ("resolution", Resolution.NONE),
                                           ("owner", "住民課"))).apply(project, change)
    assert change.audit == [
        AuditRecord("judgment", "s-issue", "verdict", "gap", "fit", "s-issue"),
        AuditRecord("judgment", "s-issue", "resolution", "workaround", "", "s-issue"),
    ], "unchanged fields (owner) are not audited"


def test_audit_records_for_links_and_judgment_lifecycle() -> None:
    project = small_project()
    change = Change()
    Batch((
        Add(Link(id="link-new", step_id="s-check", item_id="item-optional")),
        SetFields(Ref("link", "link-input"), (("verdict", Verdict.GAP),)),
        Add(Judgment(id="s-check", verdict=Verdict.PARTIAL)),
        Remove(Ref("judgment", "s-input")),
    )).apply(project, change)
    assert change.audit == [
        AuditRecord("link", "link-new", "*", "item-optional", "added", "s-check"),
        AuditRecord("link", "link-input", "verdict", "", "gap", "s-input"),
        AuditRecord("judgment", "s-check", "*", "", "added", "s-check"),
        AuditRecord("judgment", "s-input", "*", "", "removed", "s-input"),
    ]


def test_no_audit_for_unaudited_kinds() -> None:
    project = small_project()
    change = Change()
    Batch((SetFields(Ref("step", "s-check"), (("label", "x"),)), Remove(Ref("flow", "f-issue-end")),
           Add(CatalogItem(id="i", catalog_id="cat-std", code="c", title="t", impl_class=ImplClass.OPTIONAL)))).apply(
        project, change
    )
    assert change.audit == []


def test_audit_text_joins_sequences() -> None:
    project = small_project()
    change = Change()
    SetFields(Ref("link", "link-issue"), (("note", ("a", "b")),)).apply(project, change)
    assert change.audit == [AuditRecord("link", "link-issue", "note", "様式が異なる", "a,b", "s-issue")]
