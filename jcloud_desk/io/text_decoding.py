"""Decoding the text files municipalities exchange: UTF-8 with or without BOM, Shift_JIS (CP932), or UTF-16 with
a BOM (Excel's 「Unicode テキスト」 export: UTF-16LE, tab-separated)."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.io.errors import FormatError

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: The reason shown when neither encoding fits (Japanese ``str`` keeping its message).
UNDECODABLE = worded("read.undecodable")


def bom_encoding(head: bytes) -> str:
    """The codec a byte-order mark at the start of ``head`` names ('utf-8-sig', 'utf-16'), '' for none."""
    if head.startswith(UTF8_BOM):
        return "utf-8-sig"
    if head.startswith(UTF16_BOMS):
        return "utf-16"  # Python's utf-16 codec reads the BOM and drops it
    return ""


def decode_japanese_text(data: bytes) -> str | None:
    """The text of ``data`` (BOM → its codec, else UTF-8, else CP932), or None when none decodes it."""
    marked = bom_encoding(data[:4])
    encodings = (marked,) if marked else ("utf-8", "cp932")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_decoded(path: Path, error: type[FormatError]) -> str:
    """The text of the file at ``path`` (decoded as ``decode_japanese_text`` does); ``error`` (a FormatError
    class, naming the kind of file) when it cannot be opened or its encoding cannot be told."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error(str(path), None, worded("read.cannot_open", detail=exc.strerror or str(exc))) from exc
    text = decode_japanese_text(data)
    if text is None:
        raise error(str(path), None, UNDECODABLE)
    return text


#: Bidirectional formatting controls: embeddings, overrides, isolates and marks. In a label they make it display
#: differently from what it contains (``U+202E`` shows "abc" as "cba"); imported text never keeps them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_BIDI_TABLE = {ord(ch): None for ch in BIDI_CONTROLS}


def strip_bidi_controls(text: str) -> str:
    """``text`` without bidirectional formatting controls (the visible characters stay as they are)."""
    return text.translate(_BIDI_TABLE) if any(ch in BIDI_CONTROLS for ch in text) else text
