"""A scene with its gestures over a ProjectDocument, in a view (no window)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from jcloud_desk.ui.band_commands import BandCommands
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.scene.interactions.band_drag import BandDrag
from jcloud_desk.ui.scene.interactions.catalogue_drop import CatalogueDrop
from jcloud_desk.ui.scene.interactions.step_drag import StepDrag
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView


@dataclass
class Diagram:
    """The pieces a gesture test needs."""

    document: ProjectDocument
    scene: ProcessScene
    view: ProcessView
    bands: BandCommands


@pytest.fixture()
def diagram(document: ProjectDocument, qtbot: QtBot) -> Iterator[Diagram]:
    """small_project's process drawn at 100 % with the window's gestures installed."""
    scene = ProcessScene(parent=document)
    bands = BandCommands(document, document)
    for interaction in (BandDrag(scene, bands), StepDrag(scene, document), CatalogueDrop(scene, document)):
        scene.install(interaction)
    scene.attach(document)
    view = ProcessView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.set_zoom(1.0)
    view.ensureVisible(0, 0, 10, 10)
    yield Diagram(document, scene, view, bands)
