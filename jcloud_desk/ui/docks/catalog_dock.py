"""CatalogDock: the reference catalogues as a tree by chapter; search by words or ID, filter by 実装区分,
the steps that use the selected item; drag an item onto a step to link it; adopt 標準オプション items."""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.analysis.effective_class import effective_class, has_conditions
from jcloud_desk.domain.catalog import CatalogItem, ImplClass, ItemKind
from jcloud_desk.domain.condition_ops import classes_of
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.fitgap_ops import set_option_adopted
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project
from jcloud_desk.ui import theme
from jcloud_desk.ui.dialogs.item_conditions_dialog import ItemConditionsDialog
from jcloud_desk.ui.docks.document_dock import DocumentDock
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.forms_labels import item_kind_label
from jcloud_desk.ui.labels import impl_class_label, municipality_type_label
from jcloud_desk.ui.mime import CATALOG_ITEM_MIME


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


class _ItemTree(QTreeWidget):
    """A tree whose item rows can be dragged onto steps."""

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [str(i.data(0, Qt.ItemDataRole.UserRole)) for i in items if i.data(0, Qt.ItemDataRole.UserRole)]
        data.setData(CATALOG_ITEM_MIME, "\n".join(ids).encode("utf-8"))
        data.setText("\n".join(i.text(0) for i in items))
        return data

    def mimeTypes(self) -> list[str]:
        return [CATALOG_ITEM_MIME]


