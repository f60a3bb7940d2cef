"""Coverage, the customization register and the ``analyze`` document, on a small hand-checked project.

::

    転入届 (proc-in)      ph-receive 受付                 ph-review 審査                  (no phase)
      lane-window 窓口    s-start, a1 fit                 a2 gap (customization)          a6 partial
      lane-section 担当課 a3 fit_config                   a4 unassessed, a5 out_of_scope
      (no lane)           a7 fit_option
    転入届 (proc-dup)     b1 unassessed                   — a second process with the same name
    転出届 (proc-out)     c1 fit (links an optional item that is not adopted), c2 fit (adopted option)

Start/end events and gateways never count, even when judged.
"""

from __future__ import annotations

import json

import pytest

from jcloud_desk.analysis.coverage import (
    NO_LANE,
    NO_PHASE,
    Coverage,
    analyze_document,
    coverage_by_lane,
    coverage_by_phase,
    coverage_by_process,
    customization_counts,
    customization_register,
    reason_label,
    unassessed_steps,
    unique_process_names,
    unreferenced_mandatory,
)
from jcloud_desk.analysis.customization import FlagReason
from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.process import Lane, Phase, Process, Step, StepKind
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo
from jcloud_desk.paths import default_sample_path
from jcloud_desk.storage.repository import ProjectRepository

V = Verdict


def add_step(project: Project, step_id: str, process: str, lane: str, phase: str, kind: StepKind = StepKind.TASK,
             verdict: Verdict | None = None, x: float = 110.0, resolution: Resolution = Resolution.NONE,
             justification: str = "", decision: Decision = Decision.PROPOSED) -> None:
    """A step labelled 手順<id>, with a judgment when ``verdict`` is given."""
    project.step[step_id] = Step(id=step_id, process_id=process, lane_id=lane, kind=kind, label=f"手順{step_id}",
                                 phase_id=phase, x=x)
    if verdict is not None:
        project.judgment[step_id] = Judgment(id=step_id, verdict=verdict, resolution=resolution,
                                             justification=justification, decision=decision)


def link(project: Project, step_id: str, item_id: str) -> None:
    """Link a step to an item."""
    project.link[f"lk-{step_id}-{item_id}"] = Link(id=f"lk-{step_id}-{item_id}", step_id=step_id, item_id=item_id)


@pytest.fixture(scope="module")
def sample() -> Project:
    """The bundled 住民記録 sample, read-only."""
    with ProjectRepository.open(default_sample_path(), read_only=True) as repository:
        return repository.load()


