"""SettingsDialog: the user's name (written into the audit trail), the UI language and learning suggestions.

"Learn from links" switches the user-level store of accepted / removed links (``LearningStore``) on or off;
"Forget learned links" empties it at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jcloud_desk.services.learning_store import LearningStore
from jcloud_desk.services.settings import Settings


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``apply_to`` writes them back."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 learning: LearningStore | None = None) -> None:
        super().__init__(parent)
        self.learning_store = LearningStore() if learning is None else learning
        self.cleared = False
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(settings.display_user())
        self.language = QComboBox(self)
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Your name (for the change history)"), self.user_name)
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A language change takes effect the next time the app starts."), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.learn = QCheckBox(self.tr("Suggestions learn from the links I make and remove (in every project)"), self)
        self.learn.setObjectName("learnFromLinks")
        self.learn.setChecked(settings.learn_from_links)
        form.addRow(self.learn)
        self.forget = QPushButton(self)
        self.forget.setObjectName("forgetLearned")
        self.forget.clicked.connect(self.forget_learned)
        self._update_forget()
        form.addRow(self.tr("Learned links"), self.forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply_to(self, settings: Settings) -> None:
        """Copy the fields into ``settings``."""
        settings.user_name = self.user_name.text().strip()
        settings.language = str(self.language.currentData())
        settings.learn_from_links = self.learn.isChecked()

    def _update_forget(self) -> None:
        count = len(self.learning_store)
        self.forget.setText(self.tr("Forget learned links (%1)").replace("%1", str(count)))
        self.forget.setEnabled(count > 0)

    def forget_learned(self) -> None:
        """Empty the learned links now."""
        self.learning_store.clear()
        self.cleared = True
        self._update_forget()
