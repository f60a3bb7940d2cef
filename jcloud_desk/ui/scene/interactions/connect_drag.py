"""ConnectDrag: Shift + drag from one step to another connects them — one flow, as the C command makes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from jcloud_desk.domain.errors import DomainError
from jcloud_desk.lazy_import import lazy_module
from jcloud_desk.ui import theme
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.scene.interactions.base import Interaction
from jcloud_desk.ui.scene.items.step_item import StepItem
from jcloud_desk.ui.scene.process_scene import ProcessScene

if TYPE_CHECKING:
    from jcloud_desk.domain import operations
else:  # run at the first edit, not at start
    operations = lazy_module("jcloud_desk.domain.operations")


class ConnectDrag(Interaction):
    """A dashed line follows the mouse from the source step; releasing on another step adds the flow."""

    def __init__(self, scene: ProcessScene, document: ProjectDocument) -> None:
        self._scene = scene
        self._document = document
        self._source = ""
        self._line: QGraphicsLineItem | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return False
        item = self._scene.item_at(event.scenePos())
        if not isinstance(item, StepItem):
            return False
        self._source = item.step_id
        self._line = QGraphicsLineItem(QLineF(item.pos(), event.scenePos()))
        self._line.setPen(QPen(theme.SELECTION, 2, Qt.PenStyle.DashLine))
        self._line.setZValue(200)
        self._scene.addItem(self._line)
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._line is not None:
            line = self._line.line()
            self._line.setLine(QLineF(line.p1(), event.scenePos()))

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        source, self._source = self._source, ""
        if self._line is not None:
            self._scene.removeItem(self._line)
            self._line = None
        target = self._scene.item_at(event.scenePos())
        if not source or not isinstance(target, StepItem) or target.step_id == source:
            return
        try:
            edit = operations.connect(self._scene.project, source, target.step_id)
        except DomainError as error:
            self._document.message.emit(str(error), 6000)
            return
        self._document.push(edit, QCoreApplication.translate("ConnectDrag", "Connect steps"))
        self._scene.select_steps([source, target.step_id])
