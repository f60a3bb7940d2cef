"""UI labels come from the one table, in the UI language."""

from __future__ import annotations

from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.services.merge_files import MergeError
from jcloud_desk.ui.labels import current_language, in_ui_language, resolution_label, set_language, verdict_label


def test_labels_follow_the_ui_language() -> None:
    assert current_language() == "ja"  # the test session runs the Japanese UI
    assert verdict_label(Verdict.GAP) == "ギャップ" and resolution_label(Resolution.NONE) == "（なし）"
    set_language("en")
    try:
        assert verdict_label(Verdict.GAP) == "Gap" and resolution_label(Resolution.NONE) == "(none)"
    finally:
        set_language("ja")


def test_reader_lines_and_row_problems_follow_the_ui_language() -> None:
    from jcloud_desk.analysis.messages import worded
    from jcloud_desk.io.catalog.problems import RowProblem

    line = worded("forms.imported", added=2, updated=0)
    reason = worded("catalog.empty", field="機能ID")
    problem = RowProblem(3, "機能ID", reason, sheet="帳票")
    assert in_ui_language(line) == str(line)  # Japanese UI: as the CLI's Japanese
    assert in_ui_language(problem) == str(problem)
    assert in_ui_language("住民が自分で書いた文") == "住民が自分で書いた文"
    set_language("en")
    try:
        english = in_ui_language(line)
        assert english.isascii() and "2" in english
        assert in_ui_language(problem) == f"sheet “帳票”, row 3: {in_ui_language(reason)}"
        assert in_ui_language(reason).startswith("The ")
        assert in_ui_language("住民が自分で書いた文") == "住民が自分で書いた文"  # a user's own text stays
    finally:
        set_language("ja")


def test_an_error_is_worded_when_it_is_a_message_and_shows_its_text_otherwise() -> None:
    worded_error = MergeError(Message("file.not_found", (("path", "a.jcdesk"),)))
    set_language("en")
    try:
        assert in_ui_language(worded_error) == "File not found: a.jcdesk"
        assert in_ui_language(ValueError("plain text")) == "plain text"
    finally:
        set_language("ja")
    assert in_ui_language(worded_error) == "ファイルが見つかりません: a.jcdesk"
