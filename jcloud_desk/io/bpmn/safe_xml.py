"""The one safe way BPMN bytes are parsed.

Refused with ``BpmnFormatError`` (Japanese reason): empty or oversized input, text that is not XML, XML that is
not BPMN 2.0 ``definitions``, and hostile XML — any DTD, entity declaration (billion laughs, quadratic blow-up)
or external reference — before anything is expanded or fetched (defusedxml), so time and memory stay bounded.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml
import defusedxml.ElementTree as SafeET

from jcloud_desk.analysis.messages import worded
from jcloud_desk.io.bpmn.kinds import MODEL_NS, local_name
from jcloud_desk.io.errors import BpmnFormatError

MAX_BYTES = 32 * 1024 * 1024
_TOO_LARGE = worded("bpmn.too_large", limit=MAX_BYTES // 1024 // 1024)


def load_bpmn_bytes(source: Path | str | bytes) -> tuple[bytes, str]:
    """The document bytes and a name for messages; ``OSError`` if a file cannot be read."""
    if isinstance(source, bytes | bytearray):
        return bytes(source), worded("bpmn.data")
    path = Path(source)
    if path.stat().st_size > MAX_BYTES:
        raise BpmnFormatError(str(path), None, _TOO_LARGE)
    return path.read_bytes(), str(path)


def parse_bpmn_xml(data: bytes, where: str) -> Element:
    """Parse without DTDs, entities or external references and check that the root is BPMN ``definitions``."""
    if len(data) > MAX_BYTES:
        raise BpmnFormatError(where, None, _TOO_LARGE)
    if not data.strip():
        raise BpmnFormatError(where, None, worded("bpmn.empty"))
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        reason = worded("bpmn.dtd")
        raise BpmnFormatError(where, None, reason) from None
    except defusedxml.EntitiesForbidden:
        reason = worded("bpmn.entities")
        raise BpmnFormatError(where, None, reason) from None
    except defusedxml.ExternalReferenceForbidden:
        raise BpmnFormatError(where, None, worded("bpmn.external")) from None
    except defusedxml.DefusedXmlException:
        raise BpmnFormatError(where, None, worded("bpmn.unsafe")) from None
    except ET.ParseError as exc:
        position = getattr(exc, "position", None)
        raise BpmnFormatError(where, position[0] if position else None, worded("bpmn.parse", detail=str(exc))) from None
    ns, local = local_name(root.tag)
    if ns != MODEL_NS or local != "definitions":
        raise BpmnFormatError(where, None, worded("bpmn.no_definitions", root=local or "?"))
    return root
