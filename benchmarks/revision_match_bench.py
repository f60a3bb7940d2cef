"""Revision matching quality on the bundled catalogue: how many renumbered items the similarity proposals pair right.

Run ``.venv/bin/python -m benchmarks.revision_match_bench`` (``--write`` replaces the "## Revision matching" section of
``benchmarks/RESULTS.md``).

The old version is the bundled 197 items (住民記録システム標準仕様書 第3章). The new version gives **every** item a new
機能ID and no legacy id, so nothing pairs by code or legacy id and every pair must come from wording; its texts are
edited deterministically like a real revision: a sentence added to 30 % of the items, one sentence dropped from
15 %, the title changed for 15 %, and 10 % of the items removed and replaced by unrelated new ones (recombined
sentences of other items). Scores: precision (right proposals / proposals), recall (right proposals / items that
still exist), for the shipped scorer (title + text) against title-only and text-only baselines, at several
thresholds.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
from collections.abc import Callable
from dataclasses import replace

from benchmarks.results_file import write_section
from jcloud_desk.analysis import revision_match
from jcloud_desk.analysis.revision_match import PROPOSAL_THRESHOLD, dice, match_items
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.io.catalog.importer import read_catalog
from jcloud_desk.paths import resources_dir

SECTION = "## Revision matching"
SEED = 20261203
_SENTENCE = re.compile(r"[^。\n]+[。]?")


def bundled() -> list[CatalogItem]:
    """The bundled catalogue's items."""
    return read_catalog(resources_dir() / "catalogs" / "juki-std-v1-ch3.csv", "bench", "1").items


def revised(old: list[CatalogItem], seed: int = SEED) -> tuple[list[CatalogItem], dict[str, str]]:
    """The edited new version and the true old id → new id pairs (removed items have none)."""
    rng = random.Random(seed)
    new, truth = [], {}
    for number, item in enumerate(old):
        roll = rng.random()
        sentences = _SENTENCE.findall(item.text)
        if roll < 0.10:
            a, b = rng.choice(old), rng.choice(old)
            mixed = _SENTENCE.findall(a.text)[:1] + _SENTENCE.findall(b.text)[-1:]
            new.append(replace(item, id=f"n{number}", code=f"NEW-{number:04d}", legacy_code="",
                               title=f"{b.title}の追加機能", text="".join(mixed)))
            continue
        title, text = item.title, item.text
        if roll < 0.40:
            text = text + "\n" + rng.choice(old).text[:40] + "できること。"
        elif roll < 0.55 and len(sentences) > 1:
            sentences.pop(rng.randrange(len(sentences)))
            text = "".join(sentences)
        if rng.random() < 0.15:
            title = title + "（見直し）" if rng.random() < 0.5 else title[: max(2, len(title) - 3)] + "等"
        new.append(replace(item, id=f"n{number}", code=f"NEW-{number:04d}", legacy_code="", title=title, text=text))
        truth[item.id] = f"n{number}"
    return new, truth


def score(old: list[CatalogItem], new: list[CatalogItem], truth: dict[str, str], threshold: float) -> tuple[int, int]:
    """(proposals, right proposals) of ``match_items`` at ``threshold``."""
    proposals = match_items(old, new, threshold).proposals
    return len(proposals), sum(truth.get(p.old_id) == p.new_id for p in proposals)


def with_scorer(scorer: Callable[[CatalogItem, CatalogItem], float], run: Callable[[], tuple[int, int]]
                ) -> tuple[int, int]:
    """Run ``run`` with ``revision_match.similarity`` replaced by ``scorer``."""
    shipped = revision_match.similarity
    setattr(revision_match, "similarity", scorer)  # noqa: B010 (a module function swapped for the run)
    try:
        return run()
    finally:
        setattr(revision_match, "similarity", shipped)  # noqa: B010


def report() -> str:
    """The markdown table."""
    old = bundled()
    new, truth = revised(old)
    scorers: dict[str, Callable[[CatalogItem, CatalogItem], float]] = {
        "title + text (shipped)": revision_match.similarity,
        "title only": lambda a, b: dice(a.title, b.title),
        "text only": lambda a, b: dice(a.text, b.text),
    }
    lines = ["| scorer | threshold | proposals | right | precision | recall |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, scorer in scorers.items():
        for threshold in (0.3, PROPOSAL_THRESHOLD, 0.6):
            proposed, right = with_scorer(scorer, functools.partial(score, old, new, truth, threshold))
            precision = right / proposed if proposed else 0.0
            lines.append(f"| {name} | {threshold:.2f} | {proposed} | {right} | {precision:.3f} | "
                         f"{right / len(truth):.3f} |")
    lines += ["", f"{len(old)} old items, {len(new)} new items (all renumbered, none with a legacy id), "
              f"{len(truth)} true pairs, {len(old) - len(truth)} removed and replaced; seed {SEED}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print (and with ``--write`` record) the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the table into benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    body = report()
    print(body)
    if args.write:
        write_section(SECTION, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
