"""EditorController: the editing commands of the diagram (keyboard-first capture, clipboard, alignment).

It turns a user command into one domain edit and pushes it; it never changes the project directly.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from jcloud_desk.domain.cascades import remove_steps
from jcloud_desk.domain.edits import Batch, Edit, Remove, SetFields
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.process import Flow, FlowKind, Step, StepKind
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.lazy_import import lazy_module
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.mime import FRAGMENT_MIME
from jcloud_desk.ui.scene.items.flow_item import FlowItem
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView

if TYPE_CHECKING:
    from jcloud_desk.domain import operations
else:  # run at the first edit, not at start
    operations = lazy_module("jcloud_desk.domain.operations")


def _normalise(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


class EditorController(QObject):
    """Commands on the current process of one scene."""

    open_process_requested = Signal(str)
    message = Signal(str)

    def __init__(self, scene: ProcessScene, view: ProcessView, document: ProjectDocument) -> None:
        super().__init__(scene)
        self.scene = scene
        self.view = view
        self.document = document
        self._push = document.push
        self.open_process_requested.connect(document.set_process)
        self.message.connect(self._tell)
        self._last_find = ""
        self._find_index = -1
        scene.step_activated.connect(self._on_step_activated)

    def _tell(self, text: str) -> None:
        self.document.message.emit(text, 6000)

    @property
    def project(self) -> Project:
        """The project of the scene."""
        return self.scene.project

    def _selected(self) -> list[str]:
        return self.scene.selected_step_ids()

    def _focus_step(self, step_id: str) -> None:
        self.scene.select_steps([step_id])
        self.view.stop_auto_fit()
        # after the event loop has taken the scene's new size, or the scroll range is still the old one
        QTimer.singleShot(0, lambda: self._ensure_visible(step_id))

    def _ensure_visible(self, step_id: str) -> None:
        item = self.scene.step_items.get(step_id)
        if item is not None:
            self.view.ensureVisible(item, 80, 60)

    # --- capture -------------------------------------------------------------------------------------
    def new_step(self, lane_offset: int = 0, kind: StepKind = StepKind.TASK) -> bool:
        """Plan the next step after the selected one (or the first step) and open its label editor."""
        pid = self.scene.process_id
        if pid not in self.project.process:
            return False
        selected = self._selected()
        lanes = self.project.lanes_of(pid)
        if not lanes:
            self.message.emit(self.tr("Add a lane first (Process menu)."))
            return False
        if selected:
            source_id = selected[-1]

            def plan(label: str) -> operations.NewStep:
                return operations.next_step_after(self.project, source_id, label, lane_offset, kind)
        else:
            phases = self.project.phases_of(pid)

            def plan(label: str) -> operations.NewStep:
                return operations.new_step(self.project, pid, lanes[0].id, phases[0].id if phases else "", label,
                                           kind, x=0.0)
        return self._capture(plan, kind)

    def new_start(self) -> bool:
        """A start event before the selected step (connected to it), or at the start of the first lane."""
        pid = self.scene.process_id
        if pid not in self.project.process:
            return False
        if not self.project.lanes_of(pid):
            self.message.emit(self.tr("Add a lane first (Process menu)."))
            return False
        selected = self._selected()
        before = selected[-1] if selected else ""
        return self._capture(lambda label: operations.start_event(self.project, pid, label, before), StepKind.START)

    def _capture(self, plan: Callable[[str], operations.NewStep], kind: StepKind) -> bool:
        """Open the label editor where ``plan`` puts the new step; Enter creates it (one undo step)."""
        planned = plan("").step
        center = QPointF(*self.scene.grid.step_center(planned))
        self.view.stop_auto_fit()
        self.view.ensureVisible(center.x() - 80, center.y() - 40, 160, 80)

        def commit(text: str) -> None:
            if not text and kind.is_activity:
                return  # an empty new task is not created
            created = plan(text)
            self._push(created.edit, self.tr("Add step: {step}").format(step=text) if text else self.tr("Add step"))
            self._focus_step(created.step_id)

        self.scene.begin_editing(center, kind, "", commit)
        return True

    def rename_selected(self) -> bool:
        """Edit the label of the selected step in place."""
        selected = self._selected()
        if not selected:
            return False
        step = self.project.step[selected[-1]]
        item = self.scene.step_items[step.id]

        def commit(text: str) -> None:
            if text != step.label and step.id in self.project.step:
                self._push(SetFields.of(self.project.step[step.id], label=text), self.tr("Rename step"))
                self._focus_step(step.id)

        self.scene.begin_editing(item.pos(), step.kind, step.label, commit)
        return True

    def _on_step_activated(self, step_id: str) -> None:
        step = self.project.step.get(step_id)
        if step is None:
            return
        if step.kind is StepKind.SUBPROCESS and step.subprocess_id in self.project.process:
            self.open_process_requested.emit(step.subprocess_id)
            return
        self.scene.select_steps([step_id])
        self.rename_selected()

    def connect_selected(self) -> bool:
        """Connect the first selected step to the second (selection order)."""
        selected = self._selected()
        if len(selected) != 2:
            self.message.emit(self.tr("Select exactly two steps to connect (first the source)."))
            return False
        try:
            edit = operations.connect(self.project, selected[0], selected[1])
        except DomainError as error:
            self.message.emit(str(error))
            return False
        self._push(edit, self.tr("Connect steps"))
        return True

    def move_lane(self, offset: int) -> bool:
        """Move the selected steps to the lane above (-1) or below (+1)."""
        edit = operations.move_to_lane(self.project, self._selected(), offset)
        if edit is None:
            return False
        self._push(edit, self.tr("Move to other lane"))
        return True

    def move_phase(self, offset: int) -> bool:
        """Move the selected steps to the next (+1) or previous (-1) phase."""
        edit = operations.move_to_phase(self.project, self._selected(), offset)
        if edit is None:
            return False
        self._push(edit, self.tr("Move to other phase"))
        return True

    # --- keyboard navigation -------------------------------------------------------------------------
    def walk(self, direction: str) -> bool:
        """Select the next step along flows ('right' / 'left') or in the lane above/below ('up' / 'down')."""
        selected = self._selected()
        steps = self.project.steps_of(self.scene.process_id)
        if not steps:
            return False
        if not selected:
            self._focus_step(min(steps, key=lambda s: self.scene.grid.step_center(s)[0]).id)
            return True
        current = self.project.step[selected[-1]]
        flows = self.project.flows_of(self.scene.process_id)
        target: str | None = None
        if direction in ("right", "left"):
            if direction == "right":
                candidates = [f.target_id for f in flows if f.source_id == current.id]
            else:
                candidates = [f.source_id for f in flows if f.target_id == current.id]
            if candidates:
                target = min(candidates, key=lambda s: self.scene.grid.step_center(self.project.step[s])[1])
        else:
            lanes = self.project.lanes_of(self.scene.process_id)
            index = next(i for i, lane in enumerate(lanes) if lane.id == current.lane_id)
            other = index + (-1 if direction == "up" else 1)
            if 0 <= other < len(lanes):
                cx = self.scene.grid.step_center(current)[0]
                in_lane = [s for s in steps if s.lane_id == lanes[other].id]
                if in_lane:
                    target = min(in_lane, key=lambda s: abs(self.scene.grid.step_center(s)[0] - cx)).id
        if target is None:
            return False
        self._focus_step(target)
        return True

    # --- deleting ------------------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        """Delete the selected steps (with their flows, links and judgments) and selected flows."""
        step_ids = self._selected()
        flow_ids = [i.flow_id for i in self.scene.selectedItems() if isinstance(i, FlowItem)]
        if not step_ids and not flow_ids:
            return False
        edits: list[Edit] = []
        if step_ids:
            edits.extend(remove_steps(self.project, step_ids).edits)
        removed = {e.ref.id for e in edits if isinstance(e, Remove)}
        edits.extend(Remove(Ref("flow", f)) for f in flow_ids if f not in removed)
        self._push(Batch(tuple(edits)), self.tr("Delete"))
        return True

    # --- clipboard -----------------------------------------------------------------------------------
    def copy_selected(self) -> bool:
        """Put the selected steps (and the flows between them) on the clipboard."""
        selected = self._selected()
        if not selected:
            return False
        fragment = operations.copy_fragment(self.project, selected)
        data = QMimeData()
        data.setData(FRAGMENT_MIME, json.dumps(asdict(fragment), ensure_ascii=False).encode("utf-8"))
        data.setText("\n".join(s.label for s in fragment.steps))
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def cut_selected(self) -> bool:
        """Copy, then delete."""
        return self.copy_selected() and self.delete_selected()

    def paste(self) -> bool:
        """Paste copied steps into the current process (one undo step)."""
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(FRAGMENT_MIME) or self.scene.process_id not in self.project.process:
            return False
        raw = json.loads(bytes(data.data(FRAGMENT_MIME).data()).decode("utf-8"))
        fragment = operations.Fragment(
            steps=[Step(**{**s, "kind": StepKind(s["kind"])}) for s in raw["steps"]],
            flows=[Flow(**{**f, "kind": FlowKind(f["kind"])}) for f in raw["flows"]],
            lane_names=raw["lane_names"], phase_names=raw["phase_names"],
        )
        try:
            new_ids, edit = operations.paste_fragment(self.project, fragment, self.scene.process_id)
        except DomainError as error:
            self.message.emit(str(error))
            return False
        self._push(edit, self.tr("Paste"))
        self.scene.select_steps(new_ids)
        return True

    def duplicate_selected(self) -> bool:
        """Copy and paste in one go."""
        return self.copy_selected() and self.paste()

    def select_all(self) -> None:
        """Select every step of the process."""
        self.scene.select_steps(list(self.scene.step_items))

    # --- alignment -----------------------------------------------------------------------------------
    def align(self, mode: str) -> bool:
        """Align or distribute the selected steps."""
        edit = operations.align(self.project, self._selected(), mode)
        if edit is None:
            return False
        self._push(edit, self.tr("Align"))
        return True

    # --- find ----------------------------------------------------------------------------------------
    def find(self, text: str) -> bool:
        """Select and centre the next step whose label contains ``text`` (width/case-insensitive)."""
        needle = _normalise(text)
        if not needle:
            return False
        steps = sorted(self.project.steps_of(self.scene.process_id),
                       key=lambda s: self.scene.grid.step_center(s)[::-1])
        matches = [s.id for s in steps if needle in _normalise(s.label) or needle == _normalise(s.step_no)]
        if not matches:
            self.message.emit(self.tr("No step matches \"{text}\".").format(text=text))
            return False
        self._find_index = (self._find_index + 1) % len(matches) if text == self._last_find else 0
        self._last_find = text
        step_id = matches[self._find_index]
        self.scene.select_steps([step_id])
        self.view.stop_auto_fit()
        self.view.centerOn(self.scene.step_items[step_id])
        return True
