"""A lenient parser of Mermaid ``flowchart`` / ``graph`` diagrams into nodes, edges and subgraphs.

Covers the flowchart subset used in municipal sample flows: node shapes (``[..]``, ``(..)``, ``([..])``,
``[[..]]``, ``[(..)]``, ``((..))``, ``{..}``, ``{{..}}``, ``[/../]``, ``>..]`` …), quoted labels, ``:::class``
and ``class a,b name``, links ``-->``, ``---``, ``-.->``, ``==>``, ``~~~`` with labels written ``-- text -->``
or ``-->|text|``, chains ``A --> B --> C``, ``A & B --> C``, ``;`` separated statements and nested
``subgraph … end``. Anything else becomes a warning with its line number; nothing raises. Pure: no domain
objects here (``mermaid.py`` builds those).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Opening delimiter → (possible closing delimiters, shape key); longest openers first.
SHAPES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("(((", (")))",), "double_circle"),
    ("([", ("])",), "stadium"),
    ("((", ("))",), "circle"),
    ("[[", ("]]",), "subroutine"),
    ("[(", (")]",), "cylinder"),
    ("[/", ("/]", "\\]"), "lean"),
    ("[\\", ("\\]", "/]"), "lean_alt"),
    ("{{", ("}}",), "hexagon"),
    ("{", ("}",), "rhombus"),
    ("(", (")",), "round"),
    ("[", ("]",), "rect"),
    (">", ("]",), "asymmetric"),
)

#: Characters that end a node id.
_ID_STOP = set(" \t[](){}<>&;|\"`,:")
_LINK = re.compile(
    r"\s*(?P<arrow><?(?:-{2,}>|-\.+->|={2,}>|-{3,}|-\.+-|={3,}|~{3,}|-{2,}[ox](?=\s)|={2,}[ox](?=\s)))"
    r"(?:\s*\|(?P<text>[^|]*)\|)?"
)
_TEXT_LINK = re.compile(
    r"\s*(?P<open><?(?:--|-\.|==))(?![->.=])\s*(?P<text>.*?)\s*"
    r"(?P<close>-{2,}>|-{3,}|\.-+>|\.-+|={2,}>|={3,}|-{2,}[ox](?=\s)|={2,}[ox](?=\s))"
)
#: Lines joined at most to close a multi-line label.
MAX_CONTINUATION = 12
#: A malformed but common link: ``A -- label → B`` (an arrow character instead of ``-->``).
_ARROW_CHAR_LINK = re.compile(r"\s*--\s*(?P<text>[^→>]*?)\s*→\s*(?=[^\s→])")
_CLASS_SUFFIX = re.compile(r":::([\w-]+)")
_HEADER = re.compile(r"^(flowchart|graph)\b\s*(?P<dir>\w+)?", re.IGNORECASE)
_SUBGRAPH = re.compile(r"^subgraph\b\s*(?P<rest>.*)$")
_SUBGRAPH_ID_LABEL = re.compile(r'^(?P<id>[^\s\["]+)\s*\[(?P<label>.*)\]\s*$')
#: Statements without nodes (styling, interaction, accessibility); a node id followed by a link is not one.
_IGNORED = re.compile(r"^(?:(?:style|classDef|linkStyle|click|direction)\s+(?![-=.~&])|(?:accTitle|accDescr)\s*[:{])")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|#(\d+|[a-zA-Z]+);")
_NAMED = {"quot": '"', "amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "apos": "'", "num": "#"}
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


@dataclass(slots=True)
class MNode:
    """One node: id, cleaned label (None until a shape gives one), shape key, first line, subgraph, classes."""

    id: str
    line: int
    label: str | None = None
    shape: str = ""
    subgraph: int | None = None
    classes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class MEdge:
    """One link: ``style`` is solid / dotted / thick / invisible; ``directed`` False for ``---``."""

    source: str
    target: str
    label: str
    style: str
    directed: bool
    line: int


@dataclass(slots=True)
class MSubgraph:
    """One ``subgraph`` block (nesting is kept in ``parent`` but lanes flatten it)."""

    id: str
    label: str
    line: int
    parent: int | None = None


@dataclass(slots=True)
class MGraph:
    """A parsed diagram; ``warnings`` are (line number, message) pairs."""

    direction: str = "TD"
    nodes: dict[str, MNode] = field(default_factory=dict)
    edges: list[MEdge] = field(default_factory=list)
    subgraphs: list[MSubgraph] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    invisible_links: int = 0


def clean_label(text: str) -> str:
    """Unquote a label; ``\\n`` and ``<br>`` become line breaks; entities (``#quot;``, ``&amp;``) decoded."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    if len(text) >= 2 and text[0] == text[-1] == "`":
        text = text[1:-1]  # markdown string
    text = text.replace("\\n", "\n").replace('\\"', '"')
    text = _BR.sub("\n", text)
    text = _ENTITY.sub(_entity, text)
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _entity(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code.startswith("#x"):
        return chr(int(code[2:], 16))
    if code.startswith("#"):
        return chr(int(code[1:]))
    if code.isdigit():
        return chr(int(code))
    return _NAMED.get(code.lower(), match.group(0))


def _open_depth(text: str) -> int:
    """Brackets left open at the end of ``text`` (quotes count as one level)."""
    depth = 0
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "[({":
            depth += 1
        elif char in "])}":
            depth = max(0, depth - 1)
    return depth + quoted


def split_statements(line: str) -> list[str]:
    """Split a line at ``;`` outside quotes and brackets."""
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "[({":
            depth += 1
        elif char in "])}":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            parts.append(line[start:index])
            start = index + 1
    parts.append(line[start:])
    return [p.strip() for p in parts if p.strip()]


class _StatementParser:
    """Parses one node/link statement; records nodes and edges into the graph."""

    def __init__(self, graph: MGraph, text: str, line: int, subgraph: int | None) -> None:
        self.graph = graph
        self.text = text
        self.pos = 0
        self.line = line
        self.subgraph = subgraph

    def parse(self) -> None:
        group = self._group()
        if not group:
            self._warn(f"解釈できない記述を読み飛ばしました: {self.text}")
            return
        while True:
            self._skip_spaces()
            if self.pos >= len(self.text):
                return
            link = self._link()
            if link is None:
                self._warn(f"解釈できない記述を読み飛ばしました: {self.text[self.pos:].strip()}")
                return
            label, style, directed = link
            targets = self._group()
            if not targets:
                self._warn(f"矢印の先の手順がありません: {self.text}")
                return
            for source in group:
                for target in targets:
                    if style == "invisible":
                        self.graph.invisible_links += 1
                        continue
                    self.graph.edges.append(MEdge(source, target, label, style, directed, self.line))
            group = targets

    def _warn(self, message: str) -> None:
        self.graph.warnings.append((self.line, message))

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def _group(self) -> list[str]:
        ids: list[str] = []
        while True:
            node = self._node()
            if node is None:
                return ids
            ids.append(node)
            self._skip_spaces()
            if self.text.startswith("&", self.pos):
                self.pos += 1
                continue
            return ids

    def _node(self) -> str | None:
        self._skip_spaces()
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] not in _ID_STOP:
            if text.startswith(("--", "-.", "==", "~~"), self.pos):
                break
            self.pos += 1
        node_id = text[start:self.pos]
        if not node_id:
            return None
        node = self.graph.nodes.get(node_id)
        if node is None:
            node = self.graph.nodes[node_id] = MNode(node_id, self.line)
        if node.subgraph is None and self.subgraph is not None:
            node.subgraph = self.subgraph
        shape = self._shape()
        if shape is not None:
            node.shape, node.label = shape
        suffix = _CLASS_SUFFIX.match(text, self.pos)
        if suffix:
            node.classes.append(suffix.group(1))
            self.pos = suffix.end()
        return node_id

    def _shape(self) -> tuple[str, str] | None:
        text = self.text
        for opener, closers, key in SHAPES:
            if not text.startswith(opener, self.pos):
                continue
            body = self.pos + len(opener)
            found = self._close(body, closers)
            if found is None:
                self._warn(f"図形の閉じ括弧がありません: {text[self.pos:].strip()}")
                self.pos = len(text)
                return None
            end, closer = found
            label = clean_label(text[body:end])
            self.pos = end + len(closer)
            if key == "lean":
                key = "parallelogram" if closer == "/]" else "trapezoid"
            elif key == "lean_alt":
                key = "parallelogram" if closer == "\\]" else "trapezoid"
            return key, label
        return None

    def _close(self, body: int, closers: tuple[str, ...]) -> tuple[int, str] | None:
        text = self.text
        if text.startswith('"', body):
            quote_end = text.find('"', body + 1)
            if quote_end >= 0:
                after = quote_end + 1
                while after < len(text) and text[after] in " \t":
                    after += 1
                for closer in closers:
                    if text.startswith(closer, after):
                        return after, closer
        best: tuple[int, str] | None = None
        for closer in closers:
            index = text.find(closer, body)
            if index >= 0 and (best is None or index < best[0]):
                best = (index, closer)
        return best

    def _link(self) -> tuple[str, str, bool] | None:
        match = _LINK.match(self.text, self.pos)
        if match:
            self.pos = match.end()
            return clean_label(match.group("text") or ""), *_style(match.group("arrow"))
        match = _TEXT_LINK.match(self.text, self.pos)
        if match:
            self.pos = match.end()
            return clean_label(match.group("text")), *_style(match.group("open") + match.group("close"))
        match = _ARROW_CHAR_LINK.match(self.text, self.pos)
        if match:
            self.pos = match.end()
            self._warn(f"「→」を矢印として解釈しました: {self.text.strip()}")
            return clean_label(match.group("text")), "solid", True
        return None


def _style(arrow: str) -> tuple[str, bool]:
    directed = arrow.endswith((">", "o", "x"))
    if "~" in arrow:
        return "invisible", False
    if "." in arrow:
        return "dotted", directed
    if "=" in arrow:
        return "thick", directed
    return "solid", directed


def strip_front_matter(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines after a diagram's own ``---`` … ``---`` front matter (title, config), if it has one."""
    first = next((i for i, (_, text) in enumerate(lines) if text.strip()), None)
    if first is None or lines[first][1].strip() != "---":
        return lines
    close = next((i for i in range(first + 1, len(lines)) if lines[i][1].strip() == "---"), None)
    return lines if close is None else lines[close + 1:]


def diagram_type(lines: list[tuple[int, str]]) -> str:
    """The first word of a diagram (``flowchart``, ``graph``, ``sequenceDiagram`` …), '' when empty."""
    for _, text in strip_front_matter(lines):
        stripped = text.strip()
        if stripped and not stripped.startswith("%%"):
            return stripped.split()[0].rstrip(";")
    return ""


def parse_flowchart(lines: list[tuple[int, str]]) -> MGraph:
    """Parse the lines (line number, text) of one diagram; never raises."""
    lines = strip_front_matter(lines)
    graph = MGraph()
    stack: list[int] = []
    header_seen = False
    index = 0
    while index < len(lines):
        number, raw = lines[index]
        index += 1
        stripped = raw.strip()
        if not stripped or stripped.startswith("%%"):
            continue
        if _open_depth(stripped):
            # a label written over several lines: join until the brackets close (if they do soon)
            joined = stripped
            for ahead in range(index, min(index + MAX_CONTINUATION, len(lines))):
                joined += "\n" + lines[ahead][1].strip()
                if not _open_depth(joined):
                    stripped, index = joined, ahead + 1
                    break
        statements = split_statements(stripped)
        if not statements:
            continue
        if not header_seen:
            header_seen = True
            header = _HEADER.match(statements[0])
            if header:
                graph.direction = (header.group("dir") or "TD").upper()
                statements = statements[1:]  # `graph LR; A --> B` on one line
            else:
                graph.warnings.append((number, "flowchart / graph の宣言がありません"))
        for statement in statements:
            _statement(graph, statement, number, stack)
    for open_index in stack:
        sub = graph.subgraphs[open_index]
        graph.warnings.append((sub.line, f"subgraph「{sub.label}」に end がありません"))
    return graph


def _statement(graph: MGraph, statement: str, number: int, stack: list[int]) -> None:
    if statement.startswith("%%"):
        return
    subgraph = _SUBGRAPH.match(statement)
    if subgraph:
        sub_id, label = _subgraph_title(subgraph.group("rest"), len(graph.subgraphs))
        graph.subgraphs.append(MSubgraph(sub_id, label, number, stack[-1] if stack else None))
        stack.append(len(graph.subgraphs) - 1)
        return
    if statement == "end":
        if stack:
            stack.pop()
        else:
            graph.warnings.append((number, "対応する subgraph のない end を読み飛ばしました"))
        return
    if _IGNORED.match(statement):
        return
    if statement.startswith("class "):
        _classes(graph, statement, number)
        return
    _StatementParser(graph, statement, number, stack[-1] if stack else None).parse()


def _subgraph_title(rest: str, index: int) -> tuple[str, str]:
    rest = rest.strip()
    if not rest:
        return f"subgraph{index + 1}", f"サブグラフ{index + 1}"
    match = _SUBGRAPH_ID_LABEL.match(rest)
    if match:
        return match.group("id"), clean_label(match.group("label")) or match.group("id")
    label = clean_label(rest)
    return (rest if rest[0] != '"' else label), label


def _classes(graph: MGraph, statement: str, number: int) -> None:
    parts = statement.split()
    if len(parts) < 3:
        graph.warnings.append((number, f"class の指定を解釈できません: {statement}"))
        return
    for node_id in "".join(parts[1:-1]).split(","):
        node = graph.nodes.get(node_id.strip())
        if node is None:
            graph.warnings.append((number, f"class の対象「{node_id.strip()}」がありません"))
        elif parts[-1] not in node.classes:
            node.classes.append(parts[-1])
