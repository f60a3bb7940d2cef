"""PresentationMode: full screen for a projector — docks hidden, large diagram font, verdict tagging of the
selected step with 1–6 (0 = not assessed), next / previous unjudged step with N / P; F11 or Esc leaves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.ui import theme
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import verdict_label
from jcloud_desk.ui.text_controls import text_action
from jcloud_desk.ui.window.host import Diagram

#: Keys 1–6 and 0 in the order facilitators call them out.
TAG_KEYS: tuple[tuple[str, Verdict], ...] = (
    ("1", Verdict.FIT), ("2", Verdict.FIT_CONFIG), ("3", Verdict.FIT_OPTION), ("4", Verdict.PARTIAL),
    ("5", Verdict.GAP), ("6", Verdict.OUT_OF_SCOPE), ("0", Verdict.UNASSESSED),
)
PROJECTOR_ZOOM = 1.6
OVERLAY_SCALE = 1.7  # legend, key strip and confirmations readable from the back of the room


class PresentationMode(QObject):
    """Enter / leave, and the actions that only work while presenting."""

    def __init__(self, window: QMainWindow, document: ProjectDocument, diagram: Diagram,
                 docks: Callable[[], list[QDockWidget]]) -> None:
        super().__init__(window)
        self.w = window
        self._document = document
        self._diagram = diagram
        self._docks = docks
        self.active = False
        self._state = QByteArray()
        self._was_maximized = False
        self.toggle_action = text_action(self.tr("&Presentation mode"), window)
        self.toggle_action.setObjectName("action_presentation")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence("F11"))
        self.toggle_action.toggled.connect(self.set_active)
        window.addAction(self.toggle_action)
        self.actions: list[QAction] = []
        for key, verdict in TAG_KEYS:
            self._add(self.tr("Tag: {verdict}").format(verdict=verdict_label(verdict)), key, self._tagger(verdict))
        self._add(self.tr("Next unjudged step"), "N", lambda: self.jump(1))
        self._add(self.tr("Previous unjudged step"), "P", lambda: self.jump(-1))
        self._add(self.tr("Leave presentation mode"), "Esc", lambda: self.toggle_action.setChecked(False))

    def _tagger(self, verdict: Verdict) -> Callable[[], object]:
        return lambda: self.tag(verdict)

    def _add(self, text: str, key: str, slot: Callable[[], object]) -> None:
        action = text_action(text, self.w)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)
        self.actions.append(action)

    def set_active(self, active: bool) -> None:
        """Enter or leave presentation mode."""
        if active == self.active:
            return
        self.active = active
        w = self.w
        for action in self.actions:
            action.setEnabled(active)
        if active:
            self._state = w.saveState()
            self._was_maximized = w.isMaximized()
            for dock in self._docks():
                dock.hide()
            w.menuBar().hide()
            w.statusBar().hide()
            w.showFullScreen()
            self._diagram.view.set_zoom(PROJECTOR_ZOOM)
            self._diagram.view.setFocus()
        else:
            w.menuBar().show()
            w.statusBar().show()
            w.restoreState(self._state)
            if self._was_maximized:
                w.showMaximized()
            else:
                w.showNormal()
            self._diagram.view.fit_readable()
        self._diagram.set_presenting(active)  # verdict colours always on while presenting
        self.show_overlay(active)
        if self.toggle_action.isChecked() != active:
            self.toggle_action.setChecked(active)

    def hints(self) -> list[tuple[str, str]]:
        """The key strip shown while presenting."""
        return [*((key, verdict_label(verdict)) for key, verdict in TAG_KEYS if key != "0"),
                ("N", self.tr("next unjudged")), ("P", self.tr("previous unjudged")), ("Esc", self.tr("leave"))]

    def show_overlay(self, active: bool) -> None:
        """Key strip and large overlay text while presenting."""
        view = self._diagram.view
        view.overlay.set_scale(OVERLAY_SCALE if active else 1.0)
        view.overlay.set_hints(self.hints() if active else None)
        if not active:
            view.overlay.clear_flash()

    def tag(self, verdict: Verdict) -> bool:
        """Set the verdict of the selected step (one undo step)."""
        project, selected = self._document.project, self._document.selection
        if project is None:
            return False
        if not selected:
            self._flash(self.tr("Select a step first (N = next unjudged)"), None)
            return False
        step = project.step[selected[-1]]
        edit = set_judgment(project, step.id, verdict=verdict)
        if edit is not None:
            self._document.push(edit, self.tr("Tag verdict: {step}").format(step=step.label))
        key = next(k for k, v in TAG_KEYS if v is verdict)
        self._flash(f"{key}  {verdict_label(verdict)}  —  {step.label}", theme.VERDICT_COLORS[verdict])
        return True

    def _flash(self, text: str, color: QColor | None) -> None:
        self._diagram.view.overlay.flash(text, color)

    def jump(self, direction: int) -> bool:
        """Select and centre the next (1) or previous (-1) unjudged step of the current process."""
        project, process_id = self._document.project, self._document.process_id
        if project is None:
            return False
        from jcloud_desk.analysis.coverage import unassessed_steps  # the coverage analysis, on first use

        steps = [s.id for s in unassessed_steps(project, process_id)]
        if not steps:
            self._flash(self.tr("Every step of this flow is judged"), theme.VERDICT_COLORS[Verdict.FIT])
            return False
        selected = self._document.selection
        current = steps.index(selected[-1]) if selected and selected[-1] in steps else -1 if direction > 0 else 0
        target = steps[(current + direction) % len(steps)]
        self._diagram.view.overlay.clear_flash()  # the last confirmation was about the previous step
        self._diagram.reveal_step(process_id, target)
        return True
