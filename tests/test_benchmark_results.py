"""benchmarks/RESULTS.md: each benchmark script replaces only its own section; benchmarks.regenerate runs them all."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from benchmarks.baselines import missing, require
from benchmarks.regenerate import SCRIPTS
from benchmarks.regenerate import main as regenerate_main
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


def test_the_one_regenerating_command_runs_every_script_that_owns_a_section_in_the_files_order() -> None:
    folder = Path(__file__).resolve().parents[1] / "benchmarks"
    owners = {p.stem for p in folder.glob("*.py") if "write_section(SECTION" in p.read_text(encoding="utf-8")}
    assert set(SCRIPTS) == owners
    text = (folder / "RESULTS.md").read_text(encoding="utf-8")
    order = [text.index(importlib.import_module(f"benchmarks.{name}").SECTION + "\n") for name in SCRIPTS]
    assert order == sorted(order)


def test_without_graphviz_the_sections_that_compare_with_it_are_not_rewritten(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot here
    results = Path(__file__).resolve().parents[1] / "benchmarks" / "RESULTS.md"
    before = results.read_bytes()
    assert "Graphviz dot (layout comparison): apt-get install -y graphviz" in missing("dot", "grandalf")
    with pytest.raises(SystemExit) as exited:
        require("dot")
    assert exited.value.code == 2
    assert regenerate_main([]) == 2  # checked before any script runs
    assert "apt-get install -y graphviz" in capsys.readouterr().err
    assert regenerate_main(["--skip", "layout_bench", "bench_all", "suggest_bench", "group_bench",
                            "revision_match_bench", "startup_bench", "fresh_install_bench"]) == 0  # nothing to run
    assert results.read_bytes() == before
