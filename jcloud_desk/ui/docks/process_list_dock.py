"""ProcessListDock: the project's processes; selecting one shows it in the diagram."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from jcloud_desk.domain.project import Project
from jcloud_desk.ui.labels import process_kind_label


class ProcessListDock(QDockWidget):
    """Lists processes as 「name [As-Is]」 with their step count; right-click for process commands, double-click for
    the process settings."""

    process_selected = Signal(str)
    process_activated = Signal(str)  # double-click: open the process settings
    context_menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProcessListDock")
        self.setWindowTitle(self.tr("Processes"))
        self.list = QListWidget(self)
        self.list.setObjectName("processList")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.setWidget(self.list)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(
            lambda item: self.process_activated.emit(str(item.data(Qt.ItemDataRole.UserRole))))

    def populate(self, project: Project | None, current_id: str = "") -> None:
        """Fill from the project and select ``current_id``."""
        self.list.blockSignals(True)
        self.list.clear()
        counts: dict[str, int] = {}
        for step in project.step.values() if project is not None else []:
            counts[step.process_id] = counts.get(step.process_id, 0) + 1
        for process in project.processes() if project is not None else []:
            count = counts.get(process.id, 0)
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

    def select_process(self, process_id: str) -> None:
        """Select a process (emits process_selected)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == process_id:
                self.list.setCurrentItem(item)
                return

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.process_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        process_id = str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
        self.context_menu_requested.emit(process_id, self.list.viewport().mapToGlobal(pos))
