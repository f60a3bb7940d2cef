"""CatalogImportDialog: pick a CSV/xlsx function list, check the column mapping on a preview, see bad rows with
their row numbers, confirm or correct the 団体区分 conditions detected (class cell, 備考, requirement text), then
import it as one undoable edit (a re-import shows what changed).

A workbook may hold a 機能要件 sheet and a 帳票要件 sheet: each has its own tab with its column mapping and preview
(``SheetColumnsPanel``); problems of both are listed with their sheet and row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcloud_desk.domain.catalog import CatalogItem, CatalogKind, ItemKind
from jcloud_desk.io.catalog.importer import (
    CatalogImport,
    CatalogImportError,
    ColumnMapping,
    guess_forms_sheet,
    preview_catalog,
    read_catalog_workbook,
)
from jcloud_desk.ui.background import BackgroundTask
from jcloud_desk.ui.dialogs.catalog_import_columns import SheetColumnsPanel
from jcloud_desk.ui.dialogs.conditions_table import ConditionsTable
from jcloud_desk.ui.labels import impl_class_label, in_ui_language

SINGLE_FIELDS = ("code", "title", "text", "impl_class", "legacy_code", "remarks")
#: The columns of a 帳票要件 sheet the user maps.
FORM_FIELDS = ("code", "title", "text", "impl_class", "media", "print_items")
FULL_SCAN_BYTES = 1_000_000


class CatalogImportDialog(QDialog):
    """The mapping preview; ``result`` holds the read catalogue after Accept."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None,
                 catalog_names: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a function list"))
        self._fit_screen()
        self.result_import: CatalogImport | None = None
        self._path: Path | None = None
        self._headers: list[str] = []
        self._functions_sheet = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"), self)
        choose = QPushButton(self.tr("Choose file..."), self)
        choose.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)
        meta = QFormLayout()
        self.name = QLineEdit(self)
        self.version = QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Standard specification (標準仕様書)"), CatalogKind.STANDARD_SPEC.value)
        self.kind.addItem(self.tr("Vendor package function list"), CatalogKind.VENDOR_PACKAGE.value)
        self.kind.addItem(self.tr("Other"), CatalogKind.CUSTOM.value)
        name_row = QHBoxLayout()  # name, version and kind on one line: the previews below keep their height
        name_row.addWidget(self.name, 3)
        name_row.addWidget(QLabel(self.tr("Version"), self))
        name_row.addWidget(self.version, 1)
        name_row.addWidget(QLabel(self.tr("Kind"), self))
        name_row.addWidget(self.kind, 2)
        meta.addRow(self.tr("Name"), name_row)
        self.functions_sheet = QComboBox(self)
        self.functions_sheet.setObjectName("functionsSheet")
        self.functions_sheet.setEnabled(False)
        self.functions_sheet.activated.connect(self._functions_sheet_chosen)
        self.forms_sheet = QComboBox(self)
        self.forms_sheet.setObjectName("formsSheet")
        self.forms_sheet.addItem(self.tr("(no forms sheet)"), "")
        self.forms_sheet.currentIndexChanged.connect(lambda _i: self._forms_sheet_chosen())
        sheets_row = QHBoxLayout()
        sheets_row.addWidget(self.functions_sheet, 1)
        sheets_row.addWidget(QLabel(self.tr("Forms sheet (帳票要件)"), self))
        sheets_row.addWidget(self.forms_sheet, 1)
        meta.addRow(self.tr("Functions sheet (機能要件)"), sheets_row)
        # a revision of a catalogue with another name (same name: a revision anyway)
        self.revises = QComboBox(self)
        self.revises.setObjectName("revisesCatalog")
        self.revises.addItem(self.tr("(none: a revision only when the name is the same)"), "")
        for catalog_name in catalog_names:
            self.revises.addItem(catalog_name, catalog_name)
        meta.addRow(self.tr("Revision of"), self.revises)
        layout.addLayout(meta)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.sheet_tabs = QTabWidget(split)
        self.sheet_tabs.setObjectName("sheetTabs")
        self.columns = SheetColumnsPanel(SINGLE_FIELDS, {
            "code": self.tr("Function ID (機能ID) *"), "title": self.tr("Function name (機能名称) *"),
            "text": self.tr("Requirement (機能要件)"), "impl_class": self.tr("Class (実装区分)"),
            "legacy_code": self.tr("Requirement no. (要件番号)"),
            "remarks": self.tr("Remarks (備考, 団体区分 conditions)")},
            [self.tr("Row"), self.tr("Function ID"), self.tr("Function"), self.tr("Class"), self.tr("Chapter")],
            self.sheet_tabs)
        self.columns.changed.connect(self.refresh_preview)
        self.form_columns = SheetColumnsPanel(FORM_FIELDS, {
            "code": self.tr("Form ID (帳票ID) *"), "title": self.tr("Form name (帳票名称) *"),
            "text": self.tr("Summary (帳票概要)"), "impl_class": self.tr("Class (実装区分)"),
            "media": self.tr("Output / media (出力形式/媒体)"),
            "print_items": self.tr("Details (帳票詳細要件 / 印字項目)")},
            [self.tr("Row"), self.tr("Form ID"), self.tr("Form"), self.tr("Class"), self.tr("Output / media")],
            self.sheet_tabs)
        self.form_columns.setObjectName("formColumns")
        self.form_columns.changed.connect(self.refresh_preview)
        self.sheet_tabs.addTab(self.columns, self.tr("Functions: columns and preview"))
        self.sheet_tabs.addTab(self.form_columns, self.tr("Forms: columns and preview"))
        self.sheet_tabs.setTabEnabled(1, False)
        # the functions panel's widgets under their old names (the mapping combos, the preview)
        self.fields = self.columns.fields
        self.path_headers = self.columns.path_headers
        self.table = self.columns.table
        self.forms_table = self.form_columns.table
        lower = QWidget(split)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.conditions_title = QLabel(lower)
        self.conditions_title.setWordWrap(True)
        lower_layout.addWidget(self.conditions_title)
        self.conditions = ConditionsTable(lower)
        lower_layout.addWidget(self.conditions, 1)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(self.info)
        layout.addWidget(split, 3)
        self.problems_title = QLabel(self)
        layout.addWidget(self.problems_title)
        self.problems = QListWidget(self)  # hidden while empty: the previews get its height
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(64)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._loading = False
        self.task: BackgroundTask | None = None
        self._update_ok(False)
        if path is not None:
            self.load(path)

    def choose_file(self) -> None:
        """Pick the file."""
        text, _filter = QFileDialog.getOpenFileName(self, self.tr("Function list"), "",
                                                    self.tr("Function lists (*.xlsx *.csv);;All files (*)"))
        if text:
            self.load(Path(text))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the headers (of ``sheet``, else the detected 機能要件 sheet), guess the mapping, show the preview."""
        self._path = path
        self.file_label.setText(str(path))
        if not self.name.text():
            self.name.setText(path.stem)
        try:
            preview = preview_catalog(path, sheet=sheet, scan_all=self._small_file())
        except CatalogImportError as error:
            self._show_error(str(error))
            return
        self._headers = preview.headers
        self._loading = True
        self._functions_sheet = preview.sheet
        self.functions_sheet.clear()
        for name in preview.sheets:
            self.functions_sheet.addItem(name, name)
        self.functions_sheet.setCurrentIndex(max(0, self.functions_sheet.findData(preview.sheet)))
        self.functions_sheet.setEnabled(bool(preview.sheets))
        self.forms_sheet.blockSignals(True)
        self.forms_sheet.clear()
        self.forms_sheet.addItem(self.tr("(no forms sheet)"), "")
        for sheet in preview.sheets:
            if sheet != preview.sheet:
                self.forms_sheet.addItem(sheet, sheet)
        self.forms_sheet.setCurrentIndex(max(0, self.forms_sheet.findData(
            guess_forms_sheet(preview.sheets, preview.sheet))))
        self.forms_sheet.blockSignals(False)
        self.columns.set_headers(preview.headers, preview.mapping)
        self._loading = False
        self._forms_sheet_chosen()

    def _forms_sheet_chosen(self) -> None:
        """A forms sheet was chosen (or none): guess its columns, then preview both sheets."""
        sheet = str(self.forms_sheet.currentData() or "")
        self.sheet_tabs.setTabEnabled(1, bool(sheet))
        self.form_columns.clear()
        if sheet and self._path is not None:
            try:
                forms = preview_catalog(self._path, sheet=sheet, kind=ItemKind.FORM, max_rows=0, scan_all=False)
            except CatalogImportError:
                pass  # refresh_preview lists the error
            else:
                self.form_columns.set_headers(forms.headers, forms.mapping)
        self.refresh_preview()

    def _functions_sheet_chosen(self, _index: int) -> None:
        sheet = str(self.functions_sheet.currentData() or "")
        if self._path is not None and sheet and sheet != self._functions_sheet:
            self.load(self._path, sheet)

    def _small_file(self) -> bool:
        """Small files are checked completely while the mapping changes; big ones only on Import."""
        try:
            return self._path is not None and self._path.stat().st_size <= FULL_SCAN_BYTES
        except OSError:
            return False

    def mapping(self) -> ColumnMapping:
        """The mapping the user set for the functions sheet."""
        return self.columns.mapping()

    def forms_mapping(self) -> ColumnMapping:
        """The mapping the user set for the forms sheet."""
        return self.form_columns.mapping()

    def refresh_preview(self) -> None:
        """Re-read with the current mapping."""
        if self._loading or self._path is None:
            return
        try:
            preview = preview_catalog(self._path, self.mapping(), sheet=self._functions_sheet or None,
                                      scan_all=self._small_file())
        except CatalogImportError as error:
            self._show_error(str(error))
            return
        where = f"{preview.format.upper()} {preview.sheet or preview.encoding}"
        self.info.setText(self.tr("{where}: header in row {header}, {rows} rows").format(
            where=where, header=preview.header_row, rows=preview.row_count))
        self.columns.show_items(preview.items, lambda item: (item.source_locator, item.code, item.title,
                                                             impl_class_label(item.impl_class), item.path))
        self.conditions.show_items(preview.conditional)
        self.conditions_title.setText(self.tr(
            "<b>団体区分 conditions detected ({n})</b> — check the class for each municipality type and correct it "
            "where needed; notes are sub-requirements that do not change the class.").format(
            n=len(preview.conditional)))
        self.problems.clear()
        for warning in preview.warnings:
            self.problems.addItem(self.tr("Warning (imported as written): {text}").format(text=in_ui_language(warning)))
        for problem in preview.problems:
            self.problems.addItem(in_ui_language(problem))
        if preview.problem_count > len(preview.problems):
            self.problems.addItem(self.tr("... and {n} more").format(n=preview.problem_count - len(preview.problems)))
        form_problems = self._preview_forms()
        self._tab_titles(preview.problem_count, form_problems)
        self._update_ok(preview.ok and form_problems == 0)

    def _tab_titles(self, function_problems: int, form_problems: int) -> None:
        """Name the tab of a sheet with problems (the problem list below says which)."""
        for index, (title, count) in enumerate(((self.tr("Functions: columns and preview"), function_problems),
                                                (self.tr("Forms: columns and preview"), form_problems))):
            self.sheet_tabs.setTabText(index, self.tr("{title} — {n} problems").format(title=title, n=count)
                                       if count else title)

    def _preview_forms(self) -> int:
        """Preview the 帳票要件 sheet with its mapping; add its problems (with sheet and row) to the list.

        Returns the number of problems of the sheet (0: it imports)."""
        sheet = str(self.forms_sheet.currentData() or "")
        if not sheet or self._path is None:
            return 0
        try:
            forms = preview_catalog(self._path, self.forms_mapping(), sheet=sheet, kind=ItemKind.FORM,
                                    scan_all=self._small_file())
        except CatalogImportError as error:
            self.problems.addItem(str(error))
            return 1
        self.info.setText(self.info.text() + " / " + self.tr("forms sheet {sheet}: header in row {header}, "
                                                             "{rows} rows").format(
            sheet=sheet, header=forms.header_row, rows=forms.row_count))
        self.form_columns.show_items(forms.items, _form_cells)
        for problem in forms.problems:
            self.problems.addItem(in_ui_language(problem) if problem.sheet else self.tr("Sheet 「{sheet}」 {problem}")
                                  .format(sheet=sheet, problem=in_ui_language(problem)))
        if forms.problem_count > len(forms.problems):
            self.problems.addItem(self.tr("... and {n} more").format(n=forms.problem_count - len(forms.problems)))
        return forms.problem_count

    def _show_error(self, text: str) -> None:
        self.info.setText(text)
        self.problems.clear()
        self.problems.addItem(text)
        self._update_ok(False)

    def _update_ok(self, ok: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and bool(self.name.text().strip()))
        shown = self.problems.count() > 0
        self.problems.setVisible(shown)
        self.problems_title.setText(self.tr("Problems (nothing is imported while there are any):") if shown
                                    else self.tr("No problems found."))

    def _fit_screen(self) -> None:
        """980×680 at 1366×768 (what fits under a taskbar), more room for the previews on a bigger screen."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None:
            self.resize(980, 680)
            return
        self.resize(min(1200, max(980, screen.width() - 160)), min(900, max(680, screen.height() - 90)))

    def accept_import(self) -> None:
        """Read everything (in the background for big files); stay open and list the problems if any row is bad."""
        if self._path is None or self.task is not None:
            return
        path, name, version = self._path, self.name.text(), self.version.text()
        kind, mapping = CatalogKind(self.kind.currentData()), self.mapping()
        functions_sheet = self._functions_sheet or None
        forms_sheet = str(self.forms_sheet.currentData() or "") or None
        forms_mapping = self.forms_mapping() if forms_sheet else None

        def work(_cancelled: Callable[[], bool], _progress: Callable[[float], None]) -> CatalogImport:
            return read_catalog_workbook(path, name, version, source=path.name, kind=kind, mapping=mapping,
                                         functions_sheet=functions_sheet, forms_sheet=forms_sheet,
                                         forms_mapping=forms_mapping)

        if self._small_file():
            try:
                self._finish(work(lambda: False, lambda _f: None))
            except CatalogImportError as error:
                self._problems(error)
            return
        self.task = BackgroundTask(work, self)
        self._update_ok(False)
        self.info.setText(self.tr("Reading every row of {name}...").format(name=path.name))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.task.finished.connect(self._finish)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _finish(self, result: CatalogImport) -> None:
        self.task = None
        self.unsetCursor()
        self.apply_corrections(result)
        self.result_import = result
        self.accept()

    def apply_corrections(self, result: CatalogImport) -> None:
        """Put the conditions and notes as confirmed in the preview on the items read (matched by 機能ID)."""
        edited = self.condition_values()
        for item in result.items:
            if item.code in edited:
                item.conditions, item.condition_note = edited[item.code]

    def condition_values(self) -> dict[str, tuple[dict[str, str], str]]:
        """機能ID → (conditions, note) as shown in the conditions table."""
        values = self.conditions.values()
        return {item.code: values[item.id] for item in self.conditions.items_shown()}

    def _failed(self, error: object) -> None:
        self.task = None
        self.unsetCursor()
        if isinstance(error, CatalogImportError):
            self._problems(error)
        else:
            self._show_error(str(error))

    def _problems(self, error: CatalogImportError) -> None:
        self.problems.clear()
        for problem in error.problems[:200]:
            self.problems.addItem(in_ui_language(problem))
        if len(error.problems) > 200:
            self.problems.addItem(self.tr("... and {n} more").format(n=len(error.problems) - 200))
        self._update_ok(False)


def _form_cells(item: CatalogItem) -> tuple[str, ...]:
    return item.source_locator, item.code, item.title, impl_class_label(item.impl_class), item.media
