"""Property tests through the services, with the editor's own edit factories (``domain.operations``,
``domain.cascades``, ``domain.fitgap_ops``) on a real project file:

* undo-all (the inverses, in reverse) gives back the original project, in memory and in the file;
* redo-all gives back the final project, in memory and in the file;
* at sampled step boundaries, closing and reopening (``ProjectService.open`` → ``ProjectRepository.load``) gives
  exactly the in-memory project, and editing, undoing and redoing go on in the reopened session; at others, Save
  As moves the work to a new file and autosave continues there (save → load is the identity).

``tests/domain/test_edit_properties.py`` and ``tests/services/test_edit_session.py`` cover the primitive edits;
this drives the user-level factories (cascading removals, duplication, paste, align, judgments, links).
Deterministic: hypothesis is derandomized and ``new_id`` is a counter.
"""

from __future__ import annotations

import copy
import itertools
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcloud_desk.domain import cascades, fitgap_ops, operations
from jcloud_desk.domain.edits import Edit, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.process import ProcessKind, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project

#: Labels include everything a user or an import may bring: kanji outside the BMP, emoji, controls.
TEXT = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from("𠮷\U0002a6b2\ue000🙂👨‍👩‍👧\x00\x1f\x7f")),
    max_size=16,
)
ALIGN_MODES = ["left", "hcenter", "right", "top", "vcenter", "bottom", "hdistribute", "vdistribute"]


@contextmanager
def counting_ids() -> Iterator[None]:
    """``new_id`` returns g1, g2, ... for one example (replayable, readable in a failure)."""
    counter = itertools.count(1)

    def next_id() -> str:
        return f"g{next(counter)}"

    with mock.patch.object(operations, "new_id", next_id), mock.patch.object(fitgap_ops, "new_id", next_id):
        yield


