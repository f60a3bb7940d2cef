"""The live checks engine: one small hand-drawn flow per rule, each breaking exactly that rule.

The clean project below passes every check; each test breaks it in one place and expects exactly the findings of
the rule it is about.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from jcloud_desk.analysis.checks import RULES, Finding, Rule, Severity, run_checks
from jcloud_desk.analysis.checks.flow_rules import is_blank_label, normalize_label
from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Decision, Judgment, Link, Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Phase, Process, Step, StepKind
from jcloud_desk.domain.project import INFO_ID, Project, ProjectInfo

PROC = "proc"
WINDOW = "lane-window"
SECTION = "lane-section"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def clean_project() -> Project:
    """A flow that passes every check.

    ::

        phases:        ph-1                 ph-2               ph-3               ph-4
        lane-window    s-start ► s-receive  ─────────────────► s-issue ─────────► s-end
                       s-form ┄┄(association to s-receive)
        lane-section             ▲          s-review ◇ ─可─► (s-issue)
                                 └────────── s-fix ◄─否─┘
    """
    project = Project(info={INFO_ID: ProjectInfo(name="チェックのテスト", municipality="テスト市")})
    project.process[PROC] = Process(id=PROC, name="転入届")
    project.lane[WINDOW] = Lane(id=WINDOW, process_id=PROC, name="窓口", sort=0.0)
    project.lane[SECTION] = Lane(id=SECTION, process_id=PROC, name="担当課", sort=1.0)
    for index in range(1, 5):
        project.phase[f"ph-{index}"] = Phase(id=f"ph-{index}", process_id=PROC, name=f"工程{index}", sort=float(index))
    add_step(project, "s-start", StepKind.START, "開始", phase="ph-1", x=40.0)
    add_step(project, "s-receive", StepKind.TASK, "受付", phase="ph-1", x=150.0)
    add_step(project, "s-form", StepKind.DOCUMENT, "転入届書", phase="ph-1", x=150.0, y=110.0)
    add_step(project, "s-review", StepKind.GATEWAY, "審査結果は？", lane=SECTION, phase="ph-2")
    add_step(project, "s-fix", StepKind.TASK, "補正を依頼", lane=SECTION, phase="ph-3")
    add_step(project, "s-issue", StepKind.MANUAL_TASK, "住民票を交付", phase="ph-3")
    add_step(project, "s-end", StepKind.END, "終了", phase="ph-4")
    add_flow(project, "f-start", "s-start", "s-receive")
    add_flow(project, "f-review", "s-receive", "s-review")
    add_flow(project, "f-ok", "s-review", "s-issue", label="可")
    add_flow(project, "f-ng", "s-review", "s-fix", label="否")
    add_flow(project, "f-again", "s-fix", "s-receive")
    add_flow(project, "f-end", "s-issue", "s-end")
    add_flow(project, "f-form", "s-form", "s-receive", FlowKind.ASSOCIATION)
    project.catalog["cat"] = Catalog(id="cat", name="住民記録システム標準仕様書", version="4.0")
    project.item["item-m"] = CatalogItem(
        id="item-m", catalog_id="cat", code="0010001", title="転入届の登録", impl_class=ImplClass.MANDATORY, sort=1.0
    )
    project.item["item-o"] = CatalogItem(
        id="item-o", catalog_id="cat", code="0010002", title="窓口予約", impl_class=ImplClass.OPTIONAL, sort=2.0
    )
    project.item["item-x"] = CatalogItem(
        id="item-x", catalog_id="cat", code="0010003", title="独自帳票", impl_class=ImplClass.PROHIBITED, sort=3.0
    )
    project.link["link-receive"] = Link(id="link-receive", step_id="s-receive", item_id="item-m")
    project.judgment["s-receive"] = Judgment(id="s-receive", verdict=Verdict.FIT)
    project.judgment["s-fix"] = Judgment(id="s-fix", verdict=Verdict.OUT_OF_SCOPE)
    return project


def add_step(
    project: Project,
    step_id: str,
    kind: StepKind = StepKind.TASK,
    label: str = "",
    *,
    lane: str = WINDOW,
    phase: str = "ph-3",
    x: float = 110.0,
    y: float = 65.0,
    process: str = PROC,
) -> Step:
    """Add one step (to the clean project's process unless told)."""
    step = Step(id=step_id, process_id=process, lane_id=lane, kind=kind, label=label, phase_id=phase, x=x, y=y)
    project.step[step_id] = step
    return step


def add_flow(
    project: Project,
    flow_id: str,
    source: str,
    target: str,
    kind: FlowKind = FlowKind.SEQUENCE,
    label: str = "",
    process: str = PROC,
) -> Flow:
    """Add one flow."""
    flow = Flow(id=flow_id, process_id=process, source_id=source, target_id=target, label=label, kind=kind)
    project.flow[flow_id] = flow
    return flow


def add_mandatory(project: Project, item_id: str, code: str = "0099999", title: str = "未使用の機能") -> CatalogItem:
    """Add one 実装必須 item to the project's catalogue."""
    item = CatalogItem(id=item_id, catalog_id="cat", code=code, title=title, impl_class=ImplClass.MANDATORY)
    project.item[item_id] = item
    return item


def pairs(findings: list[Finding]) -> list[tuple[str, str]]:
    """(rule, step id) of each finding, in order."""
    return [(f.rule, f.step_id) for f in findings]


def assert_japanese_line(message: str) -> None:
    """A message is one line of Japanese."""
    assert JAPANESE.search(message), message
    assert "\n" not in message and "\r" not in message, message


# --- the clean project, rule table, API -------------------------------------------------------------------------


def test_clean_project_has_no_findings() -> None:
    assert run_checks(clean_project()) == []


def test_rule_keys_are_stable_snake_case_with_japanese_titles() -> None:
    keys = [rule.key for rule in RULES]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", key) for key in keys)
    assert all(JAPANESE.search(rule.title) for rule in RULES)
    assert set(keys) == {
        "no_start", "no_end", "unreachable", "dead_end", "outside_lane", "duplicate_label", "empty_label",
        "gateway_single_out", "unlabelled_branch", "loop_without_gateway", "cross_pool_flow", "message_in_pool",
        "duplicate_flow", "disconnected", "implicit_split", "superfluous_gateway", "unmapped_task",
        "gap_without_resolution", "gap_without_owner", "customization_without_justification",
        "unreferenced_mandatory", "fit_on_prohibited", "open_risk", "vendor_not_provided", "linked_to_retired_item",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("key", "severity"),
    [
        ("no_start", Severity.ERROR),
        ("no_end", Severity.ERROR),
        ("outside_lane", Severity.ERROR),
        ("cross_pool_flow", Severity.ERROR),
        ("dead_end", Severity.WARNING),
        ("unreachable", Severity.WARNING),
        ("duplicate_label", Severity.WARNING),
        ("empty_label", Severity.WARNING),
        ("gateway_single_out", Severity.WARNING),
        ("loop_without_gateway", Severity.WARNING),
        ("message_in_pool", Severity.WARNING),
        ("implicit_split", Severity.WARNING),
        ("superfluous_gateway", Severity.INFO),
        ("unmapped_task", Severity.INFO),
        ("gap_without_resolution", Severity.ERROR),
        ("gap_without_owner", Severity.WARNING),
        ("customization_without_justification", Severity.ERROR),
        ("unreferenced_mandatory", Severity.INFO),
    ],
)
def test_rule_severity(key: str, severity: Severity) -> None:
    assert {rule.key: rule for rule in RULES}[key].severity is severity


def test_finding_and_rule_are_frozen_value_objects() -> None:
    detail = Message.of("check.dead_end", step=Message.of("step.named", label="受付"))
    finding = Finding("dead_end", Severity.WARNING, PROC, "s-1", detail)
    assert finding.flow_id == "" and finding.code == "check.dead_end"
    assert finding.message == "「受付」から先に進む流れがありません"
    assert finding.text("en") == "No flow leads on from “受付”"
    assert finding == Finding("dead_end", Severity.WARNING, PROC, "s-1", detail, "")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.detail = detail  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        RULES[0].key = "x"  # type: ignore[misc]
    assert isinstance(RULES[0], Rule)
    assert Severity.ERROR == "error" and Severity.WARNING == "warning" and Severity.INFO == "info"


def test_unknown_process_is_refused() -> None:
    with pytest.raises(UnknownEntityError):
        run_checks(clean_project(), "no-such-process")


def test_empty_project_and_empty_process_have_no_findings() -> None:
    assert run_checks(Project()) == []
    project = Project()
    project.process[PROC] = Process(id=PROC, name="新しい業務フロー")
    add_mandatory(project, "item-m")
    assert pairs(run_checks(project)) == [("unreferenced_mandatory", "")]


# --- flow rules -------------------------------------------------------------------------------------------------


def test_no_start() -> None:
    project = clean_project()
    del project.step["s-start"], project.flow["f-start"]
    findings = run_checks(project)
    assert pairs(findings) == [("no_start", "")]
    assert findings[0].severity is Severity.ERROR and findings[0].process_id == PROC
    assert_japanese_line(findings[0].message)
    assert "開始" in findings[0].message


def test_no_end_comes_with_a_dead_end() -> None:
    project = clean_project()
    del project.step["s-end"], project.flow["f-end"]
    assert pairs(run_checks(project)) == [("no_end", ""), ("dead_end", "s-issue")]
    findings = run_checks(project, disabled=["dead_end"])
    assert pairs(findings) == [("no_end", "")]
    assert "終了" in findings[0].message


def test_unreachable() -> None:
    project = clean_project()
    add_step(project, "s-orphan", StepKind.MANUAL_TASK, "台帳を確認")
    add_flow(project, "f-orphan", "s-orphan", "s-end")
    findings = run_checks(project)
    assert pairs(findings) == [("unreachable", "s-orphan")]
    assert findings[0].message == "「台帳を確認」には開始からたどり着けません"


def test_unreachable_ignores_artifacts_and_counts_events_without_inflow_as_starts() -> None:
    project = clean_project()
    add_step(project, "s-note", StepKind.ANNOTATION, "月末に集計", lane=SECTION)
    add_step(project, "s-store", StepKind.DATA_STORE, "住民記録DB", lane=SECTION)
    add_flow(project, "f-store", "s-receive", "s-store", FlowKind.ASSOCIATION)
    add_step(project, "s-timer", StepKind.EVENT, "毎月末", lane=SECTION, phase="ph-4")
    add_step(project, "s-count", StepKind.MANUAL_TASK, "件数を集計", lane=SECTION, phase="ph-4", x=200.0)
    add_flow(project, "f-timer", "s-timer", "s-count")
    add_flow(project, "f-count", "s-count", "s-end")
    assert run_checks(project) == []


def test_dead_end() -> None:
    project = clean_project()
    add_step(project, "s-hold", StepKind.MANUAL_TASK, "保留として記録", lane=SECTION)
    add_flow(project, "f-hold", "s-review", "s-hold", label="保留")
    findings = run_checks(project)
    assert pairs(findings) == [("dead_end", "s-hold")]
    assert findings[0].message == "「保留として記録」から先に進む流れがありません"
    assert findings[0].severity is Severity.WARNING


def test_disconnected_is_reported_once() -> None:
    project = clean_project()
    add_step(project, "s-lone", StepKind.MANUAL_TASK, "電話で連絡")
    findings = run_checks(project)
    assert pairs(findings) == [("disconnected", "s-lone")]
    assert "「電話で連絡」" in findings[0].message
    # switched off, the node is still unreachable and a dead end
    assert sorted(pairs(run_checks(project, disabled=["disconnected"]))) == [
        ("dead_end", "s-lone"),
        ("unreachable", "s-lone"),
    ]


def test_disconnected_counts_message_and_association_flows_as_connections() -> None:
    project = clean_project()
    add_step(project, "s-lone", StepKind.MANUAL_TASK, "電話で連絡")
    add_flow(project, "f-doc", "s-form", "s-lone", FlowKind.ASSOCIATION)
    assert sorted(pairs(run_checks(project))) == [("dead_end", "s-lone"), ("unreachable", "s-lone")]


def test_disconnected_artifacts_are_fine() -> None:
    project = clean_project()
    add_step(project, "s-note", StepKind.ANNOTATION, "補足", lane=SECTION)
    assert run_checks(project) == []


@pytest.mark.parametrize("lane", ["", "no-such-lane", "lane-of-another-process"])
def test_outside_lane(lane: str) -> None:
    project = clean_project()
    project.process["other"] = Process(id="other", name="転出届", sort=1.0)
    project.lane["lane-of-another-process"] = Lane(id="lane-of-another-process", process_id="other", name="窓口")
    project.step["s-issue"].lane_id = lane
    findings = run_checks(project, PROC)
    assert pairs(findings) == [("outside_lane", "s-issue")]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].message == "「住民票を交付」がどの部署（レーン）にも属していません"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("受付", "受付"),
        ("受付", "受　付"),  # 全角 space
        ("受付", " 受 付\n"),
        ("ＰＤＦを出力", "pdfを出力"),  # 全角 letters, case
        ("ｳｹﾂｹ", "ウケツケ"),  # 半角カナ
    ],
)
def test_duplicate_label_in_one_lane(first: str, second: str) -> None:
    project = clean_project()
    project.step["s-receive"].label = first
    project.step["s-issue"].label = second
    findings = run_checks(project)
    assert pairs(findings) == [("duplicate_label", "s-receive"), ("duplicate_label", "s-issue")]
    assert all("部署「窓口」" in f.message and "2件" in f.message for f in findings)
    assert f"「{' '.join(first.split())}」" in findings[0].message
    for finding in findings:
        assert_japanese_line(finding.message)


