"""A hand-checked revision of the bundled catalogue (resources/catalogs/juki-std-v1-ch3.csv) for revision tests.

``write_revision`` writes 「第1.1版」: the bundled 197 rows with exactly these changes (each item is linked in the
bundled sample project unless noted):

* removed: ``JUKI1-4.0.9-M`` (入力確認票 — linked once) and ``JUKI1-9.1-M`` (not linked);
* retitled: ``JUKI1-4.0.8-M`` (linked twice);
* reworded: ``JUKI1-4.4-M`` (one sentence added to the text, linked once);
* reclassified: ``JUKI1-7.1.1.3-O`` 標準オプション機能 → 実装必須機能 (linked once);
* renumbered with a legacy id: ``JUKI1-5.6-M`` → ``JUKI2-5.6-M`` (旧機能ID column names the old code);
* renumbered without one: ``JUKI1-1.3.9-M`` → ``JUKI2-1.3.9-M`` (found by similarity, to confirm);
* added: ``JUKI2-11.1-M``.

The file has the columns 機能ID, 旧機能ID, 機能名称, 分類パス, 実装区分, 機能要件 (no 要件番号).
"""

from __future__ import annotations

import csv
from pathlib import Path

from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.project import Project
from jcloud_desk.io.catalog.importer import CatalogImport, read_catalog_workbook
from jcloud_desk.paths import default_sample_path, resources_dir
from jcloud_desk.services.catalog_service import CatalogDiff, import_edit
from jcloud_desk.services.edit_session import EditSession
from jcloud_desk.storage.repository import ProjectRepository

BUNDLED = resources_dir() / "catalogs" / "juki-std-v1-ch3.csv"
REMOVED = ("JUKI1-4.0.9-M", "JUKI1-9.1-M")
RETITLED = "JUKI1-4.0.8-M"
NEW_TITLE = "審査・決裁（本登録・仮登録の取消しを含む）"
REWORDED = "JUKI1-4.4-M"
ADDED_SENTENCE = "なお、処理結果は操作履歴として記録できること。"
RECLASSIFIED = "JUKI1-7.1.1.3-O"
RENUMBERED_LEGACY = ("JUKI1-5.6-M", "JUKI2-5.6-M")
RENUMBERED_SIMILAR = ("JUKI1-1.3.9-M", "JUKI2-1.3.9-M")
ADDED = "JUKI2-11.1-M"
VERSION = "第1.1版"
CATALOG_NAME = "住民記録システム標準仕様書"  # the sample's catalogue name


def bundled_rows() -> list[dict[str, str]]:
    """The rows of the bundled catalogue."""
    with open(BUNDLED, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_revision(path: Path) -> Path:
    """Write the revised catalogue described in the module docstring to ``path``."""
    rows = []
    for row in bundled_rows():
        code, legacy = row["item_id"], ""
        if code in REMOVED:
            continue
        title, text, impl = row["title"], row["text"], row["class_current"]
        if code == RETITLED:
            title = NEW_TITLE
        if code == REWORDED:
            text = text + "\n" + ADDED_SENTENCE
        if code == RECLASSIFIED:
            impl = "実装必須機能"
        if code == RENUMBERED_LEGACY[0]:
            code, legacy = RENUMBERED_LEGACY[1], RENUMBERED_LEGACY[0]
        if code == RENUMBERED_SIMILAR[0]:
            code = RENUMBERED_SIMILAR[1]
        rows.append([code, legacy, title, row["path"], impl, text])
    rows.append([ADDED, "", "標準化基準への適合確認", "11. その他 > 11.1. 適合確認", "実装必須機能",
                 "標準化基準に適合していることを確認できること。"])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["機能ID", "旧機能ID", "機能名称", "分類パス", "実装区分", "機能要件"])
        writer.writerows(rows)
    return path


FORMS = resources_dir() / "catalogs" / "juki-std-v1-ch3-forms.csv"
FUNCTIONS_SHEET, FORMS_SHEET = "機能要件", "帳票要件"


def write_revision_workbook(path: Path, functions: Path | None = None) -> Path:
    """The same revision as an xlsx: the functions above on 「機能要件」, the bundled 帳票 unchanged on 「帳票要件」
    (the sample's catalogue has both, so a revision without its 帳票 would remove them). ``functions``: another
    functions CSV instead (the bundled one: the sample's catalogue again)."""
    import openpyxl

    csv_path = functions if functions is not None else write_revision(path.with_suffix(".csv"))
    workbook = openpyxl.Workbook()
    functions = workbook.active
    assert functions is not None
    functions.title = FUNCTIONS_SHEET
    for source, sheet in ((csv_path, functions), (FORMS, workbook.create_sheet(FORMS_SHEET))):
        with open(source, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                sheet.append(row)
    workbook.save(path)
    return path


def read_revision(path: Path, name: str = CATALOG_NAME, version: str = VERSION, functions: Path | None = None,
                  imported_at: str = "2026-12-03T09:00:00") -> CatalogImport:
    """The revision workbook read as the sample's importer reads it (機能要件 and 帳票要件)."""
    return read_catalog_workbook(write_revision_workbook(path, functions), name, version,
                                 functions_sheet=FUNCTIONS_SHEET, forms_sheet=FORMS_SHEET, imported_at=imported_at)


def load_sample() -> Project:
    """The bundled 住民記録 sample (its catalogue is the bundled one, 第1.0版), read-only."""
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        return repository.load()


def revise_sample(tmp_path: Path, pairs: dict[str, str] | None = None,
                  ) -> tuple[Project, EditSession, Edit, CatalogDiff]:
    """The sample with the 第1.1版 revision imported (``pairs`` as ``import_edit`` takes them); returns the undo."""
    project = load_sample()
    revision = read_revision(tmp_path / "rev.xlsx")
    edit, diff = import_edit(project, revision, pairs=pairs)
    assert diff is not None
    session = EditSession(project)
    inverse = session.apply(edit)
    return project, session, inverse, diff


def code_of(project: Project, item_id: str) -> str:
    """The 機能ID of an item."""
    return project.item[item_id].code
