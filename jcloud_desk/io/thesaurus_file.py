"""A thesaurus CSV a user imports (類義語辞書 › 取り込み): in any encoding the other imports read — Excel on a
Japanese Windows saves CSV as Shift_JIS (CP932), its 「Unicode テキスト」 as UTF-16 — with its problems worded."""

from __future__ import annotations

from pathlib import Path

from jcloud_desk.analysis.thesaurus import ThesaurusEntry, ThesaurusError, parse_csv
from jcloud_desk.io.errors import FormatError
from jcloud_desk.io.text_decoding import read_decoded


class ThesaurusFileError(FormatError):
    """A thesaurus CSV that cannot be read: missing, of an unknown encoding, or a bad header or row."""

    kind = "thesaurus"


def read_thesaurus_file(path: Path) -> list[ThesaurusEntry]:
    """The entries of the CSV at ``path`` (header ``term,canonical[,source[,note]]``)."""
    text = read_decoded(path, ThesaurusFileError)
    try:
        return parse_csv(text, path.name)
    except ThesaurusError as exc:
        raise ThesaurusFileError(str(path), exc.row, exc.reason) from exc
