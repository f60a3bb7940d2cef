"""Fit&Gap rules of the live checks: unmapped tasks, open gaps, unjustified customization, catalogue coverage.

Covers domain.md §10 items 2–5. ``check_fitgap`` reports through ``ProcessContext.emit``; ``check_coverage`` is
project-level and returns its messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jcloud_desk.analysis.checks.context import ProcessContext
from jcloud_desk.analysis.customization import CustomizationFlag, FlagReason, customization_flag
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Link, Resolution, Verdict
from jcloud_desk.domain.process import Step, StepKind
from jcloud_desk.domain.project import Project

#: Verdict names in messages (same words as the UI).
_VERDICT_NAMES: dict[Verdict, str] = {Verdict.PARTIAL: "一部適合", Verdict.GAP: "ギャップ"}
#: Item classes that can make a link a customization (see ``customization_flag``).
_FLAGGED_CLASSES = (ImplClass.PROHIBITED, ImplClass.OPTIONAL)
#: How many item codes a customization message lists.
_CODES_SHOWN = 2


def check_fitgap(ctx: ProcessContext) -> None:
    """Run every per-step Fit&Gap rule on one process."""
    project = ctx.project
    for step in ctx.steps:
        links = ctx.links_by_step.get(step.id, [])
        _check_mapping(ctx, step, links)
        _check_gap(ctx, step, links)
        if ctx.on("customization_without_justification"):
            _check_customization(ctx, step, links, project)


def _check_mapping(ctx: ProcessContext, step: Step, links: Sequence[Link]) -> None:
    """unmapped_task: work that is neither linked to an item, nor 手作業, nor judged 対象外."""
    if not step.kind.is_activity or step.kind is StepKind.MANUAL_TASK or links:
        return
    if ctx.project.verdict_of(step.id) is Verdict.OUT_OF_SCOPE:
        return
    if step.kind is StepKind.SUBPROCESS and step.subprocess_id in ctx.project.process:
        return  # a call of another drawn process: its own steps carry the mapping
    ctx.emit(
        "unmapped_task",
        step.id,
        f"{ctx.name(step)}が標準仕様書の機能に対応付けられていません（手作業・対象外ならそう設定してください）",
    )


def _open_verdict(project: Project, step: Step, links: Sequence[Link]) -> Verdict | None:
    """一部適合 or ギャップ of the step, or of one of its links where that differs (ギャップ wins), else None."""
    verdict = project.verdict_of(step.id)
    if verdict.needs_resolution:
        return verdict
    link_verdicts = {link.verdict for link in links if link.verdict is not None}
    if Verdict.GAP in link_verdicts:
        return Verdict.GAP
    return Verdict.PARTIAL if Verdict.PARTIAL in link_verdicts else None


def _check_gap(ctx: ProcessContext, step: Step, links: Sequence[Link]) -> None:
    """gap_without_resolution and gap_without_owner (§10.3)."""
    verdict = _open_verdict(ctx.project, step, links)
    if verdict is None:
        return
    judgment = ctx.project.judgment.get(step.id)
    said = f"{ctx.name(step)}は判定が「{_VERDICT_NAMES[verdict]}」ですが"
    if judgment is None or judgment.resolution is Resolution.NONE:
        ctx.emit("gap_without_resolution", step.id, f"{said}対応方針が決まっていません")
    if judgment is None or not judgment.owner.strip():
        ctx.emit("gap_without_owner", step.id, f"{said}担当者が決まっていません")


def _check_customization(ctx: ProcessContext, step: Step, links: Sequence[Link], project: Project) -> None:
    """customization_without_justification: flagged by ``customization_flag`` and no 真にやむを得ない理由."""
    judgment = project.judgment.get(step.id)
    by_resolution = judgment is not None and judgment.resolution is Resolution.CUSTOMIZATION
    if not by_resolution and not any(_may_flag(project, link) for link in links):
        return  # cannot be flagged: skip building the view below
    flag = _flag(project, step.id, links)
    if flag is None or flag.justified:
        return
    ctx.emit(
        "customization_without_justification",
        step.id,
        f"{ctx.name(step)}はカスタマイズ扱い（{_reasons(project, flag)}）ですが、理由が書かれていません",
    )


def _may_flag(project: Project, link: Link) -> bool:
    """True when the linked item is of a class that ``customization_flag`` looks at (実装不可, 標準オプション)."""
    item = project.item.get(link.item_id)
    return item is not None and item.impl_class in _FLAGGED_CLASSES


def _flag(project: Project, step_id: str, links: Sequence[Link]) -> CustomizationFlag | None:
    """``customization_flag`` of one step, given the step's links.

    Handing ``customization_flag`` the step's links (instead of letting it scan every link) keeps a run linear.
    """
    return customization_flag(project, step_id, links)


def _reasons(project: Project, flag: CustomizationFlag) -> str:
    """The reasons of a flag in Japanese, with the item codes involved."""
    codes = [project.item[item_id].code for item_id in flag.item_ids if item_id in project.item]
    more = f"ほか{len(codes) - _CODES_SHOWN}件" if len(codes) > _CODES_SHOWN else ""
    shown = "・".join(codes[:_CODES_SHOWN]) + more
    words = {
        FlagReason.RESOLUTION: "対応方針がカスタマイズ",
        FlagReason.PROHIBITED_ITEM: "実装不可の機能を使用",
        FlagReason.OPTION_NOT_ADOPTED: "採用していない標準オプションを使用",
    }
    text = "、".join(words[reason] for reason in flag.reasons)
    return f"{text}：{shown}" if shown else text


def check_coverage(project: Project, links_by_step: Mapping[str, Sequence[Link]]) -> list[str]:
    """unreferenced_mandatory: one message per 実装必須 item that no existing step links to, in catalogue order."""
    referenced = {link.item_id for step_id, links in links_by_step.items() if step_id in project.step for link in links}
    catalog_rank = {catalog_id: rank for rank, catalog_id in enumerate(project.catalog)}
    items = sorted(
        (item for item in project.mandatory_items() if item.id not in referenced),
        key=lambda item: (catalog_rank.get(item.catalog_id, len(catalog_rank)), item.sort, item.code),
    )
    several = len(project.catalog) > 1
    messages = []
    for item in items:
        catalog = project.catalog.get(item.catalog_id)
        where = f"（{catalog.name}）" if several and catalog is not None else ""
        title = " ".join(item.title.split())
        messages.append(f"実装必須の機能「{item.code} {title}」{where}を参照する手順がありません")
    return messages
