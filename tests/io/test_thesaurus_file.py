"""An imported thesaurus CSV: the encodings Excel saves in, and its problems worded in either language."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.analysis.messages import render
from jcloud_desk.analysis.thesaurus import ThesaurusEntry
from jcloud_desk.io.thesaurus_file import ThesaurusFileError, read_thesaurus_file

CSV = "term,canonical,source\r\n転宅,転居,group\r\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932", "utf-16"])  # Excel: UTF-8 CSV, CSV, Unicode text
def test_a_csv_from_excel_in_any_of_its_encodings_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "group.csv"
    path.write_bytes(CSV.encode(encoding))
    assert read_thesaurus_file(path) == [ThesaurusEntry("転宅", "転居", "group")]


@pytest.mark.parametrize(("text", "row", "english", "japanese"), [
    ("a,b\nx,y\n", 1, "make row 1 the header term,canonical,source", "1行目は term,canonical,source の見出し"),
    ("term,canonical\nx,\n", 2, "a row needs both term and canonical", "term と canonical の両方が必要です"),
])
def test_a_bad_header_or_row_names_the_file_and_row_in_either_language(
        tmp_path: Path, text: str, row: int, english: str, japanese: str) -> None:
    path = tmp_path / "group.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ThesaurusFileError) as raised:
        read_thesaurus_file(path)
    assert raised.value.row == row
    message = raised.value.as_message()
    assert render(message, "en") == f"Cannot read the thesaurus: {path}, row {row} ({english})"
    assert render(message, "ja").startswith(f"類義語辞書を読み込めません: {path} の {row} 行目（{japanese}")


def test_a_missing_file_is_worded_too(tmp_path: Path) -> None:
    with pytest.raises(ThesaurusFileError) as raised:
        read_thesaurus_file(tmp_path / "nope.csv")
    assert render(raised.value.as_message(), "en").startswith("Cannot read the thesaurus:")
