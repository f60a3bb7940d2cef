"""Qt test set-up: offscreen by default (``--onscreen`` is not needed on CI), Japanese translators, fonts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.project import Project
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui.app import install_translators, load_bundled_fonts, release_clipboard
from jcloud_desk.ui.band_commands import BandCommands
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.scene.interactions.band_drag import BandDrag
from jcloud_desk.ui.scene.interactions.catalogue_drop import CatalogueDrop
from jcloud_desk.ui.scene.interactions.connect_drag import ConnectDrag
from jcloud_desk.ui.scene.interactions.step_drag import StepDrag
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView
from jcloud_desk.ui.window.main_window import MainWindow
from tests.factories import small_project


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """Arguments for pytest-qt's QApplication."""
    return ["jcloud_desk-tests"]


@pytest.fixture(scope="session", autouse=True)
def _japanese_app(qapp: QApplication) -> Iterator[None]:
    """Install the Japanese translators and the bundled font once, as the app does."""
    QStandardPaths.setTestModeEnabled(True)
    load_bundled_fonts()
    translators = install_translators(qapp, "ja")
    yield
    release_clipboard()  # a QMimeData left on the clipboard crashes PySide6 at interpreter exit
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture()
def main_window(qtbot: object, isolated_config_dir: Path) -> Iterator[MainWindow]:
    """A MainWindow with isolated settings (no project open yet)."""
    store = SettingsStore(isolated_config_dir)
    window = MainWindow(ProjectService(user=lambda: "テスト担当"), store, Settings())
    window.document.lazy_docks = False  # tests read docks behind other tabs without showing them
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    yield window


@pytest.fixture()
def small_project_file(tmp_path: Path) -> Path:
    """tests.factories.small_project() written to a project file."""
    path = tmp_path / "small.jcdesk"
    ProjectService().create_from(path, small_project()).close()
    return path


@pytest.fixture(scope="module")
def sample() -> Project:
    """The bundled 住民記録 sample project, read once per module (tests must not change it)."""
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        return opened.project
    finally:
        opened.close()


@pytest.fixture()
def document(tmp_path: Path) -> Iterator[ProjectDocument]:
    """A ProjectDocument over tests.factories.small_project() in a project file (no window)."""
    doc = ProjectDocument(lambda: "テスト担当")
    doc.set_opened(ProjectService(user=lambda: "テスト担当").create_from(tmp_path / "doc.jcdesk", small_project()))
    yield doc
    doc.close()


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
    for interaction in (BandDrag(scene, bands), ConnectDrag(scene, document), StepDrag(scene, document),
                        CatalogueDrop(scene, document)):
        scene.install(interaction)
    scene.attach(document)
    view = ProcessView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.set_zoom(1.0)
    view.ensureVisible(0, 0, 10, 10)
    yield Diagram(document, scene, view, bands)