class CatalogDock(DocumentDock):
    """Browse and search the catalogues."""

    step_activated = Signal(str, str)  # process id, step id
    kinds = frozenset({"link", "item", "catalog", "info"})

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("CatalogDock")
        self.setWindowTitle(self.tr("Catalogue"))
        self.step_activated.connect(document.reveal)
        document.item_requested.connect(self.reveal_item)
        self._project: Project | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.search = QLineEdit(body)
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(self.tr("Search by words or ID"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        row.addWidget(self.search, 1)
        self.filter = QComboBox(body)
        self.filter.addItem(self.tr("All classes"), "")
        for impl in (ImplClass.MANDATORY, ImplClass.OPTIONAL, ImplClass.PROHIBITED, ImplClass.UNSPECIFIED):
            self.filter.addItem(impl_class_label(impl), impl.value)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.filter)
        self.kind_filter = QComboBox(body)
        self.kind_filter.setObjectName("catalogKindFilter")
        self.kind_filter.addItem(self.tr("Functions and forms"), "")
        for kind in (ItemKind.FUNCTION, ItemKind.FORM):
            self.kind_filter.addItem(item_kind_label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.kind_filter)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.tree = _ItemTree(splitter)
        self.tree.setObjectName("catalogTree")
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Class"), self.tr("Steps")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setDragEnabled(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_users())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        users_box = QWidget(splitter)
        users_layout = QVBoxLayout(users_box)
        users_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(users_box)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        users_layout.addWidget(self.detail)
        users_layout.addWidget(QLabel(self.tr("Steps that use this item:"), users_box))
        self.users = QListWidget(users_box)
        self.users.setObjectName("itemUsers")
        self.users.itemActivated.connect(self._activate_user)
        self.users.itemDoubleClicked.connect(self._activate_user)
        users_layout.addWidget(self.users)
        splitter.addWidget(self.tree)
        splitter.addWidget(users_box)
        splitter.setSizes([420, 200])
        layout.addWidget(splitter)
        self.setWidget(body)

    def on_project(self, project: Project | None) -> None:
        """Show the catalogues of ``project``."""
        self._project = project
        self.refresh()

    def _class_of(self, item: CatalogItem) -> ImplClass:
        """The item's class for the project's 団体区分."""
        kind = self._project.meta.municipality_type if self._project is not None else MunicipalityType.UNKNOWN
        return effective_class(item, kind)

    def reveal_item(self, item_id: str) -> None:
        """Show the dock with ``item_id`` selected."""
        self.show()
        self.raise_()
        self.select_item(item_id)

    def _matches(self, item: CatalogItem, needle: str, impl: str) -> bool:
        if impl and self._class_of(item).value != impl:
            return False
        kind = str(self.kind_filter.currentData() or "")
        if kind and item.kind.value != kind:
            return False
        if not needle:
            return True
        return needle in _norm(item.code) or needle in _norm(item.title) or needle in _norm(item.text) \
            or needle in _norm(item.path)

    def refresh(self) -> None:
        """Rebuild the tree (keeps the current item)."""
        current = self.current_item_id()
        self.tree.clear()
        project = self._project
        if project is None:
            return
        needle, impl = _norm(self.search.text()), str(self.filter.currentData() or "")
        use_count: dict[str, int] = {}
        for link in project.link.values():
            use_count[link.item_id] = use_count.get(link.item_id, 0) + 1
        adopted = adopted_option_ids(project)
        searching = bool(needle or impl or self.kind_filter.currentData())
        retired = project.retired_catalogs()
        for catalog in project.catalog.values():
            old = catalog.id in retired  # superseded by a revision: read-only history, not linkable
            title = f"{catalog.name} {catalog.version}".strip() + (self.tr(" (old version)") if old else "")
            root = QTreeWidgetItem([title, "", ""])
            if old:
                root.setForeground(0, QBrush(theme.VERDICT_COLORS[Verdict.OUT_OF_SCOPE]))
            self.tree.addTopLevelItem(root)
            chapters: dict[str, QTreeWidgetItem] = {}
            for item in project.items_of(catalog.id):
                if not self._matches(item, needle, impl):
                    continue
                parent = root
                path_so_far = ""
                for part in [p.strip() for p in item.path.split(">") if p.strip()]:
                    path_so_far += ">" + part
                    node = chapters.get(path_so_far)
                    if node is None:
                        node = QTreeWidgetItem([part, "", ""])
                        parent.addChild(node)
                        chapters[path_so_far] = node
                    parent = node
                impl_class = self._class_of(item)
                label = impl_class_label(impl_class)
                if has_conditions(item):
                    label += self.tr(" (depends on type)")
                if item.id in adopted:
                    label += self.tr(" (adopted)")
                count = use_count.get(item.id, 0)
                prefix = f"[{item_kind_label(item.kind)}] " if item.kind is not ItemKind.FUNCTION else ""
                row = QTreeWidgetItem([f"{prefix}{item.code}  {item.title}", label, str(count) if count else ""])
                row.setData(0, Qt.ItemDataRole.UserRole, item.id)
                row.setToolTip(0, item.text[:600])
                if not old:
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                if impl_class is ImplClass.PROHIBITED:
                    row.setForeground(1, QBrush(theme.VERDICT_COLORS[Verdict.GAP]))
                elif impl_class is ImplClass.MANDATORY and not count:
                    row.setForeground(2, QBrush(theme.VERDICT_COLORS[Verdict.PARTIAL]))
                parent.addChild(row)
                if item.id == current:
                    self.tree.setCurrentItem(row)
            root.setExpanded(not old)
            if searching:
                self.tree.expandAll()
        self._show_users()

    def current_item_id(self) -> str:
        """The selected catalogue item ('' when a chapter or nothing is selected)."""
        row = self.tree.currentItem()
        return str(row.data(0, Qt.ItemDataRole.UserRole) or "") if row is not None else ""

    def select_item(self, item_id: str) -> None:
        """Select an item (clears the search if it hides the item)."""
        if self._project is None or item_id not in self._project.item:
            return
        for _ in range(2):
            for row in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
                if row.data(0, Qt.ItemDataRole.UserRole) == item_id:
                    self.tree.setCurrentItem(row)
                    self.tree.scrollToItem(row)
                    return
            self.search.clear()
            self.filter.setCurrentIndex(0)

    def _show_users(self) -> None:
        self.users.clear()
        project = self._project
        item_id = self.current_item_id()
        if project is None or item_id not in project.item:
            self.detail.setText("")
            return
        item = project.item[item_id]
        conditions = ""
        if has_conditions(item):
            conditions = "<br>" + html.escape(self.tr("By municipality type: {list}").format(list="、".join(
                f"{municipality_type_label(kind)} {impl_class_label(impl)}"
                for kind, impl in classes_of(item).items())))
        note = "<br>" + html.escape(self.tr("Conditional note: {note}").format(note=item.condition_note)) \
            if item.condition_note else ""
        extra = ""
        if item.is_form:
            extra = "<br>" + html.escape(self.tr("Medium: {media}").format(media=item.media or "-"))
            if item.print_items:
                extra += "<br>" + html.escape(self.tr("Printed items: {items}").format(items=item.print_items[:300]))
        self.detail.setText(f"<b>[{item_kind_label(item.kind)}] {item.code} {item.title}</b> "
                            f"[{impl_class_label(self._class_of(item))}]{conditions}{note}<br>{item.path}<br>"
                            f"{item.text[:500]}{extra}")
        for link in project.link.values():
            if link.item_id != item_id or link.step_id not in project.step:
                continue
            step = project.step[link.step_id]
            process = project.process.get(step.process_id)
            entry = QListWidgetItem(f"{process.name if process else ''} ▸ {step.step_no} {step.label}")
            entry.setData(Qt.ItemDataRole.UserRole, (step.process_id, step.id))
            self.users.addItem(entry)

    def _activate_user(self, entry: QListWidgetItem) -> None:
        process_id, step_id = entry.data(Qt.ItemDataRole.UserRole)
        self.step_activated.emit(process_id, step_id)

    def _context_menu(self, pos: QPoint) -> None:
        project = self._project
        item_id = self.current_item_id()
        if project is None or item_id not in project.item:
            return
        item = project.item[item_id]
        menu = QMenu(self)
        if self._class_of(item) is ImplClass.OPTIONAL or item.impl_class is ImplClass.OPTIONAL:
            adopted = item_id in adopted_option_ids(project)
            text = self.tr("Withdraw adoption of this option") if adopted else self.tr("Adopt this standard option")
            menu.addAction(text, lambda: self._toggle_adopted(item_id, not adopted))
        menu.addAction(self.tr("Conditions by municipality type..."), lambda: self.edit_conditions(item_id))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def edit_conditions(self, item_id: str) -> ItemConditionsDialog | None:
        """Open the item's 団体区分 conditions; OK pushes one edit."""
        project = self._project
        if project is None or item_id not in project.item:
            return None
        dialog = ItemConditionsDialog(project, item_id, self)

        def accepted() -> None:
            if dialog.result_edit is not None:
                self._push(dialog.result_edit, self.tr("Edit conditions"))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _toggle_adopted(self, item_id: str, adopted: bool) -> None:
        if self._project is None:
            return
        edit = set_option_adopted(self._project, item_id, adopted)
        if edit is not None:
            self._push(edit, self.tr("Adopt option") if adopted else self.tr("Withdraw option"))
