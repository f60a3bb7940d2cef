"""KeyActions: single-letter keys (N, P, K, C, A, R …) that act on a list or table and on the widget around it.

An item view takes letters for its type-ahead search before any ``QShortcut`` sees them, so the view gets an
event filter that hands the keys to their actions first; the same keys are window-local shortcuts of ``owner``
for when another child (a button, a text pane) has the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class KeyActions(QObject):
    """Bind ``keys`` to actions on ``view`` (before its type-ahead search) and inside ``owner``."""

    def __init__(self, owner: QWidget, view: QAbstractItemView, keys: Mapping[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(owner)
        self._keys = {int(key): action for key, action in keys.items()}
        view.installEventFilter(self)
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A bound key without modifiers runs its action (and is not searched for)."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        action = self._keys.get(event.key())
        if action is None or event.modifiers() not in _PLAIN:
            return False
        event.accept()
        if event.type() is QEvent.Type.KeyPress:
            action()
            return True
        return False