@pytest.fixture
def project() -> Project:
    """The project drawn in the module docstring."""
    p = Project(info={INFO_ID: ProjectInfo(name="テスト", business="住民記録", adopted_options=("opt-adopted",))})
    p.process["proc-in"] = Process(id="proc-in", name="転入届", sort=0.0)
    p.process["proc-dup"] = Process(id="proc-dup", name="転入届", sort=1.0)
    p.process["proc-out"] = Process(id="proc-out", name="転出届", business="戸籍附票", sort=2.0)
    p.lane["lane-window"] = Lane(id="lane-window", process_id="proc-in", name="窓口", sort=0.0)
    p.lane["lane-section"] = Lane(id="lane-section", process_id="proc-in", name="担当課", sort=1.0)
    p.lane["lane-dup"] = Lane(id="lane-dup", process_id="proc-dup", name="窓口", sort=0.0)
    p.lane["lane-out"] = Lane(id="lane-out", process_id="proc-out", name="窓口", sort=0.0)
    p.phase["ph-receive"] = Phase(id="ph-receive", process_id="proc-in", name="受付", sort=0.0)
    p.phase["ph-review"] = Phase(id="ph-review", process_id="proc-in", name="審査", sort=1.0)
    add_step(p, "s-start", "proc-in", "lane-window", "ph-receive", StepKind.START, V.FIT, x=30.0)
    add_step(p, "a1", "proc-in", "lane-window", "ph-receive", verdict=V.FIT)
    add_step(p, "a2", "proc-in", "lane-window", "ph-review", verdict=V.GAP, resolution=Resolution.CUSTOMIZATION,
             justification="県への報告様式が異なるため", decision=Decision.AGREED)
    add_step(p, "a3", "proc-in", "lane-section", "ph-receive", StepKind.SYSTEM_TASK, V.FIT_CONFIG)
    add_step(p, "a4", "proc-in", "lane-section", "ph-review", StepKind.MANUAL_TASK)
    add_step(p, "a5", "proc-in", "lane-section", "ph-review", verdict=V.OUT_OF_SCOPE, x=200.0)
    add_step(p, "a6", "proc-in", "lane-window", "", verdict=V.PARTIAL)
    add_step(p, "a7", "proc-in", "lane-ghost", "ph-receive", StepKind.SUBPROCESS, V.FIT_OPTION, x=200.0)
    add_step(p, "gw", "proc-in", "lane-window", "ph-review", StepKind.GATEWAY, V.GAP)
    add_step(p, "s-end", "proc-in", "lane-window", "ph-review", StepKind.END, x=300.0)
    add_step(p, "b1", "proc-dup", "lane-dup", "")
    add_step(p, "c1", "proc-out", "lane-out", "", verdict=V.FIT)
    add_step(p, "c2", "proc-out", "lane-out", "", verdict=V.FIT, x=300.0)
    p.catalog["cat-a"] = Catalog(id="cat-a", name="住民記録システム標準仕様書")
    p.catalog["cat-b"] = Catalog(id="cat-b", name="戸籍附票システム標準仕様書")
    items = [
        CatalogItem(id="m1", catalog_id="cat-a", code="A-1-M", title="転入", impl_class=ImplClass.MANDATORY, sort=1),
        CatalogItem(id="m2", catalog_id="cat-a", code="A-2-M", title="転出", impl_class=ImplClass.MANDATORY, sort=2),
        CatalogItem(id="m0", catalog_id="cat-a", code="A-0-M", title="管理", impl_class=ImplClass.MANDATORY, sort=0),
        CatalogItem(id="bad", catalog_id="cat-a", code="A-9-N", title="独自", impl_class=ImplClass.PROHIBITED, sort=9),
        CatalogItem(id="opt-missing", catalog_id="cat-a", code="A-5-O", title="通知", impl_class=ImplClass.OPTIONAL,
                    sort=5),
        CatalogItem(id="opt-adopted", catalog_id="cat-a", code="A-6-O", title="本人通知",
                    impl_class=ImplClass.OPTIONAL, sort=6),
        CatalogItem(id="b1-m", catalog_id="cat-b", code="B-1-M", title="附票", impl_class=ImplClass.MANDATORY, sort=1),
    ]
    p.item.update((i.id, i) for i in items)
    link(p, "a1", "m1")
    link(p, "a2", "bad")
    link(p, "a2", "m2")
    link(p, "c1", "opt-missing")
    link(p, "c2", "opt-adopted")
    return p


def counts(**given: int) -> dict[Verdict, int]:
    """Every verdict, zeros included, with the given counts."""
    result = dict.fromkeys(Verdict, 0)
    result.update({Verdict(key): value for key, value in given.items()})
    return result


# --- coverage --------------------------------------------------------------------------------------
def test_coverage_by_process_counts_activity_steps_only(project: Project) -> None:
    result = coverage_by_process(project)
    assert [(c.group_id, c.name) for c in result] == [("proc-in", "転入届"), ("proc-dup", "転入届"),
                                                     ("proc-out", "転出届")]
    first = result[0]
    assert first.counts == counts(fit=1, fit_config=1, fit_option=1, partial=1, gap=1, out_of_scope=1, unassessed=1)
    assert set(first.counts) == set(Verdict)
    assert (first.total, first.unassessed, first.judged, first.fit) == (7, 1, 6, 3)
    assert first.judged_share == pytest.approx(6 / 7)
    assert first.fit_share == pytest.approx(3 / 5), "対象外 is out of the rate, like the reports' 適合率"
    assert result[1].counts == counts(unassessed=1)
    assert (result[1].judged_share, result[1].fit_share) == (0.0, 0.0)
    assert result[2].counts == counts(fit=2)
    assert (result[2].judged_share, result[2].fit_share) == (1.0, 1.0)


