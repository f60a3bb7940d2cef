"""Catalogue suggestion benchmark: ``SuggestionIndex`` (inverted index) vs brute-force cosine over every item.

Run ``.venv/bin/python -m benchmarks.suggest_bench`` (add ``--write`` to replace, or append, the "## Suggestions"
section of ``benchmarks/RESULTS.md``; other sections are kept).

The catalogue is the bundled sample's 197 real items (住民記録システム標準仕様書 第3章) plus deterministic synthetic
variants that recombine real titles, paths and requirement sentences, 2,000 items in all. The queries are the
labels of the sample's activity steps, cycled to 200. Both methods rank with the same vectors
(``SuggestionIndex.query_vector`` / ``item_vector``), so the baseline differs only in visiting every item instead of
the postings of the query's n-grams; the script checks that both give the same top 5.
"""

from __future__ import annotations

import argparse
import datetime
import heapq
import os
import platform
import random
import re
import statistics
import time
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.results_file import RESULTS, write_section
from jcloud_desk.analysis.matching import SuggestionIndex, build_index
from jcloud_desk.domain.catalog import CatalogItem
from jcloud_desk.domain.project import Project
from jcloud_desk.paths import default_sample_path
from jcloud_desk.storage.repository import ProjectRepository

SECTION = "## Suggestions"
ITEMS = 2000
QUERIES = 200
K = 5
SEED = 20250401
BUILDS = 3
#: Each query runs this many times and keeps its fastest time (filters out scheduler noise on a shared machine).
REPEAT = 3

_SENTENCE = re.compile(r"[^。\n]+[。]?")


@dataclass(frozen=True, slots=True)
class Timings:
    """Per-query times in milliseconds and index build times in seconds."""

    index_ms: list[float]
    naive_ms: list[float]
    build_s: list[float]
    same_top: int


def load_sample() -> Project:
    """The bundled 住民記録 sample, read-only."""
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        return repository.load()


