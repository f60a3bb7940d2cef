"""Imports and exports from the GUI: catalogue mapping dialog, flow import, reports, images, JSON."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from jcloud_desk.paths import resources_dir
from jcloud_desk.ui.dialogs.catalog_import_dialog import CatalogImportDialog
from jcloud_desk.ui.dialogs.flow_import_dialog import FlowImportPreviewDialog
from jcloud_desk.ui.window.main_window import MainWindow

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture()
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture information / warning boxes instead of blocking."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def test_mapping_dialog_guesses_columns_of_the_bundled_catalogue(qtbot: object) -> None:
    dialog = CatalogImportDialog(None, resources_dir() / "catalogs" / "juki-std-v1-ch3.csv")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.fields["code"].currentData() == "item_id"
    assert dialog.fields["title"].currentData() == "title"
    assert dialog.table.rowCount() > 0 and dialog.problems.count() == 0
    dialog.accept_import()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_import is not None and len(dialog.result_import.items) == 197


def test_mapping_dialog_lists_bad_rows_and_refuses(qtbot: object) -> None:
    dialog = CatalogImportDialog(None, DATA / "catalogs" / "duplicate_ids.xlsx")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert texts and any("行" in t for t in texts), texts
    dialog.accept_import()
    assert dialog.result_import is None


def test_import_catalogue_into_project_is_one_undo_step(main_window: MainWindow, small_project_file: Path,
                                                        monkeypatch: pytest.MonkeyPatch, quiet: list[str]) -> None:
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    items_before = len(project.item)
    monkeypatch.setattr(CatalogImportDialog, "exec", lambda self: (self.accept_import(), self.result())[1])
    assert main_window.transfer.import_catalog(DATA / "catalogs" / "vendor_package_cp932.csv")
    assert len(project.item) > items_before
    assert main_window.undo_stack.count() == 1
    assert quiet and "取り込みました" in quiet[-1]
    main_window.undo_stack.undo()
    assert len(project.item) == items_before


def test_import_mermaid_flow_creates_laid_out_processes(main_window: MainWindow, small_project_file: Path,
                                                        quiet: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    previews: list[int] = []
    monkeypatch.setattr(FlowImportPreviewDialog, "exec",
                        lambda self: previews.append(self.tree.topLevelItemCount()) or 1)
    assert main_window.open_path(small_project_file)
    project = main_window.opened.project  # type: ignore[union-attr]
    before = set(project.process)
    assert main_window.transfer.import_flow(DATA / "mermaid" / "jyumin-ido.md")
    created = set(project.process) - before
    assert previews and previews[0] == len(created), "the preview listed what came in"
    assert created and main_window.undo_stack.count() == 1
    assert main_window.scene is not None and main_window.scene.process_id in created
    main_window.undo_stack.undo()
    assert set(project.process) == before


def test_exports_write_files(main_window: MainWindow, small_project_file: Path, tmp_path: Path,
                             quiet: list[str]) -> None:
    assert main_window.open_path(small_project_file)
    t = main_window.transfer
    assert t.export_report(tmp_path / "r.xlsx") and (tmp_path / "r.xlsx").stat().st_size > 1000
    assert t.export_report(tmp_path / "r.pdf") and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert t.export_report(tmp_path / "full.pdf", requirements_appendix=True)
    assert (tmp_path / "full.pdf").read_bytes().startswith(b"%PDF")
    assert t.export_image(tmp_path / "d.png", dpi=150) and (tmp_path / "d.png").read_bytes()[:4] == b"\x89PNG"
    assert t.export_image(tmp_path / "d.svg") and "<svg" in (tmp_path / "d.svg").read_text(encoding="utf-8")
    assert t.export_json(tmp_path / "p.json") and (tmp_path / "p.json").stat().st_size > 100


def test_big_catalogue_is_read_in_the_background(qtbot: object, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    lines = ["機能ID,機能名称,実装区分"] + [f"{i:07d},機能{i},実装必須機能" for i in range(60_000)]
    big.write_text("\n".join(lines), encoding="utf-8")
    dialog = CatalogImportDialog(None, big)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.table.rowCount() > 0
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):  # type: ignore[attr-defined]
        dialog.accept_import()
        assert dialog.task is not None, "big files are read off the GUI thread"
    assert dialog.result_import is not None and len(dialog.result_import.items) == 60_000
