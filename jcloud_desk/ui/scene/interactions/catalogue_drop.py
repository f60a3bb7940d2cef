"""CatalogueDrop: catalogue items dragged from the catalogue dock onto a step are linked to it (one edit)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsSceneDragDropEvent

from jcloud_desk.domain.edits import batch
from jcloud_desk.domain.fitgap_ops import link_item
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.mime import CATALOG_ITEM_MIME
from jcloud_desk.ui.scene.interactions.base import Interaction
from jcloud_desk.ui.scene.items.step_item import StepItem
from jcloud_desk.ui.scene.process_scene import ProcessScene


class CatalogueDrop(Interaction):
    """Dropping catalogue items on a step."""

    def __init__(self, scene: ProcessScene, document: ProjectDocument) -> None:
        self._scene = scene
        self._document = document

    @staticmethod
    def _carries_items(event: QGraphicsSceneDragDropEvent) -> bool:
        mime = event.mimeData()
        return mime is not None and mime.hasFormat(CATALOG_ITEM_MIME)

    def _target(self, event: QGraphicsSceneDragDropEvent) -> str:
        if not self._carries_items(event):
            return ""
        item = self._scene.item_at(event.scenePos())
        return item.step_id if isinstance(item, StepItem) else ""

    def drag_enter(self, event: QGraphicsSceneDragDropEvent) -> bool:
        return self._carries_items(event)

    def drag_move(self, event: QGraphicsSceneDragDropEvent) -> bool:
        return bool(self._target(event))

    def drop(self, event: QGraphicsSceneDragDropEvent) -> bool:
        step_id, mime = self._target(event), event.mimeData()
        if not step_id or mime is None:
            return False
        project = self._scene.project
        item_ids = bytes(mime.data(CATALOG_ITEM_MIME).data()).decode("utf-8").split()
        retired = project.retired_catalogs()  # items of a superseded catalogue version cannot be linked
        linkable = [i for i in item_ids if i in project.item and project.item[i].catalog_id not in retired]
        edits = [e for e in (link_item(project, step_id, i) for i in linkable) if e is not None]
        if edits:
            self._document.push(batch(edits), QCoreApplication.translate("CatalogueDrop", "Link catalogue item"))
            self._scene.select_steps([step_id])
        event.acceptProposedAction()
        return True
