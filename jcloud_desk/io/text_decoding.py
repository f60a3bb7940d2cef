"""Decoding the text files municipalities exchange: UTF-8 with or without BOM, or Shift_JIS (CP932)."""

from __future__ import annotations

UTF8_BOM = b"\xef\xbb\xbf"
#: Japanese reason shown when neither encoding fits.
UNDECODABLE = "文字コードを判別できません（UTF-8 または Shift_JIS(CP932) で保存してください）"


def decode_japanese_text(data: bytes) -> str | None:
    """The text of ``data`` (BOM → UTF-8, else UTF-8, else CP932), or None when neither decodes it."""
    encodings = ("utf-8-sig",) if data.startswith(UTF8_BOM) else ("utf-8", "cp932")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
