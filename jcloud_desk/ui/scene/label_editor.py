"""LabelEditorItem: in-place label editing that is safe with a Japanese IME.

While the input method has a pre-edit (変換中) string, Enter belongs to the IME: it confirms the conversion
and never commits the label. Enter with an empty pre-edit commits; Shift+Enter inserts a line break; Esc
cancels; losing focus commits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QInputMethodEvent, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from jcloud_desk.io.text_decoding import strip_bidi_controls
from jcloud_desk.ui import theme


class LabelEditorSignals(QObject):
    """Signals of the editor (QGraphicsTextItem is a QObject, but a separate emitter keeps the API explicit)."""

    committed = Signal(str)
    cancelled = Signal()


class LabelEditorItem(QGraphicsTextItem):
    """A temporary text box over a step. Create without parent (toolchain.md §2) and add to the scene."""

    def __init__(self, text: str, width: float, font: QFont) -> None:
        super().__init__()
        self.signals = LabelEditorSignals()
        self._composing = False
        self._finished = False
        self.setFont(font)
        self.setPlainText(text)
        self.setTextWidth(width)
        option = self.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(100)

    @property
    def composing(self) -> bool:
        """True while the IME holds an unconfirmed pre-edit string."""
        return self._composing

    def start(self) -> None:
        """Focus the editor with all text selected."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(theme.SELECTION, 1.6))
        painter.setBrush(theme.STEP_FILL)
        painter.drawRoundedRect(self.boundingRect().adjusted(-2, -2, 2, 2), 5, 5)
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._composing:
            super().keyPressEvent(event)  # the IME's Enter confirms a conversion, nothing more
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(commit=True)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self._composing:
            self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        """Emit the result once."""
        if self._finished:
            return
        self._finished = True
        if commit:
            self.signals.committed.emit(strip_bidi_controls(self.toPlainText()).strip())  # no U+202E in labels
        else:
            self.signals.cancelled.emit()
