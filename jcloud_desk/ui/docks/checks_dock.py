"""ChecksDock: live findings of the current process (and project-level ones), updated as you edit.

A click selects and centres the step; a rule can be switched off per project (an undoable edit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.messages import rule_title
from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.project import Project
from jcloud_desk.lazy_import import lazy_module
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import current_language
from jcloud_desk.ui.text_controls import text_button

if TYPE_CHECKING:
    from jcloud_desk.analysis import checks
    from jcloud_desk.analysis.checks import Finding, Severity
else:  # the checks run after the first frame: their modules are loaded then, not at start (~3 ms)
    checks = lazy_module("jcloud_desk.analysis.checks")

#: By Severity (a StrEnum): errors, warnings, info — the order of the groups.
_COLORS = {"error": QColor("#c0392b"), "warning": QColor("#b9770e"), "info": QColor("#2e6da4")}


class ChecksDock(DocumentDock):
    """The findings list."""

    finding_activated = Signal(str, str)  # process id, step id
    follows = frozenset({"process"})
    refresh_delay = 150  # re-check shortly after edits (they come in bursts)
    read_after_paint = True  # an opened project is drawn first, checked a moment later (~10 ms of the start)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("ChecksDock")
        self.setWindowTitle(self.tr("Checks"))
        self.finding_activated.connect(document.reveal)
        self._project: Project | None = None
        self._process_id = ""
        self.findings: list[Finding] = []
        self.groups: dict[Severity, QTreeWidgetItem] = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        header = QHBoxLayout()
        self.summary = QLabel(body)
        header.addWidget(self.summary, 1)
        settings = text_button(self.tr("Rules..."), body)
        settings.clicked.connect(self.edit_rules)
        header.addWidget(settings)
        layout.addLayout(header)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("findings")
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Finding"), self.tr("Rule")])
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 420)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree)
        self.setWidget(body)

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """Check ``process_id`` of ``project`` now."""
        self._project, self._process_id = project, process_id
        self.refresh()

    def _severity_label(self, severity: Severity) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Info")}[severity]

    def refresh(self) -> None:
        """Run the checks and fill the list: one group per severity with its count (info collapsed at first)."""
        expanded = self._expanded_groups()
        self.tree.clear()
        self.groups = {}
        project = self._project
        if project is None or self._process_id not in project.process:
            self.findings = []
            self.summary.setText("")
            return
        everything = checks.run_checks(project)  # one run: this process's findings plus project-level ones
        findings = [f for f in everything if f.process_id == self._process_id]
        findings += [f for f in everything if not f.process_id]
        self.findings = findings
        counts = {s: sum(1 for f in findings if f.severity is s) for s in checks.Severity}
        for severity in map(checks.Severity, _COLORS):
            if counts[severity]:
                self.groups[severity] = self._group_item(severity, counts[severity])
        for finding in findings:
            text = finding.text(current_language())
            item = QTreeWidgetItem([self._severity_label(finding.severity), text,
                                    rule_title(finding.rule, current_language())])
            item.setForeground(0, _COLORS[finding.severity])
            item.setData(0, Qt.ItemDataRole.UserRole, (finding.process_id, finding.step_id, finding.rule))
            item.setToolTip(1, text)
            self.groups[finding.severity].addChild(item)
        for severity, group in self.groups.items():
            group.setExpanded(expanded.get(severity, severity is not checks.Severity.INFO))
        self.summary.setText(self.tr("Errors {e}  Warnings {w}  Info {i}").format(
            e=counts[checks.Severity.ERROR], w=counts[checks.Severity.WARNING], i=counts[checks.Severity.INFO]))

    def _group_item(self, severity: Severity, count: int) -> QTreeWidgetItem:
        group = QTreeWidgetItem([self.tr("{severity} ({count})").format(severity=self._severity_label(severity),
                                                                         count=count)])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setForeground(0, _COLORS[severity])
        group.setData(0, Qt.ItemDataRole.UserRole + 1, severity.value)
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)  # only works once the item is in the tree
        return group

    def _expanded_groups(self) -> dict[Severity, bool]:
        """Which groups the user has open (kept across refreshes)."""
        return {severity: group.isExpanded() for severity, group in self.groups.items()}

    def finding_items(self) -> list[QTreeWidgetItem]:
        """The finding rows, in the order of ``findings`` grouped by severity."""
        rows = [group.child(i) for group in self.groups.values() for i in range(group.childCount())]
        return [row for row in rows if row is not None]

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return  # a severity group
        process_id, step_id, _rule = data
        if step_id:
            self.finding_activated.emit(process_id, step_id)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or not item.data(0, Qt.ItemDataRole.UserRole):
            return
        _process, _step, rule = item.data(0, Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Switch this rule off for the project"), lambda: self.set_rule_enabled(rule, False))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def set_rule_enabled(self, rule: str, enabled: bool) -> None:
        """Switch one rule on or off for the project (undoable)."""
        if self._project is None:
            return
        disabled = set(self._project.meta.disabled_checks)
        if enabled:
            disabled.discard(rule)
        else:
            disabled.add(rule)
        self._set_disabled(tuple(sorted(disabled)))

    def edit_rules(self) -> None:
        """The rule settings dialog."""
        if self._project is None:
            return
        from jcloud_desk.ui.dialogs.rule_settings_dialog import RuleSettingsDialog

        dialog = RuleSettingsDialog(set(self._project.meta.disabled_checks), self)
        if dialog.exec():
            self._set_disabled(dialog.disabled())

    def _set_disabled(self, disabled: tuple[str, ...]) -> None:
        assert self._project is not None
        if tuple(sorted(self._project.meta.disabled_checks)) != tuple(sorted(disabled)):
            self._push(SetFields.of(self._project.meta, disabled_checks=tuple(sorted(disabled))),
                       self.tr("Check settings"))
