"""UI labels come from the one table, in the UI language."""

from __future__ import annotations

from jcloud_desk.domain.fitgap import Resolution, Verdict
from jcloud_desk.ui.labels import current_language, resolution_label, set_language, verdict_label


def test_labels_follow_the_ui_language() -> None:
    assert current_language() == "ja"  # the test session runs the Japanese UI
    assert verdict_label(Verdict.GAP) == "ギャップ" and resolution_label(Resolution.NONE) == "（なし）"
    set_language("en")
    try:
        assert verdict_label(Verdict.GAP) == "Gap" and resolution_label(Resolution.NONE) == "(none)"
    finally:
        set_language("ja")
