"""A list of texts, one per line (``jcloud-desk suggest --file LABELS.txt``), read as the other text imports are:
UTF-8 with or without BOM, Shift_JIS (CP932) or UTF-16 with a BOM (Excel's 「Unicode テキスト」 export)."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.io.errors import FormatError
from jcloud_desk.io.text_decoding import read_decoded, strip_bidi_controls


class LabelListError(FormatError):
    """A list of texts that cannot be read (missing, unreadable, or in an encoding that cannot be told)."""

    kind = "label_list"


def read_label_list(path: Path) -> list[str]:
    """The non-blank lines of ``path``, trimmed (bidirectional controls dropped, as every import does)."""
    text = read_decoded(path, LabelListError)
    return [strip_bidi_controls(line.strip()) for line in text.splitlines() if line.strip()]
