"""ItemConditionsDialog: edit one catalogue item's 実装区分 per 団体区分 and its conditional note (one edit)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from jcloud_desk.domain.condition_ops import set_item_conditions
from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.dialogs.conditions_table import ConditionsTable
from jcloud_desk.ui.labels import impl_class_label


class ItemConditionsDialog(QDialog):
    """Shows the item's class for each 団体区分; ``result_edit`` holds the edit after OK (None if unchanged)."""

    def __init__(self, project: Project, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ItemConditionsDialog")
        self.setWindowTitle(self.tr("Conditions by municipality type"))
        self._project = project
        self._item_id = item_id
        self.result_edit: Edit | None = None
        item = project.item[item_id]
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>{code} {title}</b> — class as written: {impl}").format(
            code=item.code, title=item.title, impl=impl_class_label(item.impl_class)), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = ConditionsTable(self)
        self.table.show_items([item])
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               parent=self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(860, 200)

    def accept(self) -> None:
        """Build the edit, then close."""
        conditions, note = self.table.row_values(0)
        self.result_edit = set_item_conditions(self._project, self._item_id, conditions, note)
        super().accept()
