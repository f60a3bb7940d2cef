"""ProcessScene: draws one process and, attached to a ProjectDocument, follows it.

Items are built once per process and then updated by id from each Change; a change to lanes or phases
(which moves the whole grid) rebuilds. The scene draws and hit-tests; it never writes the domain: gestures are
``Interaction`` objects installed on it (``ui/scene/interactions``), each pushing one edit on the document. A
scene without a document and interactions (exports, the diff dialog) only draws.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
)

from jcloud_desk.analysis.customization import customization_flag
from jcloud_desk.analysis.open_risks import RiskContext
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER, SHAPE_SIZE, Grid, Rect
from jcloud_desk.domain.pool_ops import main_pool
from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.routing import route
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.drawing_limits import MAX_DRAWN_FLOWS, MAX_DRAWN_STEPS
from jcloud_desk.ui.scene.interactions.base import Interaction
from jcloud_desk.ui.scene.items.flow_item import FlowItem
from jcloud_desk.ui.scene.items.lane_item import LaneItem, PhaseHeaderItem
from jcloud_desk.ui.scene.items.step_item import StepItem
from jcloud_desk.ui.scene.obstacles import Obstacles

if TYPE_CHECKING:
    from jcloud_desk.ui.scene.label_editor import LabelEditorItem

_GRID_KINDS = {"process", "lane", "phase"}
#: Steps and flows the editor draws at most: the limits of every drawing (drawing_limits; twice what an import
#: accepts, services.import_limits).
DRAWING_LIMITS = (MAX_DRAWN_STEPS, MAX_DRAWN_FLOWS)
NOTICE_WIDTH = 640.0
BSP_TREE_DEPTH = 8


class ProcessScene(QGraphicsScene):
    """The diagram of one process of the project."""

    selected_steps_changed = Signal(list)
    step_activated = Signal(str)  # double click: edit label, or open the sub-process
    editing_changed = Signal(bool)
    lane_header_activated = Signal(str)
    phase_header_activated = Signal(str)
    context_menu_requested = Signal(str, str, object)  # kind ('lane', 'phase', 'step', 'canvas'), id, QPoint

    def __init__(self, project: Project | None = None, font: QFont | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Qt deepens its BSP index with the item count, and a flow spanning the diagram sits in every leaf it
        # crosses: a dense process (9,900 flows) took 655 MB and 2.4 s to open, 39,800 flows 6.9 GB. A fixed,
        # shallow tree keeps hit-testing indexed at a bounded cost (186 MB, 0.7 s; benchmarks in RELIABILITY.md).
        self.setBspTreeDepth(BSP_TREE_DEPTH)
        self._project = project if project is not None else Project()
        self._document: ProjectDocument | None = None
        self._font = font or QFont()
        self.process_id = ""
        self.show_verdicts = False
        self.step_items: dict[str, StepItem] = {}
        self.flow_items: dict[str, FlowItem] = {}
        self.lane_items: dict[str, LaneItem] = {}
        self.external_lanes: frozenset[str] = frozenset()  # lanes of external organisations (own pool)
        self.too_large = False  # the process is beyond DRAWING_LIMITS: a notice is drawn instead
        self.phase_items: dict[str, PhaseHeaderItem] = {}
        self.grid = Grid([], [])
        self.editor: LabelEditorItem | None = None
        self._selection_order: list[str] = []
        self._interactions: list[Interaction] = []
        self._active: Interaction | None = None
        self._obstacles = Obstacles()
        self.selectionChanged.connect(self._on_selection_changed)

    @property
    def project(self) -> Project:
        """The project drawn."""
        return self._project

    # --- following a document --------------------------------------------------------------------
    def attach(self, document: ProjectDocument) -> None:
        """Follow ``document``: its project, current process, selection and changes; drags push edits on it."""
        self._document = document
        document.project_replaced.connect(self._project_replaced)
        document.process_changed.connect(self.set_process)
        document.changed.connect(self.apply_change)
        document.selection_changed.connect(self._follow_selection)
        self.selected_steps_changed.connect(document.set_selection)
        self._project_replaced()

    def _project_replaced(self) -> None:
        assert self._document is not None
        self._project = self._document.project or Project()
        self.set_process(self._document.process_id)

    def _follow_selection(self, step_ids: list[str]) -> None:
        if step_ids != self.selected_step_ids():
            self.select_steps(step_ids)

    def install(self, interaction: Interaction) -> None:
        """Add a gesture (asked in installation order)."""
        self._interactions.append(interaction)

    # --- building --------------------------------------------------------------------------------
    def set_process(self, process_id: str) -> None:
        """Show another process."""
        self.cancel_editing()
        self.process_id = process_id
        self._selection_order = []
        self.rebuild()

    def set_show_verdicts(self, show: bool) -> None:
        """Toggle the verdict colour overlay."""
        self.show_verdicts = show
        self._refresh_badges(self.step_items)

    def rebuild(self) -> None:
        """Recreate every item of the current process (keeps the selection)."""
        selected = set(self.selected_step_ids())
        self.cancel_editing()
        self.blockSignals(True)
        self.clear()
        self.step_items.clear()
        self.flow_items.clear()
        self.lane_items.clear()
        self.phase_items.clear()
        self._obstacles.clear()
        project, pid = self._project, self.process_id
        if pid not in project.process:
            self.grid = Grid([], [])
            self.blockSignals(False)
            self.setSceneRect(QRectF(0, 0, 800, 400))
            return
        lanes, phases = project.lanes_of(pid), project.phases_of(pid)
        self.too_large = self._beyond_limits()
        if self.too_large:
            self._draw_notice()
            self.grid = Grid([], [])
            self.blockSignals(False)
            self.setSceneRect(QRectF(0, 0, 800, 400))
            return
        self.grid = grid = Grid(lanes, phases, project.steps_of(pid))
        main = main_pool(project, pid)
        self.external_lanes = frozenset(lane.id for lane in lanes if lane.pool != main)
        for index, lane in enumerate(lanes):
            r = grid.lane_rect(lane.id)
            item = LaneItem(lane.id, lane.name, QRectF(r.x, r.y, r.w, r.h), index, self._font,
                            lane.id in self.external_lanes)
            self.addItem(item)
            self.lane_items[lane.id] = item
        for phase in phases:
            r = grid.phase_rect(phase.id)
            header = PhaseHeaderItem(phase.id, phase.name, QRectF(r.x, r.y, r.w, r.h), self._font)
            self.addItem(header)
            self.phase_items[phase.id] = header
        for step in project.steps_of(pid):
            self._add_step_item(step.id)
            self.step_items[step.id].setSelected(step.id in selected)
        self._refresh_badges(self.step_items)
        self._route(None)
        self.blockSignals(False)
        # after unblocking: views learn their scroll range from sceneRectChanged
        self._fit_scene_rect()
        self._on_selection_changed()

    def _beyond_limits(self) -> bool:
        """True when the process has more steps, flows or lanes than ``DRAWING_LIMITS`` (far above what an import
        accepts: only a crafted or merged file gets there); the editor then draws a notice instead of the
        diagram, so opening the file never hangs the window."""
        steps, flows = self._counts()
        limit_steps, limit_flows = DRAWING_LIMITS
        return steps > limit_steps or flows > limit_flows

    def _counts(self) -> tuple[int, int]:
        return len(self._project.steps_of(self.process_id)), len(self._project.flows_of(self.process_id))

    def _draw_notice(self) -> None:
        (steps, flows), (limit_steps, limit_flows) = self._counts(), DRAWING_LIMITS
        notice = QGraphicsTextItem(self.tr(
            "This process is too large to draw ({steps:,} steps and {flows:,} flows; at most {limit_steps:,} steps "
            "and {limit_flows:,} flows can be drawn).\nSplit it into smaller processes. The rest of the project "
            "works as usual.").format(steps=steps, flows=flows, limit_steps=limit_steps, limit_flows=limit_flows))
        notice.setFont(self._font)
        notice.setTextWidth(NOTICE_WIDTH)  # wrapped: the scene is a fixed 800 px wide while it shows the notice
        notice.setPos(20, 20)
        self.addItem(notice)

    def _add_step_item(self, step_id: str) -> None:
        step = self._project.step[step_id]
        item = StepItem(step, self._font)
        item.setPos(*self.grid.step_center(step))
        self.addItem(item)
        self.step_items[step_id] = item
        self._obstacles.put(step_id, self.step_rect(step_id))

    def _refresh_badges(self, step_ids: Iterable[str]) -> None:
        """Verdict, link count and customization flag of these steps (one pass over the links for all)."""
        links: dict[str, list[Link]] = {step_id: [] for step_id in step_ids if step_id in self.step_items}
        if not links:
            return
        for link in self._project.link.values():
            own = links.get(link.step_id)
            if own is not None:
                own.append(link)
        risks = RiskContext(self._project)
        for step_id, own in links.items():
            flag = customization_flag(self._project, step_id, own)
            risky = flag is None and bool(own) and bool(risks.step_risks(step_id, own))
            self.step_items[step_id].set_fitgap(self._project.verdict_of(step_id), len(own), flag is not None,
                                                self.show_verdicts, risky)

    def step_rect(self, step_id: str) -> Rect:
        """Absolute rectangle of a step's shape as currently drawn."""
        item = self.step_items[step_id]
        r = item.shape_rect.translated(item.pos())
        return Rect(r.x(), r.y(), r.width(), r.height())

    def reroute(self, step_ids: set[str]) -> None:
        """Re-route the flows touching ``step_ids`` where Qt has just moved their items (a drag)."""
        self._route(step_ids)

    def _route(self, step_ids: set[str] | None) -> None:
        """Re-route the flows touching ``step_ids`` (all flows when None); Qt may have moved these items."""
        for step_id in step_ids or ():  # rebuild placed every item already
            if step_id in self.step_items:
                self._obstacles.put(step_id, self.step_rect(step_id))
        for flow in self._project.flows_of(self.process_id):
            if flow.source_id not in self.step_items or flow.target_id not in self.step_items:
                continue
            if step_ids is not None and flow.source_id not in step_ids and flow.target_id not in step_ids \
                    and flow.id in self.flow_items:
                continue
            item = self.flow_items.get(flow.id)
            if item is None:
                item = FlowItem(flow.id, flow.kind, flow.label, self._font)
                self.addItem(item)
                self.flow_items[flow.id] = item
            item.set_route(self._points(flow.source_id, flow.target_id), flow.kind, flow.label)

    def _points(self, source_id: str, target_id: str) -> list[tuple[float, float]]:
        fan_out = self._project.step[source_id].kind.is_gateway
        source, target = self._obstacles.rects[source_id], self._obstacles.rects[target_id]
        left, right = min(source.x, target.x), max(source.x + source.w, target.x + target.w)
        return route(source, target, self._obstacles.around(left, right), fan_out)

    # --- observing the model -----------------------------------------------------------------------
    def apply_change(self, change: Change) -> None:
        """Sync with the project after an edit: by id where possible, a rebuild when the grid changed."""
        if self.process_id not in self._project.process or self.too_large:
            self.rebuild()  # cheap while too large: it only counts
            return
        if any(r.kind in ("step", "flow") and r.id not in self.step_items and r.id not in self.flow_items
               for r in change.touched()) and self._beyond_limits():
            self.rebuild()  # added steps or flows took the process past the limits
            return
        if any(r.kind in _GRID_KINDS and (r.kind != "process" or r.id == self.process_id)
               for r in change.touched()):
            self.rebuild()
            return
        moved: set[str] = set()
        for ref in change.touched():
            if ref.kind == "step":
                self._sync_step(ref.id, moved)
        for ref in change.touched():
            if ref.kind == "flow":
                self._sync_flow(ref.id)
        if moved and not self.grid.phases and any(
                self.step_items[s].sceneBoundingRect().right() > self.grid.width - 20 for s in moved
                if s in self.step_items):
            self.rebuild()  # a step beyond the bands of a process without phases: widen the bands
            return
        if moved:
            self._route(moved)
        targets = set(moved)  # added or updated steps
        if change.kinds() & {"judgment", "link", "info", "item", "vendor_answer"}:
            targets.update(r.id for r in change.touched() if r.kind == "judgment")
            if change.kinds() & {"link", "info", "item", "vendor_answer"}:  # risks 提供時期 follow the vendor
                targets = set(self.step_items)
        self._refresh_badges(targets)
        self._fit_scene_rect()

    def _sync_step(self, step_id: str, moved: set[str]) -> None:
        step = self._project.step.get(step_id)
        item = self.step_items.get(step_id)
        if step is None or step.process_id != self.process_id:
            if item is not None:
                self.removeItem(item)
                del self.step_items[step_id]
                self._obstacles.discard(step_id)
                self._selection_order = [s for s in self._selection_order if s != step_id]
            return
        if item is None:
            self._add_step_item(step_id)
        else:
            item.update_from(step)
            item.setPos(*self.grid.step_center(step))
            self._obstacles.put(step_id, self.step_rect(step_id))
        moved.add(step_id)  # apply_change refreshes its badges

    def _sync_flow(self, flow_id: str) -> None:
        flow = self._project.flow.get(flow_id)
        item = self.flow_items.get(flow_id)
        if flow is None or flow.process_id != self.process_id:
            if item is not None:
                self.removeItem(item)
                del self.flow_items[flow_id]
            return
        if flow.source_id in self.step_items and flow.target_id in self.step_items:
            if item is None:
                item = FlowItem(flow.id, flow.kind, flow.label, self._font)
                self.addItem(item)
                self.flow_items[flow.id] = item
            item.set_route(self._points(flow.source_id, flow.target_id), flow.kind, flow.label)

    def _fit_scene_rect(self) -> None:
        rect = QRectF(0, 0, self.grid.width, self.grid.height)
        for item in self.step_items.values():
            rect = rect.united(item.sceneBoundingRect())
        self.setSceneRect(rect.adjusted(-20, -20, 40, 40))

    # --- selection -----------------------------------------------------------------------------------
    def selected_step_ids(self) -> list[str]:
        """Ids of the selected steps, in the order they were selected."""
        selected = {i.step_id for i in self.selectedItems() if isinstance(i, StepItem)}
        ordered = [s for s in self._selection_order if s in selected]
        return ordered + sorted(selected - set(ordered))

    def select_steps(self, step_ids: list[str]) -> None:
        """Select exactly these steps (in this order)."""
        self.blockSignals(True)
        self.clearSelection()
        for step_id in step_ids:
            item = self.step_items.get(step_id)
            if item is not None:
                item.setSelected(True)
        self._selection_order = [s for s in step_ids if s in self.step_items]
        self.blockSignals(False)
        self._on_selection_changed()
        if step_ids and step_ids[-1] in self.step_items:
            self.step_items[step_ids[-1]].setFocus()

    def _on_selection_changed(self) -> None:
        for flow_item in self.flow_items.values():
            flow_item.sync_selection_style()
        selected = {i.step_id for i in self.selectedItems() if isinstance(i, StepItem)}
        self._selection_order = [s for s in self._selection_order if s in selected]
        self._selection_order += sorted(selected - set(self._selection_order))
        self.selected_steps_changed.emit(self.selected_step_ids())

    # --- inline label editing -----------------------------------------------------------------------
    def begin_editing(self, center: QPointF, kind: StepKind, text: str,
                      on_commit: Callable[[str], None]) -> LabelEditorItem:
        """Show an editor centred on ``center``; ``on_commit(text)`` runs when the user confirms."""
        from jcloud_desk.ui.scene.label_editor import LabelEditorItem  # at the first edit, not at start

        self.cancel_editing()
        width = max(SHAPE_SIZE[kind][0], 150.0)
        editor = LabelEditorItem(text, width, self._font)
        self.addItem(editor)
        rect = editor.boundingRect()
        editor.setPos(center.x() - rect.width() / 2, center.y() - rect.height() / 2)
        editor.signals.committed.connect(lambda value: self._end_editing(editor, on_commit, value))
        editor.signals.cancelled.connect(lambda: self._end_editing(editor, None, ""))
        self.editor = editor
        self.editing_changed.emit(True)
        editor.start()
        return editor

    def _end_editing(self, editor: LabelEditorItem, on_commit: Callable[[str], None] | None, value: str) -> None:
        if self.editor is editor:
            self.editor = None
            self.removeItem(editor)
            editor.deleteLater()
            self.editing_changed.emit(False)
        if on_commit is not None:
            on_commit(value)

    def cancel_editing(self) -> None:
        """Drop an open editor without committing."""
        if self.editor is not None:
            self.editor.finish(commit=False)

    # --- mouse: installed interactions first ---------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            for interaction in self._interactions:
                if interaction.press(event):
                    self._active = interaction
                    event.accept()
                    return
        super().mousePressEvent(event)
        for interaction in self._interactions:
            interaction.after_press(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._active is not None:
            self._active.move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)
        for interaction in self._interactions:
            interaction.after_move(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._active is not None:
            active, self._active = self._active, None
            active.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        for interaction in self._interactions:
            interaction.after_release(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.item_at(event.scenePos())
        if isinstance(item, StepItem):
            self.step_activated.emit(item.step_id)
            event.accept()
            return
        if isinstance(item, LaneItem):
            self.lane_header_activated.emit(item.lane_id)
            event.accept()
            return
        if isinstance(item, PhaseHeaderItem):
            self.phase_header_activated.emit(item.phase_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # --- drag and drop: the installed interactions decide ---------------------------------------------
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(any(i.drag_enter(event) for i in self._interactions))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(any(i.drag_move(event) for i in self._interactions))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not any(i.drop(event) for i in self._interactions):
            event.ignore()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        item = self.item_at(event.scenePos())
        if isinstance(item, StepItem):
            if not item.isSelected():
                self.select_steps([item.step_id])
            self.context_menu_requested.emit("step", item.step_id, event.screenPos())
        elif isinstance(item, LaneItem):
            self.context_menu_requested.emit("lane", item.lane_id, event.screenPos())
        elif isinstance(item, PhaseHeaderItem):
            self.context_menu_requested.emit("phase", item.phase_id, event.screenPos())
        else:
            self.context_menu_requested.emit("canvas", self.lane_at(event.scenePos()), event.screenPos())
        event.accept()

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The step under ``pos``, else the lane or phase whose header is under it."""
        items = self.items(pos)
        for item in items:
            if isinstance(item, StepItem):
                return item
        for item in items:
            if isinstance(item, LaneItem) and pos.x() < LANE_HEADER:
                return item
            if isinstance(item, PhaseHeaderItem) and pos.y() < PHASE_HEADER:
                return item
        return None

    def lane_at(self, pos: QPointF) -> str:
        """Id of the lane band under ``pos`` ('' when none)."""
        lane = self.grid.lane_at(pos.y()) if self.grid.lanes and pos.y() >= PHASE_HEADER else None
        return lane.id if lane else ""

    def phase_at(self, pos: QPointF) -> str:
        """Id of the phase column under ``pos`` ('' when none)."""
        phase = self.grid.phase_at(pos.x()) if self.grid.phases and pos.x() >= LANE_HEADER else None
        return phase.id if phase else ""
