"""Fit&Gap edit factories: create-or-update judgments, links without duplicates, adopted options; all undoable."""

from __future__ import annotations

import copy

import pytest

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.fitgap_ops import link_item, set_judgment, set_link_verdict, set_option_adopted, unlink
from tests.factories import small_project


def test_set_judgment_creates_then_updates_and_undoes() -> None:
    project = small_project()
    before = copy.deepcopy(project)
    edit = set_judgment(project, "s-check", verdict=Verdict.GAP, resolution=Resolution.CUSTOMIZATION)
    assert edit is not None
    inverse = edit.apply(project, Change())
    assert project.judgment["s-check"].verdict is Verdict.GAP
    again = set_judgment(project, "s-check", verdict=Verdict.GAP)
    assert again is None, "no change, no edit"
    update = set_judgment(project, "s-check", rationale="様式が違う")
    assert update is not None
    inverse2 = update.apply(project, Change())
    inverse2.apply(project, Change())
    inverse.apply(project, Change())
    assert project == before


def test_set_judgment_refuses_unknown_fields_and_steps() -> None:
    project = small_project()
    with pytest.raises(DomainError):
        set_judgment(project, "s-check", colour="red")
    with pytest.raises(DomainError):
        set_judgment(project, "nope", verdict=Verdict.FIT)
    with pytest.raises(DomainError):
        set_judgment(project, "s-check", verdict=False)  # e.g. a Qt 'checked' argument leaking in
    with pytest.raises(DomainError):
        set_judgment(project, "s-check", owner=3)


def test_links_are_not_duplicated_and_undo() -> None:
    project = small_project()
    assert link_item(project, "s-input", "item-mandatory") is None
    edit = link_item(project, "s-check", "item-prohibited")
    assert edit is not None
    before = copy.deepcopy(project)
    inverse = edit.apply(project, Change())
    link = next(lk for lk in project.link.values() if lk.step_id == "s-check")
    verdict_edit = set_link_verdict(project, link.id, Verdict.GAP)
    assert verdict_edit is not None
    verdict_edit.apply(project, Change())
    unlink(project, link.id).apply(project, Change())
    assert project == before
    _ = inverse


def test_adopted_options_toggle() -> None:
    from jcloud_desk.analysis.adoption import adopted_option_ids
    from jcloud_desk.domain.vendor import OptionStatus

    project = small_project()
    edit = set_option_adopted(project, "item-optional", True)
    assert edit is not None
    edit.apply(project, Change())
    assert "item-optional" in adopted_option_ids(project)
    assert [(d.code, d.status) for d in project.option_decision.values()] == [("0010002", OptionStatus.ADOPTED)]
    assert set_option_adopted(project, "item-optional", True) is None
    remove = set_option_adopted(project, "item-optional", False)
    assert remove is not None
    remove.apply(project, Change())
    assert "item-optional" not in adopted_option_ids(project)
    assert project.option_decision == {}


def test_withdrawing_a_legacy_adoption_empties_the_old_list() -> None:
    from jcloud_desk.analysis.adoption import adopted_option_ids

    project = small_project()
    project.meta.adopted_options = ("item-optional",)
    assert "item-optional" in adopted_option_ids(project)
    edit = set_option_adopted(project, "item-optional", False)
    assert edit is not None
    edit.apply(project, Change())
    assert project.meta.adopted_options == () and "item-optional" not in adopted_option_ids(project)


def test_cascades_keep_notes_of_deleted_steps_and_drop_them_with_the_process() -> None:
    from jcloud_desk.domain.cascades import remove_process, remove_steps
    from jcloud_desk.domain.edits import Add
    from jcloud_desk.domain.workshop import Note, NoteKind

    project = small_project()
    Add(Note(id="n1", process_id="proc-1", kind=NoteKind.ACTION, text="様式を確認", step_id="s-check")).apply(
        project, Change())
    before = copy.deepcopy(project)
    inverse = remove_steps(project, ["s-check"]).apply(project, Change())
    assert project.note["n1"].step_id == "", "the note stays with the process"
    inverse.apply(project, Change())
    assert project == before
    inverse = remove_process(project, "proc-1").apply(project, Change())
    assert "n1" not in project.note
    inverse.apply(project, Change())
    assert project == before
