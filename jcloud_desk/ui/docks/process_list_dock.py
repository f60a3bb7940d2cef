"""ProcessListDock: the project's processes; selecting one shows it in the diagram."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from jcloud_desk.domain.project import Project
from jcloud_desk.ui.labels import process_kind_label


class ProcessListDock(QDockWidget):
    """Lists processes as 「name [As-Is]」 with their step count."""

    process_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProcessListDock")
        self.setWindowTitle(self.tr("Processes"))
        self.list = QListWidget(self)
        self.list.setObjectName("processList")
        self.setWidget(self.list)
        self.list.currentItemChanged.connect(self._on_current)

    def populate(self, project: Project, current_id: str = "") -> None:
        """Fill from the project and select ``current_id``."""
        self.list.blockSignals(True)
        self.list.clear()
        for process in project.processes():
            count = sum(1 for s in project.step.values() if s.process_id == process.id)
            text = self.tr("{name}  [{kind}]  {count} steps").format(
                name=process.name, kind=process_kind_label(process.kind), count=count
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, process.id)
            item.setToolTip(process.notes or process.name)
            self.list.addItem(item)
            if process.id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def current_process_id(self) -> str:
        """The selected process id ('' when none)."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.process_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))
