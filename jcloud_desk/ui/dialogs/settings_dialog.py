"""SettingsDialog: the user's name (written into the audit trail) and the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from jcloud_desk.services.settings import Settings


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``apply_to`` writes them back."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply_to(self, settings: Settings) -> None:
        """Copy the fields into ``settings``."""
        settings.user_name = self.user_name.text().strip()
        settings.language = str(self.language.currentData())
