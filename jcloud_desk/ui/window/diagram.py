"""DiagramPart: the central widget — a placeholder until a project is open, then the one scene in its view — with
the find bar, the editing commands and the view commands (zoom, fit, verdict colours, auto-layout).

Verdict colours are on by default and remembered in the settings; presentation mode keeps them on anyway."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.ui import theme
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.editor_actions import EditorActions
from jcloud_desk.ui.editor_controller import EditorController
from jcloud_desk.ui.export.charts import VERDICT_ORDER
from jcloud_desk.ui.find_bar import FindBar
from jcloud_desk.ui.labels import verdict_label
from jcloud_desk.ui.read_only_banner import ReadOnlyBanner
from jcloud_desk.ui.scene.interactions.band_drag import BandDrag
from jcloud_desk.ui.scene.interactions.catalogue_drop import CatalogueDrop
from jcloud_desk.ui.scene.interactions.connect_drag import ConnectDrag
from jcloud_desk.ui.scene.interactions.step_drag import StepDrag
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import ProcessView
from jcloud_desk.ui.structure_controller import StructureController

if TYPE_CHECKING:
    from jcloud_desk.ui.layout_runner import LayoutRunner


class DiagramPart(QObject):
    """The diagram of one window; the scene and the view live as long as the window and follow the document."""

    @cached_property
    def layout_runner(self) -> LayoutRunner:
        """Runs the auto-layout (made at its first use: its module and the progress dialog are not needed at start)."""
        from jcloud_desk.ui.layout_runner import LayoutRunner

        return LayoutRunner(self._window, self._document)

    def __init__(self, window: QWidget, document: ProjectDocument, structure: StructureController,
                 settings: Settings, store: SettingsStore) -> None:
        super().__init__(window)
        self._document = document
        self._settings, self._store = settings, store
        self._presenting = False
        self._window = window
        self.central = QWidget(window)
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.read_only_banner = ReadOnlyBanner(self.central)
        layout.addWidget(self.read_only_banner)
        self._placeholder = QLabel(self.tr("Open or create a project (File menu)."), self.central)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)  # a one-line label would keep the docks from their remembered sizes
        layout.addWidget(self._placeholder, 1)
        font = QFont(window.font())
        font.setPointSizeF(9.5)
        self.scene = ProcessScene(None, font, self)  # owned by Qt: deleted with the window, never by a GC pass
        self.view = ProcessView(self.scene, self.central)
        self.view.setObjectName("processView")
        self.view.hide()
        layout.addWidget(self.view, 1)
        self.find_bar = FindBar(self.central)
        layout.addWidget(self.find_bar)
        self.controller = EditorController(self.scene, self.view, document)
        self.editor_actions = EditorActions(window, lambda: self.controller if document.project else None)
        self.editor_actions.attach_to(self.view)
        self.find_bar.find_requested.connect(
            lambda text: self.controller.find(text) if document.project is not None else None)
        self.find_bar.closed.connect(lambda: self.view.setFocus())
        scene = self.scene
        scene.editing_changed.connect(self.editor_actions.set_editing)
        for interaction in (BandDrag(scene, structure.bands), ConnectDrag(scene, document), StepDrag(scene, document),
                            CatalogueDrop(scene, document)):
            scene.install(interaction)
        scene.lane_header_activated.connect(structure.rename_lane)
        scene.phase_header_activated.connect(structure.rename_phase)
        structure.phase_added.connect(self.reveal_phase)
        scene.attach(document)
        document.project_replaced.connect(self._project_replaced)
        document.saved_as.connect(self._read_only_changed)
        document.process_changed.connect(self._process_changed)
        document.reveal_requested.connect(self.reveal_step)
        self.apply_verdicts()

    def _process_changed(self, _process_id: str) -> None:
        self.view.fit_readable()

    def _project_replaced(self) -> None:
        opened = self._document.project is not None
        self._read_only_changed()
        self._placeholder.setVisible(not opened)
        self.view.setVisible(opened)
        if opened:
            self.view.fit_readable()
            self.view.setFocus()

    def _read_only_changed(self) -> None:
        if self._document.project is not None and self._document.read_only:
            self.read_only_banner.show_reason(file_is_read_only=False)
        else:
            self.read_only_banner.hide()

    # --- navigation ------------------------------------------------------------------------------
    def reveal_step(self, process_id: str, step_id: str) -> None:
        """Show a step: switch process if needed, select it and centre it."""
        if self._document.project is None:
            return
        if process_id and process_id != self._document.process_id:
            self._document.set_process(process_id)
        if step_id in self.scene.step_items:
            self.scene.select_steps([step_id])
            self.view.stop_auto_fit()
            self.view.centerOn(self.scene.step_items[step_id])
            self.view.setFocus()

    def reveal_phase(self, phase_id: str) -> None:
        """A new phase column is often appended off-screen: scroll to it."""
        if phase_id in self.scene.phase_items:
            self.view.stop_auto_fit()
            self.view.ensureVisible(self.scene.phase_items[phase_id], 40, 40)

    def open_find_bar(self) -> None:
        """Ctrl+F."""
        self.find_bar.open_bar()

    # --- view commands ---------------------------------------------------------------------------
    def fit_all(self) -> None:
        """Fit the whole process into the view."""
        self.view.fit_all()

    def zoom_to(self, factor: float) -> None:
        """Absolute zoom."""
        self.view.set_zoom(factor)

    def zoom_by(self, factor: float) -> None:
        """Relative zoom."""
        self.view.zoom_by(factor)

    def auto_layout(self) -> None:
        """Lay out the current process (one undo step)."""
        project = self._document.project
        if project is not None and not self._document.read_only:
            self.layout_runner.run(project, self._document.process_id)

    @property
    def verdicts_chosen(self) -> bool:
        """Whether the user wants the verdict colours (remembered across runs)."""
        return self._settings.show_verdicts

    def toggle_verdicts(self, checked: bool) -> None:
        """The user switched the verdict colour overlay (remembered; presentation mode keeps it on anyway)."""
        self._settings.show_verdicts = checked
        self._store.save(self._settings)
        self.apply_verdicts()

    def set_presenting(self, active: bool) -> None:
        """Presentation mode keeps the verdict colours on: the keys 1–6 must show their effect."""
        self._presenting = active
        self.apply_verdicts()

    def apply_verdicts(self) -> None:
        """Show verdict colours and their legend when switched on or while presenting."""
        shown = self._settings.show_verdicts or self._presenting
        self.scene.set_show_verdicts(shown)
        legend = [(theme.VERDICT_COLORS[v], verdict_label(v)) for v in VERDICT_ORDER] if shown else None
        self.view.set_legend(legend)
