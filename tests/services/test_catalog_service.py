"""import_edit: a catalogue import is one undoable edit; a new version reports its diff and keeps links by code."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from jcloud_desk.domain.catalog import CatalogKind, ImplClass
from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.project import Project, Ref
from jcloud_desk.io.catalog.importer import CatalogImport, ColumnMapping, read_catalog
from jcloud_desk.paths import resources_dir
from jcloud_desk.services.catalog_service import (
    CatalogConflictError,
    catalogs_named,
    describe_diff,
    diff_items,
    import_edit,
    latest_catalog,
    saved_mapping,
)
from jcloud_desk.services.edit_session import EditSession
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project

BUNDLED = resources_dir() / "catalogs" / "juki-std-v1-ch3.csv"
NAME = "住民記録システム標準仕様書"  # the catalogue of small_project (version 4.0, items 0010001-0010003)
HEADER = "機能ID,機能名称,実装区分\n"


def project_with_work() -> Project:
    """small_project plus a link to the 実装不可 item and an adopted option (links and options to carry over)."""
    project = small_project()
    project.link["link-prohibited"] = Link(id="link-prohibited", step_id="s-check", item_id="item-prohibited")
    project.meta.adopted_options = ("item-optional", "opt-1")
    return project


def version(tmp_path: Path, label: str, rows: str) -> CatalogImport:
    path = tmp_path / f"v{label}.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return read_catalog(path, NAME, label, source=path.name, imported_at=f"2024-04-0{len(label)}T09:00:00")


V41_ROWS = ("0010001,転入届の登録,実装必須機能\n"  # unchanged
            "0010002,住民票の写しの交付,標準オプション機能\n"  # title changed
            "0010004,転出証明書の発行,実装必須機能\n")  # added; 0010003 removed


def test_first_import_of_the_bundled_catalogue_is_one_undoable_edit() -> None:
    project = small_project()
    original = copy.deepcopy(project)
    imported = read_catalog(BUNDLED, "住民記録 第1.0版 第3章", "第1.0版", "bundled")
    edit, diff = import_edit(project, imported)
    assert diff is None
    session = EditSession(project)
    changes: list[Change] = []
    session.subscribe(changes.append)
    inverse = session.apply(edit)
    assert len(changes[0].added) == 1 + 197
    assert Ref("catalog", imported.catalog.id) in changes[0].added
    assert len(project.items_of(imported.catalog.id)) == 197
    assert project.catalog[imported.catalog.id].previous_id == ""
    assert project.catalog["cat-std"] == original.catalog["cat-std"]  # several catalogues per project
    session.apply(inverse)
    assert project == original


def test_reimport_reports_the_diff_moves_links_by_code_and_undoes(tmp_path: Path) -> None:
    project = project_with_work()
    original = copy.deepcopy(project)
    v41 = version(tmp_path, "4.1", V41_ROWS)
    edit, diff = import_edit(project, v41)
    assert diff is not None
    assert (diff.name, diff.previous_id, diff.previous_version, diff.version) == (NAME, "cat-std", "4.0", "4.1")
    assert diff.added == ["0010004"]
    assert diff.removed == ["0010003"]
    assert diff.changed == [("0010002", ("title",))]
    assert (diff.moved_links, diff.kept_links, diff.moved_options) == (2, {"0010003": 1}, 1)
    assert describe_diff(diff) == [
        "機能一覧「住民記録システム標準仕様書」4.0 → 4.1: 追加 1 件、削除 1 件、変更 1 件",
        "追加: 0010004 転出証明書の発行",
        "削除: 0010003 独自様式の出力（この機能へのリンク 1 件は旧版 4.0 に残ります・要再確認）",
        "変更: 0010002 住民票の写しの交付（機能名称）",
        "リンク 2 件を新しい版の対応する機能へ付け替えました",
        "内容が変わった機能へのリンク 1 件を「要再確認」に入れました",
        "採用済みの標準オプション 1 件を新しい版へ引き継ぎました",
    ]
    assert project == original  # building the edit changes nothing

    session = EditSession(project)
    inverse = session.apply(edit)
    new_id = {i.code: i.id for i in v41.items}
    assert project.catalog[v41.catalog.id].previous_id == "cat-std"
    assert project.link["link-input"].item_id == new_id["0010001"]
    assert project.link["link-issue"].item_id == new_id["0010002"]
    assert project.link["link-issue"].note == "様式が異なる"  # the link itself is kept, only re-pointed
    assert project.link["link-prohibited"].item_id == "item-prohibited"  # removed item: stays on the old version
    assert project.meta.adopted_options == (new_id["0010002"], "opt-1")
    assert "cat-std" in project.catalog and len(project.items_of("cat-std")) == 3
    session.apply(inverse)
    assert project == original


def test_a_third_version_diffs_against_the_latest_and_follows_the_links(tmp_path: Path) -> None:
    project = project_with_work()
    session = EditSession(project)
    v41 = version(tmp_path, "4.1", V41_ROWS)
    session.apply(import_edit(project, v41)[0])
    v42 = version(tmp_path, "4.2.0", V41_ROWS.replace("標準オプション機能", "実装必須機能"))
    edit, diff = import_edit(project, v42)
    assert diff is not None
    assert (diff.previous_id, diff.added, diff.removed) == (v41.catalog.id, [], [])
    assert diff.changed == [("0010002", ("impl_class",))]
    assert diff.class_changes == {"0010002": (ImplClass.OPTIONAL, ImplClass.MANDATORY)}
    assert describe_diff(diff)[1] == "変更: 0010002 住民票の写しの交付（実装区分（標準オプション機能 → 実装必須機能））"
    session.apply(edit)
    assert [c.version for c in catalogs_named(project, NAME)] == ["4.0", "4.1", "4.2.0"]
    assert latest_catalog(project, NAME) == project.catalog[v42.catalog.id]
    assert project.item[project.link["link-input"].item_id].catalog_id == v42.catalog.id
    assert saved_mapping(project, NAME) == ColumnMapping(code="機能ID", title="機能名称", impl_class="実装区分")
    assert saved_mapping(project, "ほかの一覧") is None
    with pytest.raises(CatalogConflictError, match="すでに取り込まれています"):
        import_edit(project, v42)


def test_an_unchanged_version_says_so(tmp_path: Path) -> None:
    project = small_project()
    same = version(tmp_path, "4.0.1", "0010001,転入届の登録,実装必須機能\n0010002,写しの交付,標準オプション機能\n"
                   "0010003,独自様式の出力,実装不可機能\n")
    _edit, diff = import_edit(project, same)
    assert diff is not None and diff.is_empty
    assert describe_diff(diff)[:2] == [
        "機能一覧「住民記録システム標準仕様書」4.0 → 4.0.1: 追加 0 件、削除 0 件、変更 0 件",
        "機能の追加・削除・変更はありません",
    ]


def test_diff_compares_content_fields_but_not_order_or_source_row(tmp_path: Path) -> None:
    old = version(tmp_path, "1", "A,機能A,必須\nB,機能B,不可\n").items
    new = version(tmp_path, "2", "B,機能B,不可\nA,機能A,必須\n").items
    assert diff_items(old, new).is_empty


def test_vendor_list_and_standard_are_separate_catalogues(tmp_path: Path) -> None:
    project = small_project()
    vendor = read_catalog(Path(__file__).resolve().parent.parent / "data" / "catalogs" / "vendor_package_cp932.csv",
                          "サンプル住民情報パッケージ", "Ver.5.2", kind=CatalogKind.VENDOR_PACKAGE)
    edit, diff = import_edit(project, vendor)
    assert diff is None
    EditSession(project).apply(edit)
    assert sorted(c.name for c in project.catalog.values()) == sorted([NAME, "サンプル住民情報パッケージ"])


def test_import_and_undo_are_persisted(tmp_path: Path) -> None:
    opened = ProjectService().create_from(tmp_path / "p.jcdesk", project_with_work())
    try:
        original = copy.deepcopy(opened.project)
        v41 = version(tmp_path, "4.1", V41_ROWS)
        inverse = opened.session.apply(import_edit(opened.project, v41)[0])
        with ProjectRepository.open(opened.path, read_only=True) as repository:
            on_disk = repository.load()
        assert on_disk == opened.project
        stored = on_disk.catalog[v41.catalog.id]
        assert (stored.previous_id, stored.column_mapping["title"]) == ("cat-std", "機能名称")
        assert on_disk.item[v41.items[0].id].source_locator == "v4.1.csv:2"
        opened.session.apply(inverse)
        with ProjectRepository.open(opened.path, read_only=True) as repository:
            assert repository.load() == original
    finally:
        opened.close()
