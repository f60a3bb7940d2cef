"""Live checks (municipal lint rules, domain.md §10): a Project in, a sorted list of Findings out.

Pure (stdlib + the domain). Every rule has a stable snake_case key (``RULES``) that appears in CLI JSON
and in ``ProjectInfo.disabled_checks``. Each process is indexed once (steps, flows, a sequence-flow digraph, the
links of its steps) and the rules in ``flow_rules`` and ``fitgap_rules`` read that index, so a run
stays linear in the size of the project.

Overlaps are reported once: while ``disconnected`` is on, a node without any flow is not also reported as
``unreachable``, ``dead_end`` or ``gateway_single_out``; while ``gateway_single_out`` is on, a decision gateway
with one flow in and one out is not also ``superfluous_gateway``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from jcloud_desk.analysis.checks.context import index_process
from jcloud_desk.analysis.checks.findings import RULE_BY_KEY, RULES, Finding, Severity
from jcloud_desk.analysis.checks.fitgap_rules import check_coverage, check_fitgap
from jcloud_desk.analysis.checks.flow_rules import check_flow
from jcloud_desk.analysis.open_risks import RiskContext
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Link
from jcloud_desk.domain.process import Flow, Step
from jcloud_desk.domain.project import Project

_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_RULE_RANK = {rule.key: rank for rank, rule in enumerate(RULES)}


def run_checks(project: Project, process_id: str | None = None, disabled: Iterable[str] | None = None) -> list[Finding]:
    """Run every enabled rule on one process (or all, plus project-level rules) and return sorted findings.

    ``disabled`` defaults to ``project.meta.disabled_checks``; unknown keys are ignored. Findings are sorted by
    process (display order; project-level findings last), severity, then step order (the sort is stable, so
    ties keep the order the rules found them in).
    """
    if process_id is not None and process_id not in project.process:
        raise UnknownEntityError("process", process_id)
    off = set(project.meta.disabled_checks if disabled is None else disabled)
    enabled = frozenset(rule.key for rule in RULES if rule.key not in off)

    steps_by_process: dict[str, list[Step]] = defaultdict(list)
    for step in project.step.values():
        steps_by_process[step.process_id].append(step)
    flows_by_process: dict[str, list[Flow]] = defaultdict(list)
    for flow in project.flow.values():
        flows_by_process[flow.process_id].append(flow)
    links_by_step: dict[str, list[Link]] = defaultdict(list)
    for link in project.link.values():
        links_by_step[link.step_id].append(link)

    processes = project.processes()
    chosen = [p for p in processes if process_id is None or p.id == process_id]
    findings: list[Finding] = []
    step_rank: dict[str, int] = {}
    risks = RiskContext(project)  # municipalities' adopted options and the vendor's answers, looked up once
    for process in chosen:
        context = index_process(
            project, process.id, enabled, steps_by_process[process.id], flows_by_process[process.id], links_by_step,
            risks,
        )
        step_rank.update((step_id, rank + 1) for step_id, rank in context.rank.items())
        check_flow(context)
        check_fitgap(context)
        findings.extend(context.findings)
    if process_id is None and processes and "unreferenced_mandatory" in enabled:
        findings.extend(
            Finding("unreferenced_mandatory", RULE_BY_KEY["unreferenced_mandatory"].severity, "", "", message)
            for message in check_coverage(project, links_by_step)
        )

    if "vendor_not_provided" in enabled and project.vendor_answer:
        from jcloud_desk.analysis.vendor_layer import vendor_findings  # imports this package's findings module

        findings.extend(f for f in vendor_findings(project) if process_id is None or f.process_id == process_id)

    process_rank = {p.id: rank for rank, p in enumerate(processes)}
    flow_rank = {flow_id: rank for rank, flow_id in enumerate(project.flow, start=1)}
    findings.sort(
        key=lambda f: (
            process_rank.get(f.process_id, len(processes)),
            _SEVERITY_RANK[f.severity],
            step_rank.get(f.step_id, 0),
            _RULE_RANK[f.rule],
            flow_rank.get(f.flow_id, 0),
        )
    )
    return findings
