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

from jcloud_desk.paths import resources_dir

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