def synthetic_catalogue(real: list[CatalogItem], size: int = ITEMS, seed: int = SEED) -> list[CatalogItem]:
    """``real`` plus recombined variants up to ``size`` items: title halves, paths and sentences of two items."""
    rng = random.Random(seed)
    items = list(real)
    number = 0
    while len(items) < size:
        a, b = rng.choice(real), rng.choice(real)
        cut_a, cut_b = max(1, len(a.title) // 2), max(1, len(b.title) // 2)
        title = a.title[:cut_a] + b.title[cut_b:] if rng.random() < 0.5 else f"{a.title}（{b.title}）"
        sentences = _SENTENCE.findall(a.text) + _SENTENCE.findall(b.text)
        rng.shuffle(sentences)
        text = "".join(sentences[: max(1, len(sentences) // 2)])
        number += 1
        items.append(
            replace(a, id=f"syn-{number:04d}", code=f"SYN-{number:04d}", title=title, path=rng.choice((a, b)).path,
                    text=text, sort=float(len(items)))
        )
    return items


def queries(project: Project, count: int = QUERIES) -> list[str]:
    """Labels of the sample's activity steps (display order of processes), cycled to ``count``."""
    labels = [
        step.label
        for process in project.processes()
        for step in project.steps_of(process.id)
        if step.kind.is_activity and step.label.strip()
    ]
    return [labels[i % len(labels)] for i in range(count)]


def naive_top(index: SuggestionIndex, vectors: list[dict[str, float]], ids: list[str], text: str,
              k: int = K) -> list[str]:
    """Brute force: the cosine of the query with every item vector (dictionary look-ups), then the top ``k``."""
    query = index.query_vector(text)
    scored = []
    for pos, vector in enumerate(vectors):
        score = sum(w * vector.get(gram, 0.0) for gram, w in query.items())
        if score > 0.0:
            scored.append((score, pos))
    best = heapq.nsmallest(k, scored, key=lambda entry: (-entry[0], entry[1]))
    return [ids[pos] for _score, pos in best]


def measure(items: list[CatalogItem], texts: list[str]) -> Timings:
    """Build the index ``BUILDS`` times, then time every query with both methods (best of ``REPEAT`` each)."""
    build_s = []
    index = SuggestionIndex(items)
    for _ in range(BUILDS):
        start = time.perf_counter()
        index = SuggestionIndex(items)
        build_s.append(time.perf_counter() - start)
    vectors = [index.item_vector(pos) for pos in range(len(index))]
    ids = [item.id for item in index.items]
    for text in texts[:10]:  # warm-up (regex and lru caches)
        index.suggest(text, k=K)
        naive_top(index, vectors, ids, text)
    index_ms, naive_ms, same = [], [], 0
    for text in texts:
        fast_times, slow_times = [], []
        for _ in range(REPEAT):
            start = time.perf_counter()
            fast = index.suggest(text, k=K)
            fast_times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            slow = naive_top(index, vectors, ids, text)
            slow_times.append((time.perf_counter() - start) * 1000)
        index_ms.append(min(fast_times))
        naive_ms.append(min(slow_times))
        same += [s.item_id for s in fast] == slow
    return Timings(index_ms, naive_ms, build_s, same)


def sample_quality(project: Project, k: int = K) -> tuple[float, float, int]:
    """Top-``k`` hit rate and MRR of the sample's own index over its linked steps (as in ``test_matching``)."""
    index = build_index(project)
    code_of = {item.id: item.code for item in project.item.values()}
    hits, reciprocal, steps = 0, 0.0, 0
    for step in project.step.values():
        expected = {code_of[link.item_id] for link in project.links_of_step(step.id) if link.item_id in code_of}
        if not expected:
            continue
        ranked = [code_of[s.item_id] for s in index.suggest(step.label, k=len(code_of))]
        rank = next((n for n, code in enumerate(ranked, start=1) if code in expected), None)
        steps += 1
        hits += rank is not None and rank <= k
        reciprocal += 1.0 / rank if rank else 0.0
    return hits / steps, reciprocal / steps, steps


def p95(values: list[float]) -> float:
    """95th percentile (inclusive method)."""
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def machine() -> str:
    """nproc, CPU model and Python version."""
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = f", load average {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    return f"{os.cpu_count()} CPUs (nproc), {model}, Python {platform.python_version()}{load}"


def report(result: Timings, items: int, queries_run: int) -> str:
    """The markdown table of one run."""
    index_median, naive_median = statistics.median(result.index_ms), statistics.median(result.naive_ms)
    build_median = statistics.median(result.build_s)
    rows = [
        "| method | median ms / query | p95 ms / query | index build |",
        "| --- | ---: | ---: | ---: |",
        f"| `SuggestionIndex.suggest` (inverted index, top {K}) | {index_median:.3f} | {p95(result.index_ms):.3f} "
        f"| {min(result.build_s) * 1000:.0f} ms (best of {BUILDS}; median {build_median * 1000:.0f}) |",
        f"| brute-force cosine over all items (same vectors) | {naive_median:.3f} | {p95(result.naive_ms):.3f} | — |",
    ]
    return "\n".join([
        *rows,
        "",
        f"{items} items, {queries_run} queries (best of {REPEAT} runs per query); the inverted index is "
        f"{naive_median / index_median:.1f}× faster than brute force (median); same top {K} in "
        f"{result.same_top}/{queries_run} queries.",
    ])


def main(argv: list[str] | None = None) -> int:
    """Build the 2,000-item catalogue, run 200 queries with both methods, print (and optionally record) results."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the table into benchmarks/RESULTS.md")
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--queries", type=int, default=QUERIES)
    args = parser.parse_args(argv)
    project = load_sample()
    real = build_index(project).items
    items = synthetic_catalogue(real, args.items)
    texts = queries(project, args.queries)
    result = measure(items, texts)
    hit_rate, mrr, steps = sample_quality(project)
    table = report(result, len(items), len(texts)) + (
        f"\n\nQuality on the sample's own catalogue ({len(real)} items): top-{K} hit rate {hit_rate:.3f}, "
        f"MRR {mrr:.3f} over its {steps} linked steps (`tests/analysis/data/suggestion_labels.csv`)."
    )
    print(table)
    if args.write:
        write_section(SECTION, "\n".join([
            f"Measured {datetime.date.today().isoformat()} on {machine()}.",
            "",
            f"Command: `.venv/bin/python -m benchmarks.suggest_bench --write` ({len(real)} real items of the sample "
            f"plus synthetic recombinations, seed {SEED}; queries = the sample's activity-step labels).",
            "",
            table,
        ]))
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