def test_coverage_by_lane_with_a_group_for_steps_outside_any_lane(project: Project) -> None:
    result = coverage_by_lane(project, "proc-in")
    assert [(c.group_id, c.name, c.counts) for c in result] == [
        ("lane-window", "窓口", counts(fit=1, gap=1, partial=1)),
        ("lane-section", "担当課", counts(fit_config=1, unassessed=1, out_of_scope=1)),
        ("", NO_LANE, counts(fit_option=1)),
    ]
    window, section, _ = result
    assert window.fit_share == pytest.approx(1 / 3)
    assert section.judged_share == pytest.approx(2 / 3)
    assert section.fit_share == pytest.approx(1 / 1)


def test_coverage_by_phase_with_a_group_for_steps_without_phase(project: Project) -> None:
    result = coverage_by_phase(project, "proc-in")
    assert [(c.group_id, c.name, c.counts) for c in result] == [
        ("ph-receive", "受付", counts(fit=1, fit_config=1, fit_option=1)),
        ("ph-review", "審査", counts(gap=1, unassessed=1, out_of_scope=1)),
        ("", NO_PHASE, counts(partial=1)),
    ]
    assert result[0].fit_share == 1.0
    assert result[1].fit_share == 0.0
    assert result[1].judged_share == pytest.approx(2 / 3)


def test_no_extra_groups_when_every_step_has_lane_and_phase(project: Project) -> None:
    del project.step["a6"], project.step["a7"]
    assert [c.group_id for c in coverage_by_lane(project, "proc-in")] == ["lane-window", "lane-section"]
    assert [c.group_id for c in coverage_by_phase(project, "proc-in")] == ["ph-receive", "ph-review"]


def test_empty_group_has_zero_shares() -> None:
    empty = Coverage("g", "空", counts())
    assert (empty.total, empty.judged_share, empty.fit_share) == (0, 0.0, 0.0)
    assert empty.as_dict() == {v.value: 0 for v in Verdict}


def test_unknown_process_is_an_error(project: Project) -> None:
    for function in (coverage_by_lane, coverage_by_phase, unassessed_steps):
        with pytest.raises(UnknownEntityError):
            function(project, "nope")


def test_unassessed_steps_in_display_order(project: Project) -> None:
    assert [s.id for s in unassessed_steps(project)] == ["a4", "b1"]
    assert [s.id for s in unassessed_steps(project, "proc-dup")] == ["b1"]
    assert unassessed_steps(project, "proc-out") == []


def test_unreferenced_mandatory_in_catalogue_order(project: Project) -> None:
    assert [i.code for i in unreferenced_mandatory(project)] == ["A-0-M", "B-1-M"]
    del project.step["a1"]  # a link from a step that no longer exists does not count
    assert [i.code for i in unreferenced_mandatory(project)] == ["A-0-M", "A-1-M", "B-1-M"]


# --- customization register ------------------------------------------------------------------------
def test_register_rows_reasons_and_items(project: Project) -> None:
    rows = customization_register(project)
    # only the カスタマイズ decision counts; c1 (an option not adopted) is an open risk, not a customization
    assert [(r.process_name, r.lane_name, r.step_id, r.step_label, r.scenario) for r in rows] == [
        ("転入届", "窓口", "a2", "手順a2", "As-Is"),
    ]
    custom = rows[0]
    assert custom.reasons == (FlagReason.RESOLUTION,)
    assert (custom.item_codes, custom.item_titles) == (("A-9-N",), ("独自",))  # the item it deviates from
    assert (custom.justification, custom.resolution, custom.decision) == (
        "県への報告様式が異なるため", Resolution.CUSTOMIZATION, Decision.AGREED)
    assert custom.reason_text == "対応方針がカスタマイズ"


def test_a_link_of_its_own_outcome_narrows_the_row(project: Project) -> None:
    project.link["lk-a2-bad"].resolution = Resolution.ADOPT_STANDARD  # the 実装不可 part: change the work
    assert customization_register(project)[0].item_codes == ("A-2-M",)
    project.judgment["a2"].resolution = Resolution.WORKAROUND
    assert customization_register(project) == []
    project.link["lk-c1-opt-missing"].resolution = Resolution.CUSTOMIZATION
    rows = customization_register(project)
    assert [(r.step_id, r.reasons, r.item_codes) for r in rows] == [
        ("c1", (FlagReason.LINK_RESOLUTION,), ("A-5-O",))]
    assert rows[0].reason_text == "機能ごとの対応方針がカスタマイズ"