def test_same_label_in_other_lanes_or_on_events_is_fine() -> None:
    project = clean_project()
    project.step["s-fix"].label = "受付"  # another lane
    add_step(project, "s-end-2", StepKind.END, "終了", phase="ph-2")  # events may share a name
    add_flow(project, "f-end-2", "s-review", "s-end-2", label="取下げ")
    assert run_checks(project) == []


@pytest.mark.parametrize("label", ["", "  ", "\u3000", "?", "？", "？？", " ? "])
def test_empty_label(label: str) -> None:
    project = clean_project()
    project.step["s-receive"].label = label
    findings = run_checks(project)
    assert pairs(findings) == [("empty_label", "s-receive")]
    message = findings[0].message
    assert "タスク" in message and "部署「窓口」" in message
    if label.strip():
        assert message == f"「{label.strip()}」（タスク）に名前が付いていません（部署「窓口」）"
    else:
        assert message == "名前のないタスクがあります（部署「窓口」）"


def test_start_end_and_parallel_gateways_may_be_unnamed() -> None:
    project = clean_project()
    project.step["s-start"].label = ""
    project.step["s-end"].label = "？"
    assert run_checks(project) == []
    project.step["s-review"].label = ""
    assert pairs(run_checks(project)) == [("empty_label", "s-review")]


