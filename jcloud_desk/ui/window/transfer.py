"""TransferDialogs: imports (function lists, flows, JSON) and exports (Excel/PDF reports, BPMN, images, JSON).

Every import is one undoable edit with a summary of what came in; every export writes a temporary file and
renames it, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs at call time: PySide6 builds a class (and its enums) on import
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from jcloud_desk.domain.errors import DomainError
from jcloud_desk.io.errors import FormatError
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.labels import in_ui_language
from jcloud_desk.ui.scene.process_scene import ProcessScene

if TYPE_CHECKING:
    from jcloud_desk.io.catalog.importer import CatalogImport


class TransferActions(QObject):
    """File ▸ Import / Export."""

    def __init__(self, window: QWidget, document: ProjectDocument, scene: ProcessScene) -> None:
        super().__init__(window)
        self.w = window
        self._document = document
        self._scene = scene

    def _written(self, path: Path) -> None:
        self._document.message.emit(self.tr("Written: {path}").format(path=path), 8000)

    def _ready(self) -> bool:
        if self._document.opened is None:
            return False
        if self._document.opened.read_only:
            QtWidgets.QMessageBox.information(self.w, self.tr("Read-only"), self.tr("The project is open read-only."))
            return False
        return True

    def _failed(self, title: str, error: Exception) -> None:
        text = in_ui_language(error) if isinstance(error, FormatError) else str(error)
        QtWidgets.QMessageBox.warning(self.w, title, text)

    # --- imports ---------------------------------------------------------------------------------
    def import_catalog(self, path: Path | None = None) -> bool:
        """The mapping dialog, then one undoable edit; a re-import reports what changed."""
        from jcloud_desk.services.catalog_service import describe_diff, import_edit
        from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog
        if not self._ready() or self._document.opened is None:
            return False
        project = self._document.opened.project
        names = sorted({c.name for c in project.catalog.values()})
        dialog = CatalogImportDialog(self.w, path, names)
        if not dialog.exec() or dialog.result_import is None:
            return False
        revises = str(dialog.revises.currentData() or "") or None
        try:
            confirmed, pairs = self._confirm_pairs(dialog.result_import, revises)
            if not confirmed:
                return False
            edit, diff = import_edit(project, dialog.result_import, revises=revises, pairs=pairs)
        except (FormatError, ValueError, DomainError) as error:
            self._failed(self.tr("Cannot import"), error)
            return False
        self._document.push(edit, self.tr("Import function list"))  # the 要再確認 dock shows itself if needed
        lines = [self.tr("{n} items imported.").format(n=len(dialog.result_import.items))]
        if diff is not None:
            lines += describe_diff(diff)
        QtWidgets.QMessageBox.information(self.w, self.tr("Function list imported"), "\n".join(lines[:40]))
        return True

    def _confirm_pairs(self, imported: CatalogImport, revises: str | None) -> tuple[bool, dict[str, str] | None]:
        """For a revision with similarity proposals, the pairs the user confirms: (False, None) when cancelled,
        (True, None) when there is nothing to confirm."""
        from jcloud_desk.services.catalog_revision import plan_revision
        from jcloud_desk.services.catalog_service import revision_target
        from jcloud_desk.ui.dialogs.revision_pairs_dialog import RevisionPairsDialog
        assert self._document.opened is not None
        project = self._document.opened.project
        previous = revision_target(project, imported.catalog, revises)
        if previous is None:
            return True, None
        match = plan_revision(project, previous, imported.items)
        if not match.proposals:
            return True, None
        dialog = RevisionPairsDialog(match, {i.id: i for i in project.items_of(previous.id)},
                                     {i.id: i for i in imported.items}, self.w)
        if not dialog.exec():
            return False, None
        return True, match.mapping(dialog.accepted_pairs())

    def import_flow(self, path: Path | None = None) -> bool:
        """BPMN, step list (CSV/xlsx) or Mermaid → new processes (laid out when the file has no positions)."""
        from jcloud_desk.services.flow_import_service import FlowImportService
        if not self._ready() or self._document.opened is None:
            return False
        if path is None:
            text, _f = QtWidgets.QFileDialog.getOpenFileName(
                self.w, self.tr("Import flow"), "",
                self.tr("Flows (*.bpmn *.xml *.csv *.xlsx *.md *.mmd);;All files (*)"))
            if not text:
                return False
            path = Path(text)
        importer = FlowImportService()
        try:
            imported = importer.read(path)
        except (FormatError, ValueError) as error:
            self._failed(self.tr("Cannot import"), error)
            return False
        if not imported.processes:
            self._failed(self.tr("Cannot import"), ValueError(self.tr("The file holds no flow.")))
            return False
        from jcloud_desk.ui.dialogs.flow_import_dialog import FlowImportPreviewDialog  # not needed at start

        if not FlowImportPreviewDialog(imported, path.name, self.w).exec():
            return False
        try:
            edit = importer.import_edit(self._document.opened.project, imported)
        except (FormatError, ValueError) as error:
            self._failed(self.tr("Cannot import"), error)
            return False
        before = set(self._document.opened.project.process)
        self._document.push(edit, self.tr("Import flow"))
        created = [p for p in self._document.opened.project.processes() if p.id not in before]
        text = self.tr("Imported: {names}").format(names="、".join(p.name for p in created))
        if imported.warnings:
            text += "\n\n" + "\n".join(f"{w.where}: {w.message}" for w in imported.warnings[:20])
        QtWidgets.QMessageBox.information(self.w, self.tr("Flow imported"), text)
        if created:
            self._document.set_process(created[0].id)
        return True

    # --- exports ---------------------------------------------------------------------------------
    def _save_path(self, title: str, suggestion: str, filters: str) -> Path | None:
        text, _f = QtWidgets.QFileDialog.getSaveFileName(self.w, title, suggestion, filters)
        return Path(text) if text else None

    def export_report(self, path: Path | None = None, requirements_appendix: bool = False) -> bool:
        """Excel or PDF Fit&Gap report (the PDF optionally with the requirement texts as an appendix)."""
        from jcloud_desk.services.report_service import build_report_data, write_report
        from jcloud_desk.ui.export.pdf_report import ReportOptions, write_pdf_report

        if self._document.opened is None:
            return False
        project = self._document.opened.project
        if path is None:
            appendix_filter = self.tr("PDF with the requirement texts as an appendix (*.pdf)")
            text, chosen = QtWidgets.QFileDialog.getSaveFileName(
                self.w, self.tr("Export report"), f"{project.meta.name}_FitGap.xlsx",
                ";;".join((self.tr("Excel (*.xlsx)"), self.tr("PDF (*.pdf)"), appendix_filter)))
            path = Path(text) if text else None
            requirements_appendix = chosen == appendix_filter
        if path is None:
            return False
        QApplication.setOverrideCursor(self.w.cursor())
        try:
            if path.suffix.lower() == ".pdf":
                data = build_report_data(project, datetime.now().strftime("%Y-%m-%d %H:%M"))
                write_pdf_report(project, data, path, self.w.font(),
                                 options=ReportOptions(requirements_appendix=requirements_appendix))
            else:
                write_report(project, path.with_suffix(".xlsx") if path.suffix.lower() != ".xlsx" else path)
        except (OSError, ValueError) as error:
            self._failed(self.tr("Cannot export"), error)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._written(path)
        return True

    def export_image(self, path: Path | None = None, dpi: int | None = None) -> bool:
        """The current process as PNG (chosen DPI), SVG or PDF."""
        if self._document.opened is None:
            return False
        project, process_id = self._document.opened.project, self._document.process_id
        if process_id not in project.process:
            return False
        path = path or self._save_path(self.tr("Export diagram"), f"{project.process[process_id].name}.png",
                                       self.tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"))
        if path is None:
            return False
        if path.suffix.lower() == ".png" and dpi is None:
            value, ok = QtWidgets.QInputDialog.getInt(self.w, self.tr("Image resolution"),
                                                      self.tr("DPI (300 or more for posters):"), 300, 72, 1200)
            if not ok:
                return False
            dpi = value
        try:
            from jcloud_desk.ui.export.diagram_export import DiagramExporter  # not needed at start

            exporter = DiagramExporter(project, process_id, self.w.font(), self._scene.show_verdicts)
            exporter.write(path, dpi or 300)
        except (OSError, ValueError) as error:
            self._failed(self.tr("Cannot export"), error)
            return False
        self._written(path)
        if exporter.notice:  # the PNG was drawn at a lower resolution to stay within the pixel budget
            self._document.message.emit(exporter.notice, 15000)
        return True

    def export_bpmn(self, path: Path | None = None) -> bool:
        """The current process as BPMN 2.0 with DI."""
        from jcloud_desk.io.bpmn.exporter import write_bpmn

        if self._document.opened is None:
            return False
        project, process_id = self._document.opened.project, self._document.process_id
        if process_id not in project.process:
            return False
        path = path or self._save_path(self.tr("Export BPMN"), f"{project.process[process_id].name}.bpmn",
                                       self.tr("BPMN 2.0 (*.bpmn)"))
        if path is None:
            return False
        try:
            write_bpmn(project, process_id, path)
        except (OSError, ValueError) as error:
            self._failed(self.tr("Cannot export"), error)
            return False
        self._written(path)
        return True

    def export_minutes(self, path: Path | None = None) -> bool:
        """Decisions, action items and comments as Excel or PDF minutes."""
        from jcloud_desk.io.reports.minutes_xlsx import write_minutes_xlsx
        from jcloud_desk.ui.export.pdf_report import write_minutes_pdf

        if self._document.opened is None:
            return False
        project = self._document.opened.project
        path = path or self._save_path(self.tr("Export minutes"), f"{project.meta.name}_議事録.xlsx",
                                       self.tr("Excel (*.xlsx);;PDF (*.pdf)"))
        if path is None:
            return False
        try:
            if path.suffix.lower() == ".pdf":
                write_minutes_pdf(project, path, self.w.font())
            else:
                write_minutes_xlsx(project, path)
        except (OSError, ValueError) as error:
            self._failed(self.tr("Cannot export"), error)
            return False
        self._written(path)
        return True

    def export_json(self, path: Path | None = None) -> bool:
        """The whole project as versioned JSON (for version control and exchange)."""
        from jcloud_desk.services.flow_import_service import FlowImportService
        if self._document.opened is None:
            return False
        path = path or self._save_path(self.tr("Export JSON"), f"{self._document.opened.project.meta.name}.json",
                                       self.tr("JSON (*.json)"))
        if path is None:
            return False
        try:
            FlowImportService().export_json(self._document.opened.project, path)
        except (OSError, ValueError) as error:
            self._failed(self.tr("Cannot export"), error)
            return False
        self._written(path)
        return True
