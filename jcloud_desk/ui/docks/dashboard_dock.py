"""DashboardDock: where the Fit&Gap stands — shares per process, lane and phase (charts), steps not judged,
実装必須 items no step references, the customization register (カスタマイズ decisions only) and the open risks
(undecided dependence on 実装不可 items or unadopted options). Clicking an entry shows it. Headline figures
count each piece of work once (an As-Is superseded by its To-Be copy is left out); lists show the scenario."""

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
    ordered_open_risks,
    unassessed_steps,
    unreferenced_mandatory,
)
from jcloud_desk.analysis.customization import SCENARIO_NAMES, superseded_process_ids
from jcloud_desk.analysis.open_risks import RiskReason
from jcloud_desk.analysis.review_queue import review_queue
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.export.charts import VERDICT_ORDER, paint_legend, paint_verdict_bars
from jcloud_desk.ui.labels import municipality_type_label, verdict_label

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
    review_requested = Signal()  # the 要再確認 count was clicked
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
        # --- 要再確認 (catalogue revisions) -----------------------------------------------------------
        self.review_needed = QLabel(body)
        self.review_needed.setObjectName("reviewNeeded")
        self.review_needed.linkActivated.connect(self._review_link)
        layout.addWidget(self.review_needed)
        # ------------------------------------------------------------------------------------------------
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
        self.risks = QListWidget(body)
        self.risks.setObjectName("openRisks")
        self.unassessed_title = QLabel(body)
        self.unreferenced_title = QLabel(body)
        self.customizations_title = QLabel(body)
        self.risks_title = QLabel(body)
        self.risks_title.setWordWrap(True)
        grid.addWidget(self.unassessed_title, 0, 1)
        grid.addWidget(self.unassessed, 1, 1, 1, 1)
        grid.addWidget(self.customizations_title, 2, 1)
        grid.addWidget(self.customizations, 3, 1)
        grid.addWidget(self.risks_title, 4, 1)
        grid.addWidget(self.risks, 5, 1)
        grid.addWidget(self.unreferenced_title, 6, 1)
        grid.addWidget(self.unreferenced, 7, 1)
        #: rows 8+ of column 1 are free for more lists (e.g. steps to re-check after a catalogue revision)
        self.side_grid = grid
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.setWidget(scroll)
        for widget in (self.unassessed, self.customizations, self.risks):
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
        for widget in (self.unassessed, self.unreferenced, self.customizations, self.risks):
            widget.clear()
        project = self._project
        self._refresh_review(project)
        if project is None:
            self.kpis.setText("")
            return
        steps_format = self.tr("{n} tasks")
        processes = coverage_by_process(project)
        self.by_process.set_rows(processes, steps_format)
        superseded = superseded_process_ids(project)
        counted = [c for c in processes if c.group_id not in superseded]  # each piece of work once
        total = sum(c.total for c in counted)
        judged = sum(c.judged for c in counted)
        fit = sum(c.fit for c in counted)
        gaps = sum(c.counts[v] for c in counted for v in c.counts if v.needs_resolution)
        register = customization_register(project)
        risks = ordered_open_risks(project)
        missing = unreferenced_mandatory(project)
        self.kpis.setText("  ·  ".join(self.kpi_parts(project, fit / judged if judged else 0.0, judged, total, gaps,
                                                     len(register), len(risks), len(missing))))
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
            entry = QListWidgetItem(f"[{row.scenario}] {row.process_name} ▸ {row.step_label} — "
                                    f"{'・'.join(row.item_codes) or row.reason_text}")
            entry.setData(Qt.ItemDataRole.UserRole, (row.process_id, row.step_id))
            entry.setToolTip(row.justification or self.tr("No justification yet"))
            self.customizations.addItem(entry)
        self.risks_title.setText(self.tr("<b>Open risks ({n})</b> — decide a resolution for each").format(
            n=len(risks)))
        for risk in risks:
            step = project.step[risk.step_id]
            process = project.process.get(risk.process_id)
            codes = "・".join(project.item[i].code for i in risk.item_ids if i in project.item)
            scenario = SCENARIO_NAMES[process.kind] if process is not None else ""
            entry = QListWidgetItem(f"[{scenario}] {process.name if process else ''} ▸ {step.label} — "
                                    f"{self._risk_text(risk.reason_code)} {codes}")
            entry.setData(Qt.ItemDataRole.UserRole, (risk.process_id, risk.step_id))
            self.risks.addItem(entry)
        self.unreferenced_title.setText(
            self.tr("<b>Mandatory items no step references ({n})</b>").format(n=len(missing)))
        for item in missing:
            entry = QListWidgetItem(f"{item.code}  {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(item.path)
            self.unreferenced.addItem(entry)

    def kpi_parts(self, project: Project, fit: float, judged: int, total: int, gaps: int, custom: int, risks: int,
                  missing: int) -> list[str]:
        """The headline figures, in order (a subclass or later feature may append more)."""
        kind = project.meta.municipality_type
        kind_text = municipality_type_label(kind)
        return [
            self.tr("Fit rate {fit:.0%} of judged tasks").format(fit=fit),
            self.tr("tasks judged {judged}/{total}").format(judged=judged, total=total),
            self.tr("partial or gap {gaps}").format(gaps=gaps),
            self.tr("customizations {custom}").format(custom=custom),
            self.tr("open risks {risks}").format(risks=risks),
            self.tr("mandatory items not referenced {missing}").format(missing=missing),
            self.tr("municipality type: {kind}").format(kind=kind_text),
        ]

    def _risk_text(self, reason: RiskReason) -> str:
        return {
            RiskReason.PROHIBITED_ITEM: self.tr("needs a prohibited item"),
            RiskReason.OPTION_NOT_ADOPTED: self.tr("needs an option not adopted"),
            RiskReason.LATE_DELIVERY: self.tr("delivered after go-live"),
        }[reason]
    # --- 要再確認 (catalogue revisions) ---------------------------------------------------------------
    def _review_link(self, _link: str) -> None:
        self.review_requested.emit()

    def _refresh_review(self, project: Project | None) -> None:
        """The 要再確認 count: links whose catalogue item changed in a revision since they were judged."""
        count = len(review_queue(project)) if project is not None else 0
        self.review_needed.setVisible(project is not None)
        self.review_needed.setText(self.tr('<a href="review"><b>Re-check after revision: {n}</b></a>').format(n=count)
                                   if count else self.tr("Re-check after revision: 0"))
        self.review_needed.setStyleSheet("color:#b26a00;" if count else "")

    def _activate_step(self, entry: QListWidgetItem) -> None:
        process_id, step_id = entry.data(Qt.ItemDataRole.UserRole)
        self.step_activated.emit(process_id, step_id)

    def _activate_item(self, entry: QListWidgetItem) -> None:
        self.item_activated.emit(str(entry.data(Qt.ItemDataRole.UserRole)))