def test_label_normalisation() -> None:
    assert normalize_label(" Ｐ Ｄ Ｆ\u3000出力\u200b\n") == "pdf出力"
    assert normalize_label("ｳｹﾂｹ") == "ウケツケ"
    assert is_blank_label("") and is_blank_label(" ？\u3000? ") and is_blank_label("\u200b")
    assert not is_blank_label("要確認?")


def test_gateway_single_out() -> None:
    project = clean_project()
    add_step(project, "s-check", StepKind.GATEWAY, "書類はそろっているか", phase="ph-1", x=100.0)
    project.flow["f-start"].target_id = "s-check"
    add_flow(project, "f-check", "s-check", "s-receive", label="はい")
    findings = run_checks(project)
    assert pairs(findings) == [("gateway_single_out", "s-check")]
    assert findings[0].message.startswith("「書類はそろっているか」の行き先が1つしかありません")
    # without that rule, the same gateway is merely superfluous
    assert pairs(run_checks(project, disabled=["gateway_single_out"])) == [("superfluous_gateway", "s-check")]


def test_a_merging_decision_gateway_needs_only_one_way_out() -> None:
    project = clean_project()
    add_step(project, "s-post", StepKind.MANUAL_TASK, "郵送の準備", lane=SECTION, phase="ph-3", x=200.0)
    add_step(project, "s-merge", StepKind.GATEWAY, "合流", phase="ph-3", x=40.0)
    project.flow["f-ok"].target_id = "s-merge"
    add_flow(project, "f-post", "s-review", "s-post", label="郵送")
    add_flow(project, "f-post-merge", "s-post", "s-merge")
    add_flow(project, "f-merged", "s-merge", "s-issue")
    assert run_checks(project) == []


