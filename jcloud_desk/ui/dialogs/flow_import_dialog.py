"""FlowImportPreviewDialog: what a flow file will bring in (processes, lanes, phases, steps, flows, warnings)
before it becomes one undoable import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.io.imported import ImportedFlows


class FlowImportPreviewDialog(QDialog):
    """A tree of the processes to create, with their lanes and counts, and the importer's warnings."""

    def __init__(self, imported: ImportedFlows, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import flow: preview"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        positioned = self.tr("positions from the file") if imported.positioned else self.tr(
            "no positions in the file: the flows will be laid out automatically")
        layout.addWidget(QLabel(self.tr("{source}: {n} processes ({positioned})").format(
            source=source, n=len(imported.processes), positioned=positioned), self))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importTree")
        self.tree.setHeaderLabels([self.tr("Process / lane"), self.tr("Steps"), self.tr("Flows")])
        self.tree.setColumnWidth(0, 420)
        for process in imported.processes:
            steps = [s for s in imported.steps if s.process_id == process.id]
            flows = [f for f in imported.flows if f.process_id == process.id]
            top = QTreeWidgetItem([process.name, str(len(steps)), str(len(flows))])
            for lane in (x for x in imported.lanes if x.process_id == process.id):
                count = sum(1 for s in steps if s.lane_id == lane.id)
                name = f"{lane.pool} ▸ {lane.name}" if lane.pool and lane.pool != lane.name else lane.name
                top.addChild(QTreeWidgetItem([name, str(count), ""]))
            phases = [p.name for p in imported.phases if p.process_id == process.id]
            if phases:
                top.addChild(QTreeWidgetItem([self.tr("Phases: {names}").format(names=" / ".join(phases)), "", ""]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(len(imported.processes) <= 3)
        layout.addWidget(self.tree, 3)
        layout.addWidget(QLabel(self.tr("Warnings ({n}):").format(n=len(imported.warnings)), self))
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("importWarnings")
        for warning in imported.warnings[:500]:
            self.warnings.addItem(f"{warning.where}: {warning.message}")
        layout.addWidget(self.warnings, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
