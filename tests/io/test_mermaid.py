"""read_mermaid: the 72 diagrams of the Code for Japan KB (counted independently), the bundled subset, syntax."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcloud_desk.domain.process import FlowKind, ProcessKind, Step, StepKind
from jcloud_desk.io.imported import ImportedFlows
from jcloud_desk.io.mermaid import OTHER_LANE, read_mermaid

DATA = Path(__file__).resolve().parent.parent / "data" / "mermaid"
KB = Path(__file__).resolve().parents[3] / "shared" / "reference-data" / "cfj-municipal-workflow-kb" / "workflows"
KB_FILES = sorted(p for p in KB.rglob("*.md") if "```mermaid" in p.read_text(encoding="utf-8")) if KB.is_dir() else []
needs_kb = pytest.mark.skipif(not KB_FILES, reason=f"reference data not present: {KB} (the ../shared checkout)")


# --- an independent count of the simple syntax forms ---------------------------------------------------------
_SKIP = re.compile(r"^\s*(%%|style\s|classDef\s|class\s|linkStyle\s|flowchart\b|graph\b|end\s*$)")
_ARROWS = re.compile(r"\s*(?:<?-{2,}>|-\.+->|={2,}>|-{3,}|-\.+-|={3,})\s*")


def diagrams(text: str) -> list[str]:
    """The bodies of the ```mermaid fences of a Markdown text."""
    return re.findall(r"^```mermaid\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)


def expected(body: str) -> tuple[set[str], int, list[str]]:
    """Node ids, number of edges and subgraph labels of one diagram, by plain regular expressions."""
    kept: list[str] = []
    labels: list[str] = []
    for line in body.splitlines():
        sub = re.match(r"^\s*subgraph\s+(.*?)\s*$", line)
        if sub:
            title = sub.group(1)
            bracket = re.match(r'^\S+?\[(.*)\]$', title)
            label = (bracket.group(1) if bracket else title).strip('"')
            labels.append(re.sub(r"<br\s*/?>", "\n", label).replace("\\n", "\n"))
        elif not _SKIP.match(line):
            kept.append(line)
    text = "\n".join(kept)
    text = re.sub(r'"[^"]*"', "", text)  # quoted labels first: they may hold brackets
    for pattern in (r"\(\[.*?\]\)", r"\[\[.*?\]\]", r"\[.*?\]", r"\{.*?\}", r"\(.*?\)"):
        text = re.sub(pattern, "", text, flags=re.DOTALL)
    text = re.sub(r"\|[^|\n]*\|", "", text)  # -->|label|
    text = re.sub(r"(?<![-.=])--(?![->])[^\n]*?-->", " --> ", text)  # -- label -->
    text = re.sub(r"(?<![-.=])--(?![->])[^\n→]*?→", " --> ", text)  # -- label → target (recovered form)
    nodes: set[str] = set()
    edges = 0
    for line in text.splitlines():
        groups = [[n.split(":::")[0].strip() for n in part.split("&")] for part in _ARROWS.split(line.strip())]
        groups = [[n for n in group if n] for group in groups]
        nodes.update(n for group in groups for n in group)
        edges += sum(len(a) * len(b) for a, b in itertools.pairwise(groups))
    return nodes, edges, labels


def by_process(imported: ImportedFlows) -> list[tuple[set[str], int, list[str]]]:
    """(mermaid ids, flow count, lane names) of each imported process, in order."""
    lanes = {lane.id: lane for lane in imported.lanes}
    result = []
    for process in imported.processes:
        ids = {s.attrs["mermaid_id"] for s in imported.steps if s.process_id == process.id}
        flows = sum(1 for f in imported.flows if f.process_id == process.id)
        names = [lane.name for lane in sorted((x for x in lanes.values() if x.process_id == process.id),
                                              key=lambda x: x.sort)]
        result.append((ids, flows, names))
    return result


def check_file(path: Path) -> tuple[int, int, int]:
    """Import ``path`` and compare every diagram with the regex count; return (diagrams, nodes, edges)."""
    imported = read_mermaid(path)
    bodies = diagrams(path.read_text(encoding="utf-8"))
    assert len(imported.processes) == len(bodies)
    totals = [0, 0, 0]
    for body, (ids, flows, lanes) in zip(bodies, by_process(imported), strict=True):
        nodes, edges, labels = expected(body)
        assert ids == nodes, f"{path.name}: nodes differ: {sorted(ids ^ nodes)}"
        assert flows == edges, f"{path.name}: {flows} flows, {edges} edges counted"
        assert set(labels) <= set(lanes), f"{path.name}: missing lanes {set(labels) - set(lanes)}"
        assert len(set(lanes) - set(labels)) <= 1  # at most the extra その他 lane
        totals = [totals[0] + 1, totals[1] + len(nodes), totals[2] + edges]
    assert {s.process_id for s in imported.steps} <= {p.id for p in imported.processes}
    assert {s.lane_id for s in imported.steps} <= {lane.id for lane in imported.lanes}
    step_ids = {s.id for s in imported.steps}
    assert all(f.source_id in step_ids and f.target_id in step_ids for f in imported.flows)
    assert imported.positioned is False
    return totals[0], totals[1], totals[2]


