"""DashboardDock: where the Fit&Gap stands — shares per process, lane and phase (charts), steps not judged,
実装必須 items no step references, and the customization register. Clicking an entry shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.coverage import (
    Coverage,
    coverage_by_lane,
    coverage_by_phase,
    coverage_by_process,
    customization_counts,
    customization_register,
    unassessed_steps,
    unreferenced_mandatory,
)
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.export.charts import VERDICT_ORDER, paint_legend, paint_verdict_bars
from jcloud_desk.ui.labels import verdict_label

_BAR = 22.0


class VerdictBarsWidget(QWidget):
    """Stacked 100 % bars, one per group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Sequence[int]]] = []
        self.total_format = "{n}"
        self.setMinimumHeight(30)

    def set_rows(self, coverages: Sequence[Coverage], total_format: str) -> None:
        """Show one bar per coverage group."""
        self.rows = [(c.name or "—", [c.counts[v] for v in VERDICT_ORDER]) for c in coverages]
        self.total_format = total_format
        self.setMinimumHeight(int(len(self.rows) * _BAR + 6))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, int(len(self.rows) * _BAR + 6))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_verdict_bars(painter, QRectF(0, 2, self.width() - 4, self.height() - 4), self.rows, self.font(), _BAR,
                           self.total_format)
        painter.end()


