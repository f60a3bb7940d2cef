"""Buttons and actions with a text and no icon, made without PySide6 creating the QIcon class first.

``QPushButton(text, parent)`` and ``QAction(text, parent)`` make PySide6 rule out their ``(icon, text, parent)``
overloads, which creates QIcon and its enums (~1.5 ms, ThemeIcon's 151 members most of it) — a cost the window's
first frame would otherwise pay for controls that have no icon. Made with the parent alone, then given the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


def text_button(text: str, parent: QWidget) -> QPushButton:
    """A push button showing ``text``, child of ``parent``."""
    button = QPushButton(parent)
    button.setText(text)
    return button


def text_action(text: str, parent: QObject | None) -> QAction:
    """An action named ``text``, owned by ``parent``."""
    action = QAction(parent)
    action.setText(text)
    return action
