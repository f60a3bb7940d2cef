"""Property: any sequence of user actions, undone in reverse, gives back the original; redone, the final state."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcloud_desk.domain.cascades import remove_lane, remove_phase, remove_steps
from jcloud_desk.domain.edits import Add, Batch, Change, Edit, Remove, SetFields
from jcloud_desk.domain.fitgap import Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Step, StepKind
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.services.edit_session import EditSession
from tests.factories import small_project

labels = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
coords = st.floats(min_value=-50.0, max_value=400.0, allow_nan=False)


class Actions:
    """User-level actions; each draws its arguments from the current project and returns an Edit (or None)."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data
        self._ids = itertools.count(1)

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-gen-{next(self._ids)}"

    def _pick(self, values: list[str]) -> str | None:
        return self.data.draw(st.sampled_from(sorted(values))) if values else None

    def _phase(self, project: Project) -> str:
        return self.data.draw(st.sampled_from(["", *sorted(project.phase)]))

    def add_step(self, project: Project) -> Edit | None:
        lane = self._pick(list(project.lane))
        if lane is None:
            return None
        kind = self.data.draw(st.sampled_from(list(StepKind)))
        step = Step(id=self._new_id("s"), process_id="proc-1", lane_id=lane, kind=kind, label=self.data.draw(labels),
                    phase_id=self._phase(project), x=self.data.draw(coords), y=self.data.draw(coords))
        return Add(step)

    def move_steps(self, project: Project) -> Edit | None:
        if not project.step or not project.lane:
            return None
        chosen = self.data.draw(st.lists(st.sampled_from(sorted(project.step)), min_size=1, max_size=3, unique=True))
        lane = self._pick(list(project.lane))
        phase = self._phase(project)
        return Batch(tuple(
            SetFields(Ref("step", s), (("lane_id", lane), ("phase_id", phase), ("x", self.data.draw(coords)),
                                       ("y", self.data.draw(coords))))
            for s in chosen
        ))

    def relabel(self, project: Project) -> Edit | None:
        step = self._pick(list(project.step))
        return None if step is None else SetFields(Ref("step", step), (("label", self.data.draw(labels)),))

    def add_flow(self, project: Project) -> Edit | None:
        if not project.step:
            return None
        source, target = self._pick(list(project.step)), self._pick(list(project.step))
        assert source is not None and target is not None
        kind = self.data.draw(st.sampled_from(list(FlowKind)))
        return Add(Flow(id=self._new_id("f"), process_id="proc-1", source_id=source, target_id=target, kind=kind))

    def remove_steps(self, project: Project) -> Edit | None:
        if not project.step:
            return None
        chosen = self.data.draw(st.lists(st.sampled_from(sorted(project.step)), min_size=1, max_size=2, unique=True))
        return remove_steps(project, chosen)

    def set_verdict(self, project: Project) -> Edit | None:
        step = self._pick(list(project.step))
        if step is None:
            return None
        verdict = self.data.draw(st.sampled_from(list(Verdict)))
        resolution = self.data.draw(st.sampled_from(list(Resolution)))
        if step in project.judgment:
            return SetFields(Ref("judgment", step), (("verdict", verdict), ("resolution", resolution)))
        return Add(Judgment(id=step, verdict=verdict, resolution=resolution))

    def add_link(self, project: Project) -> Edit | None:
        step, item = self._pick(list(project.step)), self._pick(list(project.item))
        if step is None or item is None:
            return None
        verdict = self.data.draw(st.sampled_from([None, *Verdict]))
        return Add(Link(id=self._new_id("link"), step_id=step, item_id=item, verdict=verdict))

    def remove_link(self, project: Project) -> Edit | None:
        link = self._pick(list(project.link))
        return None if link is None else Remove(Ref("link", link))

    def add_lane(self, project: Project) -> Edit | None:
        sort = float(len(project.lane))
        return Add(Lane(id=self._new_id("lane"), process_id="proc-1", name=self.data.draw(labels), sort=sort))

    def remove_lane(self, project: Project) -> Edit | None:
        lane = self._pick(list(project.lane))
        if lane is None:
            return None
        others = sorted(set(project.lane) - {lane})
        target = self.data.draw(st.sampled_from(["", *others]))
        return remove_lane(project, lane, move_steps_to=target)

    def add_phase(self, project: Project) -> Edit | None:
        return Add(Phase(id=self._new_id("ph"), process_id="proc-1", name=self.data.draw(labels)))

    def remove_phase(self, project: Project) -> Edit | None:
        phase = self._pick(list(project.phase))
        return None if phase is None else remove_phase(project, phase)

    def rename_process(self, project: Project) -> Edit | None:
        return SetFields(Ref("process", "proc-1"), (("name", self.data.draw(labels)),))

    def all(self) -> list[Callable[[Project], Edit | None]]:
        """Every action."""
        return [self.add_step, self.move_steps, self.relabel, self.add_flow, self.remove_steps, self.set_verdict,
                self.add_link, self.remove_link, self.add_lane, self.remove_lane, self.add_phase, self.remove_phase,
                self.rename_process]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_undo_all_then_redo_all(data: st.DataObject) -> None:
    original = small_project()
    session = EditSession(copy.deepcopy(original))
    changes: list[Change] = []
    session.subscribe(changes.append)
    actions = Actions(data)
    length = data.draw(st.integers(min_value=20, max_value=60), label="length")

    done: list[tuple[Edit, Edit]] = []
    snapshots = [copy.deepcopy(session.project)]
    for _ in range(length):
        action = data.draw(st.sampled_from(actions.all()), label="action")
        edit = action(session.project)
        if edit is None:
            continue
        done.append((edit, session.apply(edit)))
        snapshots.append(copy.deepcopy(session.project))
    final = copy.deepcopy(session.project)
    assert len(changes) == len(done), "one notification per applied edit"

    for index in reversed(range(len(done))):
        session.apply(done[index][1])
        assert session.project == snapshots[index], f"undo of edit #{index} ({done[index][0]!r})"
    assert session.project == original

    for edit, _inverse in done:
        session.apply(edit)
    assert session.project == final
