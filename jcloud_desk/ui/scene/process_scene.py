"""ProcessScene: draws one process and follows the project through SessionBridge changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from jcloud_desk.analysis.customization import customization_flag
from jcloud_desk.domain.edits import Change, Edit, SetFields, batch
from jcloud_desk.domain.layout import Grid, Rect
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.routing import route
from jcloud_desk.ui.scene.items.flow_item import FlowItem
from jcloud_desk.ui.scene.items.lane_item import LaneItem, PhaseHeaderItem
from jcloud_desk.ui.scene.items.step_item import StepItem

PushEdit = Callable[[Edit, str], None]


class ProcessScene(QGraphicsScene):
    """Items are built from the domain and rebuilt or updated from each Change; they never write it."""

    selected_steps_changed = Signal(list)

    def __init__(self, project: Project, push: PushEdit, font: QFont | None = None) -> None:
        super().__init__()
        self._project = project
        self._push = push
        self._font = font or QFont()
        self.process_id = ""
        self.show_verdicts = False
        self.step_items: dict[str, StepItem] = {}
        self.flow_items: dict[str, FlowItem] = {}
        self._grid = Grid([], [])
        self._press_positions: dict[str, tuple[float, float]] = {}
        self.selectionChanged.connect(self._emit_selection)

    # --- building --------------------------------------------------------------------------------
    def set_process(self, process_id: str) -> None:
        """Show another process."""
        self.process_id = process_id
        self.rebuild()

    def set_show_verdicts(self, show: bool) -> None:
        """Toggle the verdict colour overlay."""
        self.show_verdicts = show
        for step_id in self.step_items:
            self._refresh_badges(step_id)

    def rebuild(self) -> None:
        """Recreate every item of the current process."""
        selected = set(self.selected_step_ids())
        self.blockSignals(True)
        self.clear()
        self.step_items.clear()
        self.flow_items.clear()
        project, pid = self._project, self.process_id
        if pid not in project.process:
            self.blockSignals(False)
            self.setSceneRect(QRectF(0, 0, 800, 400))
            return
        lanes, phases = project.lanes_of(pid), project.phases_of(pid)
        self._grid = grid = Grid(lanes, phases)
        for index, lane in enumerate(lanes):
            r = grid.lane_rect(lane.id)
            self.addItem(LaneItem(lane.id, lane.name, QRectF(r.x, r.y, r.w, r.h), index, self._font))
        for phase in phases:
            r = grid.phase_rect(phase.id)
            self.addItem(PhaseHeaderItem(phase.id, phase.name, QRectF(r.x, r.y, r.w, r.h), self._font))
        for step in project.steps_of(pid):
            item = StepItem(step, self._font)
            item.setPos(*grid.step_center(step))
            self.addItem(item)
            self.step_items[step.id] = item
            self._refresh_badges(step.id)
            item.setSelected(step.id in selected)
        self._route_all()
        self.setSceneRect(QRectF(0, 0, grid.width, grid.height).adjusted(-20, -20, 40, 40))
        self.blockSignals(False)

    def _refresh_badges(self, step_id: str) -> None:
        item = self.step_items.get(step_id)
        if item is None:
            return
        links = self._project.links_of_step(step_id)
        flag = customization_flag(self._project, step_id)
        item.set_fitgap(self._project.verdict_of(step_id), len(links), flag is not None, self.show_verdicts)

    def _step_rect(self, step_id: str) -> Rect:
        item = self.step_items[step_id]
        r = item.shape_rect.translated(item.pos())
        return Rect(r.x(), r.y(), r.width(), r.height())

    def _route_all(self) -> None:
        obstacles = [self._step_rect(s) for s in self.step_items]
        for flow in self._project.flows_of(self.process_id):
            if flow.source_id not in self.step_items or flow.target_id not in self.step_items:
                continue
            item = self.flow_items.get(flow.id)
            if item is None:
                item = FlowItem(flow.id, flow.kind, flow.label, self._font)
                self.addItem(item)
                self.flow_items[flow.id] = item
            points = route(self._step_rect(flow.source_id), self._step_rect(flow.target_id), obstacles)
            item.set_route(points, flow.kind, flow.label)

    # --- observing the model -----------------------------------------------------------------------
    def apply_change(self, change: Change) -> None:
        """Sync with the project after an edit (a rebuild when structure changed, else in place)."""
        structural = {"process", "lane", "phase", "step", "flow"}
        if change.kinds() & structural:
            self.rebuild()
            return
        for ref in change.touched():
            if ref.kind == "judgment":
                self._refresh_badges(ref.id)
            elif ref.kind == "link" or ref.kind in ("info", "item"):
                for step_id in self.step_items:
                    self._refresh_badges(step_id)
                break

    # --- selection -----------------------------------------------------------------------------------
    def selected_step_ids(self) -> list[str]:
        """Ids of the selected steps."""
        return [i.step_id for i in self.selectedItems() if isinstance(i, StepItem)]

    def _emit_selection(self) -> None:
        self.selected_steps_changed.emit(self.selected_step_ids())

    # --- moving (one undo step per drag) ---------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press_positions = {sid: (it.pos().x(), it.pos().y()) for sid, it in self.step_items.items()
                                 if it.isSelected()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press_positions:
            self._route_all()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved = [sid for sid, (x, y) in self._press_positions.items()
                 if sid in self.step_items and (abs(self.step_items[sid].pos().x() - x) > 0.5
                                                or abs(self.step_items[sid].pos().y() - y) > 0.5)]
        self._press_positions = {}
        if not moved:
            return
        edits: list[Edit] = []
        for sid in moved:
            pos = self.step_items[sid].pos()
            lane_id, phase_id, x, y = self._grid.cell_at(pos.x(), pos.y())
            step = self._project.step[sid]
            edits.append(SetFields.of(step, lane_id=lane_id, phase_id=phase_id, x=round(x, 1), y=round(y, 1)))
        self._push(batch(edits), self.tr("Move"))
