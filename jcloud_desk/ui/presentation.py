"""PresentationMode: full screen for a projector — docks hidden, large diagram font, verdict tagging of the
selected step with 1–6 (0 = not assessed), next / previous unjudged step with N / P; F11 or Esc leaves."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence

from jcloud_desk.analysis.coverage import unassessed_steps
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.ui import theme
from jcloud_desk.ui.labels import verdict_label

if TYPE_CHECKING:
    from jcloud_desk.ui.main_window import MainWindow

#: Keys 1–6 and 0 in the order facilitators call them out.
TAG_KEYS: tuple[tuple[str, Verdict], ...] = (
    ("1", Verdict.FIT), ("2", Verdict.FIT_CONFIG), ("3", Verdict.FIT_OPTION), ("4", Verdict.PARTIAL),
    ("5", Verdict.GAP), ("6", Verdict.OUT_OF_SCOPE), ("0", Verdict.UNASSESSED),
)
PROJECTOR_ZOOM = 1.6
OVERLAY_SCALE = 1.7  # legend, key strip and confirmations readable from the back of the room


class PresentationMode(QObject):
    """Enter / leave, and the actions that only work while presenting."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.active = False
        self._state = QByteArray()
        self._was_maximized = False
        self.toggle_action = QAction(self.tr("&Presentation mode"), window)
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
        action = QAction(text, self.w)
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
            for dock in w.docks():
                dock.hide()
            w.menuBar().hide()
            w.statusBar().hide()
            w.showFullScreen()
            if w.view is not None:
                w.view.set_zoom(PROJECTOR_ZOOM)
                w.view.setFocus()
        else:
            w.menuBar().show()
            w.statusBar().show()
            w.restoreState(self._state)
            if self._was_maximized:
                w.showMaximized()
            else:
                w.showNormal()
            if w.view is not None:
                w.view.fit_readable()
        w.apply_verdicts()  # always on while presenting: the keys 1–6 must show their effect
        self.show_overlay(active)
        if self.toggle_action.isChecked() != active:
            self.toggle_action.setChecked(active)

    def hints(self) -> list[tuple[str, str]]:
        """The key strip shown while presenting."""
        return [*((key, verdict_label(verdict)) for key, verdict in TAG_KEYS if key != "0"),
                ("N", self.tr("next unjudged")), ("P", self.tr("previous unjudged")), ("Esc", self.tr("leave"))]

    def show_overlay(self, active: bool) -> None:
        """Key strip and large overlay text while presenting (also for a view created meanwhile)."""
        view = self.w.view
        if view is None:
            return
        view.overlay.set_scale(OVERLAY_SCALE if active else 1.0)
        view.overlay.set_hints(self.hints() if active else None)
        if not active:
            view.overlay.clear_flash()

    def tag(self, verdict: Verdict) -> bool:
        """Set the verdict of the selected step (one undo step)."""
        w = self.w
        if w.opened is None or w.scene is None:
            return False
        selected = w.scene.selected_step_ids()
        if not selected:
            self._flash(self.tr("Select a step first (N = next unjudged)"), None)
            return False
        step = w.opened.project.step[selected[-1]]
        edit = set_judgment(w.opened.project, step.id, verdict=verdict)
        if edit is not None:
            w.push_edit(edit, self.tr("Tag verdict: {step}").format(step=step.label))
        key = next(k for k, v in TAG_KEYS if v is verdict)
        self._flash(f"{key}  {verdict_label(verdict)}  —  {step.label}", theme.VERDICT_COLORS[verdict])
        return True

    def _flash(self, text: str, color: QColor | None) -> None:
        if self.w.view is not None:
            self.w.view.overlay.flash(text, color)

    def jump(self, direction: int) -> bool:
        """Select and centre the next (1) or previous (-1) unjudged step of the current process."""
        w = self.w
        if w.opened is None or w.scene is None or w.view is None:
            return False
        steps = [s.id for s in unassessed_steps(w.opened.project, w.scene.process_id)]
        if not steps:
            self._flash(self.tr("Every step of this flow is judged"), theme.VERDICT_COLORS[Verdict.FIT])
            return False
        selected = w.scene.selected_step_ids()
        current = steps.index(selected[-1]) if selected and selected[-1] in steps else -1 if direction > 0 else 0
        target = steps[(current + direction) % len(steps)]
        w.view.overlay.clear_flash()  # the last confirmation was about the previous step
        w.reveal_step(w.scene.process_id, target)
        return True
