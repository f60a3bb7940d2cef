"""Fit&Gap rules of the live checks: unmapped tasks, open gaps, unjustified customization, 適合 on 実装不可,
open risks, links to a retired catalogue version, catalogue coverage.

Covers domain.md §10 items 2–5. ``check_fitgap`` reports through ``ProcessContext.emit``; ``check_coverage`` is
project-level and returns its messages. Every message is a ``Message`` code of ``analysis/messages.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jcloud_desk.analysis.checks.context import ProcessContext
from jcloud_desk.analysis.customization import customization_flag
from jcloud_desk.analysis.effective_class import effective_class, mandatory_items, process_type
from jcloud_desk.domain.catalog import ImplClass
from jcloud_desk.domain.fitgap import Link, Resolution, Verdict
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.process import Step, StepKind
from jcloud_desk.domain.project import Project

#: Verdicts that say the standard covers the step.
_FIT_VERDICTS = (Verdict.FIT, Verdict.FIT_CONFIG, Verdict.FIT_OPTION)
#: How many item codes a message lists.
_CODES_SHOWN = 2


def check_fitgap(ctx: ProcessContext) -> None:
    """Run every per-step Fit&Gap rule on one process."""
    project = ctx.project
    retired = project.retired_catalogs() if ctx.on("linked_to_retired_item") else frozenset()
    for step in ctx.steps:
        links = ctx.links_by_step.get(step.id, [])
        _check_mapping(ctx, step, links)
        _check_gap(ctx, step, links)
        if ctx.on("customization_without_justification"):
            _check_customization(ctx, step, links, project)
        if ctx.on("fit_on_prohibited"):
            _check_fit_on_prohibited(ctx, step, links)
        if ctx.on("open_risk") and links:
            _check_open_risks(ctx, step, links)
        if retired:
            _check_retired(ctx, step, links, retired)


def _check_retired(ctx: ProcessContext, step: Step, links: Sequence[Link], retired: frozenset[str]) -> None:
    """linked_to_retired_item: a link still on an item of a superseded catalogue version (removed or unpaired)."""
    for link in links:
        item = ctx.project.item.get(link.item_id)
        if item is None or item.catalog_id not in retired:
            continue
        catalog = ctx.project.catalog[item.catalog_id]
        ctx.emit("linked_to_retired_item", step.id, Message.of(
            "check.linked_to_retired_item", step=ctx.name(step), catalog=catalog.name, version=catalog.version,
            code=item.code, title=" ".join(item.title.split())))


def _check_mapping(ctx: ProcessContext, step: Step, links: Sequence[Link]) -> None:
    """unmapped_task: work that is neither linked to an item, nor 手作業, nor judged 対象外, nor an external
    organisation's (a partner pool's)."""
    if not step.kind.is_activity or step.kind is StepKind.MANUAL_TASK or links or step.id in ctx.partner_steps():
        return
    if ctx.project.verdict_of(step.id) is Verdict.OUT_OF_SCOPE:
        return
    if step.kind is StepKind.SUBPROCESS and step.subprocess_id in ctx.project.process:
        return  # a call of another drawn process: its own steps carry the mapping
    ctx.emit("unmapped_task", step.id, Message.of("check.unmapped_task", step=ctx.name(step)))


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
    if judgment is None or judgment.resolution is Resolution.NONE:
        ctx.emit("gap_without_resolution", step.id,
                 Message.of("check.gap_without_resolution", step=ctx.name(step), verdict=verdict))
    if judgment is None or not judgment.owner.strip():
        ctx.emit("gap_without_owner", step.id,
                 Message.of("check.gap_without_owner", step=ctx.name(step), verdict=verdict))


def _check_customization(ctx: ProcessContext, step: Step, links: Sequence[Link], project: Project) -> None:
    """customization_without_justification: decided as カスタマイズ (step or link) and no 真にやむを得ない理由."""
    judgment = project.judgment.get(step.id)
    if judgment is not None and judgment.justification.strip():
        return
    flag = customization_flag(project, step.id, links)
    if flag is None:
        return
    ctx.emit("customization_without_justification", step.id, Message.of(
        "check.customization_without_justification", step=ctx.name(step), codes=_codes(project, flag.item_ids)))


def _check_fit_on_prohibited(ctx: ProcessContext, step: Step, links: Sequence[Link]) -> None:
    """fit_on_prohibited: judged 適合 although every item the step is linked to is 実装不可 for its 団体."""
    if not links or ctx.project.verdict_of(step.id) not in _FIT_VERDICTS:
        return
    kind = process_type(ctx.project, step.process_id)
    items = [ctx.project.item.get(link.item_id) for link in links]
    if any(item is None or effective_class(item, kind) is not ImplClass.PROHIBITED for item in items):
        return
    ctx.emit("fit_on_prohibited", step.id, Message.of(
        "check.fit_on_prohibited", step=ctx.name(step),
        codes=_codes(ctx.project, tuple(link.item_id for link in links))))


def _check_open_risks(ctx: ProcessContext, step: Step, links: Sequence[Link]) -> None:
    """open_risk: one warning per undecided dependence on a 実装不可 item, an unadopted option or a late delivery."""
    for risk in ctx.risks.step_risks(step.id, links):
        ctx.emit("open_risk", step.id, Message.of(
            "check.open_risk", step=ctx.name(step), reason=Message.of(f"risk.{risk.reason_code.value}"),
            codes=_codes(ctx.project, risk.item_ids)))


def _codes(project: Project, item_ids: Sequence[str]) -> Message | str:
    """「（0010001・0010002ほか1件）」 for the items involved ('' when none)."""
    codes = [project.item[item_id].code for item_id in item_ids if item_id in project.item]
    if not codes:
        return ""
    more = Message.of("more", n=len(codes) - _CODES_SHOWN) if len(codes) > _CODES_SHOWN else ""
    return Message.of("check.codes", codes="・".join(codes[:_CODES_SHOWN]), more=more)


def check_coverage(project: Project, links_by_step: Mapping[str, Sequence[Link]]) -> list[Message]:
    """unreferenced_mandatory: one message per function 実装必須 for the project's 団体区分 that no existing step
    links to, in catalogue order (帳票 have their own coverage)."""
    referenced = {link.item_id for step_id, links in links_by_step.items() if step_id in project.step for link in links}
    catalog_rank = {catalog_id: rank for rank, catalog_id in enumerate(project.catalog)}
    items = sorted(
        (item for item in mandatory_items(project) if item.id not in referenced and not item.is_form),
        key=lambda item: (catalog_rank.get(item.catalog_id, len(catalog_rank)), item.sort, item.code),
    )
    several = len(project.catalog) > 1
    messages = []
    for item in items:
        catalog = project.catalog.get(item.catalog_id)
        where = Message.of("catalog.in", name=catalog.name) if several and catalog is not None else ""
        title = " ".join(item.title.split())
        messages.append(Message.of("check.unreferenced_mandatory", code=item.code, title=title, where=where))
    return messages
