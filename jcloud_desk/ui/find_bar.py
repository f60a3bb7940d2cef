"""FindBar (Ctrl+F): type a word, Enter selects and centres the next matching step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """A slim bar under the diagram."""

    find_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find step:"), self))
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("label or step no. — Enter finds the next"))
        layout.addWidget(self.field, 1)
        close = QToolButton(self)
        close.setText("×")
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.field.returnPressed.connect(lambda: self.find_requested.emit(self.field.text()))
        self.hide()

    def open_bar(self) -> None:
        """Show and focus the field."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide and give focus back."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