def test_unlabelled_branch() -> None:
    project = clean_project()
    project.flow["f-ng"].label = " ？ "
    findings = run_checks(project)
    assert pairs(findings) == [("unlabelled_branch", "s-review")]
    assert findings[0].flow_id == "f-ng"
    assert findings[0].message == "「審査結果は？」から「補正を依頼」への流れに条件名がありません"


def test_an_event_based_gateway_needs_no_condition_names() -> None:
    # imported from BPMN: which event comes first decides (MIWG B.2.0 「Event Base Gateway 3」)
    project = clean_project()
    project.flow["f-ng"].label = ""
    project.flow["f-ok"].label = ""
    project.step["s-review"].attrs["bpmn_type"] = "eventBasedGateway"
    assert "unlabelled_branch" not in {f.rule for f in run_checks(project)}
    project.step["s-review"].attrs["bpmn_type"] = "exclusiveGateway"
    assert [f.flow_id for f in run_checks(project) if f.rule == "unlabelled_branch"] == ["f-ok", "f-ng"]


def test_loop_without_gateway_comes_with_an_implicit_split() -> None:
    project = clean_project()
    add_step(project, "s-confirm", StepKind.MANUAL_TASK, "受領を確認", phase="ph-4", x=40.0, y=120.0)
    add_flow(project, "f-confirm", "s-issue", "s-confirm")
    add_flow(project, "f-back", "s-confirm", "s-issue")  # back to 交付 without a decision
    assert pairs(run_checks(project)) == [("implicit_split", "s-issue"), ("loop_without_gateway", "s-issue")]
    findings = run_checks(project, disabled=["implicit_split"])
    assert pairs(findings) == [("loop_without_gateway", "s-issue")]
    assert findings[0].message.startswith("「住民票を交付」、「受領を確認」が分岐を通らずに")
    assert_japanese_line(findings[0].message)


