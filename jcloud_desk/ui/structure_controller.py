"""StructureController: processes, lanes (部署) and phases (工程) — add, rename, reorder, resize, delete — and the
group-mode commands (process settings, municipalities of the group, an As-Is copy for another municipality)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from jcloud_desk.domain.cascades import remove_lane, remove_phase, remove_process
from jcloud_desk.domain.edits import Edit, SetFields
from jcloud_desk.domain.pool_ops import set_lane_external
from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.domain.project import Project
from jcloud_desk.io.text_decoding import strip_bidi_controls
from jcloud_desk.lazy_import import lazy_module
from jcloud_desk.ui.band_commands import BandCommands
from jcloud_desk.ui.document import ProjectDocument

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start; operations at the first edit
    from PySide6.QtWidgets import QDialog

    from jcloud_desk.domain import operations
    from jcloud_desk.ui.dialogs.municipalities_dialog import MunicipalitiesDialog
    from jcloud_desk.ui.dialogs.process_settings_dialog import ProcessSettingsDialog
    from jcloud_desk.ui.dialogs.project_settings_dialog import ProjectSettingsDialog
else:
    operations = lazy_module("jcloud_desk.domain.operations")


class StructureController(QObject):
    """Asks the user what is needed (names, confirmations) and pushes one edit per action."""

    process_created = Signal(str)
    phase_added = Signal(str)  # phase id: the window scrolls it into view

    def __init__(self, parent: QWidget, document: ProjectDocument) -> None:
        super().__init__(parent)
        self._parent = parent
        self._document = document
        self._push = document.push
        self.bands = BandCommands(document, self)
        self.process_created.connect(document.set_process)

    def _project(self) -> Project | None:
        return self._document.project

    def _process_id(self) -> str:
        return self._document.process_id

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QtWidgets.QInputDialog.getText(self._parent, title, label, text=text)
        value = strip_bidi_controls(value).strip()  # a name must display as what it contains (no U+202E …)
        return value if ok and value else None

    # --- processes -------------------------------------------------------------------------------
    def new_process(self) -> str | None:
        """Create a process with the usual municipal lanes and phases."""
        project = self._project()
        if project is None:
            return None
        name = self._ask(self.tr("New process"), self.tr("Name of the process (e.g. 転出届):"))
        if name is None:
            return None
        lanes = [self.tr("Resident / applicant"), self.tr("Counter"), self.tr("Section in charge"),
                 self.tr("System")]
        phases = [self.tr("Reception"), self.tr("Examination"), self.tr("Input"), self.tr("Issue")]
        process_id, edit = operations.new_process(project, name, lanes, phases)
        self._push(edit, self.tr("New process"))
        self.process_created.emit(process_id)
        return process_id

    def rename_process(self, process_id: str = "") -> bool:
        """Rename a process."""
        project = self._project()
        process_id = process_id or self._process_id()
        if project is None or process_id not in project.process:
            return False
        process = project.process[process_id]
        name = self._ask(self.tr("Rename process"), self.tr("New name:"), process.name)
        if name is None or name == process.name:
            return False
        self._push(SetFields.of(process, name=name), self.tr("Rename process"))
        return True

    def duplicate_as_to_be(self, process_id: str = "") -> str | None:
        """Copy a process (with its Fit&Gap data) as the To-Be variant."""
        project = self._project()
        process_id = process_id or self._process_id()
        if project is None or process_id not in project.process:
            return None
        source = project.process[process_id]
        name = self._ask(self.tr("Duplicate as To-Be"), self.tr("Name of the To-Be process:"),
                         self.tr("{name} (To-Be)").format(name=source.name))
        if name is None:
            return None
        new_id, edit = operations.duplicate_process(project, process_id, ProcessKind.TO_BE, name)
        self._push(edit, self.tr("Duplicate as To-Be"))
        self.process_created.emit(new_id)
        return new_id

    def copy_for_municipality(self, process_id: str = "") -> str | None:
        """Copy an As-Is process for another municipality: 「<name>（<municipality>）」, origin kept (one undo step)."""
        project = self._project()
        process_id = process_id or self._process_id()
        if project is None or process_id not in project.process:
            return None
        source = project.process[process_id]
        title = self.tr("Copy for another municipality")
        if source.kind is not ProcessKind.AS_IS:
            QtWidgets.QMessageBox.information(self._parent, title,
                                              self.tr("Only an As-Is process can be copied for another municipality."))
            return None
        from jcloud_desk.analysis.group_states import municipalities_of
        from jcloud_desk.domain import group_ops

        names = [m.name for m in municipalities_of(project) if m.name != source.municipality.strip()]
        name, ok = QtWidgets.QInputDialog.getItem(
            self._parent, title, self.tr("Municipality of the copy of \"{name}\":").format(name=source.name),
            names, 0, True)
        name = name.strip()
        if not ok or not name or name == source.municipality.strip():
            return None
        new_id, edit = group_ops.copy_for_municipality(project, process_id, name)
        self._push(edit, title)
        self.process_created.emit(new_id)
        return new_id

    def process_settings(self, process_id: str = "") -> ProcessSettingsDialog | None:
        """Open the settings of a process (name, variant, municipality, business, notes); OK pushes one edit."""
        project = self._project()
        process_id = process_id or self._process_id()
        if project is None or process_id not in project.process:
            return None
        from jcloud_desk.ui.dialogs.process_settings_dialog import ProcessSettingsDialog

        dialog = ProcessSettingsDialog(project, process_id, self._parent)
        self._open(dialog, lambda: dialog.result_edit, self.tr("Process settings"))
        return dialog

    def edit_municipalities(self) -> MunicipalitiesDialog | None:
        """Open the municipalities of the group; OK pushes all the changes as one edit."""
        project = self._project()
        if project is None:
            return None
        from jcloud_desk.ui.dialogs.municipalities_dialog import MunicipalitiesDialog

        dialog = MunicipalitiesDialog(project, self._parent)
        self._open(dialog, lambda: dialog.result_edit, self.tr("Edit municipalities"))
        return dialog

    def project_settings(self) -> ProjectSettingsDialog | None:
        """Open the project's settings (name, municipality, 団体区分 …); OK pushes one edit."""
        project = self._project()
        if project is None:
            return None
        from jcloud_desk.ui.dialogs.project_settings_dialog import ProjectSettingsDialog

        dialog = ProjectSettingsDialog(project, self._parent)
        self._open(dialog, lambda: dialog.result_edit, self.tr("Edit project settings"))
        return dialog

    def _open(self, dialog: QDialog, result: Callable[[], Edit | None], text: str) -> None:
        """Show a window-modal dialog; when it is accepted, push the edit it built (if any)."""

        def accepted() -> None:
            edit = result()
            if edit is not None:
                self._push(edit, text)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def delete_process(self, process_id: str = "") -> bool:
        """Delete a process after confirmation (undoable)."""
        project = self._project()
        process_id = process_id or self._process_id()
        if project is None or process_id not in project.process:
            return False
        process = project.process[process_id]
        count = len(project.steps_of(process_id))
        answer = QtWidgets.QMessageBox.question(
            self._parent, self.tr("Delete process"),
            self.tr("Delete \"{name}\" with its {count} steps and their Fit&Gap records? (Undo restores it.)")
            .format(name=process.name, count=count))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        self._push(remove_process(project, process_id), self.tr("Delete process"))
        return True

    # --- lanes ---------------------------------------------------------------------------------------
    def add_lane(self, relative_to: str = "", below: bool = True) -> bool:
        """Add a lane (below / above ``relative_to``, or at the bottom)."""
        project, pid = self._project(), self._process_id()
        if project is None or pid not in project.process:
            return False
        name = self._ask(self.tr("Add lane"), self.tr("Department / actor of the new lane:"))
        if name is None:
            return False
        lanes = project.lanes_of(pid)
        index = next((i for i, x in enumerate(lanes) if x.id == relative_to), None)
        at = None if index is None else index + (1 if below else 0)
        _lane_id, edit = operations.add_lane(project, pid, name, at)
        self._push(edit, self.tr("Add lane"))
        return True

    def rename_lane(self, lane_id: str) -> bool:
        """Rename a lane."""
        project = self._project()
        if project is None or lane_id not in project.lane:
            return False
        lane = project.lane[lane_id]
        name = self._ask(self.tr("Rename lane"), self.tr("New name:"), lane.name)
        if name is None or name == lane.name:
            return False
        self._push(SetFields.of(lane, name=name), self.tr("Rename lane"))
        return True

    def set_lane_external(self, lane_id: str, external: bool) -> bool:
        """Make a lane an external organisation (a pool of its own, its flows to the others messages) or part of
        the office again; one undoable edit."""
        project = self._project()
        if project is None or lane_id not in project.lane:
            return False
        edit = set_lane_external(project, lane_id, external)
        if edit is None:
            return False
        name = project.lane[lane_id].name
        text = self.tr("Mark \"{name}\" as an external organisation") if external else \
            self.tr("Mark \"{name}\" as part of the office")
        self._push(edit, text.format(name=name))
        return True

    def move_lane(self, lane_id: str, offset: int) -> bool:
        """Move a lane up (-1) or down (+1)."""
        return self.bands.move("lane", lane_id, offset)

    def reorder_lane(self, lane_id: str, new_index: int) -> bool:
        """Drop a dragged lane at ``new_index``."""
        return self.bands.reorder("lane", lane_id, new_index)

    def resize_lane(self, lane_id: str, size: float) -> bool:
        """Set a lane's height."""
        return self.bands.resize("lane", lane_id, size)

    def delete_lane(self, lane_id: str) -> bool:
        """Delete a lane; its steps move to a neighbour lane, or are deleted if the user says so."""
        project = self._project()
        if project is None or lane_id not in project.lane:
            return False
        lane = project.lane[lane_id]
        lanes = project.lanes_of(lane.process_id)
        steps = [s for s in project.step.values() if s.lane_id == lane_id]
        neighbour = next((x for x in lanes if x.id != lane_id), None)
        target = ""
        if steps:
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, self.tr("Delete lane"),
                                        self.tr("The lane \"{name}\" holds {count} steps. What should happen to them?")
                                        .format(name=lane.name, count=len(steps)), parent=self._parent)
            move = box.addButton(self.tr("Move them to \"{name}\"").format(name=neighbour.name),
                                 QtWidgets.QMessageBox.ButtonRole.AcceptRole) if neighbour else None
            delete = box.addButton(self.tr("Delete them too"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
            box.exec()
            clicked = box.clickedButton()
            if move is not None and clicked is move and neighbour is not None:
                target = neighbour.id
            elif clicked is not delete:
                return False
        self._push(remove_lane(project, lane_id, target), self.tr("Delete lane"))
        return True

    # --- phases --------------------------------------------------------------------------------------
    def add_phase(self, relative_to: str = "", right: bool = True) -> bool:
        """Add a phase column."""
        project, pid = self._project(), self._process_id()
        if project is None or pid not in project.process:
            return False
        name = self._ask(self.tr("Add phase"), self.tr("Name of the new phase:"))
        if name is None:
            return False
        phases = project.phases_of(pid)
        index = next((i for i, x in enumerate(phases) if x.id == relative_to), None)
        at = None if index is None else index + (1 if right else 0)
        phase_id, edit = operations.add_phase(project, pid, name, at)
        self._push(edit, self.tr("Add phase: {name}").format(name=name))
        self.phase_added.emit(phase_id)
        return True

    def rename_phase(self, phase_id: str) -> bool:
        """Rename a phase."""
        project = self._project()
        if project is None or phase_id not in project.phase:
            return False
        phase = project.phase[phase_id]
        name = self._ask(self.tr("Rename phase"), self.tr("New name:"), phase.name)
        if name is None or name == phase.name:
            return False
        self._push(SetFields.of(phase, name=name), self.tr("Rename phase"))
        return True

    def move_phase(self, phase_id: str, offset: int) -> bool:
        """Move a phase left (-1) or right (+1)."""
        return self.bands.move("phase", phase_id, offset)

    def reorder_phase(self, phase_id: str, new_index: int) -> bool:
        """Drop a dragged phase at ``new_index``."""
        return self.bands.reorder("phase", phase_id, new_index)

    def resize_phase(self, phase_id: str, size: float) -> bool:
        """Set a phase's width."""
        return self.bands.resize("phase", phase_id, size)

    def delete_phase(self, phase_id: str) -> bool:
        """Delete a phase column; its steps keep their lanes and lose the phase (told before)."""
        project = self._project()
        if project is None or phase_id not in project.phase:
            return False
        phase = project.phase[phase_id]
        count = sum(1 for s in project.step.values() if s.phase_id == phase_id)
        answer = QtWidgets.QMessageBox.question(
            self._parent, self.tr("Delete phase"),
            self.tr("Delete the phase \"{name}\"? Its {count} steps stay in their lanes without a phase.")
            .format(name=phase.name, count=count))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        self._push(remove_phase(project, phase_id), self.tr("Delete phase"))
        return True
