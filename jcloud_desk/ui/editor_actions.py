"""EditorActions: every diagram command as a QAction with its shortcut (shown in the menus and in F1).

Shortcuts act only while the diagram has focus (so text fields keep their own keys) and are switched off
while a label editor is open (so Enter, arrows and Tab reach the editor and the IME).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from jcloud_desk.domain.process import StepKind
from jcloud_desk.ui.editor_controller import EditorController
from jcloud_desk.ui.text_controls import text_action

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def _aligner(mode: str) -> Callable[[EditorController], object]:
    return lambda controller: controller.align(mode)


class EditorActions(QObject):
    """Builds the actions once; ``controller()`` gives the controller of the current project (or None)."""

    def __init__(self, parent: QWidget, controller: Callable[[], EditorController | None]) -> None:
        super().__init__(parent)
        self._controller = controller
        self.actions: dict[str, QAction] = {}
        self._build()

    def _add(self, key: str, text: str, command: Callable[[EditorController], object], shortcut: Shortcut = None,
             secondary: str | None = None) -> QAction:
        action = text_action(text, self.parent())
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            primary = QKeySequence(shortcut)
            sequences = [primary] + ([QKeySequence(secondary)] if secondary else [])
            action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        def run() -> None:
            controller = self._controller()
            if controller is not None:
                command(controller)

        action.triggered.connect(run)
        self.actions[key] = action
        return action

    def _build(self) -> None:
        a = self._add
        a("new_step", self.tr("New step (same lane)"), lambda c: c.new_step(0), "Enter", "Return")
        a("new_step_below", self.tr("New step in the lane below"), lambda c: c.new_step(1), "Tab")
        a("new_step_above", self.tr("New step in the lane above"), lambda c: c.new_step(-1), "Shift+Tab")
        a("new_gateway", self.tr("New decision (gateway)"), lambda c: c.new_step(0, StepKind.GATEWAY), "Ctrl+G")
        a("new_start", self.tr("New start event"), lambda c: c.new_start(), "Ctrl+B")
        a("new_end", self.tr("New end event"), lambda c: c.new_step(0, StepKind.END), "Ctrl+E")
        a("rename", self.tr("Rename step"), lambda c: c.rename_selected(), "F2")
        a("connect", self.tr("Connect two selected steps"), lambda c: c.connect_selected(), "C")
        a("lane_up", self.tr("Move to lane above"), lambda c: c.move_lane(-1), "Ctrl+Up")
        a("lane_down", self.tr("Move to lane below"), lambda c: c.move_lane(1), "Ctrl+Down")
        a("phase_next", self.tr("Move to next phase"), lambda c: c.move_phase(1), "Ctrl+Right")
        a("phase_prev", self.tr("Move to previous phase"), lambda c: c.move_phase(-1), "Ctrl+Left")
        a("walk_right", self.tr("Go to next step along the flow"), lambda c: c.walk("right"), "Right")
        a("walk_left", self.tr("Go to previous step along the flow"), lambda c: c.walk("left"), "Left")
        a("walk_up", self.tr("Go to the step in the lane above"), lambda c: c.walk("up"), "Up")
        a("walk_down", self.tr("Go to the step in the lane below"), lambda c: c.walk("down"), "Down")
        a("delete", self.tr("Delete"), lambda c: c.delete_selected(), "Delete")  # not Backspace: it erases a character
        a("cut", self.tr("Cut"), lambda c: c.cut_selected(), QKeySequence.StandardKey.Cut)
        a("copy", self.tr("Copy"), lambda c: c.copy_selected(), QKeySequence.StandardKey.Copy)
        a("paste", self.tr("Paste"), lambda c: c.paste(), QKeySequence.StandardKey.Paste)
        a("duplicate", self.tr("Duplicate"), lambda c: c.duplicate_selected(), "Ctrl+D")
        a("select_all", self.tr("Select all steps"), lambda c: c.select_all(), QKeySequence.StandardKey.SelectAll)
        for mode, text in (("left", self.tr("Align left")), ("hcenter", self.tr("Align centres vertically")),
                           ("right", self.tr("Align right")), ("top", self.tr("Align top")),
                           ("vcenter", self.tr("Align middles horizontally")), ("bottom", self.tr("Align bottom")),
                           ("hdistribute", self.tr("Distribute horizontally")),
                           ("vdistribute", self.tr("Distribute vertically"))):
            a(f"align_{mode}", text, _aligner(mode))

    def attach_to(self, widget: QWidget) -> None:
        """Make the shortcuts work while ``widget`` (the diagram view) has focus."""
        for action in self.actions.values():
            widget.addAction(action)

    def set_editing(self, editing: bool) -> None:
        """Switch the shortcuts off while a label editor is open."""
        for action in self.actions.values():
            action.setEnabled(not editing)

    def fill_edit_menu(self, menu: QMenu) -> None:
        """Add the editing commands to the Edit menu."""
        for key in ("cut", "copy", "paste", "duplicate", "delete", None, "select_all", None, "rename", "connect"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])
        align = menu.addMenu(self.tr("Align and distribute"))
        for key in ("left", "hcenter", "right", "top", "vcenter", "bottom", "hdistribute", "vdistribute"):
            align.addAction(self.actions[f"align_{key}"])

    def fill_step_menu(self, menu: QMenu) -> None:
        """The capture commands (Step menu)."""
        for key in ("new_step", "new_step_below", "new_step_above", "new_gateway", "new_start", "new_end", None,
                    "lane_up",
                    "lane_down", "phase_next", "phase_prev", None, "walk_right", "walk_left", "walk_up", "walk_down"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])
