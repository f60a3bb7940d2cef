"""DiffDialog: an As-Is and a To-Be process side by side, their differences outlined in colour and listed.

Green marks an added step (To-Be side), red a removed one (As-Is side), orange a step moved or put in another
lane or phase, blue a changed verdict or resolution, purple any other change (label, kind, catalogue links);
changes of a step that exists on both sides are marked on both. Clicking a change, or a step on either side,
selects and centres the step on both sides (a side without the step is centred where it is on the other).
Both diagrams are read-only views (a no-op push); they scroll and zoom together unless switched off, and can
be stacked one above the other for wide processes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.process_diff import DeltaKind, FlowChange, ProcessDiff, StepDelta, diff_processes
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import resolution_label, step_kind_label, verdict_label
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.process_view import READABLE_ZOOM, ProcessView

ADDED_COLOR = QColor("#2e9d48")
REMOVED_COLOR = QColor("#d63a3a")
MOVED_COLOR = QColor("#f08c00")
VERDICT_COLOR = QColor("#1c86d9")
OTHER_COLOR = QColor("#8e44ad")

#: Highlight colour group of each delta kind; a step with several deltas takes the earliest group.
_GROUPS: tuple[tuple[frozenset[DeltaKind], QColor], ...] = (
    (frozenset({DeltaKind.ADDED}), ADDED_COLOR),
    (frozenset({DeltaKind.REMOVED}), REMOVED_COLOR),
    (frozenset({DeltaKind.MOVED, DeltaKind.LANE_CHANGED, DeltaKind.PHASE_CHANGED}), MOVED_COLOR),
    (frozenset({DeltaKind.VERDICT_CHANGED, DeltaKind.RESOLUTION_CHANGED}), VERDICT_COLOR),
    (frozenset({DeltaKind.RELABELLED, DeltaKind.KIND_CHANGED, DeltaKind.LINK_ADDED, DeltaKind.LINK_REMOVED}),
     OTHER_COLOR),
)
_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def highlight_color(kinds: set[DeltaKind]) -> QColor | None:
    """The outline colour for a step with these deltas (None when it has none)."""
    return next((color for group, color in _GROUPS if kinds & group), None)


class DiffDialog(QDialog):
    """Two read-only diagrams (As-Is left, To-Be right), a legend and the list of changes."""

    def __init__(self, project: Project, from_id: str, to_id: str, font: QFont | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DiffDialog")
        self.project = project
        self.diff: ProcessDiff = diff_processes(project, from_id, to_id)
        self.setWindowTitle(self.tr("Compare: {old} → {new}").format(old=self.diff.from_name,
                                                                     new=self.diff.to_name))
        self.resize(1500, 900)
        self._syncing = False
        self._shown = False
        self.from_scene, self.from_view = self._diagram(from_id, font)
        self.to_scene, self.to_view = self._diagram(to_id, font)
        self._paint_highlights()

        self.changes = QTreeWidget(self)
        self.changes.setObjectName("diffChanges")
        self.changes.setColumnCount(4)
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Step"), self.tr("Before"), self.tr("After")])
        self.changes.setRootIsDecorated(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.changes.header().setStretchLastSection(True)
        self._fill_changes()
        self.changes.currentItemChanged.connect(lambda current, _previous: self._show_change(current))
        self.from_scene.selected_steps_changed.connect(lambda ids: self._follow(ids, True))
        self.to_scene.selected_steps_changed.connect(lambda ids: self._follow(ids, False))

        self.sides = QSplitter(Qt.Orientation.Horizontal, self)
        self.sides.addWidget(self._panel(self.tr("As-Is: {name}").format(name=self.diff.from_name), self.from_view))
        self.sides.addWidget(self._panel(self.tr("To-Be: {name}").format(name=self.diff.to_name), self.to_view))
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.sides)
        body.addWidget(self.changes)
        body.setStretchFactor(0, 1)
        body.setSizes([620, 200])
        self.summary = QLabel(self._summary_text(), self)
        self.summary.setObjectName("diffSummary")
        self.stacked = QCheckBox(self.tr("One above the other"), self)
        self.stacked.toggled.connect(self._set_stacked)
        self.scroll_together = QCheckBox(self.tr("Scroll together"), self)
        self.scroll_together.setChecked(True)
        self._link_views(self.from_view, self.to_view)
        self._link_views(self.to_view, self.from_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self._legend())
        top.addStretch(1)
        top.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stacked)
        bottom.addWidget(self.scroll_together)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.from_view.fit_readable()
            self.to_view.fit_readable()

    def _set_stacked(self, stacked: bool) -> None:
        """Show the diagrams one above the other (wide processes) or side by side."""
        self.sides.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        self.from_view.fit_readable()
        self.to_view.fit_readable()

    def _link_views(self, source: ProcessView, target: ProcessView) -> None:
        """Scrolling or zooming ``source`` does the same to ``target`` while "Scroll together" is on."""
        def follow(bar: str) -> Callable[[int], None]:
            def move(value: int) -> None:
                if self._syncing or not self.scroll_together.isChecked():
                    return
                self._syncing = True
                try:
                    getattr(target, bar)().setValue(value)
                finally:
                    self._syncing = False
            return move

        def zoom(factor: float) -> None:
            if self._syncing or not self.scroll_together.isChecked() or abs(target.zoom() - factor) < 1e-3:
                return
            self._syncing = True
            try:
                target.set_zoom(factor)
            finally:
                self._syncing = False

        source.horizontalScrollBar().valueChanged.connect(follow("horizontalScrollBar"))
        source.verticalScrollBar().valueChanged.connect(follow("verticalScrollBar"))
        source.zoom_changed.connect(zoom)

    # --- building --------------------------------------------------------------------------------
    def _diagram(self, process_id: str, font: QFont | None) -> tuple[ProcessScene, ProcessView]:
        scene = ProcessScene(self.project, font)
        scene.set_process(process_id)
        for item in scene.step_items.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        view = ProcessView(scene, self)
        view.setAcceptDrops(False)
        return scene, view

    def _panel(self, title: str, view: ProcessView) -> QWidget:
        panel = QWidget(self)
        label = QLabel(title, panel)
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        return panel

    def _legend(self) -> QWidget:
        legend = QWidget(self)
        legend.setObjectName("diffLegend")
        layout = QHBoxLayout(legend)
        layout.setContentsMargins(0, 0, 0, 0)
        entries = [
            (ADDED_COLOR, self.tr("Added (To-Be)")),
            (REMOVED_COLOR, self.tr("Removed (As-Is)")),
            (MOVED_COLOR, self.tr("Moved / other lane or phase")),
            (VERDICT_COLOR, self.tr("Verdict or resolution changed")),
            (OTHER_COLOR, self.tr("Other change (label, kind, links)")),
        ]
        for color, text in entries:
            swatch = QLabel(legend)
            swatch.setFixedSize(22, 14)
            swatch.setStyleSheet(f"border: 3px solid {color.name()}; border-radius: 4px; background: white;")
            layout.addWidget(swatch)
            layout.addWidget(QLabel(text, legend))
            layout.addSpacing(12)
        return legend

    def _summary_text(self) -> str:
        counts = self.diff.summary()
        changed = len({(d.from_step_id, d.to_step_id) for d in self.diff.steps})
        return self.tr("{steps} steps changed ({added} added, {removed} removed), {flows} flows changed, "
                       "{same} steps unchanged").format(
            steps=changed, added=counts["added"], removed=counts["removed"], flows=len(self.diff.flows),
            same=self.diff.unchanged)

    def _paint_highlights(self) -> None:
        kinds: dict[str, set[DeltaKind]] = {}
        for delta in self.diff.steps:
            for step_id in (delta.from_step_id, delta.to_step_id):
                if step_id:
                    kinds.setdefault(step_id, set()).add(delta.kind)
        for scene in (self.from_scene, self.to_scene):
            for step_id, item in scene.step_items.items():
                item.set_highlight(highlight_color(kinds.get(step_id, set())))

    # --- the list of changes ---------------------------------------------------------------------------
    def change_name(self, kind: DeltaKind | FlowChange, flow: bool = False) -> str:
        """Translated name of a change."""
        if flow:
            return self.tr("Flow added") if kind == FlowChange.ADDED else self.tr("Flow removed")
        return {
            DeltaKind.ADDED: self.tr("Added"),
            DeltaKind.REMOVED: self.tr("Removed"),
            DeltaKind.MOVED: self.tr("Moved"),
            DeltaKind.RELABELLED: self.tr("Renamed"),
            DeltaKind.LANE_CHANGED: self.tr("Lane changed"),
            DeltaKind.PHASE_CHANGED: self.tr("Phase changed"),
            DeltaKind.KIND_CHANGED: self.tr("Kind changed"),
            DeltaKind.VERDICT_CHANGED: self.tr("Verdict changed"),
            DeltaKind.RESOLUTION_CHANGED: self.tr("Resolution changed"),
            DeltaKind.LINK_ADDED: self.tr("Catalogue link added"),
            DeltaKind.LINK_REMOVED: self.tr("Catalogue link removed"),
        }[DeltaKind(kind)]

    def _value(self, delta: StepDelta, value: str) -> str:
        if not value:
            return ""
        if delta.kind is DeltaKind.VERDICT_CHANGED:
            return verdict_label(Verdict(value))
        if delta.kind is DeltaKind.RESOLUTION_CHANGED:
            return resolution_label(Resolution(value))
        if delta.kind is DeltaKind.KIND_CHANGED:
            return step_kind_label(StepKind(value))
        if delta.kind is DeltaKind.MOVED:
            return "({})".format(value.replace(",", ", "))
        if delta.kind in (DeltaKind.LINK_ADDED, DeltaKind.LINK_REMOVED):
            title = next((i.title for i in self.project.item.values() if i.code == value), "")
            return f"{value} {title}".strip()
        return value

    def _fill_changes(self) -> None:
        for delta in self.diff.steps:
            row = QTreeWidgetItem([self.change_name(delta.kind), delta.label, self._value(delta, delta.before),
                                   self._value(delta, delta.after)])
            row.setData(0, _ROLE, ([delta.from_step_id] if delta.from_step_id else [],
                                   [delta.to_step_id] if delta.to_step_id else []))
            color = highlight_color({delta.kind})
            if color is not None:
                row.setForeground(0, color.darker(115))
            self.changes.addTopLevelItem(row)
        for flow in self.diff.flows:
            text = f"{flow.source} → {flow.target}" + (f" ({flow.label})" if flow.label else "")
            row = QTreeWidgetItem([self.change_name(flow.kind, flow=True), text, "", ""])
            old = self.project.flow.get(flow.from_flow_id)
            new = self.project.flow.get(flow.to_flow_id)
            row.setData(0, _ROLE, ([old.source_id, old.target_id] if old else [],
                                   [new.source_id, new.target_id] if new else []))
            row.setForeground(0, ADDED_COLOR if flow.kind is FlowChange.ADDED else REMOVED_COLOR)
            self.changes.addTopLevelItem(row)
        if not self.diff.steps and not self.diff.flows:
            self.changes.addTopLevelItem(QTreeWidgetItem([self.tr("No differences"), "", "", ""]))

    def _show_change(self, row: QTreeWidgetItem | None) -> None:
        data = row.data(0, _ROLE) if row is not None else None
        if not data:
            return
        from_ids, to_ids = data
        self._select(list(from_ids), list(to_ids))

    def _select(self, from_ids: list[str], to_ids: list[str]) -> None:
        """Select and centre steps on both sides; a side without them (an added or removed step) is centred
        where the step is on the other side."""
        sides = ((self.from_scene, self.from_view, from_ids), (self.to_scene, self.to_view, to_ids))
        centres = [scene.step_items[ids[0]].pos() if ids and ids[0] in scene.step_items else None
                   for scene, _view, ids in sides]
        self._syncing = True
        try:
            for index, (scene, view, ids) in enumerate(sides):
                scene.select_steps(ids)
                centre = centres[index] or centres[1 - index]
                if centre is not None:
                    if view.zoom() < READABLE_ZOOM:
                        view.set_zoom(READABLE_ZOOM)
                    view.centerOn(centre)
        finally:
            self._syncing = False

    def _follow(self, step_ids: list[str], from_side: bool) -> None:
        """A step clicked on one side: select its counterpart and its first change."""
        if self._syncing or len(step_ids) != 1:
            return
        step_id = step_ids[0]
        pairs = self.diff.pairs if from_side else {new: old for old, new in self.diff.pairs.items()}
        other = [pairs[step_id]] if step_id in pairs else []
        if from_side:
            self._select([step_id], other)
        else:
            self._select(other, [step_id])
        for index in range(self.changes.topLevelItemCount()):
            row = self.changes.topLevelItem(index)
            if row is None:
                continue
            data = row.data(0, _ROLE)
            if data and step_id in data[0 if from_side else 1]:
                self.changes.blockSignals(True)
                self.changes.setCurrentItem(row)
                self.changes.blockSignals(False)
                break

    def select_change(self, index: int) -> None:
        """Make the ``index``-th change current (selects its steps on both sides)."""
        row = self.changes.topLevelItem(index)
        if row is not None:
            self.changes.setCurrentItem(row)


def open_diff_dialog(document: ProjectDocument, window: QWidget) -> DiffDialog | None:
    """Process menu → Compare with As-Is: the current process against its origin, or against a process the
    user picks when it has none. The dialog is window-modal; None when there is nothing to compare."""
    project, current = document.project, document.process_id
    if project is None or current not in project.process:
        return None
    from_id = project.process[current].origin_id
    if from_id not in project.process or from_id == current:
        others = [p for p in project.processes() if p.id != current]
        if not others:
            QMessageBox.information(window, translate("DiffDialog", "Compare with As-Is"),
                                    translate("DiffDialog", "The project has no other process to compare with."))
            return None
        names = [p.name for p in others]
        name, ok = QInputDialog.getItem(
            window, translate("DiffDialog", "Compare with As-Is"),
            translate("DiffDialog", "\"{name}\" was not copied from another process. Compare it with:").format(
                name=project.process[current].name),
            names, 0, False)
        if not ok or name not in names:
            return None
        from_id = others[names.index(name)].id
    font = QFont(window.font())
    font.setPointSizeF(9.5)
    dialog = DiffDialog(project, from_id, current, font, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
