"""ProcessListDock: the project's processes as a tree — a process opened by a sub-process step is shown under
the process that holds that step; selecting one shows it in the diagram."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import process_kind_label


class ProcessListDock(DocumentDock):
    """Processes as 「name [As-Is]」 with their step count; right-click for process commands, double-click for the
    process settings."""

    process_selected = Signal(str)
    process_activated = Signal(str)  # double-click: open the process settings
    context_menu_requested = Signal(str, QPoint)
    follows = frozenset({"process"})
    kinds = frozenset({"process", "step"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("ProcessListDock")
        self.setWindowTitle(self.tr("Processes"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("processList")
        self.tree.setHeaderHidden(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.setWidget(self.tree)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(
            lambda item, _column: self.process_activated.emit(str(item.data(0, Qt.ItemDataRole.UserRole))))
        self.process_selected.connect(self._select_in_document)

    def on_project(self, project: Project | None) -> None:
        """List the processes of another project."""
        self.populate(project, self.document.process_id)

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """Highlight the current process (without emitting ``process_selected``)."""
        self.tree.blockSignals(True)
        for item in self.items():
            if item.data(0, Qt.ItemDataRole.UserRole) == process_id:
                self.tree.setCurrentItem(item)
                break
        self.tree.blockSignals(False)

    def on_change(self, change: Change) -> None:
        """Processes or steps changed: names and step counts."""
        if self.cares(change):
            self.populate(self.document.project, self.document.process_id)

    def _select_in_document(self, process_id: str) -> None:
        if process_id != self.document.process_id:
            self.document.set_process(process_id)

    def populate(self, project: Project | None, current_id: str = "") -> None:
        """Fill from the project and select ``current_id``."""
        self.tree.blockSignals(True)
        self.tree.clear()
        if project is None:
            self.tree.blockSignals(False)
            return
        counts: dict[str, int] = {}
        tasks: dict[str, int] = {}
        children: dict[str, list[str]] = {}
        for step in project.step.values():
            counts[step.process_id] = counts.get(step.process_id, 0) + 1
            if step.kind.is_activity:
                tasks[step.process_id] = tasks.get(step.process_id, 0) + 1
            target = step.subprocess_id
            if target and target in project.process and target != step.process_id:
                kids = children.setdefault(step.process_id, [])
                if target not in kids:
                    kids.append(target)
        nested = {kid for kids in children.values() for kid in kids}
        order = {p.id: i for i, p in enumerate(project.processes())}
        placed: set[str] = set()

        def add(process_id: str, parent: QTreeWidget | QTreeWidgetItem) -> None:
            if process_id in placed:  # a process opened from two places (or a cycle) is listed once
                return
            placed.add(process_id)
            process = project.process[process_id]
            count, judged = counts.get(process_id, 0), tasks.get(process_id, 0)
            text = self.tr("{name}  [{kind}]  {count} steps ({tasks} judged)").format(
                name=process.name, kind=process_kind_label(process.kind), count=count, tasks=judged)
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, Qt.ItemDataRole.UserRole, process_id)
            full = self.tr("{steps} steps ({tasks} of them tasks, which are judged)").format(steps=count, tasks=judged)
            item.setToolTip(0, "\n".join(x for x in (process.name, full, process.notes) if x))
            for kid in sorted(children.get(process_id, []), key=order.__getitem__):
                add(kid, item)
            item.setExpanded(True)
            if process_id == current_id:
                self.tree.setCurrentItem(item)

        for process in project.processes():
            if process.id not in nested:
                add(process.id, self.tree)
        for process in project.processes():  # only reachable through a cycle: still listed
            add(process.id, self.tree)
        self.tree.blockSignals(False)

    def items(self) -> list[QTreeWidgetItem]:
        """Every process row, in display (depth-first) order."""
        found: list[QTreeWidgetItem] = []

        def walk(parent: QTreeWidgetItem) -> None:
            for index in range(parent.childCount()):
                child = parent.child(index)
                if child is not None:
                    found.append(child)
                    walk(child)

        walk(self.tree.invisibleRootItem())
        return found

    def process_ids(self) -> list[str]:
        """Process ids in display order."""
        return [str(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.items()]

    def count(self) -> int:
        """Number of processes listed."""
        return len(self.items())

    def select_row(self, row: int) -> None:
        """Select the row-th process in display order (emits process_selected)."""
        items = self.items()
        if 0 <= row < len(items):
            self.tree.setCurrentItem(items[row])

    def current_process_id(self) -> str:
        """The selected process id ('' when none)."""
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item else ""

    def select_process(self, process_id: str) -> None:
        """Select a process (emits process_selected)."""
        for item in self.items():
            if item.data(0, Qt.ItemDataRole.UserRole) == process_id:
                self.tree.setCurrentItem(item)
                return

    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.process_selected.emit(str(current.data(0, Qt.ItemDataRole.UserRole)))

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        process_id = str(item.data(0, Qt.ItemDataRole.UserRole)) if item else ""
        self.context_menu_requested.emit(process_id, self.tree.viewport().mapToGlobal(pos))