class LegendWidget(QWidget):
    """The verdict colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(24)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        used = paint_legend(painter, QRectF(0, 0, self.width(), 200), [verdict_label(v) for v in VERDICT_ORDER],
                            self.font())
        painter.end()
        if abs(self.minimumHeight() - used) > 1:
            self.setMinimumHeight(int(used) + 2)


class DashboardDock(DocumentDock):
    """Coverage at a glance."""

    step_activated = Signal(str, str)  # process id, step id
    item_activated = Signal(str)
    follows = frozenset({"process"})
    refresh_delay = 250  # edits come in bursts
    refresh_hidden = False  # while hidden, only when it is shown again

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("DashboardDock")
        self.setWindowTitle(self.tr("Dashboard"))
        self.step_activated.connect(document.reveal)
        self.item_activated.connect(document.show_item)
        self._project: Project | None = None
        self._process_id = ""
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.kpis = QLabel(body)
        self.kpis.setObjectName("kpis")
        big = QFont(self.kpis.font())
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.kpis.setFont(big)
        self.kpis.setWordWrap(True)
        layout.addWidget(self.kpis)
        layout.addWidget(LegendWidget(body))
        grid = QGridLayout()
        self.by_process = VerdictBarsWidget(body)
        self.by_lane = VerdictBarsWidget(body)
        self.by_phase = VerdictBarsWidget(body)
        self.lane_title = QLabel(body)
        self.phase_title = QLabel(body)
        grid.addWidget(QLabel(self.tr("<b>By process</b>"), body), 0, 0)
        grid.addWidget(self.by_process, 1, 0)
        grid.addWidget(self.lane_title, 2, 0)
        grid.addWidget(self.by_lane, 3, 0)
        grid.addWidget(self.phase_title, 4, 0)
        grid.addWidget(self.by_phase, 5, 0)
        self.unassessed = QListWidget(body)
        self.unassessed.setObjectName("unassessedSteps")
        self.unreferenced = QListWidget(body)
        self.unreferenced.setObjectName("unreferencedItems")
        self.customizations = QListWidget(body)
        self.customizations.setObjectName("customizations")
        self.unassessed_title = QLabel(body)
        self.unreferenced_title = QLabel(body)
        self.customizations_title = QLabel(body)
        grid.addWidget(self.unassessed_title, 0, 1)
        grid.addWidget(self.unassessed, 1, 1, 1, 1)
        grid.addWidget(self.customizations_title, 2, 1)
        grid.addWidget(self.customizations, 3, 1)
        grid.addWidget(self.unreferenced_title, 4, 1)
        grid.addWidget(self.unreferenced, 5, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.setWidget(scroll)
        for widget in (self.unassessed, self.customizations):
            widget.itemActivated.connect(self._activate_step)
            widget.itemDoubleClicked.connect(self._activate_step)
        self.unreferenced.itemActivated.connect(self._activate_item)
        self.unreferenced.itemDoubleClicked.connect(self._activate_item)

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """Show the project with ``process_id`` as the current process."""
        self._project, self._process_id = project, process_id
        self.refresh()

    def refresh(self) -> None:
        """Recompute everything."""
        for widget in (self.unassessed, self.unreferenced, self.customizations):
            widget.clear()
        project = self._project
        if project is None:
            self.kpis.setText("")
            return
        steps_format = self.tr("{n} steps")
        processes = coverage_by_process(project)
        self.by_process.set_rows(processes, steps_format)
        total = sum(c.total for c in processes)
        judged = sum(c.judged for c in processes)
        fit = sum(c.fit for c in processes)
        gaps = sum(c.counts[v] for c in processes for v in c.counts if v.needs_resolution)
        register = customization_register(project)
        missing = unreferenced_mandatory(project)
        self.kpis.setText(self.tr(
            "Fit {fit:.0%} of judged steps  ·  judged {judged}/{total}  ·  partial or gap {gaps}  ·  "
            "customizations {custom}  ·  mandatory items not referenced {missing}").format(
            fit=fit / judged if judged else 0.0, judged=judged, total=total, gaps=gaps, custom=len(register),
            missing=len(missing)))
        name = project.process[self._process_id].name if self._process_id in project.process else ""
        if name:
            self.lane_title.setText(self.tr("<b>{name}: by lane</b>").format(name=name))
            self.phase_title.setText(self.tr("<b>{name}: by phase</b>").format(name=name))
            self.by_lane.set_rows(coverage_by_lane(project, self._process_id), steps_format)
            self.by_phase.set_rows(coverage_by_phase(project, self._process_id), steps_format)
        not_judged = unassessed_steps(project, self._process_id or None)
        self.unassessed_title.setText(self.tr("<b>Steps not judged yet ({n})</b>").format(n=len(not_judged)))
        for step in not_judged:
            entry = QListWidgetItem(f"{step.step_no} {step.label}".strip())
            entry.setData(Qt.ItemDataRole.UserRole, (step.process_id, step.id))
            self.unassessed.addItem(entry)
        counts = customization_counts(project)
        by_lane = "、".join(f"{k} {v}" for k, v in counts["lane"].items() if v) or "—"
        by_business = "、".join(f"{k} {v}" for k, v in counts["business"].items() if v) or "—"
        self.customizations_title.setText(self.tr("<b>Customizations ({n})</b> by lane: {lanes} / by business: "
                                                  "{business}").format(n=len(register), lanes=by_lane,
                                                                       business=by_business))
        self.customizations_title.setWordWrap(True)
        for row in register:
            entry = QListWidgetItem(f"{row.process_name} ▸ {row.step_label} — {row.reason_text}")
            entry.setData(Qt.ItemDataRole.UserRole, (row.process_id, row.step_id))
            entry.setToolTip(row.justification or self.tr("No justification yet"))
            self.customizations.addItem(entry)
        self.unreferenced_title.setText(
            self.tr("<b>Mandatory items no step references ({n})</b>").format(n=len(missing)))
        for item in missing:
            entry = QListWidgetItem(f"{item.code}  {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(item.path)
            self.unreferenced.addItem(entry)

    def _activate_step(self, entry: QListWidgetItem) -> None:
        process_id, step_id = entry.data(Qt.ItemDataRole.UserRole)
        self.step_activated.emit(process_id, step_id)

    def _activate_item(self, entry: QListWidgetItem) -> None:
        self.item_activated.emit(str(entry.data(Qt.ItemDataRole.UserRole)))
