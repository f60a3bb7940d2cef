"""Import Mermaid flowcharts (a ``.mmd`` file, or every ```mermaid block of a Markdown file) as processes.

Each diagram becomes one ``Process`` named after the nearest preceding Markdown heading (a generic heading
such as 「フロー図」 gives way to the file title); the file title (first ``#`` heading, else the file name)
becomes the process's 業務. ``subgraph`` blocks become lanes (部署) in order of appearance, nested ones
flattened into their own lanes and same-named ones merged; a node belongs to the first subgraph that mentions
it, and nodes mentioned only outside every subgraph go to the lane 「その他」. Mermaid has no phases (工程).

Node shapes → ``StepKind``: ``[..]`` ``(..)`` ``{{..}}`` ``>..]`` task, ``{..}`` gateway, ``([..])`` start
(no incoming flow), end (no outgoing flow) or intermediate event, ``((..))`` event, ``[(..)]`` data store,
``[/../]`` document, ``[/..\\]`` manual task (JIS 手作業), ``[[..]]`` sub-process. The Mermaid node id and
any ``:::class`` (``cond`` = AND fork, ``condOr`` = exclusive alternatives) are kept in ``Step.attrs``.
Links without an arrow head, or touching a document / data store, become association flows. The reader is
lenient: syntax it does not know becomes a warning naming the line, never an error. Positions are left to
the caller (``positioned`` is False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.ids import new_id
from jcloud_desk.domain.process import Flow, FlowKind, Lane, Process, ProcessKind, Step, StepKind
from jcloud_desk.io.errors import MermaidFormatError
from jcloud_desk.io.imported import ImportedFlows, ImportWarning
from jcloud_desk.io.mermaid_syntax import MGraph, MNode, clean_label, diagram_type, parse_flowchart
from jcloud_desk.io.text_decoding import UNDECODABLE, decode_japanese_text

#: Lane of the nodes declared outside every subgraph.
OTHER_LANE = "その他"
#: Headings too generic to name a process: the file title is used instead.
GENERIC_HEADINGS = frozenset({"フロー", "フロー図", "ワークフロー", "ワークフロー図", "業務フロー", "業務フロー図",
                              "全体フロー", "flow", "flowchart", "diagram", "workflow"})
#: Mermaid shape key → step kind (``stadium`` is decided by the node's flows).
SHAPE_KINDS: dict[str, StepKind] = {
    "": StepKind.TASK,
    "rect": StepKind.TASK,
    "round": StepKind.TASK,
    "hexagon": StepKind.TASK,
    "asymmetric": StepKind.TASK,
    "rhombus": StepKind.GATEWAY,
    "circle": StepKind.EVENT,
    "double_circle": StepKind.EVENT,
    "cylinder": StepKind.DATA_STORE,
    "parallelogram": StepKind.DOCUMENT,
    "trapezoid": StepKind.MANUAL_TASK,
    "subroutine": StepKind.SUBPROCESS,
}
#: Front-matter ``flow_type`` → process kind.
FLOW_TYPES: dict[str, ProcessKind] = {"standard": ProcessKind.STANDARD, "as_is": ProcessKind.AS_IS,
                                      "to_be": ProcessKind.TO_BE}

_HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>[\w-]*)")
_FRONT_KEY = re.compile(r'^(?P<key>[\w-]+)\s*:\s*"?(?P<value>[^"#]*)"?\s*$')
_MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass(slots=True)
class MermaidBlock:
    """One diagram's source lines (1-based line numbers of the file) and what names it."""

    heading: str
    lines: list[tuple[int, str]]
    start_line: int


@dataclass(slots=True)
class MarkdownDoc:
    """The diagrams of a file with its title and front-matter ``flow_type``."""

    title: str
    flow_type: str
    blocks: list[MermaidBlock]


def _decode(data: bytes, where: str) -> str:
    text = decode_japanese_text(data)
    if text is None:
        raise MermaidFormatError(where, None, UNDECODABLE)
    return text


def split_markdown(text: str) -> MarkdownDoc:
    """Every ```mermaid block of a Markdown text, with the nearest preceding heading of each."""
    lines = text.splitlines()
    start = 0
    flow_type = ""
    if lines and lines[0].strip() == "---":
        close = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if close is not None:
            for line in lines[1:close]:
                match = _FRONT_KEY.match(line)
                if match and match.group("key") == "flow_type":
                    flow_type = match.group("value").strip()
            start = close + 1
    title = ""
    heading = ""
    blocks: list[MermaidBlock] = []
    index = start
    while index < len(lines):
        line = lines[index]
        fence = _FENCE.match(line.strip())
        if fence:
            marker = fence.group("fence")
            body: list[tuple[int, str]] = []
            index += 1
            while index < len(lines) and not lines[index].strip().startswith(marker):
                body.append((index + 1, lines[index]))
                index += 1
            if fence.group("info").lower() == "mermaid":
                blocks.append(MermaidBlock(heading, body, body[0][0] - 1 if body else index))
            index += 1
            continue
        match = _HEADING.match(line)
        if match:
            heading = match.group("text")
            if len(match.group(1)) == 1 and not title:
                title = heading
        index += 1
    return MarkdownDoc(title, flow_type, blocks)


