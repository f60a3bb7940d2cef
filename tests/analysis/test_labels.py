"""One label table: every value of every labelled vocabulary has an English and a Japanese name."""

from __future__ import annotations

from enum import Enum

import pytest

from jcloud_desk.analysis.customization import FlagReason
from jcloud_desk.analysis.labels import LABELS, label, resolution_ja, verdict_ja
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Decision, Resolution, Verdict
from jcloud_desk.domain.process import ProcessKind, StepKind

VOCABULARIES: list[type[Enum]] = [Verdict, Resolution, Decision, ImplClass, StepKind, ProcessKind, FlagReason]


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_value_has_both_names(vocabulary: type[Enum]) -> None:
    for value in vocabulary:
        english, japanese = LABELS[value]
        assert english.isascii() and english.strip(), value
        assert not japanese.isascii(), f"{value}: {japanese!r} is not Japanese"


def test_language_choice_and_report_wording() -> None:
    assert label(Verdict.GAP, "en") == "Gap" and label(Verdict.GAP, "ja") == verdict_ja(Verdict.GAP) == "ギャップ"
    assert resolution_ja(Resolution.NONE) == "" and label(Resolution.NONE) == "（なし）"


def test_member_classes_in_both_languages() -> None:
    from jcloud_desk.analysis.labels import member_classes
    from jcloud_desk.domain.catalog import ImplClass

    split = [(ImplClass.MANDATORY, ("みどり市",)), (ImplClass.OPTIONAL, ("あおば町", "さくら村"))]
    assert member_classes(split) == "実装必須（みどり市）／標準オプション（あおば町・さくら村）"
    assert member_classes(split, "en") == "Mandatory (みどり市) / Standard option (あおば町, さくら村)"
    assert member_classes([(ImplClass.MANDATORY, ("みどり市", "あおば町"))], "en") == "Mandatory"
