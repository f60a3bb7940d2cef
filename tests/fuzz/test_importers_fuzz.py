"""Every importer, any input: it returns, or raises the package's own error with a Japanese message — never a
traceback, never a hang (the per-example deadline). Budget: ``JCLOUD_FUZZ_EXAMPLES`` (see conftest)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jcloud_desk.io.bpmn.importer import read_bpmn
from jcloud_desk.io.catalog.importer import read_catalog
from jcloud_desk.io.project_json import project_to_json, read_project_json
from jcloud_desk.services.flow_import_service import FlowImportService
from jcloud_desk.services.project_service import ProjectService
from tests.factories import small_project
from tests.fuzz.conftest import FUZZ
from tests.fuzz.outcome import own_outcome
from tests.fuzz.shapes import (
    AWKWARD_CHARACTERS,
    bpmn_nested,
    catalog_rows,
    mermaid_chain,
    mermaid_complete_digraph,
    mermaid_deep_subgraphs,
    mermaid_many_lanes,
    step_list_rows,
    write_csv,
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="jcloud-fuzz-") as name:
        yield Path(name)


awkward_text = st.text(alphabet=st.sampled_from(AWKWARD_CHARACTERS + "受付窓口a,;\"'\t\n<>&[](){}|-"), max_size=60)
long_label = st.integers(min_value=1000, max_value=40_000).map(lambda n: "長" * n)
label = st.one_of(awkward_text, long_label, st.text(max_size=30))


def _flow_import(path: Path) -> None:
    service = FlowImportService()
    imported = service.read(path)
    service.import_edit(ProjectService().new_project(path.with_suffix(".jcdesk"), "p", "", "").project, imported)


def _fresh(path: Path) -> Path:
    for leftover in (path.with_suffix(".jcdesk"), path.with_suffix(".jcdesk.lock")):
        leftover.unlink(missing_ok=True)
    return path


# --- BPMN ---------------------------------------------------------------------------------------------------------

_BPMN_PIECES = ['<task id="t1" name="受付"/>', '<task id="t2"/>',
                '<sequenceFlow id="f" sourceRef="t1" targetRef="t2"/>',
                '<boundaryEvent id="b" attachedToRef="b"/>', '<boundaryEvent id="c" attachedToRef="t1"/>',
                '<subProcess id="s">', "</subProcess>", '<laneSet><lane id="l"><flowNodeRef>t1</flowNodeRef></lane>',
                "</laneSet>", '<startEvent id="t1"/>', '<exclusiveGateway id="g" default="nowhere"/>',
                '<callActivity id="ca" calledElement="p"/>', '<dataObjectReference id="d" dataObjectRef="d"/>',
                "&amp;", "<!-- x -->", "<", ">"]


@FUZZ
@given(pieces=st.lists(st.sampled_from(_BPMN_PIECES), max_size=25), name=label, depth=st.integers(0, 400))
def test_bpmn(folder: Path, pieces: list[str], name: str, depth: int) -> None:
    body = "".join(pieces).replace("受付", name.replace("&", "").replace("<", "").replace('"', ""))
    xml = ('<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'
           f' id="d"><process id="p">{body}</process></definitions>')
    for source in (xml, bpmn_nested(depth)):
        path = _fresh(folder / "f.bpmn")
        path.write_text(source, encoding="utf-8", errors="surrogatepass")
        own_outcome(lambda p=path: _flow_import(p))
    own_outcome(lambda: read_bpmn(xml.encode("utf-8", "surrogatepass")[: len(xml) // 2]))


@FUZZ
@given(data=st.binary(max_size=3000))
def test_bpmn_bytes(folder: Path, data: bytes) -> None:
    path = _fresh(folder / "b.bpmn")
    path.write_bytes(b"<?xml version='1.0'?><definitions>" + data)
    own_outcome(lambda: _flow_import(path))


# --- Mermaid ------------------------------------------------------------------------------------------------------

@FUZZ
@given(shape=st.sampled_from(["dense", "lanes", "chain", "deep", "text", "bytes"]), size=st.integers(0, 300),
       name=label, data=st.binary(max_size=500))
def test_mermaid(folder: Path, shape: str, size: int, name: str, data: bytes) -> None:
    clean = name.replace("]", "").replace("[", "")
    text = {
        "dense": lambda: mermaid_complete_digraph(min(size, 25)),
        "lanes": lambda: mermaid_many_lanes(size),
        "chain": lambda: mermaid_chain(size, clean),
        "deep": lambda: mermaid_deep_subgraphs(size),
        "text": lambda: f"flowchart TD\n  a[{clean}] --> b[{clean}]\n  subgraph {clean}\n  c\n  end\n",
        "bytes": lambda: "",
    }[shape]()
    path = _fresh(folder / "m.mmd")
    if shape == "bytes":
        path.write_bytes(data)
    else:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    own_outcome(lambda: _flow_import(path))


# --- step lists and catalogues (CSV and xlsx) -----------------------------------------------------------------------

cells = st.lists(st.lists(label, max_size=6), max_size=12)


def _xlsx(path: Path, rows: list[list[str]], far_cell: bool, huge_cell: bool) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append([openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", cell)[:32767] for cell in row])
    if far_cell:
        sheet["XFD1048576"] = "遠いセル"
    if huge_cell:
        sheet["B2"] = "巨" * 32767
    workbook.create_sheet("空のシート")  # declared, nothing in it
    workbook.save(path)
    return path


@FUZZ
@given(extra=cells, size=st.integers(0, 400), far_cell=st.booleans(), huge_cell=st.booleans(),
       kind=st.sampled_from(["steps", "catalog"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp932"]))
def test_tables(folder: Path, extra: list[list[str]], size: int, far_cell: bool, huge_cell: bool, kind: str,
                encoding: str) -> None:
    rows = (step_list_rows(size) if kind == "steps" else catalog_rows(size)) + extra
    book = _xlsx(_fresh(folder / "t.xlsx"), rows, far_cell, huge_cell)
    csv_path = _fresh(folder / "t.csv")
    write_csv(csv_path, rows)
    text = csv_path.read_text(encoding="utf-8", errors="surrogatepass")
    try:
        csv_path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        csv_path.write_bytes(text.encode(encoding, errors="replace"))
    for path in (book, csv_path):
        if kind == "steps":
            own_outcome(lambda p=path: _flow_import(_fresh(p)))
        else:
            own_outcome(lambda p=path: read_catalog(p, "機能一覧"))


@FUZZ
@given(data=st.binary(max_size=4000), as_zip=st.booleans())
def test_table_bytes(folder: Path, data: bytes, as_zip: bool) -> None:
    path = _fresh(folder / "x.xlsx")
    path.write_bytes((b"PK\x03\x04" if as_zip else b"") + data)
    own_outcome(lambda: _flow_import(_fresh(path)))
    own_outcome(lambda: read_catalog(path, "機能一覧"))


# --- project JSON and project files -------------------------------------------------------------------------------

def _mutations() -> st.SearchStrategy[list[tuple[int, object]]]:
    values = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), label, st.lists(st.integers(), max_size=3),
                       st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))
    return st.lists(st.tuples(st.integers(0, 10_000), values), max_size=6)


def _mutate(node: object, changes: list[tuple[int, object]]) -> object:
    """Replace the n-th value (depth first) of a JSON document for each (n, value)."""
    slots: list[tuple[object, object]] = []

    def walk(current: object) -> None:
        if isinstance(current, dict):
            for key in list(current):
                slots.append((current, key))
                walk(current[key])
        elif isinstance(current, list):
            for index in range(len(current)):
                slots.append((current, index))
                walk(current[index])

    walk(node)
    for position, value in changes:
        if slots:
            container, key = slots[position % len(slots)]
            container[key] = value  # type: ignore[index]
    return node


@FUZZ
@given(changes=_mutations(), cut=st.integers(0, 5000), nesting=st.integers(0, 3000))
def test_project_json(folder: Path, changes: list[tuple[int, object]], cut: int, nesting: int) -> None:
    document = _mutate(project_to_json(small_project()), changes)
    text = json.dumps(document, ensure_ascii=False)
    for source in (text, text[:cut], "[" * nesting + "]" * nesting):
        path = folder / "p.json"
        path.write_text(source, encoding="utf-8", errors="surrogatepass")
        project = own_outcome(lambda p=path: read_project_json(p))
        if project is not None:
            target = _fresh(folder / "from-json.jcdesk")
            own_outcome(lambda t=target, pr=project: ProjectService().create_from(t, pr).close())


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=64)), max_size=5),
       truncate=st.one_of(st.none(), st.integers(0, 1 << 16)))
def test_project_file(folder: Path, edits: list[tuple[int, bytes]], truncate: int | None) -> None:
    pristine = folder / "pristine.jcdesk"
    if not pristine.exists():
        ProjectService().create_from(pristine, small_project()).close()
    data = bytearray(pristine.read_bytes())
    for offset, chunk in edits:
        start = offset % max(1, len(data))
        data[start:start + len(chunk)] = chunk
    if truncate is not None:
        data = data[:truncate]
    path = _fresh(folder / "damaged.jcdesk")
    path.write_bytes(bytes(data))
    for read_only in (True, False):
        opened = own_outcome(lambda ro=read_only: ProjectService().open(path, read_only=ro))
        if opened is not None:
            opened.close()
