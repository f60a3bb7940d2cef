"""StepDrag: Qt moves the selected steps with the mouse; flows re-route live; the release is one move edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from jcloud_desk.domain.edits import Edit, SetFields, batch
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.scene.interactions.base import Interaction
from jcloud_desk.ui.scene.process_scene import ProcessScene


class StepDrag(Interaction):
    """Dragging steps: each lands in the lane × phase cell under it (``Grid.cell_at``)."""

    def __init__(self, scene: ProcessScene, document: ProjectDocument) -> None:
        self._scene = scene
        self._document = document
        self._start: dict[str, tuple[float, float]] = {}

    def after_press(self, event: QGraphicsSceneMouseEvent) -> None:
        self._start = {sid: (item.pos().x(), item.pos().y()) for sid, item in self._scene.step_items.items()
                       if item.isSelected()}

    def after_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._start and event.buttons() & Qt.MouseButton.LeftButton:
            self._scene.reroute(set(self._start))

    def after_release(self, event: QGraphicsSceneMouseEvent) -> None:
        scene, start, self._start = self._scene, self._start, {}
        items = scene.step_items
        moved = [sid for sid, (x, y) in start.items()
                 if sid in items and (abs(items[sid].pos().x() - x) > 0.5 or abs(items[sid].pos().y() - y) > 0.5)]
        if not moved:
            return
        edits: list[Edit] = []
        for sid in moved:
            pos = items[sid].pos()
            lane_id, phase_id, x, y = scene.grid.cell_at(pos.x(), pos.y())
            edits.append(SetFields.of(scene.project.step[sid], lane_id=lane_id, phase_id=phase_id, x=round(x, 1),
                                      y=round(y, 1)))
        self._document.push(batch(edits), QCoreApplication.translate("StepDrag", "Move"))
