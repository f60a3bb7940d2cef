"""The small protocols window parts depend on instead of ``MainWindow``."""

from __future__ import annotations

from typing import Protocol

from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView


class Diagram(Protocol):
    """The diagram of the window: its scene and view (one each for the window's lifetime)."""

    @property
    def scene(self) -> ProcessScene:
        """The scene drawing the current process."""
        ...

    @property
    def view(self) -> ProcessView:
        """The view showing the scene."""
        ...

    def reveal_step(self, process_id: str, step_id: str) -> None:
        """Switch to ``process_id`` if needed, select the step and centre it."""
        ...

    def set_presenting(self, active: bool) -> None:
        """Presentation mode started (True) or ended: verdict colours stay on while presenting."""
        ...