def test_self_loop_without_gateway() -> None:
    project = clean_project()
    add_flow(project, "f-self", "s-issue", "s-issue")
    findings = run_checks(project, disabled=["implicit_split"])
    assert pairs(findings) == [("loop_without_gateway", "s-issue")]


def test_loop_through_a_gateway_is_fine() -> None:
    project = clean_project()
    add_flow(project, "f-self", "s-review", "s-review", label="再審査")
    assert run_checks(project) == []  # the clean project already loops 受付 → 審査 → 補正 → 受付


def test_cross_pool_flow() -> None:
    project = clean_project()
    project.lane["lane-other"] = Lane(id="lane-other", process_id=PROC, name="転出元", sort=2.0, pool="転出元市")
    project.step["s-end"].lane_id = "lane-other"
    findings = run_checks(project)
    assert pairs(findings) == [("cross_pool_flow", "s-issue")]
    assert findings[0].flow_id == "f-end" and findings[0].severity is Severity.ERROR
    assert "「住民票を交付」から「終了」" in findings[0].message


def test_message_in_pool_and_between_pools() -> None:
    project = clean_project()
    add_flow(project, "f-message", "s-receive", "s-fix", FlowKind.MESSAGE, label="依頼")
    findings = run_checks(project)
    assert pairs(findings) == [("message_in_pool", "s-receive")]
    assert findings[0].flow_id == "f-message" and findings[0].severity is Severity.WARNING
    project.lane[SECTION].pool = "担当課"
    project.flow["f-review"].kind = FlowKind.MESSAGE  # the sequence flows into the section now cross pools
    project.flow["f-again"].kind = FlowKind.MESSAGE
    assert "message_in_pool" not in {f.rule for f in run_checks(project)}


def test_duplicate_flow() -> None:
    project = clean_project()
    add_flow(project, "f-review-again", "s-receive", "s-review")
    findings = run_checks(project)
    assert pairs(findings) == [("duplicate_flow", "s-receive")]
    assert findings[0].flow_id == "f-review-again"
    assert findings[0].message == "「受付」から「審査結果は？」への流れが重複しています"


def test_implicit_split() -> None:
    project = clean_project()
    add_flow(project, "f-shortcut", "s-receive", "s-issue")
    findings = run_checks(project)
    assert pairs(findings) == [("implicit_split", "s-receive")]
    assert findings[0].message.startswith("「受付」から2本の流れが出ています")


def test_superfluous_parallel_gateway() -> None:
    project = clean_project()
    add_step(project, "s-and", StepKind.GATEWAY_AND, "", phase="ph-1", x=90.0)
    project.flow["f-start"].target_id = "s-and"
    add_flow(project, "f-and", "s-and", "s-receive")
    findings = run_checks(project)
    assert pairs(findings) == [("superfluous_gateway", "s-and")]
    assert findings[0].severity is Severity.INFO
    assert findings[0].message.startswith("名前のない並行分岐は")


# --- Fit&Gap rules ----------------------------------------------------------------------------------------------


def test_unmapped_task() -> None:
    project = clean_project()
    del project.judgment["s-fix"]
    findings = run_checks(project)
    assert pairs(findings) == [("unmapped_task", "s-fix")]
    assert findings[0].severity is Severity.INFO
    assert findings[0].message.startswith("「補正を依頼」が標準仕様書の機能に対応付けられていません")


def test_manual_tasks_out_of_scope_steps_and_called_processes_need_no_link() -> None:
    project = clean_project()
    project.process["sub"] = Process(id="sub", name="本人確認", sort=1.0)
    sub = add_step(project, "s-sub", StepKind.SUBPROCESS, "本人確認", lane=SECTION, phase="ph-4")
    add_flow(project, "f-sub", "s-review", "s-sub", label="要確認")
    add_flow(project, "f-sub-end", "s-sub", "s-end")
    assert pairs(run_checks(project, PROC)) == [("unmapped_task", "s-sub")]
    sub.subprocess_id = "sub"  # a call of a drawn process
    assert run_checks(project, PROC) == []
    sub.subprocess_id = "no-such-process"
    assert pairs(run_checks(project, PROC)) == [("unmapped_task", "s-sub")]
    project.judgment["s-sub"] = Judgment(id="s-sub", verdict=Verdict.OUT_OF_SCOPE)
    assert run_checks(project, PROC) == []
    del project.judgment["s-sub"]
    sub.kind = StepKind.MANUAL_TASK
    assert run_checks(project, PROC) == []