def read_mermaid(path_or_text: Path | str) -> ImportedFlows:
    """Read a ``.md`` / ``.mmd`` file (a ``Path`` or a path string) or Mermaid / Markdown text.

    Raises ``MermaidFormatError`` only when a file cannot be decoded or is empty; ``OSError`` when it cannot be read.
    """
    if isinstance(path_or_text, Path) or _is_file(path_or_text):
        path = Path(path_or_text)
        source = path.name
        text = _decode(path.read_bytes(), str(path))
        markdown = path.suffix.lower() in _MARKDOWN_SUFFIXES or "```" in text
        stem = path.stem
        where = str(path)
    else:
        source, text, stem, where = "テキスト", path_or_text, "Mermaid", ""
        markdown = "```" in text
    if where and not text.strip():  # an empty file imported nothing and still said "done"
        raise MermaidFormatError(where, None, worded("flow.mermaid_empty"))
    if markdown:
        doc = split_markdown(text)
    else:
        body = list(enumerate(text.splitlines(), start=1))
        doc = MarkdownDoc("", "", [MermaidBlock("", body, 0)])
    return _build(doc, source, doc.title or stem)


def _is_file(text: str) -> bool:
    """True when ``text`` names an existing file (Mermaid text never does: it has line breaks)."""
    if "\n" in text or "\x00" in text:
        return False
    try:
        return Path(text).is_file()
    except OSError:  # e.g. a name too long for the file system
        return False


def _process_name(block: MermaidBlock, title: str) -> str:
    heading = clean_label(block.heading)
    if not heading or heading.lower() in GENERIC_HEADINGS:
        return title
    return heading


def _build(doc: MarkdownDoc, source: str, title: str) -> ImportedFlows:
    result = ImportedFlows(positioned=False)
    counts = {"diagrams": 0, "nodes": 0, "edges": 0, "subgraphs": 0, "invisible_links": 0, "skipped": 0}
    kind = FLOW_TYPES.get(doc.flow_type, ProcessKind.AS_IS)
    for block in doc.blocks:
        if diagram_type(block.lines).lower() not in ("flowchart", "graph"):
            counts["skipped"] += 1
            result.warnings.append(ImportWarning(f"{source}:{block.start_line}",
                                                 worded("flow.mermaid_not_flowchart")))
            continue
        graph = parse_flowchart(block.lines)
        process = Process(id=new_id(), name=_process_name(block, title), business=title, kind=kind,
                          notes=f"取込元: {source}（{block.start_line}行目の Mermaid 図）",
                          sort=float(len(result.processes)))
        result.processes.append(process)
        _add_graph(result, process, graph, source)
        counts["diagrams"] += 1
        counts["nodes"] += len(graph.nodes)
        counts["edges"] += len(graph.edges)
        counts["subgraphs"] += len(graph.subgraphs)
        counts["invisible_links"] += graph.invisible_links
    if not doc.blocks:
        result.warnings.append(ImportWarning(source, worded("flow.mermaid_none")))
    result.counts = counts
    return result


def _step_kind(node: MNode, incoming: set[str], outgoing: set[str]) -> StepKind:
    if node.shape == "stadium":
        if node.id not in incoming:
            return StepKind.START
        return StepKind.END if node.id not in outgoing else StepKind.EVENT
    return SHAPE_KINDS.get(node.shape, StepKind.TASK)


def _add_graph(result: ImportedFlows, process: Process, graph: MGraph, source: str) -> None:
    for line, message in graph.warnings:
        result.warnings.append(ImportWarning(f"{source}:{line}", message))
    lanes: dict[str, Lane] = {}

    def lane_named(name: str) -> Lane:
        if name not in lanes:
            lanes[name] = Lane(id=new_id(), process_id=process.id, name=name, sort=float(len(lanes)))
            result.lanes.append(lanes[name])
        return lanes[name]

    for sub in graph.subgraphs:
        lane_named(sub.label)
    subgraph_ids = {sub.id for sub in graph.subgraphs}
    incoming = {e.target for e in graph.edges if e.directed}
    outgoing = {e.source for e in graph.edges if e.directed}
    steps: dict[str, Step] = {}
    for node in graph.nodes.values():
        if node.id in subgraph_ids and node.label is None:
            result.warnings.append(ImportWarning(
                f"{source}:{node.line}", worded("flow.mermaid_subgraph_arrow", id=node.id)))
        lane = lane_named(graph.subgraphs[node.subgraph].label if node.subgraph is not None else OTHER_LANE)
        attrs = {"mermaid_id": node.id}
        if node.classes:
            attrs["mermaid_class"] = " ".join(node.classes)
        step = Step(id=new_id(), process_id=process.id, lane_id=lane.id,
                    kind=_step_kind(node, incoming, outgoing),
                    label=node.label if node.label is not None else node.id, attrs=attrs)
        steps[node.id] = step
        result.steps.append(step)
    for edge in graph.edges:
        source_step, target_step = steps[edge.source], steps[edge.target]
        artifact = source_step.kind.is_artifact or target_step.kind.is_artifact
        kind = FlowKind.SEQUENCE if edge.directed and not artifact else FlowKind.ASSOCIATION
        result.flows.append(Flow(id=new_id(), process_id=process.id, source_id=source_step.id,
                                 target_id=target_step.id, label=edge.label, kind=kind))
