"""The bar above the diagram of a project opened read-only: says why and offers Save As."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from jcloud_desk.ui.text_controls import text_button


class ReadOnlyBanner(QFrame):
    """Hidden until a project is opened read-only; ``save_as_requested`` when its button is pressed."""

    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c870; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = text_button(self.tr("Save As..."), self)
        self.button.clicked.connect(self.save_as_requested.emit)
        layout.addWidget(self.button)
        self.hide()

    def show_file_reason(self) -> None:
        """Show the bar saying the file itself is read-only."""
        self.show_reason(file_is_read_only=True)

    def show_reason(self, file_is_read_only: bool) -> None:
        """Show the bar; the text says whether the file itself is read-only or it was opened so."""
        if file_is_read_only:
            text = self.tr("This file is read-only: changes cannot be saved to it. To edit, save a copy with Save As.")
        else:
            text = self.tr("Opened read-only: changes are not saved. To edit, save a copy with Save As.")
        self.label.setText(text)
        self.show()
