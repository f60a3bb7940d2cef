"""WindowMenus: the menu bar and the context menus; each command is a slot of a window part."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from jcloud_desk.domain.process import ProcessKind
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.structure_controller import StructureController
from jcloud_desk.ui.text_controls import text_action
from jcloud_desk.ui.window.diagram import DiagramPart
from jcloud_desk.ui.window.file_actions import FileActions
from jcloud_desk.ui.window.merge import MergeActions
from jcloud_desk.ui.window.presentation import PresentationMode
from jcloud_desk.ui.window.suggestions import SuggestionActions
from jcloud_desk.ui.window.transfer import TransferActions

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class WindowMenus(QObject):
    """Builds the menu bar; keeps the window-level actions for the shortcut sheet."""

    def __init__(self, window: QMainWindow, document: ProjectDocument, files: FileActions,
                 transfer: TransferActions, merge: MergeActions, structure: StructureController,
                 diagram: DiagramPart, presentation: PresentationMode,
                 docks: Callable[[], list[QDockWidget]], suggestions: SuggestionActions) -> None:
        super().__init__(window)
        self.w = window
        self._document = document
        self.files, self.transfer, self.merge, self.structure = files, transfer, merge, structure
        self.suggestions = suggestions
        self.diagram, self.presentation, self._docks = diagram, presentation, docks
        self.window_actions: list[QAction] = []
        self.build()
        diagram.scene.context_menu_requested.connect(self.show_scene_menu)

    def _action(self, text: str, slot: object, shortcut: Shortcut = None, key: str = "") -> QAction:
        action = text_action(text, self.w)
        if key:
            action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window_actions.append(action)
        return action

    def show_shortcuts(self) -> None:
        """F1: the keyboard cheat sheet."""
        from jcloud_desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog  # not needed at start

        ShortcutsDialog([*self.diagram.editor_actions.actions.values(), *self.window_actions], self.w).exec()

    def _compare_with_as_is(self) -> None:
        from jcloud_desk.ui.dialogs.diff_dialog import open_diff_dialog  # not needed at start

        open_diff_dialog(self._document, self.w)

    def build(self) -> None:
        """Create every menu."""
        w, f, d = self.w, self.files, self.diagram
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New project..."), f.new_project_dialog, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(self._action(self.tr("&Open..."), f.open_dialog, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: f.fill_recent_menu(self.recent_menu))
        file_menu.addAction(
            self._action(self.tr("Save &as..."), f.save_as_dialog, QKeySequence.StandardKey.SaveAs)
        )
        file_menu.addAction(self._action(self.tr("Save a copy for a m&unicipality..."),
                                         lambda: self.merge.distribute_copy(), None, "distribute_copy"))
        file_menu.addAction(self._action(self.tr("&Merge another project file..."), lambda: self.merge.merge_file(),
                                         None, "merge_project"))
        file_menu.addSeparator()
        t = self.transfer
        import_menu = file_menu.addMenu(self.tr("&Import"))
        import_menu.addAction(
            self._action(
                self.tr("Function list (CSV / Excel)..."), lambda: t.import_catalog(), "Ctrl+Shift+I", "import_catalog"
            )
        )
        import_menu.addAction(
            self._action(self.tr("Flow (BPMN / step list / Mermaid)..."), lambda: t.import_flow(), None, "import_flow")
        )
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        export_menu.addAction(
            self._action(
                self.tr("Fit&&Gap report (Excel / PDF)..."), lambda: t.export_report(), "Ctrl+Shift+E", "export_report"
            )
        )
        export_menu.addAction(
            self._action(self.tr("Diagram image (PNG / SVG / PDF)..."), lambda: t.export_image(), None, "export_image")
        )
        export_menu.addAction(
            self._action(
                self.tr("Workshop minutes (Excel / PDF)..."), lambda: t.export_minutes(), None, "export_minutes"
            )
        )
        export_menu.addAction(self._action(self.tr("BPMN 2.0..."), lambda: t.export_bpmn(), None, "export_bpmn"))
        export_menu.addAction(self._action(self.tr("Project as JSON..."), lambda: t.export_json(), None, "export_json"))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Print preview..."), f.print_preview, QKeySequence.StandardKey.Print, "print")
        )
        file_menu.addAction(self._action(self.tr("Se&ttings..."), f.show_settings, None, "settings"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self._document.undo_stack.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._document.undo_stack.createRedoAction(w, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.window_actions += [undo, redo]
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        d.editor_actions.fill_edit_menu(edit_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(self.tr("&Find step..."), d.open_find_bar, QKeySequence.StandardKey.Find, "find")
        )

        step_menu = bar.addMenu(self.tr("&Step"))
        d.editor_actions.fill_step_menu(step_menu)

        structure = bar.addMenu(self.tr("&Process"))
        s = self.structure
        structure.addAction(self._action(self.tr("&New process..."), s.new_process, "Ctrl+Shift+N", "new_process"))
        structure.addAction(
            self._action(self.tr("&Rename process..."), lambda: s.rename_process(), None, "rename_process")
        )
        structure.addAction(
            self._action(self.tr("&Duplicate as To-Be..."), lambda: s.duplicate_as_to_be(), None, "duplicate_to_be")
        )
        structure.addAction(self._action(self.tr("Copy this As-Is for another m&unicipality..."),
                                         lambda: s.copy_for_municipality(), None, "copy_for_municipality"))
        structure.addAction(self._action(self.tr("&Compare with As-Is..."),
                                         lambda: self._compare_with_as_is(), None, "compare_as_is"))
        structure.addAction(
            self._action(self.tr("Process &settings..."), lambda: s.process_settings(), None, "process_settings")
        )
        structure.addAction(
            self._action(self.tr("De&lete process..."), lambda: s.delete_process(), None, "delete_process")
        )
        structure.addSeparator()
        structure.addAction(self._action(self.tr("&Municipalities of the group..."), lambda: s.edit_municipalities(),
                                         None, "municipalities"))
        structure.addAction(self._action(self.tr("Pro&ject settings (municipality type)..."),
                                         lambda: s.project_settings(), None, "project_settings"))
        structure.addSeparator()
        g = self.suggestions
        structure.addAction(self._action(self.tr("Pre-&fill links..."), g.prefill_links, None, "prefill_links"))
        structure.addAction(self._action(self.tr("&Thesaurus for suggestions..."), g.edit_thesaurus, None,
                                         "thesaurus"))
        structure.addSeparator()
        structure.addAction(self._action(self.tr("&Auto-layout"), d.auto_layout, "Ctrl+Shift+L", "auto_layout"))
        structure.addSeparator()
        structure.addAction(self._action(self.tr("Add &lane..."), lambda: s.add_lane(), "Ctrl+Shift+R", "add_lane"))
        structure.addAction(self._action(self.tr("Add &phase..."), lambda: s.add_phase(), "Ctrl+Shift+P", "add_phase"))

        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Fit all"), d.fit_all, "Ctrl+0", "fit_all"))
        view_menu.addAction(self._action(self.tr("&Actual size (100%)"), lambda: d.zoom_to(1.0), "Ctrl+1", "zoom_100"))
        view_menu.addAction(self._action(self.tr("Zoom &in"), lambda: d.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn))
        view_menu.addAction(
            self._action(self.tr("Zoom &out"), lambda: d.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut)
        )
        self.verdict_action = self._action(self.tr("&Verdict colours"), d.toggle_verdicts, "Ctrl+Shift+V",
                                           "verdicts")
        self.verdict_action.setCheckable(True)
        self.verdict_action.setChecked(d.verdicts_chosen)
        view_menu.addAction(self.verdict_action)
        view_menu.addAction(self.presentation.toggle_action)
        tagging = view_menu.addMenu(self.tr("Presentation keys"))
        for action in self.presentation.actions:
            tagging.addAction(action)
        view_menu.addSeparator()
        for dock in self._docks():
            view_menu.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", "shortcuts"))
        help_menu.addAction(self._action(self.tr("&About jcloud_desk"), f.show_about))

    def replace_dock(self, old: QDockWidget, new: QDockWidget) -> None:
        """``new`` takes the place of ``old`` (a dock built when first shown): its View menu entry too."""
        old_action = old.toggleViewAction()
        if old_action in self.view_menu.actions():
            self.view_menu.insertAction(old_action, new.toggleViewAction())
            self.view_menu.removeAction(old_action)

    # --- context menus -----------------------------------------------------------------------------
    def show_scene_menu(self, kind: str, item_id: str, pos: QPoint) -> None:
        """Right-click on a step, lane header, phase header or the canvas."""
        w, s = self.w, self.structure
        menu = QMenu(w)
        acts = self.diagram.editor_actions.actions
        if kind == "step":
            for key in (
                "rename",
                "new_step",
                "new_step_below",
                "new_gateway",
                "connect",
                "copy",
                "cut",
                "duplicate",
                "delete",
            ):
                menu.addAction(acts[key])
        elif kind == "lane":
            menu.addAction(self.tr("Rename lane..."), lambda: s.rename_lane(item_id))
            menu.addAction(self.tr("Add lane above..."), lambda: s.add_lane(item_id, below=False))
            menu.addAction(self.tr("Add lane below..."), lambda: s.add_lane(item_id, below=True))
            menu.addAction(self.tr("Move lane up"), lambda: s.move_lane(item_id, -1))
            menu.addAction(self.tr("Move lane down"), lambda: s.move_lane(item_id, 1))
            external = menu.addAction(self.tr("External organisation (own pool, message flows)"))
            external.setCheckable(True)
            external.setChecked(item_id in self.diagram.scene.external_lanes)
            external.setToolTip(self.tr("An organisation outside the office (another municipality, J-LIS): flows to "
                                        "and from it become message flows, and its steps need no start or end"))
            menu.setToolTipsVisible(True)
            external.toggled.connect(lambda checked: s.set_lane_external(item_id, checked))
            menu.addSeparator()
            menu.addAction(self.tr("Delete lane..."), lambda: s.delete_lane(item_id))
        elif kind == "phase":
            menu.addAction(self.tr("Rename phase..."), lambda: s.rename_phase(item_id))
            menu.addAction(self.tr("Add phase left..."), lambda: s.add_phase(item_id, right=False))
            menu.addAction(self.tr("Add phase right..."), lambda: s.add_phase(item_id, right=True))
            menu.addAction(self.tr("Move phase left"), lambda: s.move_phase(item_id, -1))
            menu.addAction(self.tr("Move phase right"), lambda: s.move_phase(item_id, 1))
            menu.addSeparator()
            menu.addAction(self.tr("Delete phase..."), lambda: s.delete_phase(item_id))
        else:
            menu.addAction(acts["new_step"])
            menu.addAction(acts["paste"])
            menu.addAction(acts["select_all"])
        menu.popup(pos)

    def show_process_menu(self, process_id: str, pos: QPoint) -> None:
        """Right-click in the process list."""
        w, s = self.w, self.structure
        menu = QMenu(w)
        menu.addAction(self.tr("New process..."), s.new_process)
        if process_id:
            menu.addAction(self.tr("Rename process..."), lambda: s.rename_process(process_id))
            menu.addAction(self.tr("Duplicate as To-Be..."), lambda: s.duplicate_as_to_be(process_id))
            project = self._document.project
            if project is not None and process_id in project.process \
                    and project.process[process_id].kind is ProcessKind.AS_IS:
                menu.addAction(self.tr("Copy this As-Is for another municipality..."),
                               lambda: s.copy_for_municipality(process_id))
            menu.addAction(self.tr("Process settings..."), lambda: s.process_settings(process_id))
            menu.addSeparator()
            menu.addAction(self.tr("Delete process..."), lambda: s.delete_process(process_id))
        menu.addSeparator()
        menu.addAction(self.tr("Municipalities of the group..."), lambda: s.edit_municipalities())
        menu.popup(pos)