@needs_kb
def test_all_72_kb_diagrams_import_with_the_counted_nodes_edges_and_lanes() -> None:
    totals = Counter[str]()
    for path in KB_FILES:
        count, nodes, edges = check_file(path)
        totals.update(diagrams=count, nodes=nodes, edges=edges)
    assert totals["diagrams"] == 72
    assert totals["nodes"] > 1000 and totals["edges"] > 1000


@needs_kb
def test_kb_warnings_are_only_the_known_malformed_lines() -> None:
    warnings = [w for path in KB_FILES for w in read_mermaid(path).warnings]
    assert len(warnings) == 3
    assert all("「→」を矢印として解釈しました" in w.message for w in warnings)
    assert {w.where for w in warnings} == {"flow-standard.md:74", "flow-standard.md:213", "flow-standard.md:53"}


@pytest.mark.parametrize("name", ["jyumin-ido.md", "shobo-kensa.md", "sonota.md"])
def test_bundled_subset_matches_the_regex_count(name: str) -> None:
    assert check_file(DATA / name)[0] >= 1


def test_bundled_subset_is_still_identical_to_the_kb_copy() -> None:
    pairs = {"jyumin-ido.md": "_standardized-20/jyumin-ido/flow-standard.md",
             "shobo-kensa.md": "administrative-commons/shobo-kensa/flow-canonical.md",
             "sonota.md": "_standardized-20/sonota/flow-standard.md"}
    if not KB_FILES:
        pytest.skip(f"reference data not present: {KB}")
    for name, origin in pairs.items():
        assert (DATA / name).read_bytes() == (KB / origin).read_bytes()


def test_jyumin_ido_processes_lanes_kinds_and_labels() -> None:
    imported = read_mermaid(DATA / "jyumin-ido.md")
    assert imported.process_names() == ["転入届フロー", "転出届フロー", "転居届フロー"]
    first = imported.processes[0]
    assert first.business == "住民異動届 標準業務フロー"
    assert first.kind is ProcessKind.STANDARD  # front matter flow_type: "standard"
    assert "jyumin-ido.md" in first.notes
    lanes = sorted((x for x in imported.lanes if x.process_id == first.id), key=lambda x: x.sort)
    assert [x.name for x in lanes] == ["住民・申請者", "窓口担当", "担当課（審査）", "システム", OTHER_LANE]
    lane_of = {x.id: x.name for x in lanes}
    steps = {s.attrs["mermaid_id"]: s for s in imported.steps if s.process_id == first.id}
    assert steps["Start"].kind is StepKind.START and lane_of[steps["Start"].lane_id] == "住民・申請者"
    assert steps["Start"].label == "住民来庁・転入届提出"
    assert steps["CheckOnline"].kind is StepKind.GATEWAY
    assert steps["CheckOnline"].label == "マイナポータル\nオンライン転出済み?"
    assert steps["End_OK"].kind is StepKind.END and lane_of[steps["End_OK"].lane_id] == OTHER_LANE
    assert steps["ReceiveApp"].kind is StepKind.TASK and lane_of[steps["ReceiveApp"].lane_id] == "窓口担当"
    labels = {(f.source_id, f.target_id): f.label for f in imported.flows if f.process_id == first.id}
    assert labels[steps["CheckOnline"].id, steps["CardTransfer"].id] == "YES\nカード転入"
    assert labels[steps["ID_GW"].id, steps["End_NG"].id] == "NG"
    assert imported.counts["diagrams"] == 3
    assert imported.warnings == []


