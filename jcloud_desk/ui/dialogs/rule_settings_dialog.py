"""RuleSettingsDialog: switch the check rules on and off for one project (the checks dock opens it).

A module of its own, so that the dialog's Qt classes are created when it is first opened, not at start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from jcloud_desk.analysis.checks import RULES
from jcloud_desk.analysis.messages import rule_title
from jcloud_desk.ui.labels import current_language


class RuleSettingsDialog(QDialog):
    """Checkboxes for every rule (checked = on)."""

    def __init__(self, disabled: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check rules"))
        layout = QVBoxLayout(self)
        body = QWidget(self)
        column = QVBoxLayout(body)
        self.boxes: dict[str, QCheckBox] = {}
        for rule in RULES:
            box = QCheckBox(f"{rule_title(rule.key, current_language())}  ({rule.key})", body)
            box.setChecked(rule.key not in disabled)
            column.addWidget(box)
            self.boxes[rule.key] = box
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 560)

    def disabled(self) -> tuple[str, ...]:
        """Keys of the unchecked rules."""
        return tuple(key for key, box in self.boxes.items() if not box.isChecked())
