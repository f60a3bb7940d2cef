"""Flow import use case: detect a file's format, read it with the right importer, and turn the result into
ONE undoable edit (adds + auto-layout); plus project JSON export / import helpers for the CLI.

Readers live in ``jcloud_desk.io`` (BPMN XML, step list CSV/xlsx, Mermaid) and all return ``ImportedFlows``;
this service never writes the project itself: the caller applies the returned edit through its
``EditSession`` (GUI: one undo step; CLI: one autosaved change).
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

from jcloud_desk.analysis.layout.autolayout import auto_layout
from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.edits import Batch, Change, Edit
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.io.errors import UnsupportedFlowFormatError
from jcloud_desk.io.imported import ImportedFlows
from jcloud_desk.io.mermaid import read_mermaid
from jcloud_desk.io.project_json import read_project_json, write_project_json
from jcloud_desk.io.step_list import read_step_list
from jcloud_desk.services.import_limits import check_file_size, check_imported, check_structure, neutralize_bidi
from jcloud_desk.services.project_service import ProjectService

FlowReader = Callable[[Path], ImportedFlows]

#: Format keys and the file suffixes that map to them (``.xml`` only when its root is ``definitions``).
SUFFIX_FORMATS: dict[str, str] = {
    ".bpmn": "bpmn",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".md": "mermaid",
    ".markdown": "mermaid",
    ".mmd": "mermaid",
}
FORMATS: tuple[str, ...] = ("bpmn", "csv", "xlsx", "mermaid")
#: Module and function of the BPMN reader (written separately; may not exist yet in a checkout).
BPMN_READER = ("jcloud_desk.io.bpmn.importer", "read_bpmn")
#: How many bytes of an ``.xml`` file are searched for the root element.
XML_SNIFF_BYTES = 65536

_XML_NOISE = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.DOTALL)
_XML_ROOT = re.compile(rb"<\s*(?:[\w.-]+:)?([\w.-]+)")


def _xml_root_name(path: Path) -> str:
    """Local name of the first element of an XML file ('' when none is found in the first bytes)."""
    with path.open("rb") as handle:
        head = handle.read(XML_SNIFF_BYTES)
    match = _XML_ROOT.search(_XML_NOISE.sub(b"", head))
    return match.group(1).decode("ascii", "replace") if match else ""


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name（2）``, ``name（3）`` … — the first that is not in ``taken``."""
    if name not in taken:
        return name
    number = 2
    while f"{name}（{number}）" in taken:
        number += 1
    return f"{name}（{number}）"


class FlowImportService:
    """Reads flow files of every supported format and builds the undoable import edit."""

    def detect_format(self, path: Path | str) -> str:
        """'bpmn', 'csv', 'xlsx' or 'mermaid'; ``UnsupportedFlowFormatError`` for anything else."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".xml":
            try:
                root = _xml_root_name(path)
            except OSError as exc:
                raise UnsupportedFlowFormatError(str(path), None, worded("flow.unreadable", detail=str(exc))) from exc
            if root == "definitions":
                return "bpmn"
            reason = worded("flow.not_bpmn_xml", root=root or Message("flow.unknown"))
            raise UnsupportedFlowFormatError(str(path), None, reason)
        fmt = SUFFIX_FORMATS.get(suffix)
        if fmt is None:
            raise UnsupportedFlowFormatError(
                str(path), None, worded("flow.unsupported")
            )
        return fmt

    def reader(self, fmt: str, where: str = "") -> FlowReader:
        """The reader function of a format key (``where`` names the file in errors)."""
        if fmt == "bpmn":
            return _bpmn_reader(where)
        if fmt in ("csv", "xlsx"):
            return read_step_list
        if fmt == "mermaid":
            return read_mermaid
        raise UnsupportedFlowFormatError(where, None, f"不明な形式「{fmt}」です（{'、'.join(FORMATS)} のいずれか）")

    def read(self, path: Path | str, fmt: str | None = None) -> ImportedFlows:
        """Read ``path`` with the importer of ``fmt`` (detected from the file when None)."""
        path = Path(path)
        check_file_size(path)
        imported = self.reader(fmt or self.detect_format(path), str(path))(path)
        check_structure(imported, str(path))
        imported.warnings.extend(check_imported(imported, str(path)))
        imported.warnings.extend(neutralize_bidi(imported, str(path)))
        return imported

    def import_edit(self, project: Project, imported: ImportedFlows) -> Edit:
        """One edit adding everything imported (and laying it out when the file had no positions).

        Process names that collide with existing ones (or with each other) get 「（2）」 suffixes, and the new
        processes sort after the existing ones. ``imported`` itself is not modified. Raises
        ``LayoutCancelled`` only if a layout is cancelled (never here: no cancel callback is passed).
        """
        taken = {p.name for p in project.process.values()}
        base = max((p.sort for p in project.process.values()), default=-1.0) + 1.0
        processes = []
        for index, process in enumerate(imported.processes):
            name = unique_name(process.name, taken)
            taken.add(name)
            processes.append(dataclasses.replace(process, name=name, sort=base + index))
        add_batch = dataclasses.replace(imported, processes=processes).to_batch()
        link_edits, _unknown = imported.link_edits(project)
        if link_edits:
            add_batch = Batch((add_batch, *link_edits))
        if imported.positioned:
            return add_batch
        scratch = copy.deepcopy(project)
        add_batch.apply(scratch, Change())
        layouts: list[Edit] = []
        for process in processes:
            layout = auto_layout(scratch, process.id)
            layout.apply(scratch, Change())
            layouts.append(layout)
        return Batch((add_batch, *layouts))

    # --- project JSON (CLI export-json / import-json) ------------------------------------------------------
    def export_json(self, project: Project, path: Path | str) -> Path:
        """Write the whole project as versioned JSON (atomically); returns the path."""
        write_project_json(project, path)
        return Path(path)

    def import_json(self, path: Path | str, out_path: Path | str) -> Path:
        """Create the new project file ``out_path`` from a project JSON file; returns ``out_path``.

        Raises ``ProjectJsonError`` for a bad JSON file and ``ProjectExistsError`` if ``out_path`` exists.
        """
        project = read_project_json(path)
        opened = ProjectService().create_from(Path(out_path), project)
        opened.close()
        return Path(out_path)


def _bpmn_reader(where: str) -> FlowReader:
    module_name, function = BPMN_READER
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:  # not written yet, or one of its own imports is missing
        missing = exc.name or module_name
        reason = f"BPMN の取り込みはまだ利用できません（{missing} を読み込めません）"
        raise UnsupportedFlowFormatError(where, None, reason) from exc
    reader = getattr(module, function, None)
    if reader is None:
        raise UnsupportedFlowFormatError(where, None, f"BPMN の取り込みはまだ利用できません（{function} がありません）")
    return cast(FlowReader, reader)
