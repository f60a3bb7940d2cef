"""Bundled sample projects: every file opens read-only, and the 住民記録 sample is complete, tidy and reproducible."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from jcloud_desk.analysis.adoption import adopted_option_ids
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.layout import Grid, Rect
from jcloud_desk.domain.process import FlowKind, StepKind
from jcloud_desk.domain.project import Project
from jcloud_desk.paths import app_root, default_sample_path, sample_projects_dir
from jcloud_desk.storage.repository import ProjectRepository
from tests.scripts import load_script

SAMPLES = sorted(sample_projects_dir().glob("*.jcdesk"))
AS_IS_NAMES = ("転入届", "転出届", "住民票の写しの交付")


def load(path: Path) -> Project:
    """Open a project file read-only and load it."""
    with ProjectRepository.open(path, read_only=True) as repository:
        return repository.load()


@pytest.fixture(scope="module")
def sample() -> Project:
    return load(default_sample_path())


def overlaps(a: Rect, b: Rect) -> bool:
    """True if the interiors intersect (touching edges do not count)."""
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def inside(inner: Rect, outer: Rect) -> bool:
    return (outer.x <= inner.x and inner.x + inner.w <= outer.x + outer.w
            and outer.y <= inner.y and inner.y + inner.h <= outer.y + outer.h)


def activity_steps(project: Project, process_id: str | None = None) -> Iterator[str]:
    for step in project.step.values():
        if step.kind.is_activity and (process_id is None or step.process_id == process_id):
            yield step.id


def test_there_is_a_sample() -> None:
    assert default_sample_path() in SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_opens_read_only_and_loads(path: Path) -> None:
    project = load(path)
    assert project.meta.name
    assert project.processes()
    for step in project.step.values():
        assert step.process_id in project.process
        assert project.lane[step.lane_id].process_id == step.process_id
        assert not step.phase_id or project.phase[step.phase_id].process_id == step.process_id
    for flow in project.flow.values():
        assert project.step[flow.source_id].process_id == flow.process_id
        assert project.step[flow.target_id].process_id == flow.process_id
    for link in project.link.values():
        assert link.step_id in project.step and link.item_id in project.item
    for judgment in project.judgment.values():
        assert judgment.id in project.step


def test_project_info_and_catalogue(sample: Project) -> None:
    info = sample.meta
    assert info.name == "住民記録 Fit&Gap（サンプル）"
    assert info.municipality == "みどり市"
    assert info.business == "住民記録"
    assert info.description and info.created_at
    (catalog,) = sample.catalog.values()
    assert catalog.name == "住民記録システム標準仕様書"
    assert catalog.version == "第1.0版（第3章 機能要件）"
    assert "「住民記録システム標準仕様書【第1.0版】」（総務省）を加工して作成" in catalog.attribution
    items = [i for i in sample.items_of(catalog.id) if not i.is_form]
    assert len(items) == 197
    assert Counter(i.impl_class for i in items) == {
        ImplClass.MANDATORY: 132, ImplClass.OPTIONAL: 18, ImplClass.PROHIBITED: 47,
    }
    forms = [i for i in sample.items_of(catalog.id) if i.is_form]
    assert len(forms) == 10 and all(f.legacy_code for f in forms)  # each names the requirement it comes from
    adopted = adopted_option_ids(sample)
    assert info.adopted_options == () and len(adopted) >= 2  # decisions, not the old project-wide list
    assert all(sample.item[i].impl_class is ImplClass.OPTIONAL for i in adopted)


def test_processes_have_realistic_shape(sample: Project) -> None:
    names = [p.name for p in sample.processes()]
    assert set(AS_IS_NAMES) <= set(names)
    assert len(names) >= 3
    for process in sample.processes():
        steps = sample.steps_of(process.id)
        kinds = Counter(s.kind for s in steps)
        assert 15 <= len(steps) <= 40, process.name
        assert 4 <= len(sample.lanes_of(process.id)) <= 6, process.name
        assert 3 <= len(sample.phases_of(process.id)) <= 5, process.name
        assert kinds[StepKind.START] >= 1 and kinds[StepKind.END] >= 1, process.name
        assert kinds[StepKind.GATEWAY] >= 1, process.name
        assert all(s.phase_id for s in steps), process.name
        numbered = [s.step_no for s in steps if s.kind.is_activity]
        assert all(numbered) and len(set(numbered)) == len(numbered), process.name
        gateways = {s.id for s in steps if s.kind is StepKind.GATEWAY}
        labels = {f.label for f in sample.flows_of(process.id) if f.source_id in gateways}
        assert "" not in labels, process.name
    for name in AS_IS_NAMES:
        as_is = sample.process_named(name)
        assert as_is is not None
        steps = sample.steps_of(as_is.id)
        kinds = Counter(s.kind for s in steps)
        assert kinds[StepKind.DOCUMENT] >= 1 and kinds[StepKind.DATA_STORE] >= 1, name
        gateway_labels = {f.label for f in sample.flows_of(as_is.id)
                          if sample.step[f.source_id].kind is StepKind.GATEWAY}
        assert {"はい", "いいえ"} <= gateway_labels, name
        tasks = [s for s in steps if s.kind in (StepKind.TASK, StepKind.MANUAL_TASK)]
        with_attrs = [s for s in tasks if {"owner", "minutes_per_case", "cases_per_year"} <= set(s.attrs)]
        assert len(with_attrs) >= len(tasks) * 0.8, name
        assert any("forms" in s.attrs for s in tasks), name


def test_rework_loop_exists(sample: Project) -> None:
    for name in ("転入届", "転出届"):
        process = sample.process_named(name)
        assert process is not None
        steps = {s.id: s for s in sample.steps_of(process.id)}
        order = {s.id: i for i, s in enumerate(sample.steps_of(process.id))}
        back = [f for f in sample.flows_of(process.id)
                if f.kind is FlowKind.SEQUENCE and steps[f.source_id].kind is StepKind.GATEWAY
                and order[f.target_id] < order[f.source_id] and steps[f.target_id].kind.is_activity]
        assert back, name


def test_every_verdict_and_resolution_is_used(sample: Project) -> None:
    verdicts = {sample.verdict_of(step_id) for step_id in activity_steps(sample)}
    assert verdicts == set(Verdict)
    resolutions = {j.resolution for j in sample.judgment.values()}
    resolutions |= {link.resolution for link in sample.link.values() if link.resolution is not None}
    assert set(Resolution) - {Resolution.NONE} <= resolutions


def test_partial_and_gap_judgments_are_complete(sample: Project) -> None:
    needing = [j for j in sample.judgment.values() if j.verdict.needs_resolution]
    assert needing
    for judgment in needing:
        label = sample.step[judgment.id].label
        assert judgment.resolution is not Resolution.NONE, label
        assert judgment.rationale and judgment.owner and judgment.due_on, label
        assert judgment.decision, label


def test_customization_of_a_prohibited_item(sample: Project) -> None:
    customized = []
    for judgment in sample.judgment.values():
        items = [sample.item[lk.item_id] for lk in sample.links_of_step(judgment.id)]
        if judgment.resolution is Resolution.CUSTOMIZATION and any(
                i.impl_class is ImplClass.PROHIBITED for i in items):
            customized.append(judgment)
            assert judgment.justification.strip()
    assert customized
    codes = {sample.item[lk.item_id].code for j in customized for lk in sample.links_of_step(j.id)}
    assert "JUKI1-4.0.3-N" in codes


def test_a_step_needs_an_option_that_is_not_adopted(sample: Project) -> None:
    adopted = adopted_option_ids(sample)
    needed = {lk.item_id for lk in sample.link.values()
              if sample.item[lk.item_id].impl_class is ImplClass.OPTIONAL}
    assert needed - adopted, "no step needs an unadopted 標準オプション"
    assert needed & adopted, "no step uses an adopted 標準オプション"


def test_links_are_many_to_many(sample: Project) -> None:
    per_item = Counter(lk.item_id for lk in sample.link.values())
    per_step = Counter(lk.step_id for lk in sample.link.values())
    assert max(per_item.values()) >= 2
    assert max(per_step.values()) >= 2
    assert any(lk.verdict is not None for lk in sample.link.values())
    unassessed_tasks = [s for s in activity_steps(sample) if s not in sample.judgment]
    assert unassessed_tasks


def test_steps_do_not_overlap_and_stay_in_their_cells(sample: Project) -> None:
    for process in sample.processes():
        grid = Grid(sample.lanes_of(process.id), sample.phases_of(process.id))
        steps = sample.steps_of(process.id)
        rects = {s.id: grid.step_rect(s) for s in steps}
        for step in steps:
            rect = rects[step.id]
            assert inside(rect, grid.lane_rect(step.lane_id)), (process.name, step.label)
            assert inside(rect, grid.phase_rect(step.phase_id)), (process.name, step.label)
        for i, a in enumerate(steps):
            for b in steps[i + 1:]:
                assert not overlaps(rects[a.id], rects[b.id]), (process.name, a.label, b.label)


def test_rebuilding_gives_the_committed_project(tmp_path: Path, sample: Project) -> None:
    build_sample = load_script(app_root() / "tools" / "build_sample.py")
    target = tmp_path / "rebuilt.jcdesk"
    assert build_sample.main(target) == target
    rebuilt = load(target)
    assert rebuilt == sample
    assert build_sample.build_project() == sample
    build_sample.main(target)  # replaces the file it wrote
    assert load(target) == sample


def test_bundled_samples_use_the_current_file_format() -> None:
    """Rebuild with tools/build_sample.py after adding a migration, so users never get an upgrade backup."""
    from jcloud_desk.storage.repository import ProjectRepository
    from jcloud_desk.storage.schema import known_migrations

    for path in SAMPLES:
        repo = ProjectRepository.open(path, read_only=True)
        try:
            assert repo.applied_migrations() == known_migrations(), path.name
        finally:
            repo.close()


def test_sample_shows_forms_vendor_answers_and_option_decisions(sample: Project, tmp_path: Path) -> None:
    """A new user sees 帳票, a 現行帳票 inventory, a vendor answer and its risks in the sample, and the CSV files
    beside it import into it without changing anything (they are the same data)."""
    from jcloud_desk.analysis.form_coverage import forms_document
    from jcloud_desk.analysis.vendor_layer import delivery_risks, vendor_document
    from jcloud_desk.paths import sample_projects_dir
    from jcloud_desk.services.forms_service import import_inventory
    from jcloud_desk.services.vendor_service import import_vendor_answers
    from tests.scripts import load_script

    sample_forms = load_script(app_root() / "tools" / "sample_forms.py")
    written = sample_forms.write_files(tmp_path)
    for path in written:
        assert path.read_bytes() == (sample_projects_dir() / path.name).read_bytes(), f"{path.name} is stale"
    inventory, answers = (sample_projects_dir() / p.name for p in written)
    assert import_inventory(sample, inventory)[0] is None
    edit, result = import_vendor_answers(sample, answers, "住民記録システム標準仕様書", sample_forms.VENDOR)
    assert edit is None and result.unknown == []
    assert sample.current_form and sample.vendor_answer and sample.meta.go_live_on
    assert any(link for link in sample.link.values() if sample.item[link.item_id].is_form)
    forms = forms_document(sample)
    assert forms["unreferenced_mandatory"] and forms["without_route"]
    vendor = vendor_document(sample)
    assert vendor["missing"] and vendor["late"] and vendor["unanswered"]
    risky = [sample.step[r.step_id].label for r in delivery_risks(sample)]
    assert risky == ["庁内他業務システムへ連携（国保・介護・児童手当）"]
