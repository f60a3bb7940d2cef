"""Make the text layer of a PDF written by Qt searchable: ideographs, not CJK radicals.

Qt's PDF writer builds each font's ToUnicode map by giving every glyph the *lowest* code point the font maps
to it. IPAexGothic (like most Japanese fonts) draws 民 and the radical ⺠ (U+2EA0) with one glyph, so the map
says U+2EA0: pdftotext and copy-paste then give 「住⺠」 and a search for 転入届 finds nothing (入 came out as
the Kangxi radical ⼊ U+2F0A). ``fix_text_layer`` rewrites those entries to the ideograph the font draws with
the same glyph. Entries keep their length, so no offset of the file moves; the font itself is not changed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

#: CJK Radicals Supplement and Kangxi Radicals: never wanted in running text.
RADICALS = range(0x2E80, 0x2FE0)
#: Where the ideograph that shares a radical's glyph is looked for.
_IDEOGRAPHS = (range(0x4E00, 0xA000), range(0x3400, 0x4DC0), range(0xF900, 0xFB00))
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_ARRAY = re.compile(rb"\[([0-9A-Fa-f<> \r\n]*)\]")
_CHAR_LINE = re.compile(rb"^(<[0-9A-Fa-f]{4}> )<([0-9A-Fa-f]{4})>", re.MULTILINE)


_CACHE: dict[str, dict[int, int]] = {}


def _radical_map_of(raw: QRawFont) -> dict[int, int]:
    glyph_of_radical: dict[int, int] = {}
    radicals = "".join(chr(cp) for cp in RADICALS)
    for cp, glyph in zip(RADICALS, raw.glyphIndexesForString(radicals), strict=False):
        if glyph:
            glyph_of_radical.setdefault(glyph, cp)
    mapping: dict[int, int] = {}
    for block in _IDEOGRAPHS:
        text = "".join(chr(cp) for cp in block)
        for cp, glyph in zip(block, raw.glyphIndexesForString(text), strict=False):
            radical = glyph_of_radical.get(glyph)
            if radical is not None and radical not in mapping:
                mapping[radical] = cp
    return mapping


def radical_map(font: QFont) -> dict[int, int]:
    """Radical code point → the ideograph the font draws with the same glyph (only radicals that share one)."""
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return {}
    key = f"{raw.familyName()}|{raw.styleName()}"
    if key not in _CACHE:
        _CACHE[key] = _radical_map_of(raw)
    return dict(_CACHE[key])


def _rewrite_hex(token: bytes, mapping: dict[int, int]) -> bytes:
    value = int(token, 16)
    target = mapping.get(value)
    return token if target is None else f"{target:04X}".encode()


def _fix_cmap(stream: bytes, mapping: dict[int, int]) -> bytes:
    """Destination code points of ``bfrange`` arrays and ``bfchar`` lines rewritten (same length)."""

    def array(match: re.Match[bytes]) -> bytes:
        body = re.sub(rb"<([0-9A-Fa-f]{4})>", lambda m: b"<" + _rewrite_hex(m.group(1), mapping) + b">",
                      match.group(1))
        return b"[" + body + b"]"

    parts = re.split(rb"(beginbfchar|endbfchar)", _ARRAY.sub(array, stream))
    for index in range(2, len(parts), 4):  # the text between each beginbfchar and its endbfchar
        parts[index] = _CHAR_LINE.sub(
            lambda m: m.group(1) + b"<" + _rewrite_hex(m.group(2), mapping) + b">", parts[index])
    return b"".join(parts)


def fix_pdf_bytes(data: bytes, mapping: dict[int, int]) -> bytes:
    """``data`` with every uncompressed ToUnicode CMap's radicals replaced; the length never changes."""
    if not mapping:
        return data
    buffer = bytearray(data)
    for object_number in sorted(set(_TO_UNICODE.findall(data))):
        header = re.search(rb"(?:^|\n)" + object_number + rb" 0 obj\s*<<([^>]*)>>\s*stream\r?\n", data)
        if header is None or b"/Filter" in header.group(1):
            continue
        length = re.search(rb"/Length (\d+)", header.group(1))
        if length is None:
            continue
        start = header.end()
        end = start + int(length.group(1))
        fixed = _fix_cmap(data[start:end], mapping)
        if len(fixed) == end - start:
            buffer[start:end] = fixed
    return bytes(buffer)


def fix_text_layer(path: Path, font: QFont) -> None:
    """Rewrite the PDF at ``path`` in place so its text extracts as ideographs (see module doc)."""
    path = Path(path)
    data = path.read_bytes()
    mapping = radical_map(font)
    for name in sorted(set(re.findall(rb"/BaseFont /([A-Za-z0-9_.+-]+)", data))):  # the fonts really embedded
        family = name.decode("ascii", "replace").split("+")[-1]
        for radical, ideograph in radical_map(QFont(family)).items():
            mapping.setdefault(radical, ideograph)
    fixed = fix_pdf_bytes(data, mapping)
    if fixed != data:
        path.write_bytes(fixed)
