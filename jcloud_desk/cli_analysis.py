"""``jcloud-desk check PROJECT [--process NAME] [--json]`` and ``jcloud-desk analyze PROJECT [--json]``.

Both open the project read-only. ``check`` lists the live checks' findings (``message`` in ``--lang``, every finding
with its ``code``); ``analyze`` prints the register document of ``analysis.coverage.analyze_document`` plus the
``forms`` and ``vendor`` parts. Exit 0 (findings are not errors), 1 for a file that cannot be opened.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from jcloud_desk.cli_output import say

Handler = Callable[[argparse.Namespace], int]


def add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser], handlers: dict[str, Handler]) -> None:
    """Register the ``check`` sub-command."""
    p = sub.add_parser("check", help="業務フローのチェック（指摘の一覧）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--process", metavar="NAME")
    p.add_argument("--json", action="store_true")
    handlers["check"] = cmd_check


def add_analyze(sub: argparse._SubParsersAction[argparse.ArgumentParser], handlers: dict[str, Handler]) -> None:
    """Register the ``analyze`` sub-command."""
    p = sub.add_parser("analyze", help="判定の集計・指摘・カスタマイズ・未参照の実装必須機能")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    handlers["analyze"] = cmd_analyze


def cmd_check(args: argparse.Namespace) -> int:
    """Run the live checks and print the findings."""
    from jcloud_desk.analysis.checks import run_checks
    from jcloud_desk.cli import EXIT_OK, _print_json, _process_id, _service
    opened = _service().open(Path(args.project), read_only=True)
    try:
        project = opened.project
        process_id = _process_id(project, args.process) if args.process else None
        findings = run_checks(project, process_id)
    finally:
        opened.close()
    rows = [
        {
            "rule": f.rule,
            "severity": f.severity.value,
            "process": project.process[f.process_id].name if f.process_id in project.process else "",
            "step": project.step[f.step_id].label if f.step_id in project.step else "",
            "message": f.text(args.lang),
            "code": f.code,
            "process_id": f.process_id,
            "step_id": f.step_id,
        }
        for f in findings
    ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"[{row['severity']}] {row['process']} {row['step']}: {row['message']} ({row['rule']})")
        say(args.lang, "cli.findings", n=len(rows))
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    """Coverage, findings, customizations, open risks, unreferenced mandatory items, re-checks, forms, vendor."""
    from jcloud_desk.analysis.coverage import analyze_document
    from jcloud_desk.analysis.form_coverage import forms_document
    from jcloud_desk.analysis.vendor_layer import vendor_document
    from jcloud_desk.cli import EXIT_OK, _print_json, _service
    opened = _service().open(Path(args.project), read_only=True)
    try:
        document = analyze_document(opened.project, args.lang)
        document["forms"] = forms_document(opened.project)
        document["vendor"] = vendor_document(opened.project)
    finally:
        opened.close()
    if args.json:
        _print_json(document)
        return EXIT_OK
    for name, counts in document["coverage"].items():
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    say(args.lang, "cli.analyze_summary", findings=len(document["findings"]),
        customizations=len(document["customizations"]), risks=len(document["open_risks"]),
        unreferenced=len(document["unreferenced_mandatory"]), review=len(document["review_needed"]))
    return EXIT_OK
