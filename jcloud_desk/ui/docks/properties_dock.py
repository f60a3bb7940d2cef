"""PropertiesDock: kind, lane, phase, label, notes and inventory attributes of the selected step.

Every change becomes one SetFields edit pushed on the undo stack; the form re-reads the model after edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.process import StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.io.text_decoding import strip_bidi_controls
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.docks.leave_aware_text import LeaveAwareText
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import step_kind_label


class PropertiesDock(DocumentDock):
    """Shows and edits one step."""

    ATTR_FIELDS = ("owner", "minutes_per_case", "cases_per_year", "forms")
    follows = frozenset({"selection"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("PropertiesDock")
        self.setWindowTitle(self.tr("Properties"))
        self._project: Project | None = None
        self._step_id = ""
        self._loading = False
        body = QWidget(self)
        form = QFormLayout(body)
        self.heading = QLabel(self.tr("Select a step."), body)
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        self.kind = QComboBox(body)
        for kind in StepKind:
            self.kind.addItem(step_kind_label(kind), kind.value)
        self.label = QLineEdit(body)
        self.lane = QComboBox(body)
        self.phase = QComboBox(body)
        self.step_no = QLineEdit(body)
        self.opens = QComboBox(body)
        self.opens.setObjectName("subprocessTarget")
        self.notes = LeaveAwareText(self._commit_notes, body, max_height=90)
        self.attrs = {key: QLineEdit(body) for key in self.ATTR_FIELDS}
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Lane"), self.lane)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Step no."), self.step_no)
        self.opens_label = QLabel(self.tr("Opens process"), body)
        form.addRow(self.opens_label, self.opens)
        form.addRow(self.tr("Person in charge"), self.attrs["owner"])
        form.addRow(self.tr("Minutes per case"), self.attrs["minutes_per_case"])
        form.addRow(self.tr("Cases per year"), self.attrs["cases_per_year"])
        form.addRow(self.tr("Forms used"), self.attrs["forms"])
        form.addRow(self.tr("Notes"), self.notes)
        outer = QWidget(self)
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(body)
        column.addStretch(1)
        scroll = QScrollArea(self)  # a short screen (1366×768) scrolls the form instead of growing the window
        scroll.setWidget(outer)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(scroll)
        self.label.editingFinished.connect(lambda: self._commit_text("label", self.label.text().strip()))
        self.step_no.editingFinished.connect(lambda: self._commit_text("step_no", self.step_no.text().strip()))
        for key, field in self.attrs.items():
            field.editingFinished.connect(lambda k=key, f=field: self._commit_attr(k, f.text().strip()))
        self.kind.activated.connect(lambda _i: self._commit_combo("kind", StepKind(self.kind.currentData())))
        self.opens.activated.connect(lambda _i: self._commit_combo("subprocess_id", str(self.opens.currentData())))
        self.lane.activated.connect(lambda _i: self._commit_combo("lane_id", str(self.lane.currentData())))
        self.phase.activated.connect(lambda _i: self._commit_combo("phase_id", str(self.phase.currentData())))
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.kind, self.label, self.lane, self.phase, self.step_no, self.notes, *self.attrs.values()):
            widget.setEnabled(enabled)

    def _clear_fields(self) -> None:
        """No step: empty fields, not the previous step's values greyed out."""
        for line in (self.label, self.step_no, *self.attrs.values()):
            line.clear()
        self.notes.clear()
        self.kind.setCurrentIndex(-1)
        for combo in (self.lane, self.phase, self.opens):
            combo.clear()
        self.opens.setVisible(False)
        self.opens_label.setVisible(False)

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """Show the last selected step (or nothing)."""
        self._project = project
        self._step_id = step_ids[-1] if project is not None and step_ids else ""
        self.refresh()

    def refresh(self) -> None:
        """Re-read the shown step from the model."""
        project = self._project
        step = project.step.get(self._step_id) if project is not None else None
        self._loading = True
        try:
            if step is None or project is None:
                self._step_id = ""
                self.heading.setText(self.tr("Select a step."))
                self._clear_fields()
                self._set_enabled(False)
                return
            self._set_enabled(True)
            self.heading.setText(self.tr("Step {no} {label}").format(no=step.step_no, label=step.label))
            if not self.label.hasFocus():
                self.label.setText(step.label)
            if not self.step_no.hasFocus():
                self.step_no.setText(step.step_no)
            self.kind.setCurrentIndex(self.kind.findData(step.kind.value))
            self.lane.clear()
            for lane in project.lanes_of(step.process_id):
                self.lane.addItem(lane.name, lane.id)
            self.lane.setCurrentIndex(self.lane.findData(step.lane_id))
            self.phase.clear()
            self.phase.addItem(self.tr("(none)"), "")
            for phase in project.phases_of(step.process_id):
                self.phase.addItem(phase.name, phase.id)
            self.phase.setCurrentIndex(max(0, self.phase.findData(step.phase_id)))
            is_subprocess = step.kind is StepKind.SUBPROCESS
            self.opens.setVisible(is_subprocess)
            self.opens_label.setVisible(is_subprocess)
            self.opens.clear()
            self.opens.addItem(self.tr("(none)"), "")
            for process in project.processes():
                if process.id != step.process_id:
                    self.opens.addItem(process.name, process.id)
            self.opens.setCurrentIndex(max(0, self.opens.findData(step.subprocess_id)))
            if not self.notes.hasFocus():
                self.notes.setPlainText(step.notes)
            for key, field in self.attrs.items():
                if not field.hasFocus():
                    field.setText(step.attrs.get(key, ""))
        finally:
            self._loading = False

    def _current(self) -> object | None:
        if self._loading or self._project is None:
            return None
        return self._project.step.get(self._step_id)

    def _commit_text(self, name: str, value: str) -> None:
        value = strip_bidi_controls(value)  # a label must display as what it contains (no U+202E …)
        step = self._current()
        if step is not None and getattr(step, name) != value:
            self._push(SetFields.of(step, **{name: value}), self._history_text(step))

    def _commit_combo(self, name: str, value: object) -> None:
        step = self._current()
        if step is not None and getattr(step, name) != value:
            self._push(SetFields.of(step, **{name: value}), self._history_text(step))

    def _commit_attr(self, key: str, value: str) -> None:
        step = self._current()
        if step is None:
            return
        attrs = dict(getattr(step, "attrs"))  # noqa: B009
        if attrs.get(key, "") == value:
            return
        if value:
            attrs[key] = value
        else:
            attrs.pop(key, None)
        self._push(SetFields.of(step, attrs=attrs), self._history_text(step))

    def _history_text(self, step: object) -> str:
        """The undo-history entry names the step (「手順の編集: 転入届を受け付ける」)."""
        return self.tr("Edit step: {step}").format(step=getattr(step, "label", ""))

    def _commit_notes(self) -> None:
        self._commit_text("notes", self.notes.toPlainText())

    def focus_label(self) -> None:
        """Put the cursor into the label field."""
        self.label.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.label.selectAll()
