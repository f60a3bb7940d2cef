"""The bundled group sample (sample_projects/group_sample.jcdesk): reproducible, tidy, and the differences it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.analysis.harmonization import CellState, avoidance_summary, item_matrix, step_matrix
from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.project import Project
from jcloud_desk.paths import app_root, sample_projects_dir
from jcloud_desk.storage.repository import ProjectRepository
from tests.scripts import load_script

PATH = sample_projects_dir() / "group_sample.jcdesk"
NAMES = ("みどり市", "あおば町", "さくら村")


@pytest.fixture(scope="module")
def sample() -> Project:
    with ProjectRepository.open(PATH, read_only=True) as repository:
        return repository.load()


def test_rebuilding_gives_the_committed_project(tmp_path: Path, sample: Project) -> None:
    builder = load_script(app_root() / "tools" / "build_group_sample.py")
    target = builder.main(tmp_path / "rebuilt.jcdesk")
    with ProjectRepository.open(target, read_only=True) as repository:
        assert repository.load() == sample


def test_three_municipalities_with_their_own_flows(sample: Project) -> None:
    assert [(m.name, m.category) for m in sample.municipality.values()] == [
        ("みどり市", MunicipalityType.CITY), ("あおば町", MunicipalityType.TOWN_VILLAGE),
        ("さくら村", MunicipalityType.TOWN_VILLAGE)]
    assert all(len(m.lg_code) == 6 and m.lg_code.isdigit() for m in sample.municipality.values())
    processes = sample.processes()
    assert [p.municipality for p in processes] == list(NAMES)
    base = processes[0]
    assert all(p.origin_id == base.id for p in processes[1:]) and not base.origin_id
    for process in processes[1:]:
        origins = {s.attrs.get("origin_step") for s in sample.steps_of(process.id)} - {None}
        assert origins and origins <= {s.id for s in sample.steps_of(base.id)}
    assert len(sample.request) == 3


def test_every_activity_is_judged_and_every_verdict_is_used(sample: Project) -> None:
    activities = [s for s in sample.step.values() if s.kind.is_activity]
    assert all(s.id in sample.judgment for s in activities)
    assert {sample.verdict_of(s.id) for s in activities} == set(Verdict)


def test_steps_do_not_overlap(sample: Project) -> None:
    for process in sample.processes():
        grid = Grid(sample.lanes_of(process.id), sample.phases_of(process.id))
        rects = [grid.step_rect(s) for s in sample.steps_of(process.id)]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not (a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h), process.name


def test_the_differences_a_consultant_expects(sample: Project) -> None:
    items = {row.item.code: tuple(row.cells[n].state for n in NAMES) for row in item_matrix(sample)}
    fit, change, custom, none = CellState.FIT, CellState.CHANGE_WORK, CellState.CUSTOMIZATION, CellState.NOT_LINKED
    assert items["JUKI1-4.0.3-N"] == (custom, none, custom)  # 処理日の遡及
    assert items["JUKI1-4.0.8-M"] == (fit, change, change)  # 受付簿, 係長→課長
    assert items["JUKI1-7.1.1.3-O"] == (change, fit, change)  # あおば町 uses the adopted option
    assert items["JUKI1-7.2.1-M"] == (custom, custom, fit)  # real-time 連携
    assert items["JUKI1-4.1.0.3-N"] == (custom, custom, custom)
    assert items["JUKI1-7.1.1.4-M"] == (fit, fit, CellState.UNASSESSED)  # さくら村 has not judged it yet
    steps = {row.label: row for row in step_matrix(sample)}
    assert steps["受付簿（紙）に手書きで記入"].cells["あおば町"].state is change
    assert steps["審査・決裁（本登録）"].labels["さくら村"] == "係長審査（仮登録の確認）"
    assert steps["課長決裁（届書の決裁欄に押印）"].cells["さくら村"].state is change
    summary = avoidance_summary(sample)
    assert (summary.requested, summary.distinct, summary.avoided, summary.avoided_distinct) == (7, 3, 4, 2)
    assert (summary.cost, summary.avoided_cost) == (5_050_000, 4_050_000)
    shares = {r.item.code: [s.cost for s in r.shares] for r in summary.requests}
    assert shares["JUKI1-4.1.0.3-N"] == [333_334, 333_333, 333_333]
