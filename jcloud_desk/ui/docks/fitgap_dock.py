"""FitGapDock: the judgment of the selected step (判定, 対応方針, 理由, 担当, 期限, 決定), its customization flag
with the reasons, its linked catalogue items with suggestions, and its change history."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.customization import FlagReason, customization_flag
from jcloud_desk.analysis.ledger import with_adoption
from jcloud_desk.analysis.open_risks import RiskReason, step_risks
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.fitgap_ops import set_judgment
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.docks.leave_aware_text import LeaveAwareText
from jcloud_desk.ui.docks.links_panel import LinksPanel
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import decision_label, resolution_label, verdict_label

#: How long after a project is shown in this dock its suggestion index is built (idle time; ~0.15 s of work), so
#: that the first step clicked shows its suggestions at once.
WARM_SUGGESTIONS_AFTER_MS = 600


class FitGapDock(DocumentDock):
    """Edits one step's Fit&Gap record; every change is one undoable edit."""

    follows = frozenset({"selection"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("FitGapDock")
        self.setWindowTitle(self.tr("Fit&&Gap"))
        self._history = document.step_history
        self._project: Project | None = None
        self._step_id = ""
        self._loading = False
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.setInterval(WARM_SUGGESTIONS_AFTER_MS)
        self._warm.timeout.connect(self._warm_suggestions)
        body = QWidget(self)
        form = QFormLayout(body)
        # labels go above their field when the dock is narrow: the form fits ~340 px without a scrollbar
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(self.tr("Select a step."), body)
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        self.flag = QLabel(body)
        self.flag.setObjectName("customizationFlag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #b03a2e; font-weight: bold;")
        form.addRow(self.flag)
        self.verdict = self._combo(body, [(v, verdict_label(v)) for v in Verdict])
        self.resolution = self._combo(body, [(r, resolution_label(r)) for r in Resolution])
        self.decision = self._combo(body, [(d, decision_label(d)) for d in Decision])
        self.owner = QLineEdit(body)
        self.due_on = QLineEdit(body)
        self.due_on.setPlaceholderText("YYYY-MM-DD")
        self.rationale = LeaveAwareText(lambda: self._commit("rationale", self.rationale.toPlainText()), body, 70)
        self.justification = LeaveAwareText(
            lambda: self._commit("justification", self.justification.toPlainText()), body, 70)
        self.justification.setPlaceholderText(self.tr("Why is the customization truly unavoidable?"))
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Rationale / difference"), self.rationale)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due date"), self.due_on)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Customization justification"), self.justification)
        self._form = form
        self.links = LinksPanel(document.push, body)
        self.links.item_activated.connect(document.show_item)
        form.addRow(self.links)
        self.history_button = QPushButton(self.tr("Change history..."), body)
        self.history_button.clicked.connect(self.show_history)
        form.addRow(self.history_button)
        # extra height goes below the form, not into gaps between its rows (a tall dock at 1920×1080)
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        chain = (self.verdict, self.resolution, self.rationale, self.owner, self.due_on, self.decision,
                 self.justification, *self.links.tab_chain(), self.history_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)  # the order the form shows, not the order of creation
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.setWidget(scroll)
        self.verdict.activated.connect(lambda _i: self._commit("verdict", Verdict(self.verdict.currentData())))
        self.resolution.activated.connect(
            lambda _i: self._commit("resolution", Resolution(self.resolution.currentData())))
        self.decision.activated.connect(lambda _i: self._commit("decision", Decision(self.decision.currentData())))
        self.owner.editingFinished.connect(lambda: self._commit("owner", self.owner.text().strip()))
        self.due_on.editingFinished.connect(lambda: self._commit("due_on", self.due_on.text().strip()))
        self._set_enabled(False)

    @staticmethod
    def _combo(parent: QWidget, entries: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox(parent)
        for value, text in entries:
            combo.addItem(text, getattr(value, "value", value))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.verdict, self.resolution, self.decision, self.owner, self.due_on, self.rationale,
                       self.justification, self.history_button):
            widget.setEnabled(enabled)

    def _clear_fields(self) -> None:
        """No step: empty fields, not the previous step's values greyed out."""
        for combo in (self.verdict, self.resolution, self.decision):
            combo.setCurrentIndex(-1)
        for line in (self.owner, self.due_on):
            line.clear()
        for text in (self.rationale, self.justification):
            text.clear()

    # --- showing ---------------------------------------------------------------------------------
    def on_project(self, project: Project | None) -> None:
        """Show the project's current step; build its suggestion index a moment later."""
        super().on_project(project)
        if project is not None:
            self._warm.start()
        else:
            self._warm.stop()

    def _warm_suggestions(self) -> None:
        project = self._project
        if project is not None and project is self.document.project:
            self.links.warm_suggestions(project)

    def on_context(self, project: Project | None, process_id: str, step_ids: list[str]) -> None:
        """Show the last selected step."""
        self._project = project
        self._step_id = step_ids[-1] if project is not None and step_ids else ""
        self.refresh()

    def _reason_text(self, reason: FlagReason) -> str:
        return {
            FlagReason.RESOLUTION: self.tr("the resolution is a customization"),
            FlagReason.LINK_RESOLUTION: self.tr("the resolution of a linked item is a customization"),
        }[reason]

    def _risk_text(self, reason: RiskReason) -> str:
        return {
            RiskReason.PROHIBITED_ITEM: self.tr("the step needs an item the standard prohibits (実装不可)"),
            RiskReason.OPTION_NOT_ADOPTED: self.tr(
                "the step needs a standard option not adopted for this municipality"),
            RiskReason.LATE_DELIVERY: self.tr(
                "the vendor delivers a linked item only after go-live: decide an interim resolution"),
        }[reason]

    def refresh(self) -> None:
        """Re-read the step's judgment, flag and links."""
        project = self._project
        step = project.step.get(self._step_id) if project is not None else None
        self._loading = True
        try:
            if project is None or step is None:
                self._step_id = ""
                self.heading.setText(self.tr("Select a step."))
                self.flag.setText("")
                self._form.setRowVisible(self.flag, False)
                self._clear_fields()
                self._set_enabled(False)
                self._form.setRowVisible(self.justification, False)
                self.links.show_step(None, "")
                return
            self._set_enabled(True)
            self.heading.setText(self.tr("Step {no} {label}").format(no=step.step_no, label=step.label))
            judgment = project.judgment.get(step.id)
            verdict = judgment.verdict if judgment else Verdict.UNASSESSED
            self.verdict.setCurrentIndex(self.verdict.findData(verdict.value))
            resolution = judgment.resolution if judgment else Resolution.NONE
            self.resolution.setCurrentIndex(self.resolution.findData(resolution.value))
            decision = judgment.decision if judgment else Decision.PROPOSED
            self.decision.setCurrentIndex(self.decision.findData(decision.value))
            for field, widget in (("owner", self.owner), ("due_on", self.due_on)):
                if not widget.hasFocus():
                    widget.setText(getattr(judgment, field) if judgment else "")
            for field, text in (("rationale", self.rationale), ("justification", self.justification)):
                if not text.hasFocus():
                    text.setPlainText(getattr(judgment, field) if judgment else "")
            flag = customization_flag(project, step.id)
            lines = []
            if flag is not None:
                reasons = "、".join(self._reason_text(r) for r in flag.reasons)
                missing = "" if flag.justified else self.tr(" — a justification is required.")
                lines.append(self.tr("Customization: {reasons}{missing}").format(reasons=reasons, missing=missing))
            for risk in step_risks(project, step.id):
                lines.append(self.tr("Open risk: {reason} — decide a resolution.").format(
                    reason=self._risk_text(risk.reason_code)))
            self.flag.setText("\n".join(lines))
            self._form.setRowVisible(self.flag, bool(lines))
            # the justification is asked for where a customization is decided (or was written before)
            self._form.setRowVisible(self.justification, flag is not None or resolution is Resolution.CUSTOMIZATION
                                     or bool(self.justification.toPlainText().strip()))
            self.links.show_step(project, step.id)
        finally:
            self._loading = False

    # --- editing ---------------------------------------------------------------------------------
    def _commit(self, field: str, value: object) -> None:
        if self._loading or self._project is None or self._step_id not in self._project.step:
            return
        edit = set_judgment(self._project, self._step_id, **{field: value})
        if edit is not None and value is Resolution.ADOPT_OPTION:
            own = [lk for lk in self._project.links_of_step(self._step_id) if lk.resolution is None]
            edit = with_adoption(self._project, edit, own)
        if edit is not None:
            self._push(edit, self.tr("Edit Fit&Gap: {step}").format(step=self._project.step[self._step_id].label))

    def _value_text(self, field: str, value: str) -> str:
        try:
            if field == "verdict" and value:
                return verdict_label(Verdict(value))
            if field == "resolution":
                return resolution_label(Resolution(value))
            if field == "decision" and value:
                return decision_label(Decision(value))
        except ValueError:
            pass
        return value

    def _describe(self, row: dict[str, Any]) -> tuple[str, str, str]:
        entity, field = str(row.get("entity", "")), str(row.get("field", ""))
        old, new = str(row.get("old", "")), str(row.get("new", ""))
        if field == "*":
            item = self._project.item.get(old) if self._project is not None else None
            subject = self.tr("Link {code}").format(code=item.code if item else old) if entity == "link" \
                else self.tr("Judgment")
            return subject, "", self.tr("added") if new == "added" else self.tr("removed")
        names = {"verdict": self.tr("Verdict"), "resolution": self.tr("Resolution"),
                 "rationale": self.tr("Rationale / difference"), "owner": self.tr("Owner"),
                 "due_on": self.tr("Due date"), "decision": self.tr("Decision"),
                 "justification": self.tr("Customization justification"), "item_id": self.tr("Linked item")}
        return names.get(field, field), self._value_text(field, old), self._value_text(field, new)

    def show_history(self) -> None:
        """Who changed what, when (from the audit trail in the project file)."""
        rows = self._history(self._step_id) if self._step_id else []
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Change history"))
        dialog.resize(720, 420)
        table = QTableWidget(len(rows), 5, dialog)
        table.setObjectName("historyTable")
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
                                         self.tr("After")])
        for r, row in enumerate(rows):
            what, old, new = self._describe(row)
            for c, text in enumerate((row.get("at", ""), row.get("by", ""), what, old, new)):
                table.setItem(r, c, QTableWidgetItem(str(text)))
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        close = QPushButton(self.tr("Close"), dialog)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dialog.exec()
