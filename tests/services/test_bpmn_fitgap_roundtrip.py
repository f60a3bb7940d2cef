"""Fit&Gap data travels through BPMN: judgments come back, links are re-made by 機能ID in the importing project."""

from __future__ import annotations

import copy
from pathlib import Path

from jcloud_desk.domain.edits import Change
from jcloud_desk.domain.project import Project
from jcloud_desk.io.bpmn.exporter import bpmn_bytes
from jcloud_desk.io.bpmn.importer import read_bpmn
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.flow_import_service import FlowImportService
from jcloud_desk.storage.repository import ProjectRepository


def _sample() -> Project:
    repo = ProjectRepository.open(Path(default_sample_path()), read_only=True)
    try:
        return repo.load()
    finally:
        repo.close()


def test_judgments_and_links_come_back_by_code() -> None:
    project = _sample()
    source = project.process_named("転入届")
    assert source is not None
    imported = read_bpmn(bpmn_bytes(project, source.id))
    assert imported.judgments and imported.item_links
    before = copy.deepcopy(project)
    edit = FlowImportService().import_edit(project, imported)
    inverse = edit.apply(project, Change())
    copy_of = next(p for p in project.processes() if p.name.startswith("転入届") and p.id != source.id)
    by_label = {s.label: s for s in project.steps_of(copy_of.id)}
    for step in project.steps_of(source.id):
        twin = by_label[step.label]
        assert project.verdict_of(twin.id) == project.verdict_of(step.id), step.label
        judgment, twin_judgment = project.judgment.get(step.id), project.judgment.get(twin.id)
        if judgment is not None:
            assert twin_judgment is not None
            assert (twin_judgment.resolution, twin_judgment.rationale, twin_judgment.justification) == \
                (judgment.resolution, judgment.rationale, judgment.justification)
        codes = sorted(project.item[lk.item_id].code for lk in project.links_of_step(step.id))
        assert sorted(project.item[lk.item_id].code for lk in project.links_of_step(twin.id)) == codes, step.label
    inverse.apply(project, Change())
    assert project == before


def test_links_to_unknown_codes_are_reported_not_invented() -> None:
    project = _sample()
    source = project.process_named("転出届")
    assert source is not None
    imported = read_bpmn(bpmn_bytes(project, source.id))
    empty = Project()
    edits, warnings = imported.link_edits(empty)
    assert edits == [] and len(warnings) == len(imported.item_links)
    FlowImportService().import_edit(empty, imported).apply(empty, Change())
    assert not empty.link and len(empty.judgment) == len(imported.judgments)