class UserActions:
    """Each action draws its arguments from the current project and returns an Edit, or None when it does not
    apply (the editor would have disabled it)."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def pick(self, values: list[str]) -> str | None:
        return self.data.draw(st.sampled_from(sorted(values))) if values else None

    def some(self, values: list[str], most: int = 3) -> list[str]:
        if not values:
            return []
        return self.data.draw(st.lists(st.sampled_from(sorted(values)), min_size=1, max_size=most, unique=True))

    def process(self, project: Project) -> str | None:
        return self.pick(list(project.process))

    def steps_of_one_process(self, project: Project) -> list[str]:
        pid = self.process(project)
        return self.some([s.id for s in project.steps_of(pid)]) if pid else []

    # --- diagram ---------------------------------------------------------------------------------------------
    def new_step(self, project: Project) -> Edit | None:
        pid = self.process(project)
        lanes = [x.id for x in project.lanes_of(pid)] if pid else []
        if not pid or not lanes:
            return None
        lane = self.pick(lanes)
        phase = self.data.draw(st.sampled_from(["", *sorted(x.id for x in project.phases_of(pid))]))
        after = self.data.draw(st.sampled_from(["", *sorted(s.id for s in project.steps_of(pid))]))
        kind = self.data.draw(st.sampled_from(list(StepKind)))
        assert lane is not None
        return operations.new_step(project, pid, lane, phase, self.data.draw(TEXT), kind,
                                   x=self.data.draw(st.floats(0, 600)), after=after).edit

    def next_step(self, project: Project) -> Edit | None:
        source = self.pick(list(project.step))
        if source is None:
            return None
        offset = self.data.draw(st.integers(-1, 1))
        return operations.next_step_after(project, source, self.data.draw(TEXT), offset).edit

    def connect(self, project: Project) -> Edit | None:
        ids = self.steps_of_one_process(project)
        source, target = (ids[0], self.pick(list(project.step))) if ids else (None, None)
        if source is None or target is None:
            return None
        return operations.connect(project, source, target, self.data.draw(TEXT))

    def rename(self, project: Project) -> Edit | None:
        step = self.pick(list(project.step))
        return None if step is None else SetFields.of(project.step[step], label=self.data.draw(TEXT))

    def move_lane(self, project: Project) -> Edit | None:
        ids = self.steps_of_one_process(project)
        return operations.move_to_lane(project, ids, self.data.draw(st.sampled_from([-1, 1])))

    def move_phase(self, project: Project) -> Edit | None:
        ids = self.steps_of_one_process(project)
        return operations.move_to_phase(project, ids, self.data.draw(st.sampled_from([-1, 1])))

    def align(self, project: Project) -> Edit | None:
        ids = self.steps_of_one_process(project)
        return operations.align(project, ids, self.data.draw(st.sampled_from(ALIGN_MODES)))

    def paste(self, project: Project) -> Edit | None:
        ids = self.steps_of_one_process(project)
        target = self.process(project)
        if not ids or target is None:
            return None
        return operations.paste_fragment(project, operations.copy_fragment(project, ids), target)[1]

    def add_lane(self, project: Project) -> Edit | None:
        pid = self.process(project)
        at = self.data.draw(st.none() | st.integers(0, 4))
        return None if pid is None else operations.add_lane(project, pid, self.data.draw(TEXT), at)[1]

    def add_phase(self, project: Project) -> Edit | None:
        pid = self.process(project)
        at = self.data.draw(st.none() | st.integers(0, 4))
        return None if pid is None else operations.add_phase(project, pid, self.data.draw(TEXT), at)[1]

    def reorder_lane(self, project: Project) -> Edit | None:
        pid = self.process(project)
        lanes = project.lanes_of(pid) if pid else []
        moved = self.pick([x.id for x in lanes])
        return None if moved is None else operations.reorder(lanes, moved, self.data.draw(st.integers(0, 4)))

    def new_process(self, project: Project) -> Edit | None:
        lanes = self.data.draw(st.lists(TEXT, max_size=2))
        return operations.new_process(project, self.data.draw(TEXT), lanes, ["受付"])[1]

    def duplicate_process(self, project: Project) -> Edit | None:
        pid = self.process(project)
        return None if pid is None else operations.duplicate_process(project, pid, ProcessKind.TO_BE)[1]

    # --- removals (cascades) ------------------------------------------------------------------------------------
    def remove_steps(self, project: Project) -> Edit | None:
        ids = self.some(list(project.step))
        return cascades.remove_steps(project, ids) if ids else None

    def remove_lane(self, project: Project) -> Edit | None:
        lane = self.pick(list(project.lane))
        if lane is None:
            return None
        siblings = [x.id for x in project.lanes_of(project.lane[lane].process_id) if x.id != lane]
        move_to = self.data.draw(st.sampled_from(["", *siblings]))
        return cascades.remove_lane(project, lane, move_to)

    def remove_phase(self, project: Project) -> Edit | None:
        phase = self.pick(list(project.phase))
        return None if phase is None else cascades.remove_phase(project, phase)

    def remove_process(self, project: Project) -> Edit | None:
        pid = self.process(project)
        return None if pid is None else cascades.remove_process(project, pid)

    def remove_catalog(self, project: Project) -> Edit | None:
        catalog = self.pick(list(project.catalog))
        return None if catalog is None else cascades.remove_catalog(project, catalog)

    # --- Fit&Gap ------------------------------------------------------------------------------------------------
    def judge(self, project: Project) -> Edit | None:
        step = self.pick(list(project.step))
        if step is None:
            return None
        return fitgap_ops.set_judgment(project, step, verdict=self.data.draw(st.sampled_from(list(Verdict))),
                                       resolution=self.data.draw(st.sampled_from(list(Resolution))),
                                       rationale=self.data.draw(TEXT))

    def link(self, project: Project) -> Edit | None:
        step, item = self.pick(list(project.step)), self.pick(list(project.item))
        if step is None or item is None:
            return None
        verdict = self.data.draw(st.none() | st.sampled_from(list(Verdict)))
        return fitgap_ops.link_item(project, step, item, verdict)

    def unlink(self, project: Project) -> Edit | None:
        link = self.pick(list(project.link))
        return None if link is None else fitgap_ops.unlink(project, link)

    def link_verdict(self, project: Project) -> Edit | None:
        link = self.pick(list(project.link))
        verdict = self.data.draw(st.none() | st.sampled_from(list(Verdict)))
        return None if link is None else fitgap_ops.set_link_verdict(project, link, verdict)

    def adopt_option(self, project: Project) -> Edit | None:
        item = self.pick(list(project.item))
        return None if item is None else fitgap_ops.set_option_adopted(project, item, self.data.draw(st.booleans()))

    def all(self) -> list[Callable[[Project], Edit | None]]:
        return [self.new_step, self.next_step, self.connect, self.rename, self.move_lane, self.move_phase,
                self.align, self.paste, self.add_lane, self.add_phase, self.reorder_lane, self.new_process,
                self.duplicate_process, self.remove_steps, self.remove_lane, self.remove_phase, self.remove_process,
                self.remove_catalog, self.judge, self.link, self.unlink, self.link_verdict, self.adopt_option]


def on_disk(path: Path) -> Project:
    """What another reader sees in the file right now."""
    with ProjectRepository.open(path, read_only=True) as repository:
        return repository.load()


class Run:
    """One open project driven like the editor: apply, remember the inverse, reopen / Save As on request."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files = itertools.count(1)
        self.opened: OpenProject = ProjectService(user=lambda: "prop").create_from(self.next_path(), small_project())

    def next_path(self) -> Path:
        return self.folder / f"p{next(self.files)}.jcdesk"

    def apply(self, edit: Edit) -> Edit:
        inverse = self.opened.session.apply(edit)
        assert not self.opened.session.detached, self.opened.session.last_error
        return inverse

    def reopen(self) -> None:
        memory = self.opened.project
        self.opened.close()
        self.opened = ProjectService(user=lambda: "prop").open(self.opened.path)
        assert self.opened.project == memory, "close + reopen is the identity"

    def save_as(self) -> None:
        memory = self.opened.project
        self.opened = ProjectService(user=lambda: "prop").save_as(self.opened, self.next_path())
        assert self.opened.project is memory
        assert on_disk(self.opened.path) == memory, "save → load is the identity"

    def close(self) -> None:
        self.opened.close()


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_undo_all_redo_all_and_reopen_through_the_services(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder, counting_ids():
        run = Run(Path(folder))
        try:
            original = copy.deepcopy(run.opened.project)
            actions = UserActions(data)
            inverses: list[Edit] = []
            for _ in range(data.draw(st.integers(min_value=3, max_value=14), label="length")):
                action = data.draw(st.sampled_from(actions.all()), label="action")
                before = copy.deepcopy(run.opened.project)
                try:
                    edit = action(run.opened.project)
                    if edit is not None:
                        inverses.append(run.apply(edit))
                except DomainError:
                    assert run.opened.project == before, "a refused action leaves no trace"
                    assert on_disk(run.opened.path) == before
                boundary = data.draw(st.sampled_from(["", "", "", "check", "reopen", "save as"]), label="boundary")
                if boundary == "check":
                    assert on_disk(run.opened.path) == run.opened.project
                elif boundary == "reopen":
                    run.reopen()
                elif boundary == "save as":
                    run.save_as()
            final = copy.deepcopy(run.opened.project)
            assert on_disk(run.opened.path) == final

            redos = [run.apply(inverse) for inverse in reversed(inverses)]
            assert run.opened.project == original, "undo-all gives back the original"
            assert on_disk(run.opened.path) == original
            if data.draw(st.booleans(), label="reopen after undo"):
                run.reopen()

            for redo in reversed(redos):
                run.apply(redo)
            assert run.opened.project == final, "redo-all gives back the final state"
            run.reopen()
            assert run.opened.project == final
        finally:
            run.close()
