"""Messages as data: every code has an English and a Japanese wording with the same parameters, and every
code the pure layers emit is in the catalogue."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import jcloud_desk
from jcloud_desk.analysis.checks import RULES, run_checks
from jcloud_desk.analysis.messages import CATALOGUE, render, rule_title
from jcloud_desk.domain.messages import Message
from jcloud_desk.paths import default_sample_path
from jcloud_desk.services.project_service import ProjectService

PKG = Path(jcloud_desk.__file__).resolve().parent
#: A code where it is used: ``Message("…")``, ``Message.of("…")``, ``worded("…")``, ``UserError("…")``, and the
#: CLI's ``say(language, "…")``.
_CODE = re.compile(r"""(?:Message(?:\.of)?|worded|UserError|say)\(\s*(?:[a-z_.]+,\s*)?"([a-z_.]+)\"""")


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_both_wordings_with_the_same_parameters(code: str) -> None:
    english, japanese = CATALOGUE[code]
    assert english.strip() and japanese.strip(), code
    assert _fields(english) == _fields(japanese), code
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", english), f"{code}: Japanese in the English text"


def test_every_emitted_code_is_in_the_catalogue() -> None:
    emitted = {code for path in PKG.rglob("*.py") for code in _CODE.findall(path.read_text(encoding="utf-8"))}
    assert {"check.dead_end", "step.named", "cli.created", "cli.render_dpi", "merge.in", "vendor_sheet.no_key"} \
        <= emitted, "the scan finds the codes (Message, worded, UserError, say)"
    missing = sorted(emitted - set(CATALOGUE))
    assert not missing, f"codes without a wording: {missing}"


def test_every_rule_has_a_title_in_both_languages() -> None:
    for rule in RULES:
        assert rule_title(rule.key, "ja") == rule.title
        english = rule_title(rule.key, "en")
        assert english != rule.title and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", english)


def test_parameters_are_worded_in_the_message_language() -> None:
    from jcloud_desk.domain.process import StepKind
    message = Message.of("check.empty_label", kind=StepKind.TASK, lane=Message("lane.none"))
    assert render(message, "ja") == "名前のないタスクがあります（部署「（部署なし）」）"
    assert render(message, "en") == "There is an unnamed Task (lane “(no lane)”)"
    names = Message.of("check.loop_without_gateway", names=(Message.of("step.named", label="A"),
                                                            Message.of("step.named", label="B")),
                       more=Message.of("more", n=2))
    assert render(names, "ja").startswith("「A」、「B」ほか2件が")
    assert render(names, "en").startswith("“A”, “B” and 2 more repeat")


def test_sample_findings_have_codes_and_english_wording() -> None:
    opened = ProjectService().open(default_sample_path(), read_only=True)
    try:
        findings = run_checks(opened.project)
    finally:
        opened.close()
    assert findings and all(f.code in CATALOGUE for f in findings)
    for finding in findings:
        english = re.sub(r"“[^”]*”", "", finding.text("en"))  # quoted user labels aside
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", english), finding.text("en")
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", finding.message)


def test_every_format_error_kind_is_worded() -> None:
    from jcloud_desk.io import errors

    kinds = {cls.kind for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.FormatError)}
    assert {"file", "catalog", "step_list", "bpmn"} <= kinds
    assert all(f"format.kind.{kind}" in CATALOGUE for kind in kinds)
    error = errors.StepListFormatError("a.xlsx", 3, "次の手順が見つかりません", sheet="転入")
    assert str(error) == "手順一覧ファイルを読み込めません: a.xlsx（シート「転入」）: 3行目: 次の手順が見つかりません"
    assert render(error.as_message(), "en") == \
        "Cannot read the step list file: a.xlsx (sheet “転入”): row 3: 次の手順が見つかりません"


def test_codes_built_from_names_cover_every_name() -> None:
    """Codes made from a field, kind or enum name (``f"catalog.field.{name}"``) exist for every name, with the
    Japanese of the table the code replaces."""
    from jcloud_desk.analysis.process_diff import DeltaKind, FlowChange
    from jcloud_desk.domain.catalog import ImplClass
    from jcloud_desk.io.catalog.mapping import FIELD_LABELS, FORM_FIELD_LABELS
    from jcloud_desk.services.merge_labels import FIELD_JA, KIND_JA

    def japanese(code: str) -> str:
        return CATALOGUE[code][1]

    assert FIELD_LABELS["code"] == "機能ID" and FIELD_LABELS["print_items"] == "帳票詳細要件・印字項目"
    assert FORM_FIELD_LABELS["code"] == "帳票ID" and FORM_FIELD_LABELS["remarks"] == "備考"
    assert japanese("catalog.field.conditions") == "団体区分による実装区分"
    assert all(f"catalog.class.{kind.value}" in CATALOGUE for kind in ImplClass)
    assert all(japanese(f"merge.kind.{kind}") == text for kind, text in KIND_JA.items())
    assert KIND_JA["judgment"] == "判定" and FIELD_JA["effort_days"] == "工数（人日）"
    assert all(f"diff.change.{kind.value}" in CATALOGUE for kind in DeltaKind)
    assert all(f"diff.flow.{kind.value}" in CATALOGUE for kind in FlowChange)


def test_worded_text_is_japanese_and_keeps_its_message() -> None:
    import pickle

    from jcloud_desk.analysis.messages import Worded, WordedError, in_language, worded

    text = worded("vendor_sheet.answer_unreadable", text="たぶん")
    assert text == "回答「たぶん」を解釈できません（○ / △ / × / オプション）" and isinstance(text, str)
    assert in_language(text, "en") == "Cannot read the answer “たぶん” (○ / △ / × / option)"
    assert in_language("ユーザーの文", "en") == "ユーザーの文", "plain text stays as it is"
    assert render(Message.of("vendor_sheet.problem", row=3, message=text), "en") == \
        "row 3: Cannot read the answer “たぶん” (○ / △ / × / option)", "a Worded parameter follows the language"
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Worded) and again.message == text.message
    error = WordedError(Message.of("merge.self", path="a.jcdesk"))
    assert str(error) == "開いているファイル自身は統合できません: a.jcdesk"
    assert render(error.as_message(), "en") == "The open file cannot be merged into itself: a.jcdesk"


def test_english_counts_of_one_are_singular_and_other_counts_and_japanese_are_unchanged() -> None:
    assert render(Message.of("merge.conflicts", n=1), "en") == "1 conflict:"
    assert render(Message.of("merge.conflicts", n=2), "en") == "2 conflicts:"
    assert render(Message.of("merge.conflicts", n=0), "en") == "0 conflicts:"
    assert render(Message.of("merge.conflicts", n=1), "ja") == "競合 1 件:"
    summary = render(Message.of("cli.analyze_summary", findings=1, customizations=1, risks=1, unreferenced=1,
                                review=1), "en")
    assert "1 finding /" in summary and "1 customization /" in summary and "1 open risk /" in summary
    assert "1 mandatory function not referenced" in summary
    # a count that is not 1, and words after a number that are not counted nouns, stay as written
    assert render(Message.of("catalog.more_headers", n=1), "en") == " … and 1 more column"
    assert render(Message.of("read.header_empty", row=1), "en").startswith("Row 1 is empty")