@pytest.mark.parametrize("verdict", [Verdict.PARTIAL, Verdict.GAP])
def test_gap_without_resolution(verdict: Verdict) -> None:
    project = clean_project()
    project.judgment["s-receive"] = Judgment(id="s-receive", verdict=verdict, owner="市民課")
    findings = run_checks(project)
    assert pairs(findings) == [("gap_without_resolution", "s-receive")]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].message.startswith("「受付」は判定が")
    assert "対応方針" in findings[0].message


def test_gap_without_owner() -> None:
    project = clean_project()
    project.judgment["s-receive"] = Judgment(
        id="s-receive", verdict=Verdict.PARTIAL, resolution=Resolution.WORKAROUND, owner=" "
    )
    findings = run_checks(project)
    assert pairs(findings) == [("gap_without_owner", "s-receive")]
    assert findings[0].message == "「受付」は判定が「一部適合」ですが担当者が決まっていません"


def test_a_gap_on_one_link_needs_a_resolution_and_an_owner_too() -> None:
    project = clean_project()
    project.link["link-receive"].verdict = Verdict.GAP
    assert pairs(run_checks(project)) == [("gap_without_resolution", "s-receive"), ("gap_without_owner", "s-receive")]
    project.judgment["s-receive"].resolution = Resolution.ADOPT_STANDARD
    project.judgment["s-receive"].owner = "市民課"
    assert run_checks(project) == []


def test_customization_without_justification() -> None:
    project = clean_project()
    project.judgment["s-receive"] = Judgment(
        id="s-receive", verdict=Verdict.GAP, resolution=Resolution.CUSTOMIZATION, owner="市民課"
    )
    findings = run_checks(project)
    assert pairs(findings) == [("customization_without_justification", "s-receive")]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].message.startswith("「受付」は対応方針がカスタマイズ")
    project.judgment["s-receive"].justification = "法定様式のため真にやむを得ない"
    assert run_checks(project) == []


def test_a_link_decided_as_customization_needs_the_justification_too() -> None:
    project = clean_project()
    project.link["link-receive"].resolution = Resolution.CUSTOMIZATION
    findings = run_checks(project)
    assert pairs(findings) == [("customization_without_justification", "s-receive")]
    assert "0010001" in findings[0].message


@pytest.mark.parametrize(("item", "code"), [("item-x", "0010003"), ("item-o", "0010002")])
def test_prohibited_or_unadopted_option_links_are_open_risks_not_customizations(item: str, code: str) -> None:
    project = clean_project()
    project.link["link-extra"] = Link(id="link-extra", step_id="s-receive", item_id=item)
    findings = run_checks(project)
    assert pairs(findings) == [("open_risk", "s-receive")]
    assert findings[0].severity is Severity.WARNING
    assert code in findings[0].message and "理由が書かれていません" not in findings[0].message
    project.judgment["s-receive"] = Judgment(id="s-receive", verdict=Verdict.GAP, resolution=Resolution.DEFER,
                                             owner="市民課")
    assert pairs(run_checks(project)) == [("open_risk", "s-receive")]  # 保留 keeps it open
    project.judgment["s-receive"].resolution = Resolution.ADOPT_STANDARD  # 業務見直し, agreed: decided
    project.judgment["s-receive"].decision = Decision.AGREED
    assert run_checks(project) == []
    if item == "item-o":
        project.judgment["s-receive"].verdict = Verdict.FIT_OPTION
        project.judgment["s-receive"].resolution = Resolution.NONE
        assert pairs(run_checks(project)) == [("open_risk", "s-receive")]
        project.meta.adopted_options = ("item-o",)
        assert run_checks(project) == []


def test_fit_verdict_on_a_step_linked_only_to_prohibited_items_is_an_error() -> None:
    project = clean_project()
    project.link["link-receive"].item_id = "item-x"
    project.judgment["s-receive"] = Judgment(id="s-receive", verdict=Verdict.FIT,
                                             resolution=Resolution.WORKAROUND, owner="市民課")
    findings = run_checks(project)
    assert pairs(findings) == [("fit_on_prohibited", "s-receive"), ("unreferenced_mandatory", "")]
    assert findings[0].severity is Severity.ERROR and "0010003" in findings[0].message
    project.link["link-m"] = Link(id="link-m", step_id="s-receive", item_id="item-m")  # one usable item
    assert run_checks(project) == []


