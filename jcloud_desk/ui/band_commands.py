"""BandCommands: reorder, move and resize a lane (部署) or a phase (工程) — written once for both kinds.

Lanes stack along y and phases along x; everything else about the two commands is the same. The Process menu,
the header context menus and the header drag gesture all end here, and each pushes one edit on the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.process import Lane, Phase
from jcloud_desk.lazy_import import lazy_module
from jcloud_desk.ui.document import ProjectDocument

if TYPE_CHECKING:
    from jcloud_desk.domain import operations
else:  # run at the first edit, not at start
    operations = lazy_module("jcloud_desk.domain.operations")

BandKind = Literal["lane", "phase"]

#: The smallest height of a lane and width of a phase a resize leaves.
MIN_SIZE: dict[BandKind, float] = {"lane": 70.0, "phase": 90.0}


class BandCommands(QObject):
    """The lane and phase commands of one document."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document

    def _bands(self, kind: BandKind, band_id: str) -> Sequence[Lane | Phase] | None:
        project = self._document.project
        if project is None:
            return None
        if kind == "lane":
            lane = project.lane.get(band_id)
            return project.lanes_of(lane.process_id) if lane is not None else None
        phase = project.phase.get(band_id)
        return project.phases_of(phase.process_id) if phase is not None else None

    def _reorder_text(self, kind: BandKind) -> str:
        return self.tr("Reorder lanes") if kind == "lane" else self.tr("Reorder phases")

    def reorder(self, kind: BandKind, band_id: str, new_index: int) -> bool:
        """Put the band at ``new_index`` among its process's bands (a drop, or a menu move)."""
        bands = self._bands(kind, band_id)
        if bands is None:
            return False
        edit = operations.reorder(bands, band_id, new_index)
        if edit is None:
            return False
        self._document.push(edit, self._reorder_text(kind))
        return True

    def move(self, kind: BandKind, band_id: str, offset: int) -> bool:
        """Move the band up/left (-1) or down/right (+1)."""
        bands = self._bands(kind, band_id)
        if bands is None:
            return False
        index = next(i for i, band in enumerate(bands) if band.id == band_id)
        return self.reorder(kind, band_id, index + offset)

    def resize(self, kind: BandKind, band_id: str, size: float) -> bool:
        """Set a lane's height or a phase's width (never below ``MIN_SIZE``)."""
        project = self._document.project
        band = None if project is None else (project.lane if kind == "lane" else project.phase).get(band_id)
        if band is None:
            return False
        text = self.tr("Resize lane") if kind == "lane" else self.tr("Resize phase")
        self._document.push(SetFields.of(band, size=float(round(max(MIN_SIZE[kind], size)))), text)
        return True
