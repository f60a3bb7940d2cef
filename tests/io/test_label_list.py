"""A list of texts for `suggest --file`: the encodings municipalities' files come in, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcloud_desk.analysis.messages import render
from jcloud_desk.io.label_list import LabelListError, read_label_list

LINES = ["引っ越してきた人の届出", "住民票の写しを交付"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "utf-16"])  # utf-16: Excel's Unicode text
def test_every_encoding_the_imports_read_gives_the_same_lines(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "labels.txt"
    path.write_bytes(("\r\n\r\n".join(LINES) + "\r\n  \r\n").encode(encoding))
    assert read_label_list(path) == LINES


def test_bidirectional_controls_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "labels.txt"
    path.write_text("\u202e転入届\u202c\n", encoding="utf-8")
    assert read_label_list(path) == ["転入届"]


def test_a_missing_file_says_it_cannot_be_opened_not_that_a_folder_is_missing(tmp_path: Path) -> None:
    with pytest.raises(LabelListError) as raised:
        read_label_list(tmp_path / "nope.txt")
    english, japanese = render(raised.value.as_message(), "en"), render(raised.value.as_message(), "ja")
    assert english.startswith("Cannot read the list of texts:") and "Cannot open the file" in english
    assert japanese.startswith("文言の一覧を読み込めません") and "フォルダ" not in japanese


def test_bytes_of_no_known_encoding_name_the_encodings_that_work(tmp_path: Path) -> None:
    path = tmp_path / "labels.txt"
    path.write_bytes(b"\x81\x7f\x80\xa0\xfd")  # neither UTF-8 nor CP932, no BOM
    with pytest.raises(LabelListError) as raised:
        read_label_list(path)
    assert "UTF-8" in render(raised.value.as_message(), "en") and "Shift_JIS" in render(raised.value.as_message(), "ja")