def test_unreferenced_mandatory() -> None:
    project = clean_project()
    add_mandatory(project, "item-m2", "0020001", "転出証明書の発行")
    findings = run_checks(project)
    assert pairs(findings) == [("unreferenced_mandatory", "")]
    finding = findings[0]
    assert finding.process_id == "" and finding.step_id == "" and finding.severity is Severity.INFO
    assert "0020001" in finding.message and "転出証明書の発行" in finding.message
    assert_japanese_line(finding.message)
    # project-level: not part of a one-process run
    assert run_checks(project, PROC) == []


def test_links_of_deleted_steps_do_not_cover_an_item() -> None:
    project = clean_project()
    project.link["link-receive"].step_id = "s-gone"
    rules = pairs(run_checks(project))
    assert ("unreferenced_mandatory", "") in rules and ("unmapped_task", "s-receive") in rules


def test_unreferenced_mandatory_needs_a_process() -> None:
    project = clean_project()
    add_mandatory(project, "item-m2")
    project.process.clear()
    project.step.clear()
    project.flow.clear()
    assert run_checks(project) == []


# --- switching rules off ----------------------------------------------------------------------------------------


def _broken_project() -> Project:
    """Clean project plus a dead end and an unmapped task."""
    project = clean_project()
    add_step(project, "s-hold", StepKind.TASK, "保留として記録", lane=SECTION)
    add_flow(project, "f-hold", "s-review", "s-hold", label="保留")
    return project


def test_disabled_by_argument() -> None:
    project = _broken_project()
    assert pairs(run_checks(project)) == [("dead_end", "s-hold"), ("unmapped_task", "s-hold")]
    assert pairs(run_checks(project, disabled=["dead_end"])) == [("unmapped_task", "s-hold")]
    assert run_checks(project, disabled=("dead_end", "unmapped_task", "no_such_rule")) == []


def test_disabled_by_project_settings() -> None:
    project = _broken_project()
    project.meta.disabled_checks = ("unmapped_task",)
    assert pairs(run_checks(project)) == [("dead_end", "s-hold")]
    # an explicit argument replaces the project's setting
    assert pairs(run_checks(project, disabled=[])) == [("dead_end", "s-hold"), ("unmapped_task", "s-hold")]


@pytest.mark.parametrize("rule", [rule.key for rule in RULES])
def test_every_rule_can_be_switched_off(rule: str) -> None:
    project = _broken_project()
    project.step["s-issue"].label = ""
    project.step["s-issue"].lane_id = ""
    add_mandatory(project, "item-m2")
    assert rule not in {f.rule for f in run_checks(project, disabled=[rule])}


# --- ordering and messages --------------------------------------------------------------------------------------


def test_findings_sort_by_process_then_severity_then_step_order() -> None:
    project = clean_project()
    project.process[PROC].sort = 1.0
    project.process["first"] = Process(id="first", name="先に表示", sort=0.0)
    project.lane["lane-first"] = Lane(id="lane-first", process_id="first", name="窓口")
    add_step(project, "t-lone", StepKind.MANUAL_TASK, "単独", lane="lane-first", phase="", process="first")
    # in PROC: an info (unmapped) on the left, a warning (dead end) further right, an error (outside lane) last
    add_step(project, "s-late", StepKind.MANUAL_TASK, "右端の作業", lane=SECTION, phase="ph-4", x=300.0)
    add_flow(project, "f-late", "s-review", "s-late", label="保留")
    add_step(project, "s-early", StepKind.TASK, "左端の作業", lane=SECTION, phase="ph-1", x=10.0)
    add_flow(project, "f-early-in", "s-review", "s-early", label="差戻し")
    add_flow(project, "f-early-out", "s-early", "s-end")
    add_step(project, "s-mid", StepKind.MANUAL_TASK, "中ほどの作業", lane="", phase="ph-2")
    add_flow(project, "f-mid-in", "s-review", "s-mid", label="照会")
    add_flow(project, "f-mid-out", "s-mid", "s-end")
    project.step["s-issue"].label = ""  # a warning in ph-3, left of s-late
    add_mandatory(project, "item-m2")
    findings = run_checks(project)
    assert pairs(findings) == [
        ("no_start", ""),
        ("no_end", ""),
        ("disconnected", "t-lone"),
        ("outside_lane", "s-mid"),
        ("empty_label", "s-issue"),
        ("dead_end", "s-late"),
        ("unmapped_task", "s-early"),
        ("unreferenced_mandatory", ""),
    ]
    assert [f.process_id for f in findings] == ["first"] * 3 + [PROC] * 4 + [""]
    severities = [f.severity for f in findings if f.process_id == PROC]
    assert severities == [Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.INFO]


