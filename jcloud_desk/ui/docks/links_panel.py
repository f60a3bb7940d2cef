"""LinksPanel: the catalogue items linked to a step, a type-ahead to link more, and top-5 suggestions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.effective_class import effective_class, process_type
from jcloud_desk.analysis.form_coverage import form_link_suggestions
from jcloud_desk.analysis.ledger import with_adoption
from jcloud_desk.analysis.review_queue import is_pending
from jcloud_desk.analysis.vendor_layer import VendorIndex
from jcloud_desk.domain.catalog import CatalogItem, ImplClass, ItemKind
from jcloud_desk.domain.edits import SetFields
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.fitgap_ops import link_item, set_link_verdict, unlink
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import VendorAnswerKind
from jcloud_desk.services.suggest_service import SuggestService
from jcloud_desk.ui import theme
from jcloud_desk.ui.commands import PushEdit
from jcloud_desk.ui.forms_labels import answer_label, item_kind_label
from jcloud_desk.ui.labels import impl_class_label, resolution_label, verdict_label
from jcloud_desk.ui.vendor_choice import vendor_caption

#: Column of the vendor's answer in the linked items (hidden when the project has no vendor answers).
_VENDOR_COLUMN = 5


#: The linked-items list shows this many rows at least and grows up to the most before it scrolls.
_MIN_LINK_ROWS, _MAX_LINK_ROWS = 2, 5


class LinksPanel(QWidget):
    """Links of one step; Alt+1…Alt+5 accept a suggestion.

    Suggestions come from a ``SuggestService`` per project (analyser, thesaurus, learned links); it is created when
    a step is first shown, so the word analyser loads then and not at start-up. Links made or removed here are
    recorded as learning evidence when ``learning`` is on.
    """

    item_activated = Signal(str)
    #: Whether suggestions learn from links across projects (the window sets it from the user's settings).
    learning = True

    def __init__(self, push: PushEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._push = push
        self._project: Project | None = None
        self._step_id = ""
        self._service: SuggestService | None = None
        self._choices_key: tuple[int, int] = (-1, -1)
        self._choices: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Linked catalogue items"), self))
        self.links = QTreeWidget(self)
        self.links.setObjectName("linkedItems")
        self.links.setHeaderLabels([self.tr("ID"), self.tr("Function"), self.tr("Class"), self.tr("Own verdict"),
                                    self.tr("Own resolution"), self.tr("Vendor")])
        self.links.setRootIsDecorated(False)
        header = self.links.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes what the dock leaves
        self.links.setColumnWidth(0, 112)
        self.links.setColumnWidth(2, 64)
        self.links.setColumnWidth(3, 64)
        self.links.setColumnWidth(4, 80)
        self.links.setColumnWidth(_VENDOR_COLUMN, 56)  # the mark and date; the whole answer is in the tooltip
        self.links.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit_links_height()
        self.links.itemDoubleClicked.connect(self._activate_link)
        self.links.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.links.customContextMenuRequested.connect(self._link_menu)
        layout.addWidget(self.links)
        self.vendor_answers = QLabel(self)
        self.vendor_answers.setObjectName("vendorAnswersOfStep")
        self.vendor_answers.setWordWrap(True)
        self.vendor_answers.setVisible(False)
        layout.addWidget(self.vendor_answers)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("linkSearch")
        self.search.setPlaceholderText(self.tr("Type an ID or words, Enter links the item"))
        self.search.setMinimumWidth(120)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.search.setCompleter(completer)
        self.search.returnPressed.connect(self._link_typed)
        completer.activated.connect(lambda text: self._link_choice(str(text)))
        row.addWidget(self.search, 1)
        self.remove = QPushButton(self.tr("Unlink"), self)
        self.remove.clicked.connect(self._unlink_selected)
        row.addWidget(self.remove)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Suggestions (Alt+1 … Alt+5 to link)"), self))
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("suggestions")
        # five rows (Alt+1 … Alt+5), no empty space below them
        row_height = max(self.suggestions.fontMetrics().height() + 2, 16)
        self.suggestions.setFixedHeight(5 * row_height + 2 * self.suggestions.frameWidth() + 6)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideRight)  # full text in the tooltip
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.itemActivated.connect(lambda item: self.accept_suggestion(self.suggestions.row(item)))
        layout.addWidget(self.suggestions)
        for number in range(1, 6):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self.window() or self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda n=number: self.accept_suggestion(n - 1))

    def tab_chain(self) -> tuple[QWidget, ...]:
        """The panel's fields in Tab order."""
        return (self.links, self.search, self.remove, self.suggestions)

    # --- model ------------------------------------------------------------------------------------
    def show_step(self, project: Project | None, step_id: str) -> None:
        """Show the links of ``step_id``."""
        self._project, self._step_id = project, step_id
        self.refresh()

    def suggest_service(self, project: Project) -> SuggestService:
        """The suggestion service of ``project`` (one per project; shared with the pre-fill dialog)."""
        if self._service is None or self._service.project is not project:
            self._service = SuggestService(project, learning=self.learning)
        self._service.learning = self.learning
        return self._service

    def warm_suggestions(self, project: Project) -> None:
        """Build ``project``'s suggestion index now (the word analyser loads with it) instead of at the first step."""
        self.suggest_service(project).index()

    def reset_suggestions(self) -> None:
        """Rebuild suggestions on next use (thesaurus edited, learning switched or cleared)."""
        if self._service is not None:
            self._service.learning = self.learning
            self._service.invalidate()
        self.refresh()

    def _ensure_choices(self, project: Project) -> None:
        key = (id(project), len(project.item))
        if key != self._choices_key:
            self._choices_key = key
            retired = project.retired_catalogs()  # items of superseded versions cannot be linked
            self._choices = {f"{i.code}  {i.title}": i.id for i in project.items_in_order()
                             if i.catalog_id not in retired}
            self._model.setStringList(list(self._choices))

    def refresh(self) -> None:
        """Re-read links and suggestions."""
        self.links.clear()
        self._fit_links_height()
        self.suggestions.clear()
        self.vendor_answers.setVisible(False)
        project = self._project
        enabled = project is not None and self._step_id in project.step
        for widget in (self.search, self.remove, self.links, self.suggestions):
            widget.setEnabled(enabled)
        if not enabled or project is None:
            return
        self._ensure_choices(project)
        step_type = process_type(project, project.step[self._step_id].process_id)
        vendor = VendorIndex(project) if project.vendor_answer else None
        answers: list[str] = []
        links = project.links_of_step(self._step_id)
        self.links.setColumnHidden(3, not any(link.verdict for link in links))  # room for the name at 340 px
        self.links.setColumnHidden(4, not any(link.resolution is not None for link in links))
        self.links.setColumnHidden(_VENDOR_COLUMN, vendor is None)
        for link in links:
            item = project.item.get(link.item_id)
            if item is None:
                continue
            impl = effective_class(item, step_type)
            code = f"{item_kind_label(item.kind)} {item.code}" if item.kind is not ItemKind.FUNCTION else item.code
            row = QTreeWidgetItem([code, item.title, impl_class_label(impl),
                                   verdict_label(link.verdict) if link.verdict else "",
                                   resolution_label(link.resolution) if link.resolution is not None else ""])
            row.setData(0, Qt.ItemDataRole.UserRole, link.id)
            row.setToolTip(1, item.text[:400])
            if item.condition_note:
                row.setToolTip(2, self.tr("Conditional note: {note}").format(note=item.condition_note))
            if is_pending(project, link.id):  # the catalogue was revised since this link was judged
                row.setText(1, item.title + self.tr(" (re-check: revised)"))
                row.setForeground(1, QBrush(theme.VERDICT_COLORS[Verdict.PARTIAL]))
            if vendor is not None:
                answers.append(f"{item.code}: {self._show_vendor_answer(row, vendor, item, impl)}")
            if impl is ImplClass.PROHIBITED:
                row.setForeground(2, QBrush(theme.VERDICT_COLORS[Verdict.GAP]))
            self.links.addTopLevelItem(row)
        self._fit_links_height()
        self.vendor_answers.setVisible(bool(answers))
        if vendor is not None and answers:
            # one wrapped paragraph, not a line per item: the suggestions below must stay in view at 1366×768
            self.vendor_answers.setText(self.tr("Vendor ({vendor}):").format(vendor=vendor_caption(vendor)) + " "
                                        + self.tr(" / ").join(answers))
        if project.item:
            forms = form_link_suggestions(project, self._step_id)[:5]
            for rank, form in enumerate(forms, start=1):
                item = project.item[form.item_id]
                entry = QListWidgetItem(self.tr("{rank}. Forms used 「{text}」 → {code}  {title}  [Form]").format(
                    rank=rank, text=form.text, code=item.code, title=item.title))
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setToolTip(item.text[:400])
                self.suggestions.addItem(entry)
            shown = {form.item_id for form in forms}
            service = self.suggest_service(project)
            ranked = [s for s in service.suggest_step(self._step_id, k=5) if s.item_id not in shown]
            for rank, suggestion in enumerate(ranked[:5 - len(forms)], start=len(forms) + 1):
                item = project.item[suggestion.item_id]
                # the score first: a narrow dock elides the end of the row, and the score is what the room weighs
                entry = QListWidgetItem(f"{rank}. {suggestion.score:.2f}  {item.code}  {item.title}"
                                        f"  [{impl_class_label(effective_class(item, step_type))}]")
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setToolTip(f"{suggestion.score:.2f}  {item.title}\n{item.text[:400]}")
                self.suggestions.addItem(entry)

    def _fit_links_height(self) -> None:
        """As tall as its rows (two to five; more scroll), so a step with few links leaves room for the
        suggestions below at 1366×768."""
        rows = max(_MIN_LINK_ROWS, min(_MAX_LINK_ROWS, self.links.topLevelItemCount()))
        row_height = self.links.sizeHintForRow(0) if self.links.topLevelItemCount() else -1
        if row_height <= 0:
            row_height = self.links.fontMetrics().height() + 6
        header = self.links.header().sizeHint().height()
        # the own verdict / resolution columns make the list wider than a 340-px dock: room for its scroll bar
        wide = not (self.links.isColumnHidden(3) and self.links.isColumnHidden(4))
        bar = self.links.horizontalScrollBar().sizeHint().height() if wide else 0
        self.links.setFixedHeight(header + rows * row_height + bar + 2 * self.links.frameWidth() + 2)

    def _show_vendor_answer(self, row: QTreeWidgetItem, vendor: VendorIndex, item: CatalogItem,
                            impl: ImplClass) -> str:
        """The vendor's answer in the last column (mark, planned date, 「稼働後」 when late; comment as tooltip)."""
        answer = vendor.answer(item)
        if answer is None:
            row.setText(_VENDOR_COLUMN, self.tr("(no answer)"))
            return row.text(_VENDOR_COLUMN)
        text = answer_label(answer.answer)
        if answer.available_on:
            text += " " + self.tr("from {date}").format(date=answer.available_on)
        late = vendor.is_late(answer)
        if late:
            text += " " + self.tr("(after go-live)")
        row.setText(_VENDOR_COLUMN, text)
        shown = (text, vendor_caption(vendor), answer.comment, answer.cost)
        row.setToolTip(_VENDOR_COLUMN, "\n".join(t for t in shown if t))
        if late or (answer.answer is VendorAnswerKind.NOT_PROVIDED and impl is ImplClass.MANDATORY):
            row.setForeground(_VENDOR_COLUMN, QBrush(theme.VERDICT_COLORS[Verdict.GAP]))
        return text + (f" — {answer.comment}" if answer.comment else "")

    # --- actions ---------------------------------------------------------------------------------
    def _link(self, item_id: str) -> bool:
        if self._project is None or self._step_id not in self._project.step:
            return False
        project, step_id = self._project, self._step_id
        edit = link_item(project, step_id, item_id)
        if edit is not None:  # recorded as learning evidence by the window's SuggestionActions (undo retracts it)
            item = project.item.get(item_id)
            self._push(edit, self.tr("Link {code}: {step}").format(
                code=item.code if item else item_id, step=project.step[step_id].label))
        return edit is not None

    def accept_suggestion(self, row: int) -> bool:
        """Link the suggestion in ``row`` (0-based)."""
        if not self.isVisible() or not 0 <= row < self.suggestions.count():
            return False
        return self._link(str(self.suggestions.item(row).data(Qt.ItemDataRole.UserRole)))

    def _link_choice(self, text: str) -> None:
        item_id = self._choices.get(text)
        if item_id and self._link(item_id):
            self.search.clear()

    def _link_typed(self) -> None:
        text = self.search.text().strip()
        if not text or self._project is None:
            return
        if text in self._choices:
            self._link_choice(text)
            return
        current = self._project.current_items()  # items of retired (superseded) versions cannot be linked
        exact = [i for i in current if i.code == text]
        matches = exact or [i for i in current if text in i.code or text in i.title]
        if len(matches) == 1 and self._link(matches[0].id):
            self.search.clear()

    def _unlink_selected(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            self._unlink(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def _link_menu(self, pos: QPoint) -> None:
        row = self.links.itemAt(pos)
        if row is None or self._project is None:
            return
        link_id = str(row.data(0, Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        own = menu.addMenu(self.tr("Own verdict for this item"))
        own.addAction(self.tr("Same as the step"), lambda: self.set_link_verdict(link_id, None))
        for verdict in Verdict:
            own.addAction(verdict_label(verdict), self._verdict_setter(link_id, verdict))
        outcome = menu.addMenu(self.tr("Own resolution for this item"))
        outcome.addAction(self.tr("Same as the step"), lambda: self.set_link_resolution(link_id, None))
        for resolution in Resolution:
            if resolution is not Resolution.NONE:
                outcome.addAction(resolution_label(resolution), self._resolution_setter(link_id, resolution))
        menu.addAction(self.tr("Unlink"), lambda: self._unlink(link_id))
        menu.popup(self.links.viewport().mapToGlobal(pos))

    def _verdict_setter(self, link_id: str, verdict: Verdict) -> Callable[[], None]:
        return lambda: self.set_link_verdict(link_id, verdict)

    def _resolution_setter(self, link_id: str, resolution: Resolution) -> Callable[[], None]:
        return lambda: self.set_link_resolution(link_id, resolution)

    def set_link_resolution(self, link_id: str, resolution: Resolution | None) -> None:
        """Give one link its own 対応方針 (None: follow the step's); 標準オプション採用 also adopts the option."""
        project = self._project
        if project is None or link_id not in project.link:
            return
        link = project.link[link_id]
        if link.resolution == resolution:
            return
        edit = with_adoption(project, SetFields.of(link, resolution=resolution),
                             [link] if resolution is Resolution.ADOPT_OPTION else [])
        self._push(edit, self.tr("Set item resolution"))

    def _unlink(self, link_id: str) -> None:
        project = self._project
        if project is not None and link_id in project.link:
            self._push(unlink(project, link_id), self.tr("Unlink item"))

    def set_link_verdict(self, link_id: str, verdict: Verdict | None) -> None:
        """Give one link its own verdict (None: follow the step's)."""
        if self._project is None or link_id not in self._project.link:
            return
        edit = set_link_verdict(self._project, link_id, verdict)
        if edit is not None:
            self._push(edit, self.tr("Set item verdict"))

    def _activate_link(self, row: QTreeWidgetItem, _column: int) -> None:
        if self._project is None:
            return
        link = self._project.link.get(str(row.data(0, Qt.ItemDataRole.UserRole)))
        if link is not None:
            self.item_activated.emit(link.item_id)
