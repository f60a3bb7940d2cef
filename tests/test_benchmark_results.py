"""benchmarks/RESULTS.md: each benchmark script replaces only its own section."""

from __future__ import annotations

from pathlib import Path

from benchmarks.results_file import write_section


def test_a_section_is_replaced_in_place_and_others_are_kept(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    write_section("## Auto-layout", "old layout table", "# Benchmark results\n\nMachine: test.\n", results)
    write_section("## Suggestions", "suggestion table", results=results)
    write_section("## Auto-layout", "new layout table\n", results=results)
    assert results.read_text(encoding="utf-8") == (
        "# Benchmark results\n\nMachine: test.\n\n## Auto-layout\n\nnew layout table\n\n"
        "## Suggestions\n\nsuggestion table\n"
    )
