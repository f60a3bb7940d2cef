"""Project JSON: export → import is the identity (factories, bundled sample, random projects); errors name the entry."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcloud_desk.domain.catalog import Catalog, CatalogItem, CatalogKind, ImplClass
from jcloud_desk.domain.edits import Add, Change, Edit, SetFields
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.operations import add_lane, add_phase, connect, new_process, new_step
from jcloud_desk.domain.process import Flow, FlowKind, ProcessKind, StepKind
from jcloud_desk.domain.project import CLASSES, INFO_ID, Project, Ref
from jcloud_desk.io.errors import FormatError, ProjectJsonError
from jcloud_desk.io.project_json import (
    FORMAT,
    JSON_VERSION,
    dumps_project,
    project_from_json,
    project_to_json,
    read_project_json,
    write_project_json,
)
from jcloud_desk.paths import default_sample_path
from jcloud_desk.storage.repository import ProjectRepository
from tests.factories import small_project


def round_trip(project: Project) -> Project:
    """Through the dict and through the JSON text."""
    return project_from_json(json.loads(dumps_project(project)))


def test_small_project_round_trips(tmp_path: Path) -> None:
    project = small_project()
    assert project_from_json(project_to_json(project)) == project
    assert round_trip(project) == project
    path = tmp_path / "p.json"
    write_project_json(project, path)
    assert read_project_json(path) == project


def test_document_layout_is_versioned_sorted_and_readable(tmp_path: Path) -> None:
    project = small_project()
    data = project_to_json(project)
    assert (data["format"], data["version"]) == (FORMAT, JSON_VERSION) == ("jcloud_desk-project", 1)
    assert list(data["tables"]) == list(CLASSES)
    for rows in data["tables"].values():
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    step = next(r for r in data["tables"]["step"] if r["id"] == "s-check")
    assert step["kind"] == "task" and step["attrs"] == {"minutes_per_case": "10", "owner": "窓口担当"}
    assert data["tables"]["info"][0]["adopted_options"] == ["opt-1"]
    link = next(r for r in data["tables"]["link"] if r["id"] == "link-input")
    assert link["verdict"] is None
    path = tmp_path / "p.json"
    write_project_json(project, path)
    text = path.read_text(encoding="utf-8")
    assert "住民記録テスト" in text and "\\u" not in text  # ensure_ascii=False
    assert text == dumps_project(small_project())  # deterministic: same project, same bytes
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]  # no temporary file left behind


def test_export_is_independent_of_insertion_order() -> None:
    project = small_project()
    shuffled = Project(info=dict(project.info))
    for kind in CLASSES:
        if kind != "info":
            shuffled.table(kind).update(reversed(list(project.table(kind).items())))
    assert dumps_project(shuffled) == dumps_project(project)


def test_bundled_sample_round_trips() -> None:
    repository = ProjectRepository.open(default_sample_path(), read_only=True)
    try:
        sample = repository.load()
    finally:
        repository.close()
    assert len(sample.step) > 50
    assert round_trip(sample) == sample


def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text("old", encoding="utf-8")
    write_project_json(small_project(), path)
    assert read_project_json(path) == small_project()


# --- errors ----------------------------------------------------------------------------------------------------
def _broken(change: Any) -> dict[str, Any]:
    data = project_to_json(small_project())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(version=2), "版 2 には対応していません"),
        (lambda d: d.update(version=True), "版 True には対応していません"),
        (lambda d: d.update(format="other"), "形式が違います"),
        (lambda d: d.pop("tables"), "「tables」がありません"),
        (lambda d: d["tables"].pop("flow"), "表「flow」がありません"),
        (lambda d: d["tables"].update(extra=[]), "不明な表があります: extra"),
        (lambda d: d["tables"]["step"][2].pop("label"), "表「step」の 2 番目: 項目「label」がありません"),
        (lambda d: d["tables"]["step"][0].update(kind="blob"), "表「step」の 0 番目: 項目「kind」: 値「blob」は不正"),
        (lambda d: d["tables"]["step"][0].update(x="1"), "表「step」の 0 番目: 項目「x」: 数値ではありません"),
        (lambda d: d["tables"]["lane"][1].update(name=None), "表「lane」の 1 番目: 項目「name」: null は使えません"),
        (lambda d: d["tables"]["step"][1].update(attrs={"a": 1}), "表「step」の 1 番目: 項目「attrs」"),
        (lambda d: d["tables"]["info"][0].update(adopted_options="x"), "項目「adopted_options」: 文字列の配列"),
        (lambda d: d["tables"]["flow"][0].update(target_id="nowhere"), "表「flow」の 0 番目: 参照先がありません"),
        (lambda d: d["tables"]["lane"].append(dict(d["tables"]["lane"][0])), "表「lane」の 2 番目: id が重複"),
        (lambda d: d["tables"]["info"].clear(), "表「info」に id「project」の行がありません"),
        (lambda d: d["tables"]["phase"].append("x"), "表「phase」の 3 番目: オブジェクトではありません"),
    ],
)
def test_invalid_documents_name_the_table_and_index(change: Any, reason: str) -> None:
    with pytest.raises(ProjectJsonError) as info:
        project_from_json(_broken(change))
    assert reason in info.value.reason
    assert isinstance(info.value, FormatError)


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "jcloud_desk-project", "version": 9, "tables": {}}', encoding="utf-8")
    with pytest.raises(ProjectJsonError, match=r"bad\.json.*版 9 には対応していません") as info:
        read_project_json(path)
    assert info.value.path == str(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ProjectJsonError, match="JSON として読めません（1 行 2 桁"):
        read_project_json(path)
    path.write_bytes(b"\xff\xfe{")
    with pytest.raises(ProjectJsonError, match="UTF-8 ではありません"):
        read_project_json(path)


# --- random projects built with domain edits ---------------------------------------------------------------------
texts = st.text(max_size=10)
floats = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


#: Action names, repeated to weight them (steps, flows and links need several earlier actions).
ACTIONS = ["process", "lane", "phase", *["step"] * 4, *["flow"] * 3, "catalog", *["item"] * 2, *["link"] * 3,
           "judgment", "info"]


def build(data: st.DataObject, actions: int) -> Project:
    """Apply ``actions`` random user-level edits to a project holding one process, lane, phase and catalogue."""
    project = Project()
    counter = itertools.count(1)
    _, seed = new_process(project, "転入届", ["窓口"], ["受付"])
    seed.apply(project, Change())
    Add(Catalog(id="c0", name="標準仕様書")).apply(project, Change())

    def pick(values: list[str]) -> str | None:
        # insertion order, not sorted: the ids of new_id() are random, the draws must not depend on them
        return data.draw(st.sampled_from(values)) if values else None

    for _ in range(actions):
        action = data.draw(st.sampled_from(ACTIONS))
        edit: Edit | None = None
        process = pick(list(project.process))
        if action == "process":
            _, edit = new_process(project, data.draw(texts), data.draw(st.lists(texts, max_size=2)),
                                  data.draw(st.lists(texts, max_size=2)), data.draw(st.sampled_from(ProcessKind)))
        elif action == "lane" and process:
            _, edit = add_lane(project, process, data.draw(texts))
        elif action == "phase" and process:
            _, edit = add_phase(project, process, data.draw(texts))
        elif action == "step" and process and project.lanes_of(process):
            lane = data.draw(st.sampled_from(project.lanes_of(process))).id
            phase = data.draw(st.sampled_from(["", *(p.id for p in project.phases_of(process))]))
            planned = new_step(project, process, lane, phase, data.draw(texts), data.draw(st.sampled_from(StepKind)),
                               x=data.draw(floats))
            attrs = data.draw(st.dictionaries(st.sampled_from(["owner", "forms", "ü"]), texts, max_size=2))
            edit = Add(dataclasses.replace(planned.step, attrs=attrs, notes=data.draw(texts)))
        elif action == "flow" and len(project.step) >= 2:
            source = project.step[pick(list(project.step)) or ""]
            others = [s.id for s in project.steps_of(source.process_id) if s.id != source.id]
            if others:
                edit = connect(project, source.id, pick(others) or "", data.draw(texts))
                if data.draw(st.booleans()):
                    flow = Flow(id=f"f{next(counter)}", process_id=source.process_id, source_id=source.id,
                                target_id=source.id, kind=data.draw(st.sampled_from(FlowKind)))
                    edit = Add(flow)
        elif action == "catalog":
            edit = Add(Catalog(id=f"c{next(counter)}", name=data.draw(texts),
                               kind=data.draw(st.sampled_from(CatalogKind)),
                               column_mapping=data.draw(st.dictionaries(texts, texts, max_size=2))))
        elif action == "item" and project.catalog:
            edit = Add(CatalogItem(id=f"i{next(counter)}", catalog_id=pick(list(project.catalog)) or "",
                                   code=data.draw(texts), title=data.draw(texts), sort=data.draw(floats),
                                   impl_class=data.draw(st.sampled_from(ImplClass))))
        elif action == "link" and project.step and project.item:
            edit = Add(Link(id=f"l{next(counter)}", step_id=pick(list(project.step)) or "",
                            item_id=pick(list(project.item)) or "",
                            verdict=data.draw(st.none() | st.sampled_from(Verdict)), note=data.draw(texts)))
        elif action == "judgment":
            free = [s for s in project.step if s not in project.judgment]
            if free:
                edit = Add(Judgment(id=data.draw(st.sampled_from(free)), verdict=data.draw(st.sampled_from(Verdict)),
                                    resolution=data.draw(st.sampled_from(Resolution)),
                                    decision=data.draw(st.sampled_from(Decision)), rationale=data.draw(texts)))
        elif action == "info":
            edit = SetFields(Ref("info", INFO_ID), (("name", data.draw(texts)),
                                                    ("adopted_options", tuple(data.draw(st.lists(texts, max_size=3)))),
                                                    ("disabled_checks", tuple(data.draw(st.lists(texts, max_size=2))))))
        if edit is not None:
            edit.apply(project, Change())
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_projects_round_trip(data: st.DataObject) -> None:
    project = build(data, data.draw(st.integers(min_value=0, max_value=30)))
    snapshot = copy.deepcopy(project)
    assert round_trip(project) == project
    assert project == snapshot  # export never mutates