def test_shobo_kensa_subgraph_labels_pipe_labels_and_dotted_links() -> None:
    imported = read_mermaid(DATA / "shobo-kensa.md")
    assert imported.process_names() == ["消防査察（防火対象物立入検査）"]  # generic 「フロー図」 → file title
    assert [x.name for x in sorted(imported.lanes, key=lambda x: x.sort)] == [
        "🏢 消防署（査察担当）", "🏪 防火対象物（管理者・防火管理者）", "🏛️ 消防本部（審査・記録管理）", OTHER_LANE]
    steps = {s.attrs["mermaid_id"]: s for s in imported.steps}
    assert steps["note1"].label == "火災の実績情報"
    assert steps["decision1"].kind is StepKind.GATEWAY
    dotted = next(f for f in imported.flows if f.source_id == steps["note1"].id)
    assert (dotted.label, dotted.kind) == ("関連性確認", FlowKind.SEQUENCE)
    assert {f.label for f in imported.flows if f.source_id == steps["decision1"].id} == {"指導のみ", "措置命令"}


def test_sonota_classes_and_comments() -> None:
    imported = read_mermaid(DATA / "sonota.md")
    assert [x.name for x in imported.lanes] == [OTHER_LANE]
    steps = {s.attrs["mermaid_id"]: s for s in imported.steps}
    assert steps["C"].attrs["mermaid_class"] == "cond"
    assert steps["G"].attrs["mermaid_class"] == "condOr"
    assert steps["K"].attrs["mermaid_class"] == "milestone" and steps["K"].kind is StepKind.TASK
    assert steps["D"].label == "提案書・見積書作成\n※boardへ案件登録"
    assert "mermaid_class" not in steps["A"].attrs
    assert imported.warnings == []


# --- syntax, from text -------------------------------------------------------------------------------------------
def _one(text: str) -> tuple[dict[str, Step], ImportedFlows]:
    imported = read_mermaid(text)
    return {s.attrs["mermaid_id"]: s for s in imported.steps}, imported


def test_shapes_map_to_step_kinds() -> None:
    steps, _ = _one(
        "flowchart LR\n"
        "  S([開始]) --> T[作業] --> R(丸) --> G{判断} --> H{{準備}} --> A>旗]\n"
        "  A --> E((事象)) --> D[(台帳)] --> P[/帳票/] --> M[/手作業\\] --> SP[[サブ]] --> X([終了])\n"
        "  W((( 二重 )))\n"
    )
    kinds = {key: step.kind for key, step in steps.items()}
    assert kinds == {
        "S": StepKind.START, "T": StepKind.TASK, "R": StepKind.TASK, "G": StepKind.GATEWAY, "H": StepKind.TASK,
        "A": StepKind.TASK, "E": StepKind.EVENT, "D": StepKind.DATA_STORE, "P": StepKind.DOCUMENT,
        "M": StepKind.MANUAL_TASK, "SP": StepKind.SUBPROCESS, "X": StepKind.END, "W": StepKind.EVENT,
    }
    assert steps["W"].label == "二重"


def test_stadium_with_flows_both_ways_is_an_intermediate_event() -> None:
    steps, _ = _one("flowchart TD\n  A --> M([中間]) --> B\n")
    assert steps["M"].kind is StepKind.EVENT


def test_links_chains_ampersands_and_statements() -> None:
    steps, imported = _one(
        "graph TD\n"
        "  A --> B --> C; C -.-> D\n"
        "  A & B --> E & F\n"
        "  D ==>|太い| E\n"
        "  E -- 文字 --- F\n"
        "  F -. 点線 .-> A\n"
        "  F ~~~ A\n"
    )
    ids = {s.id: key for key, s in steps.items()}
    pairs = [(ids[f.source_id], ids[f.target_id], f.label, f.kind) for f in imported.flows]
    assert pairs == [
        ("A", "B", "", FlowKind.SEQUENCE), ("B", "C", "", FlowKind.SEQUENCE), ("C", "D", "", FlowKind.SEQUENCE),
        ("A", "E", "", FlowKind.SEQUENCE), ("A", "F", "", FlowKind.SEQUENCE), ("B", "E", "", FlowKind.SEQUENCE),
        ("B", "F", "", FlowKind.SEQUENCE), ("D", "E", "太い", FlowKind.SEQUENCE),
        ("E", "F", "文字", FlowKind.ASSOCIATION), ("F", "A", "点線", FlowKind.SEQUENCE),
    ]
    assert imported.counts["invisible_links"] == 1


def test_labels_are_unquoted_and_line_breaks_unescaped() -> None:
    steps, _ = _one(
        'flowchart TD\n  A["受付<br/>窓口"] --> B[確認\\n本人]\n  C["#quot;引用#quot; &amp; [括弧]"]\n'
        "  D[複数行の\n  ラベル]\n"
    )
    labels = {key: s.label for key, s in steps.items()}
    assert labels == {"A": "受付\n窓口", "B": "確認\n本人", "C": '"引用" & [括弧]', "D": "複数行の\nラベル"}


