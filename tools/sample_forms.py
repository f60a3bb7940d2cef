"""The 帳票 / vendor part of the bundled sample (used by ``tools/build_sample.py``).

Adds to the sample project: the 帳票一覧 (``resources/catalogs/juki-std-v1-ch3-forms.csv``, written for this
project from the catalogue's 帳票 requirements, see ``resources/catalogs/SOURCE.md``) as 帳票 items of the same
catalogue, links of four steps to their 帳票 (other steps keep only their 使用帳票 text, so the links panel offers
suggestions), みどり市's 現行帳票 inventory, a fictitious vendor's conformance answer (「A社 標準パッケージ」, the
project's chosen vendor), the go-live date and the option decisions. The inventory and the answer are also written
as the CSV files in ``sample_projects/`` that a new user can import (``main``); a test checks they match the project.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from jcloud_desk.domain.catalog import Catalog, CatalogItem, ItemKind
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.ids import stable_id
from jcloud_desk.domain.project import Project
from jcloud_desk.domain.vendor import OptionDecision, OptionStatus, option_decision_id
from jcloud_desk.io.catalog.mapping import CatalogMeta, apply_mapping, guess_mapping
from jcloud_desk.io.catalog.table import open_table
from jcloud_desk.io.forms.inventory import read_inventory
from jcloud_desk.io.forms.vendor_answers import read_vendor_answers
from jcloud_desk.paths import resources_dir, sample_projects_dir

NAMESPACE = "juminkiroku-sample"  # the id namespace of tools/build_sample.py
FORMS_FILE = "juki-std-v1-ch3-forms.csv"
INVENTORY_FILE = "現行帳票_みどり市.csv"
VENDOR_FILE = "ベンダー回答_A社.csv"
VENDOR = "A社 標準パッケージ"
GO_LIVE = "2026-04-01"

#: (process key, step key, 帳票ID) links to 帳票 items.
FORM_LINKS: tuple[tuple[str, str, str], ...] = (
    ("tennyu", "chk", "JUKI1-F04"), ("tenshutsu", "cert", "JUKI1-F03"), ("utsushi", "print", "JUKI1-F01"),
    ("utsushi", "notify", "JUKI1-F10"),
)

INVENTORY_HEADER = ("帳票名", "送付先", "年間件数", "帳票ID", "差異", "対応方法", "備考")
INVENTORY: tuple[tuple[str, ...], ...] = (
    ("住民票の写し（市独自様式）", "請求者", "38000", "JUKI1-F01", "様式の差異", "標準帳票を使用",
     "見出しと注意書きが市独自。標準様式に切り替える"),
    ("転出証明書", "転出者", "2100", "JUKI1-F03", "印字項目の差異", "標準帳票を使用",
     "「転出先の窓口案内」欄は印字しない"),
    ("異動入力確認票（決裁欄付き）", "市民課 係長", "3600", "JUKI1-F04", "印字項目の差異", "EUCで作成",
     "決裁欄が標準にない。確認票データから EUC で決裁欄付きを作る"),
    ("住民票の写し等交付通知書", "本人通知の登録者", "150", "JUKI1-F10", "様式の差異", "",
     "封筒の窓位置が異なる。対応未定"),
    ("証明書交付件数集計表", "市民課長", "12", "独自帳票", "標準にない帳票", "EUCで作成", "月次。交付履歴から集計"),
    ("転入手続きチェックリスト", "転入者", "3600", "独自帳票", "標準にない帳票", "独自施策システム",
     "庁内案内システムで出力"),
    ("郵送転出届受付簿", "市民課", "500", "独自帳票", "不要になる帳票", "廃止",
     "電子申請（マイナポータル）と交付履歴で代替"),
    ("支援措置連絡票", "関係課・県警", "40", "独自帳票", "標準にない帳票", "県・関係機関と協議", "様式を県と協議中"),
)

VENDOR_HEADER = ("機能ID", "帳票ID", "回答", "提供予定日", "コメント", "費用")
#: Items the fictitious vendor answers ○ without a comment. Of the others, JUKI1-6.1-M × is a finding,
#: JUKI1-7.2.3-M after go-live is a 提供時期 risk on 「庁内他業務システムへ連携」 (改定要望 is no interim
#: answer); JUKI1-10.8-M and JUKI1-4.1.3.0.4-M stay unanswered.
PROVIDED: tuple[str, ...] = (
        "JUKI1-1.1.13-M", "JUKI1-1.1.16-M", "JUKI1-1.1.5-M", "JUKI1-1.3.7-M", "JUKI1-1.3.8-M", "JUKI1-1.3.9-M",
        "JUKI1-2.1.2-M", "JUKI1-2.1.3-M", "JUKI1-2.2.4-M", "JUKI1-3.1-M", "JUKI1-3.2-M", "JUKI1-3.4-M",
        "JUKI1-4.0.1-M", "JUKI1-4.0.2-M", "JUKI1-4.0.3-M", "JUKI1-4.0.6-M", "JUKI1-4.0.7-M", "JUKI1-4.0.8-M",
        "JUKI1-4.0.9-M", "JUKI1-4.1.0.1-M", "JUKI1-4.1.0.2-M", "JUKI1-4.1.1.1-M", "JUKI1-4.1.1.2-M",
        "JUKI1-4.1.1.3-M", "JUKI1-4.1.2.1-M", "JUKI1-4.1.3.0.1-M", "JUKI1-4.1.3.0.2-M", "JUKI1-4.1.3.0.3-M",
        "JUKI1-4.1.3.1.1-M", "JUKI1-4.2.0.2-M", "JUKI1-4.3.1-M", "JUKI1-4.4-M", "JUKI1-5.1-M", "JUKI1-5.2-M",
        "JUKI1-5.5-M", "JUKI1-5.6-M", "JUKI1-5.8-M", "JUKI1-7.1.1.1-M", "JUKI1-7.1.1.3-M", "JUKI1-7.1.1.4-M",
        "JUKI1-7.1.2.1-M", "JUKI1-7.2.1-M", "JUKI1-10.1-M", "JUKI1-10.7-M", "JUKI1-1.3.5-O",
)
VENDOR_ANSWERS: tuple[tuple[str, ...], ...] = (
    *((code, "", "○", "", "", "") for code in PROVIDED),
    ("JUKI1-6.1-M", "", "×", "", "統計は EUC ツールで作成していただく想定", ""),
    ("JUKI1-7.2.3-M", "", "△", "2026-10-01", "庁内連携の一部（介護）は次期バージョンで提供", ""),
    ("JUKI1-8.1.1-O", "", "オプション", "", "本人通知オプション", "月額 2万円"),
    ("JUKI1-8.1.2-O", "", "オプション", "", "本人通知オプション", "（8.1.1 に含む）"),
    ("JUKI1-8.1.3-O", "", "オプション", "", "本人通知オプション", "（8.1.1 に含む）"),
    ("JUKI1-4.1.3.1.2-O", "", "オプション", "2026-10-01", "", "初期 30万円"),
    ("JUKI1-7.1.1.3-O", "", "×", "", "提供予定なし", ""),
    ("", "JUKI1-F01", "○", "", "", ""), ("", "JUKI1-F02", "○", "", "", ""), ("", "JUKI1-F03", "○", "", "", ""),
    ("", "JUKI1-F04", "△", "", "決裁欄なし（画面確認のみ）", ""), ("", "JUKI1-F05", "○", "", "", ""),
    ("", "JUKI1-F06", "○", "", "", ""), ("", "JUKI1-F07", "オプション", "", "", "初期 10万円"),
    ("", "JUKI1-F08", "○", "", "", ""), ("", "JUKI1-F09", "○", "2026-06-01", "CSV 出力は次期バージョン", ""),
    ("", "JUKI1-F10", "オプション", "", "本人通知オプションに含む", ""),
)

#: みどり市's option decisions: (code, status, reason).
DECISIONS: tuple[tuple[str, OptionStatus, str], ...] = (
    ("JUKI1-8.1.1-O", OptionStatus.ADOPTED, "本人通知制度を実施している"),
    ("JUKI1-8.1.2-O", OptionStatus.ADOPTED, "本人通知制度を実施している"),
    ("JUKI1-8.1.3-O", OptionStatus.ADOPTED, "本人通知制度を実施している"),
    ("JUKI1-1.3.5-O", OptionStatus.ADOPTED, "地区別の統計に使う"),
    ("JUKI1-7.1.1.3-O", OptionStatus.PENDING, "ベンダーが提供しない。窓口での申請書出力の要否を検討中"),
    ("JUKI1-4.1.3.1.2-O", OptionStatus.REJECTED, "CS からの自動取込みは費用に見合わない（件数が少ない）"),
)
DECIDED_ON = "2025-06-30"
DECIDED_BY = "市民課長"


def form_items(catalog: Catalog, first_sort: int) -> list[CatalogItem]:
    """The 帳票 of the bundled 帳票一覧 as items of ``catalog`` (read with the ordinary importer)."""
    with open_table(resources_dir() / "catalogs" / FORMS_FILE) as table:
        meta = CatalogMeta(catalog.name, catalog.version, item_kind=ItemKind.FORM)
        _catalog, items, problems = apply_mapping(table, guess_mapping(table.headers), meta, first_sort)
    if problems:
        raise ValueError("; ".join(map(str, problems)))
    return [dataclasses.replace(item, catalog_id=catalog.id) for item in items]


def write_files(folder: Path) -> tuple[Path, Path]:
    """Write the inventory and the vendor answer as UTF-8 (BOM) CSV, as Excel users open them."""
    paths = []
    for name, header, rows in ((INVENTORY_FILE, INVENTORY_HEADER, INVENTORY), (VENDOR_FILE, VENDOR_HEADER,
                                                                                VENDOR_ANSWERS)):
        path = folder / name
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        paths.append(path)
    return paths[0], paths[1]


def _sample_id(*parts: str) -> str:
    return stable_id(NAMESPACE, *parts)


def add_forms_and_vendor(project: Project, catalog: Catalog, folder: Path | None = None) -> None:
    """Add 帳票 items and links, the inventory, the vendor answer, the go-live date and the option decisions."""
    items = form_items(catalog, len(project.items_of(catalog.id)))
    project.item.update((item.id, item) for item in items)
    by_code = {item.code: item for item in items}
    for process_key, step_key, code in FORM_LINKS:
        link_id = _sample_id(process_key, "link", step_key, code)
        project.link[link_id] = Link(link_id, _sample_id(process_key, "step", step_key), by_code[code].id)
    folder = folder or sample_projects_dir()
    inventory, answers = folder / INVENTORY_FILE, folder / VENDOR_FILE
    for row in read_inventory(inventory):
        project.current_form[row.form.id] = row.form
    for answer in read_vendor_answers(answers, catalog.name, VENDOR):
        project.vendor_answer[answer.answer.id] = answer.answer
    project.meta.go_live_on = GO_LIVE
    project.meta.vendor = VENDOR  # the vendor the municipality procured (configure --vendor)
    for code, status, reason in DECISIONS:
        decision_id = option_decision_id("", catalog.name, code)
        project.option_decision[decision_id] = OptionDecision(decision_id, catalog.name, code, "", status, reason,
                                                              DECIDED_ON, DECIDED_BY)
