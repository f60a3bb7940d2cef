"""Interaction: the hooks a scene calls for one gesture (mouse press / move / release, drag and drop)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent


class Interaction:
    """Every hook does nothing by default; a gesture implements the ones it needs.

    ``press`` may claim a left-button press: the scene then skips its own handling and sends the rest of the
    gesture to ``move`` and ``release``. An interaction that lets Qt move items watches instead through the
    ``after_*`` hooks, called after the scene's own handling of each event nobody claimed.
    """

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Claim the gesture starting with this left-button press (True) or leave it (False)."""
        return False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """The mouse moved during a claimed gesture."""

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        """The claimed gesture ends."""

    def after_press(self, event: QGraphicsSceneMouseEvent) -> None:
        """The scene handled a press nobody claimed."""

    def after_move(self, event: QGraphicsSceneMouseEvent) -> None:
        """The scene handled a move outside a claimed gesture."""

    def after_release(self, event: QGraphicsSceneMouseEvent) -> None:
        """The scene handled a release outside a claimed gesture."""

    def drag_enter(self, event: QGraphicsSceneDragDropEvent) -> bool:
        """Whether a drag entering the scene carries something this interaction can drop."""
        return False

    def drag_move(self, event: QGraphicsSceneDragDropEvent) -> bool:
        """Whether the drag could be dropped here."""
        return False

    def drop(self, event: QGraphicsSceneDragDropEvent) -> bool:
        """Handle the drop (True) or leave it to another interaction (False)."""
        return False
