"""The message catalogue: the English and Japanese wording of every message code of the pure layers.

``render(message, language)`` words a ``domain.messages.Message``; the UI calls it in its language, the CLI in
``--lang`` (default: the settings, else Japanese). A test fails when a code lacks a wording or a rule emits a
code the catalogue does not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from typing import Any

from jcloud_desk.analysis.labels import LABELS, label, municipality_type_label_in
from jcloud_desk.analysis.messages_cli import CLI_MESSAGES
from jcloud_desk.analysis.messages_merge import MERGE_MESSAGES
from jcloud_desk.analysis.messages_reports import REPORT_MESSAGES
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.municipality_type import MunicipalityType

#: code → (English, Japanese); ``{name}`` placeholders are the message's parameters.
CATALOGUE: dict[str, tuple[str, str]] = {
    # how messages name things
    "step.named": ("“{label}”", "「{label}」"),
    "step.unnamed": ("an unnamed {kind}", "名前のない{kind}"),
    "step.unnamed_no": ("an unnamed {kind} (No. {no})", "名前のない{kind}（No.{no}）"),
    "lane.named": ("“{name}”", "「{name}」"),
    "lane.none": ("“(no lane)”", "「（部署なし）」"),
    "more": (" and {n} more", "ほか{n}件"),
    "catalog.in": (" ({name})", "（{name}）"),
    # findings of the live checks (analysis/checks)
    "check.no_start": ("There is no start event (put one where the work begins)",
                       "開始イベントがありません（業務の始まりに開始イベントを置いてください）"),
    "check.no_end": ("There is no end event (put one where the work ends)",
                     "終了イベントがありません（業務の終わりに終了イベントを置いてください）"),
    "check.outside_lane": ("{step} is not in any lane", "{step}がどの部署（レーン）にも属していません"),
    "check.disconnected": ("{step} is not connected to any flow", "{step}がどの流れにもつながっていません"),
    "check.unreachable": ("{step} cannot be reached from a start", "{step}には開始からたどり着けません"),
    "check.dead_end": ("No flow leads on from {step}", "{step}から先に進む流れがありません"),
    "check.implicit_split": ("{n} flows leave {step} (put a decision or a parallel gateway there)",
                             "{step}から{n}本の流れが出ています（分岐か並行分岐を置いてください）"),
    "check.gateway_single_out": ("{step} has only one way out (a decision needs two or more)",
                                 "{step}の行き先が1つしかありません（分岐には2つ以上の行き先が必要です）"),
    "check.gateway_no_out": ("{step} has no way out (a decision needs two or more)",
                             "{step}に行き先の流れがありません（分岐には2つ以上の行き先が必要です）"),
    "check.unlabelled_branch": ("The flow from {source} to {target} has no condition name",
                                "{source}から{target}への流れに条件名がありません"),
    "check.superfluous_gateway": ("{step} has one flow in and one out, so it decides nothing",
                                  "{step}は入る流れと出る流れが1本ずつで、分岐として働いていません"),
    "check.loop_without_gateway": ("{names}{more} repeat without passing a decision (a loop with no way out)",
                                   "{names}{more}が分岐を通らずに繰り返しています（抜け出せないループ）"),
    "check.duplicate_flow": ("The flow from {source} to {target} is drawn twice",
                             "{source}から{target}への流れが重複しています"),
    "check.cross_pool_flow": (
        "The sequence flow from {source} to {target} crosses pools (use a message flow between organisations)",
        "{source}から{target}への順序フローがプールをまたいでいます（組織の間はメッセージフローにしてください）"),
    "check.message_in_pool": (
        "The message flow from {source} to {target} stays inside one pool (use a sequence flow within a pool)",
        "{source}から{target}へのメッセージフローが同じプールの中にあります（プールの中は順序フローにしてください）"),
    "check.empty_label_blank": ("{step} ({kind}) has no real name (lane {lane})",
                                "{step}（{kind}）に名前が付いていません（部署{lane}）"),
    "check.empty_label": ("There is an unnamed {kind} (lane {lane})", "名前のない{kind}があります（部署{lane}）"),
    "check.duplicate_label": ("Lane {lane} has {n} steps with the same name as {step}",
                              "部署{lane}に{step}と同じ名前の手順が{n}件あります"),
    "check.unmapped_task": (
        "{step} is not linked to a function of the standard (set it to manual or out of scope if it is)",
        "{step}が標準仕様書の機能に対応付けられていません（手作業・対象外ならそう設定してください）"),
    "check.gap_without_resolution": ("{step} is judged “{verdict}” but has no resolution",
                                     "{step}は判定が「{verdict}」ですが対応方針が決まっていません"),
    "check.gap_without_owner": ("{step} is judged “{verdict}” but has no owner",
                                "{step}は判定が「{verdict}」ですが担当者が決まっていません"),
    "check.codes": (" ({codes}{more})", "（{codes}{more}）"),
    "check.customization_without_justification": (
        "{step} is decided as a customization{codes} but no justification (why it is truly unavoidable) is "
        "written",
        "{step}は対応方針がカスタマイズ{codes}ですが、理由（真にやむを得ない理由）が書かれていません"),
    "check.fit_on_prohibited": ("{step} is judged a fit, but every function linked to it is prohibited{codes}",
                                "{step}は「適合」と判定されていますが、対応付けた機能はすべて実装不可です{codes}"),
    "check.open_risk": ("{step}: {reason}{codes}", "{step}: {reason}{codes}"),
    "risk.prohibited_item": ("depends on a prohibited function (no resolution yet)",
                             "実装不可の機能に依存（対応方針が未決定）"),
    "risk.option_not_adopted": ("depends on a standard option not adopted (not decided yet)",
                                "採用していない標準オプションに依存（採否が未決定）"),
    "risk.late_delivery": ("delivery time: the vendor delivers after go-live (no interim resolution yet)",
                           "提供時期: ベンダーの提供が稼働後（暫定の対応方針が未決定）"),
    "check.linked_to_retired_item": (
        "{step} is linked to “{code} {title}” of the superseded version ({catalog} {version}); re-check it",
        "{step}は改定前の版（{catalog} {version}）の機能「{code} {title}」に紐付いています（要再確認）"),
    "vendor.unset": ("not set", "未設定"),
    "item.form": ("form", "帳票"),
    "item.function": ("function", "機能"),
    "check.vendor_not_provided": ("The vendor “{vendor}” answers “×” for the mandatory {what} “{code} {title}”",
                                  "ベンダー（{vendor}）が実装必須の{what} {code} {title} を「×」と回答しています"),
    "check.unreferenced_mandatory": ("No step refers to the mandatory function “{code} {title}”{where}",
                                     "実装必須の機能「{code} {title}」{where}を参照する手順がありません"),
    # CLI output
    "cli.findings": ("{n} findings", "指摘 {n} 件"),
    "cli.analyze_summary": (
        "{findings} findings / {customizations} customizations / {risks} open risks / {unreferenced} mandatory "
        "functions not referenced / {review} to re-check after a revision",
        "指摘 {findings} 件 / カスタマイズ {customizations} 件 / 未決定リスク {risks} 件 / "
        "未参照の実装必須機能 {unreferenced} 件 / 改定で要再確認 {review} 件"),
    "cli.error": ("Error: {message}", "エラー: {message}"),
    # files the readers cannot read (io.errors.FormatError); the reason is the reader's own (Japanese) text
    "format.cannot_read": ("Cannot read the {what}: {where} ({reason})", "{what}を読み込めません: {where}（{reason}）"),
    "format.cannot_read_list": ("Cannot read the {what}: {where}: {reason}",
                                "{what}を読み込めません: {where}: {reason}"),
    "format.cannot_read_list_row": ("Cannot read the {what}: {where}: row {row}: {reason}",
                                    "{what}を読み込めません: {where}: {row}行目: {reason}"),
    "format.problems": ("Cannot read the {what}: {path}\n{lines}", "{what}を読み込めません: {path}\n{lines}"),
    "format.problem": ("{reason}", "{reason}"),
    "format.problem_row": ("row {row}: {reason}", "{row}行目: {reason}"),
    "format.problem_sheet": ("sheet “{sheet}”: {reason}", "シート「{sheet}」: {reason}"),
    "format.problem_sheet_row": ("sheet “{sheet}”, row {row}: {reason}", "シート「{sheet}」{row}行目: {reason}"),
    "format.more_problems": ("… and {n} more", "…ほか {n} 件"),
    "format.at_row": ("{path}, row {row}", "{path} の {row} 行目"),
    "format.in_sheet": ("{path} (sheet “{sheet}”)", "{path}（シート「{sheet}」）"),
    "format.no_path": ("(data)", "（データ）"),
    "format.kind.file": ("file", "ファイル"),
    "format.kind.catalog": ("function list file", "機能一覧ファイル"),
    "format.kind.step_list": ("step list file", "手順一覧ファイル"),
    "format.kind.mermaid": ("Mermaid file", "Mermaid ファイル"),
    "format.kind.project_json": ("project JSON", "プロジェクト JSON"),
    "format.kind.flow": ("flow file", "業務フローファイル"),
    "format.kind.bpmn": ("BPMN file", "BPMN ファイル"),
    "format.kind.vendor_answers": ("vendor answer file", "ベンダー回答ファイル"),
    "format.kind.inventory": ("current forms file", "現行帳票ファイル"),
    "format.kind.vendor_sheet": ("vendor answer sheet", "ベンダー回答シート"),
    "format.kind.label_list": ("list of texts", "文言の一覧"),
    "format.kind.thesaurus": ("thesaurus", "類義語辞書"),
    "format.kind.pair_file": ("map (old function ID,new function ID)", "対応表（旧機能ID,新機能ID）"),
    # a thesaurus CSV's problems (analysis/thesaurus.py)
    "thesaurus.header": ("make row 1 the header term,canonical,source",
                         "1行目は term,canonical,source の見出しにしてください"),
    "thesaurus.both": ("a row needs both term and canonical", "term と canonical の両方が必要です"),
    # project files (services.errors.ProjectFileError, by problem)
    "file.holder": (" ({holder})", "（{holder}）"),
    "file.not_found": ("File not found: {path}", "ファイルが見つかりません: {path}"),
    "file.exists": ("The file already exists (not overwritten): {path}",
                    "ファイルが既に存在します（上書きしません）: {path}"),
    "file.not_a_project": ("Not a jcloud_desk project file: {path} ({detail})",
                           "jcloud_desk のプロジェクトファイルではありません: {path}（{detail}）"),
    "file.corrupt": ("The project file is damaged (it was left unchanged): {path} ({detail})",
                     "プロジェクトファイルが壊れています（ファイルは変更していません）: {path}（{detail}）"),
    "file.newer_format": ("The file was made by a newer jcloud_desk. Please update the app: {path}",
                          "より新しいバージョンの jcloud_desk で作成されたファイルです。"
                          "アプリを更新してください: {path}"),
    "file.locked": ("This project is being edited in another jcloud_desk{who}. It can be opened read-only: {path}",
                    "このプロジェクトは別の jcloud_desk で編集中です{who}。読み取り専用で開くことはできます: {path}"),
    "file.cannot_lock": (
        "The project cannot be opened for editing in this folder ({detail}). Open it read-only or copy it to a "
        "folder you can write to: {path}",
        "このフォルダではプロジェクトを編集用に開けません（{detail}）。"
        "読み取り専用で開くか、書き込みできるフォルダにコピーしてください: {path}"),
    "file.write_failed": (
        "The project file could not be saved ({detail}). Your work is still in memory: use Save As to save it "
        "elsewhere: {path}",
        "プロジェクトファイルに保存できませんでした（{detail}）。"
        "作業内容はメモリ上に残っています。「名前を付けて保存」で別の場所に保存してください: {path}"),
    "file.other": ("The project file could not be used: {path} ({detail})",
                   "プロジェクトファイルを扱えませんでした: {path} ({detail})"),
    # titles of the check rules (analysis/checks/findings.RULES)
    "rule.no_start": ("No start event", "開始イベントがない"),
    "rule.no_end": ("No end event", "終了イベントがない"),
    "rule.outside_lane": ("Step outside any lane", "部署（レーン）に属していない手順"),
    "rule.cross_pool_flow": ("Sequence flow across pools", "プールをまたぐ順序フロー"),
    "rule.disconnected": ("Step connected to no flow", "どの流れにもつながっていない手順"),
    "rule.unreachable": ("Step unreachable from a start", "開始からたどり着けない手順"),
    "rule.dead_end": ("Step with no way on (dead end)", "先に進む流れがない手順（行き止まり）"),
    "rule.gateway_single_out": ("Decision with one way out or none", "行き先が1つ以下の分岐"),
    "rule.unlabelled_branch": ("Branch flow without a condition name", "条件名のない分岐の流れ"),
    "rule.implicit_split": ("Split without a gateway", "分岐ゲートウェイを使わない分岐"),
    "rule.loop_without_gateway": ("Loop without a decision", "分岐を通らないループ"),
    "rule.duplicate_flow": ("Duplicate flow", "重複した流れ"),
    "rule.message_in_pool": ("Message flow inside one pool", "同じプール内のメッセージフロー"),
    "rule.empty_label": ("Step named empty or “?”", "名前が空または「？」の手順"),
    "rule.duplicate_label": ("Steps with the same name in one lane", "同じ部署内で名前が重複した手順"),
    "rule.superfluous_gateway": ("Superfluous gateway", "不要な分岐ゲートウェイ"),
    "rule.gap_without_resolution": ("Partial fit or gap without a resolution", "対応方針のない一部適合・ギャップ"),
    "rule.customization_without_justification": ("Customization without a justification", "理由のないカスタマイズ"),
    "rule.gap_without_owner": ("Partial fit or gap without an owner", "担当者のない一部適合・ギャップ"),
    "rule.unmapped_task": ("Work not linked to a function", "機能に対応付けられていない作業"),
    "rule.unreferenced_mandatory": ("Mandatory function no step refers to",
                                    "どの手順からも参照されていない実装必須機能"),
    "rule.fit_on_prohibited": ("Fit on prohibited functions only", "実装不可の機能だけに対応付けた適合"),
    "rule.open_risk": ("Open risk (a prohibited function, an option not adopted or a delivery after go-live)",
                       "未決定のリスク（実装不可・未採用の標準オプション・稼働後の提供に依存）"),
    "rule.linked_to_retired_item": ("Step linked to a function of a superseded version",
                                    "改定前の版（旧版）の機能に紐付いた手順"),
    "rule.vendor_not_provided": ("Mandatory function the vendor answered “×”", "ベンダーが「×」と回答した実装必須機能"),
}

CATALOGUE.update(CLI_MESSAGES)
CATALOGUE.update(REPORT_MESSAGES)
CATALOGUE.update(MERGE_MESSAGES)

LANGUAGES = ("en", "ja")
_SEPARATOR = {"en": ", ", "ja": "、"}


def _param(value: Any, language: str) -> str:
    if isinstance(value, Worded):
        return render(value.message, language)
    if isinstance(value, MunicipalityType):  # before LABELS: 未設定 ('') equals Resolution.NONE as a key
        return municipality_type_label_in(value, language)
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, Enum) and value in LABELS:
        return label(value, language)
    if isinstance(value, list):  # lines
        return "\n".join(_param(item, language) for item in value)
    if isinstance(value, tuple):
        return _SEPARATOR[language].join(_param(item, language) for item in value)
    return str(value)


#: English nouns counted in the catalogue ("{n} conflicts"): singular when the count is 1.
COUNTED_NOUNS = ("cells", "columns", "conflicts", "customizations", "findings", "flows", "forms", "functions",
                 "items", "links", "megapixels", "options", "pairs", "pixels", "risks", "rows", "steps", "tasks")
_COUNTED = re.compile(r"\{(\w+)\}( (?:[a-z]+ ){0,2})(" + "|".join(n[:-1] for n in COUNTED_NOUNS) + r")s\b")


def _english_counts(template: str, params: dict[str, Any]) -> str:
    """``template`` with "{n} … nouns" made singular where that count is 1 ("1 conflict", "1 open risk")."""
    def number(match: re.Match[str]) -> str:
        value = params.get(match.group(1))
        one = isinstance(value, int) and not isinstance(value, bool) and value == 1
        return f"{{{match.group(1)}}}{match.group(2)}{match.group(3)}" + ("" if one else "s")

    return _COUNTED.sub(number, template)


def render(message: Message, language: str = "ja") -> str:
    """The words of ``message`` in ``language`` ('en' or 'ja'; anything else is Japanese)."""
    language = language if language in LANGUAGES else "ja"
    english, japanese = CATALOGUE[message.code]
    params = dict(message.params)
    template = _english_counts(english, params) if language == "en" else japanese
    return template.format(**{name: _param(value, language) for name, value in params.items()})


def rule_title(rule: str, language: str = "ja") -> str:
    """The title of a check rule (its key when the catalogue does not know it)."""
    code = f"rule.{rule}"
    return render(Message(code), language) if code in CATALOGUE else rule


class Worded(str):
    """The Japanese wording of a message that keeps the message: a ``str`` where text is expected (reports, the
    GUI's lists, older callers), worded in another language by ``in_language`` or as a parameter of a message."""

    message: Message

    def __new__(cls, message: Message) -> Worded:
        text = super().__new__(cls, render(message, "ja"))
        text.message = message
        return text

    def __reduce__(self) -> tuple[type[Worded], tuple[Message]]:
        return Worded, (self.message,)


def quoted(names: Iterable[str]) -> tuple[Message, ...]:
    """User names listed in a message: quoted “…” in English, bare in Japanese (the list separator between)."""
    return tuple(Message.of("quoted", name=name) for name in names)


def worded(code: str, /, **params: Any) -> Worded:
    """``Worded(Message.of(code, **params))``."""
    return Worded(Message.of(code, **params))


def in_language(text: str, language: str) -> str:
    """``text`` in ``language`` when it is ``Worded``, else as it is (a user label, a reader's own text)."""
    return render(text.message, language) if isinstance(text, Worded) else str(text)


class WordedError(Exception):
    """An error whose text is a message: ``str()`` is its Japanese wording, ``as_message()`` the data."""

    def __init__(self, message: Message) -> None:
        super().__init__(render(message, "ja"))
        self.message = message

    def as_message(self) -> Message:
        """The error as data."""
        return self.message
