"""TransferDialogs: imports (function lists, flows, JSON) and exports (Excel/PDF reports, BPMN, images, JSON).

Every import is one undoable edit with a summary of what came in; every export writes a temporary file and
renames it, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from jcloud_desk.io.errors import FormatError
from jcloud_desk.ui.dialogs.flow_import_dialog import FlowImportPreviewDialog
from jcloud_desk.ui.document import ProjectDocument
from jcloud_desk.ui.export.diagram_export import DiagramExporter
from jcloud_desk.ui.export.pdf_report import write_minutes_pdf, write_pdf_report
from jcloud_desk.ui.scene.process_scene import ProcessScene


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
            QMessageBox.information(self.w, self.tr("Read-only"), self.tr("The project is open read-only."))
            return False
        return True

    def _failed(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.w, title, str(error))

    # --- imports ---------------------------------------------------------------------------------
    def import_catalog(self, path: Path | None = None) -> bool:
        """The mapping dialog, then one undoable edit; a re-import reports what changed."""
        from jcloud_desk.services.catalog_service import describe_diff, import_edit
        from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog
        if not self._ready() or self._document.opened is None:
            return False
        dialog = CatalogImportDialog(self.w, path)
        if not dialog.exec() or dialog.result_import is None:
            return False
        try:
            edit, diff = import_edit(self._document.opened.project, dialog.result_import)
        except (FormatError, ValueError) as error:
            self._failed(self.tr("Cannot import"), error)
            return False
        self._document.push(edit, self.tr("Import function list"))
        lines = [self.tr("{n} items imported.").format(n=len(dialog.result_import.items))]
        if diff is not None:
            lines += describe_diff(diff)
        QMessageBox.information(self.w, self.tr("Function list imported"), "\n".join(lines[:40]))
        return True

    def import_flow(self, path: Path | None = None) -> bool:
        """BPMN, step list (CSV/xlsx) or Mermaid → new processes (laid out when the file has no positions)."""
        from jcloud_desk.services.flow_import_service import FlowImportService
        if not self._ready() or self._document.opened is None:
            return False
        if path is None:
            text, _f = QFileDialog.getOpenFileName(
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
        QMessageBox.information(self.w, self.tr("Flow imported"), text)
        if created:
            self._document.set_process(created[0].id)
        return True

    # --- exports ---------------------------------------------------------------------------------
    def _save_path(self, title: str, suggestion: str, filters: str) -> Path | None:
        text, _f = QFileDialog.getSaveFileName(self.w, title, suggestion, filters)
        return Path(text) if text else None

    def export_report(self, path: Path | None = None) -> bool:
        """Excel or PDF Fit&Gap report."""
        from jcloud_desk.services.report_service import build_report_data, write_report
        if self._document.opened is None:
            return False
        project = self._document.opened.project
        path = path or self._save_path(self.tr("Export report"), f"{project.meta.name}_FitGap.xlsx",
                                       self.tr("Excel (*.xlsx);;PDF (*.pdf)"))
        if path is None:
            return False
        QApplication.setOverrideCursor(self.w.cursor())
        try:
            if path.suffix.lower() == ".pdf":
                data = build_report_data(project, datetime.now().strftime("%Y-%m-%d %H:%M"))
                write_pdf_report(project, data, path, self.w.font())
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
            value, ok = QInputDialog.getInt(self.w, self.tr("Image resolution"),
                                            self.tr("DPI (300 or more for posters):"), 300, 72, 1200)
            if not ok:
                return False
            dpi = value
        try:
            DiagramExporter(project, process_id, self.w.font(), self._scene.show_verdicts).write(path, dpi or 300)
        except (OSError, ValueError) as error:
            self._failed(self.tr("Cannot export"), error)
            return False
        self._written(path)
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
