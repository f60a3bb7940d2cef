"""NewProjectDialog: name, municipality and business of a new project."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

#: The 20 standardised businesses (標準化対象事務); users may type their own.
BUSINESSES = (
    "住民基本台帳", "選挙人名簿管理", "固定資産税", "個人住民税", "法人住民税", "軽自動車税", "国民健康保険",
    "国民年金", "障害者福祉", "後期高齢者医療", "介護保険", "児童手当", "健康管理", "就学", "児童扶養手当",
    "生活保護", "子ども・子育て支援", "印鑑登録", "戸籍", "戸籍の附票",
)


class NewProjectDialog(QDialog):
    """Asks for the project's name, municipality and business."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.municipality = QLineEdit(self)
        self.business = QComboBox(self)
        self.business.setEditable(True)
        self.business.addItems(BUSINESSES)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Municipality"), self.municipality)
        form.addRow(self.tr("Business"), self.business)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
