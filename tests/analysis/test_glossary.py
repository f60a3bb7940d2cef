"""One glossary: the workbook headers, the PDF/GUI translations and the CLI use its terms, never the words it
replaces (プロセス, 決定状況, 割り勘)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from jcloud_desk.analysis import glossary
from jcloud_desk.io.reports import group_report_xlsx, minutes_xlsx, report_xlsx
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _avoided(text: str) -> list[str]:
    return [word for word in glossary.AVOID if word in text]


def test_steps_count_says_which_steps_are_judged() -> None:
    assert glossary.steps_count(32, 17) == "手順 32（うち判定対象の作業 17）"


def test_workbook_headers_use_the_glossary() -> None:
    headers = [*report_xlsx.LEDGER_HEADERS, *report_xlsx.CUSTOMIZATION_HEADERS, *report_xlsx.DIFF_HEADERS,
               *report_xlsx.UNREFERENCED_HEADERS, group_report_xlsx.SHEET_REQUESTS,
               *(h for headers in minutes_xlsx.HEADERS.values() for h in headers)]
    assert not [h for h in headers if _avoided(h)], headers
    assert glossary.PROCESS in report_xlsx.LEDGER_HEADERS and glossary.DECISION in report_xlsx.LEDGER_HEADERS
    assert glossary.COST_SHARE in group_report_xlsx.SHEET_REQUESTS


def test_japanese_translations_use_the_glossary() -> None:
    i18n = load_script(ROOT / "tools" / "i18n.py")
    sources = {message.findtext("source") for message in ET.parse(ROOT / "resources" / "i18n" /
                                                                  "jcloud_desk_ja.ts").iter("message")}
    used = {source: text for source, text in i18n.TRANSLATIONS.items() if source in sources}
    offending = {source: text for source, text in used.items()
                 if _avoided(text) and "サブプロセス" not in text}
    assert not offending, offending
    for source, term in (("Process", glossary.PROCESS), ("Decision", glossary.DECISION),
                         ("Lane", glossary.LANE), ("Verdict", glossary.VERDICT), ("Step", glossary.STEP)):
        assert used[source] == term


def test_cli_info_counts_steps_and_judged_tasks(tmp_path: Path) -> None:
    sample = tmp_path / "s.jcdesk"
    run = [sys.executable, "-m", "jcloud_desk"]
    subprocess.run([*run, "sample", str(sample)], check=True, capture_output=True)
    out = subprocess.run([*run, "info", str(sample)], check=True, capture_output=True, text=True).stdout
    assert glossary.steps_count(32, 17) in out and "業務フロー 転入届" in out
