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
_CODE = re.compile(r"""Message(?:\.of)?\(\s*"([a-z_.]+)\"""")


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
    assert "check.dead_end" in emitted and "step.named" in emitted, "the scan finds the codes"
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
