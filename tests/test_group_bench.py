"""benchmarks/group_bench.py builds real member files whose merge brings in every member's work, conflict-free."""

from __future__ import annotations

from pathlib import Path

from benchmarks import group_bench


def test_two_members_merge_into_the_group_without_conflicts(tmp_path: Path) -> None:
    build = group_bench.build_files(tmp_path, 2)
    per_member = build["per_member"]["steps"]
    assert per_member == group_bench.PROCESSES * group_bench.STEPS

    merged = group_bench.measure_merge(tmp_path, 2)
    assert merged["conflicts"] == 0
    assert merged["steps"] == 2 * per_member

    analysis = group_bench.measure_analysis(tmp_path, 2)
    assert analysis["steps"] == 2 * per_member
    assert (tmp_path / "group-report-2.xlsx").stat().st_size > 0
    assert analysis["report_cells"] > 2 * per_member