def test_subgraphs_nested_flattened_with_ids_and_first_mention_wins() -> None:
    steps, imported = _one(
        "flowchart TD\n"
        "  X[外] --> A\n"
        "  subgraph outer [窓口]\n"
        "    A[受付]\n"
        "    subgraph inner[\"審査 係\"]\n"
        "      B[審査]\n"
        "    end\n"
        "    A --> B\n"
        "  end\n"
        "  subgraph 窓口\n"
        "    C[同名の部署]\n"
        "    A\n"
        "  end\n"
    )
    lane_of = {x.id: x.name for x in imported.lanes}
    assert [x.name for x in sorted(imported.lanes, key=lambda x: x.sort)] == ["窓口", "審査 係", OTHER_LANE]
    names = {key: lane_of[s.lane_id] for key, s in steps.items()}
    assert names == {"X": OTHER_LANE, "A": "窓口", "B": "審査 係", "C": "窓口"}


def test_unknown_syntax_gives_warnings_with_line_numbers_not_errors() -> None:
    text = "# 題名\n\n## 受付の流れ\n\n```mermaid\nflowchart TD\n  A --> B\n  A --> ??? !!\n  B -->\n  end\n```\n"
    steps, imported = _one(text)
    assert imported.process_names() == ["受付の流れ"]
    assert set(steps) == {"A", "B", "???"}
    where = [w.where for w in imported.warnings]
    assert where == ["テキスト:8", "テキスト:9", "テキスト:10"]
    assert "解釈できない記述" in imported.warnings[0].message


def test_non_flowchart_blocks_are_skipped_and_headings_name_processes(tmp_path: Path) -> None:
    path = tmp_path / "業務.md"
    path.write_text(
        "---\ntitle: x\n# not a heading\n---\n# 業務の題名\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n"
        "## フロー図\n```mermaid\nflowchart TD\n  A --> B\n```\n### 詳細\n```mermaid\nflowchart TD\n  C\n```\n",
        encoding="utf-8",
    )
    imported = read_mermaid(path)
    assert imported.process_names() == ["業務の題名", "詳細"]
    assert imported.counts["skipped"] == 1
    assert imported.warnings[0].where == "業務.md:7"


def test_one_line_diagram() -> None:
    steps, imported = _one("graph LR; A-->B; B-->C")
    assert set(steps) == {"A", "B", "C"} and len(imported.flows) == 2 and imported.warnings == []


def test_mmd_file_and_path_string(tmp_path: Path) -> None:
    path = tmp_path / "転入.mmd"
    path.write_text("flowchart TD\n  A[受付] --> B[入力]\n", encoding="utf-8")
    for source in (path, str(path)):
        imported = read_mermaid(source)
        assert imported.process_names() == ["転入"]
        assert [s.label for s in imported.steps] == ["受付", "入力"]
        assert [x.name for x in imported.lanes] == [OTHER_LANE]


def test_import_is_one_batch_that_adds_everything() -> None:
    imported = read_mermaid(DATA / "jyumin-ido.md")
    batch = imported.to_batch()
    expected_count = sum(len(g) for g in (imported.processes, imported.lanes, imported.steps, imported.flows))
    assert len(batch.edits) == expected_count


def test_diagram_front_matter_styling_and_keywords_used_as_ids() -> None:
    steps, imported = _one(
        "---\ntitle: 題\n---\n%%{init: {'theme': 'base'}}%%\nflowchart LR\n"
        "  classDef hot fill:#f00\n  style A fill:#0f0\n  click A callback\n  linkStyle 0 stroke:#00f\n"
        "  A[受付] --> style[様式を確認]\n  class A,style hot\n"
    )
    assert set(steps) == {"A", "style"}
    assert steps["A"].attrs["mermaid_class"] == "hot" and steps["style"].label == "様式を確認"
    assert imported.warnings == []


_PIECES = [";", "graph LR", "A", "B", "節", " ", "-->", "---", "-.->", "==>", "-- x -->", "|y|", "&", "[", "]",
           "(", ")", "{", "}", "([", "])", '"', ":::c", "\n", "subgraph S", "end", "%%", "<br>", "→", ">", "/", "\\"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_imports_without_exceptions(pieces: list[str]) -> None:
    imported = read_mermaid("".join(pieces))
    assert read_mermaid("flowchart TD\n" + "".join(pieces)).counts["diagrams"] == 1
    step_ids = {s.id for s in imported.steps}
    assert all(f.source_id in step_ids and f.target_id in step_ids for f in imported.flows)
    assert {s.lane_id for s in imported.steps} <= {lane.id for lane in imported.lanes}