def test_reason_labels_are_japanese() -> None:
    assert {reason: reason_label(reason) for reason in FlagReason} == {
        FlagReason.RESOLUTION: "対応方針がカスタマイズ",
        FlagReason.LINK_RESOLUTION: "機能ごとの対応方針がカスタマイズ",
    }


def test_customization_counts(project: Project) -> None:
    assert customization_counts(project) == {
        "process": {"転入届": 1, "転入届 (2)": 0, "転出届": 0},
        "lane": {"窓口": 1, "担当課": 0},
        "business": {"住民記録": 1, "戸籍附票": 0},
    }


# --- names and the analyze document ----------------------------------------------------------------
def test_unique_process_names_number_repeats(project: Project) -> None:
    project.process["proc-third"] = Process(id="proc-third", name="転入届", sort=3.0)
    project.process["proc-literal"] = Process(id="proc-literal", name="転入届 (2)", sort=4.0)
    assert unique_process_names(project) == {
        "proc-in": "転入届",
        "proc-dup": "転入届 (2)",
        "proc-out": "転出届",
        "proc-third": "転入届 (3)",
        "proc-literal": "転入届 (2) (2)",
    }


def test_analyze_document_shape(project: Project) -> None:
    document = analyze_document(project)
    assert list(document) == ["coverage", "findings", "customizations", "unreferenced_mandatory", "open_risks",
                              "review_needed"]
    assert document["review_needed"] == []
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document

    coverage = document["coverage"]
    assert list(coverage) == ["転入届", "転入届 (2)", "転出届"]
    for verdicts in coverage.values():
        assert list(verdicts) == [v.value for v in Verdict]
        assert all(type(n) is int for n in verdicts.values())
    assert coverage["転入届"] == {"fit": 1, "fit_config": 1, "fit_option": 1, "partial": 1, "gap": 1,
                                  "out_of_scope": 1, "unassessed": 1}
    assert coverage["転入届 (2)"]["unassessed"] == 1

    findings = document["findings"]
    assert findings
    for finding in findings:
        assert set(finding) == {"rule", "severity", "process", "step", "message"}
        assert all(isinstance(value, str) for value in finding.values())
        assert finding["severity"] in ("error", "warning", "info")
    mandatory = [f for f in findings if f["rule"] == "unreferenced_mandatory"]
    assert [(f["process"], f["step"]) for f in mandatory] == [("", ""), ("", "")]
    assert any(f["process"] == "転入届 (2)" and f["step"] == "手順b1" for f in findings)
    assert not [f for f in findings if f["rule"] == "customization_without_justification"]
    risky = [f for f in findings if f["rule"] == "open_risk"]
    assert [(f["process"], f["step"]) for f in risky] == [("転出届", "手順c1")]

    assert document["customizations"] == [
        {"process": "転入届", "step": "手順a2", "reason": "対応方針がカスタマイズ", "items": ["A-9-N"],
         "scenario": "As-Is"},
    ]
    assert document["unreferenced_mandatory"] == ["A-0-M", "B-1-M"]
    assert document["open_risks"] == [
        {"process": "転出届", "step": "手順c1", "reason": "採用していない標準オプションに依存（採否が未決定）",
         "items": ["A-5-O"], "reason_code": "option_not_adopted", "scenario": "As-Is"},
    ]


def test_analyze_document_of_an_empty_project() -> None:
    assert analyze_document(Project()) == {
        "coverage": {}, "findings": [], "customizations": [], "unreferenced_mandatory": [], "open_risks": [],
        "review_needed": [],
    }


def test_analyze_document_of_the_sample(sample: Project) -> None:
    document = analyze_document(sample)
    assert list(document["coverage"]) == [p.name for p in sample.processes()]
    assert sum(sum(v.values()) for v in document["coverage"].values()) == sum(
        1 for s in sample.step.values() if s.kind.is_activity)
    assert all(isinstance(code, str) and code.startswith("JUKI1-") for code in document["unreferenced_mandatory"])
    assert len(document["unreferenced_mandatory"]) == len(unreferenced_mandatory(sample))
    assert {c["step"] for c in document["customizations"]} == {r.step_label for r in customization_register(sample)}
