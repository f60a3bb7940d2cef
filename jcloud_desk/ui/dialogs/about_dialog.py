"""AboutDialog: version, licences and attributions of bundled data and fonts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from jcloud_desk import __version__
from jcloud_desk.paths import resources_dir


class AboutDialog(QDialog):
    """Shows resources/ATTRIBUTIONS.md as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About jcloud_desk"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>jcloud_desk {version}</h2><p>Offline Fit&amp;Gap workbench for municipal "
                               "system standardization (Guideline 5).</p>").format(version=__version__))
        layout.addWidget(title)
        self.text = QTextBrowser(self)
        self.text.setObjectName("attributions")
        path = resources_dir() / "ATTRIBUTIONS.md"
        try:
            self.text.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(self.tr("Attribution file not found: {path}").format(path=str(path)))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