def test_one_process_only() -> None:
    project = _broken_project()
    project.process["other"] = Process(id="other", name="転出届")
    add_step(project, "o-task", StepKind.MANUAL_TASK, "転出証明書を交付", lane="", process="other")
    assert {f.process_id for f in run_checks(project)} == {PROC, "other"}
    assert {f.process_id for f in run_checks(project, "other")} == {"other"}
    assert pairs(run_checks(project, PROC)) == [("dead_end", "s-hold"), ("unmapped_task", "s-hold")]


def test_messages_are_one_japanese_line_naming_the_step() -> None:
    project = _broken_project()
    project.step["s-hold"].label = "保留として\n記録する　（長い名前の手順で、三十文字を超えると途中で切られる）"
    findings = run_checks(project)
    assert len(findings) == 2
    for finding in findings:
        assert_japanese_line(finding.message)
        assert finding.message.startswith("「保留として 記録する （長い名前の")
        assert "…」" in finding.message


def test_unnamed_steps_are_named_by_kind_and_number() -> None:
    project = _broken_project()
    project.step["s-hold"].label = ""
    project.step["s-hold"].step_no = "7"
    messages = {f.rule: f.message for f in run_checks(project)}
    assert messages["dead_end"] == "名前のないタスク（No.7）から先に進む流れがありません"
    assert messages["empty_label"] == "名前のないタスクがあります（部署「担当課」）"


def _partner(project: Project, name: str = "転出元市区町村") -> None:
    """A lane of an external organisation in a pool of its own."""
    project.lane["lane-x"] = Lane(id="lane-x", process_id=PROC, name=name, sort=2.0, pool=name)


def test_a_partner_pool_drawn_only_by_its_messages_is_neither_unreachable_nor_a_dead_end() -> None:
    # 窓口 asks the other municipality (a task with a message in, one out, no start or end of its own)
    project = clean_project()
    _partner(project)
    add_step(project, "s-x", StepKind.TASK, "転出証明書情報を送信", lane="lane-x", phase="ph-2")
    add_flow(project, "f-ask", "s-receive", "s-x", FlowKind.MESSAGE, label="照会")
    add_flow(project, "f-answer", "s-x", "s-review", FlowKind.MESSAGE, label="回答")
    assert run_checks(project) == []
    # the same task in the office's own pool is reported: messages inside one pool, and no sequence to it
    project.lane["lane-x"].pool = ""
    rules = {f.rule for f in run_checks(project)}
    assert {"message_in_pool", "dead_end"} <= rules


def test_a_partner_pool_with_its_own_start_and_end_is_checked_like_any_other() -> None:
    project = clean_project()
    _partner(project)
    add_step(project, "s-x-start", StepKind.START, "照会を受ける", lane="lane-x", phase="ph-1")
    add_step(project, "s-x", StepKind.TASK, "回答を作成", lane="lane-x", phase="ph-2")  # no flow in: unreachable
    add_step(project, "s-x-end", StepKind.END, "回答済み", lane="lane-x", phase="ph-3")
    add_flow(project, "f-x", "s-x", "s-x-end")
    assert ("unreachable", "s-x") in pairs(run_checks(project))


def test_a_step_that_a_message_starts_is_reachable() -> None:
    # the 転入通知 arrives from the other municipality: the office's receiving task starts the rest of the work
    project = clean_project()
    _partner(project)
    add_step(project, "s-x", StepKind.EVENT, "転入通知（転入地から）", lane="lane-x", phase="ph-2")
    add_step(project, "s-recv", StepKind.TASK, "転入通知を受理", lane=SECTION, phase="ph-4")
    add_step(project, "s-recv-end", StepKind.END, "除票の記載完了", lane=SECTION, phase="ph-4", x=200.0)
    add_flow(project, "f-notice", "s-x", "s-recv", FlowKind.MESSAGE, label="転入通知")
    add_flow(project, "f-recv", "s-recv", "s-recv-end")
    rules = pairs(run_checks(project))
    assert ("unreachable", "s-recv") not in rules and ("unreachable", "s-recv-end") not in rules
