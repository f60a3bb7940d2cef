"""Write ``suggestion_labels.csv``: the labelled set for catalogue suggestions, read from the bundled sample.

Usage (from the repository root)::

    .venv/bin/python tests/analysis/data/make_suggestion_labels.py

One row per step of ``sample_projects/juminkiroku_sample.jcdesk`` that has links: its process name, its label and
the codes (機能ID) of the functions it links to, space-separated and sorted (帳票 links come from the 使用帳票
text, not from text matching). A suggestion for the label "hits" when one
of those codes is among the top 5. Rerun after rebuilding the sample; ``test_matching`` checks the file is current.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # run as a script: make the checkout importable
    sys.path.insert(0, str(ROOT))

from jcloud_desk.domain.project import Project  # noqa: E402
from jcloud_desk.paths import default_sample_path  # noqa: E402
from jcloud_desk.storage.repository import ProjectRepository  # noqa: E402

CSV_PATH = Path(__file__).resolve().parent / "suggestion_labels.csv"
HEADER = ("process", "step_label", "expected_codes")


def label_rows(project: Project) -> list[tuple[str, str, str]]:
    """(process name, step label, sorted space-separated item codes) per linked step, processes in display order."""
    rows = []
    for process in project.processes():
        for step in project.steps_of(process.id):
            codes = sorted({project.item[link.item_id].code for link in project.links_of_step(step.id)
                            if link.item_id in project.item and not project.item[link.item_id].is_form})
            if codes:
                rows.append((process.name, step.label, " ".join(codes)))
    return rows


def main() -> int:
    """Read the sample read-only and (re)write the CSV."""
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        project = repository.load()
    rows = label_rows(project)
    with CSV_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {CSV_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
