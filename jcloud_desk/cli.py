"""Headless command line over the services; `jcloud-desk [PROJECT]` without a command opens the GUI.

Exit codes: 0 success, 1 user error (one line on stderr, no traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from jcloud_desk import __version__, cli_suggest
from jcloud_desk.analysis.messages import LANGUAGES, quoted, worded
from jcloud_desk.cli_analysis import add_analyze, add_check
from jcloud_desk.cli_catalog import add_import_catalog
from jcloud_desk.cli_configure import add_parser as add_configure_parser
from jcloud_desk.cli_configure import cmd_configure
from jcloud_desk.cli_help import translate_help
from jcloud_desk.cli_language import default_language, take_language
from jcloud_desk.cli_output import UserError, complain, error_line, say, say_lines, type_label, warn
from jcloud_desk.domain.edits import Edit
from jcloud_desk.domain.errors import DomainError
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.io.errors import FormatError, OutputWriteError, folder_problem, os_error_reason
from jcloud_desk.launch import add_gui_arguments, start_gui
from jcloud_desk.services.edit_session import NOTE_EXTERNAL, NOTE_MERGED
from jcloud_desk.services.errors import ProjectFileError
from jcloud_desk.services.project_service import OpenProject, ProjectService
from jcloud_desk.services.settings import SettingsStore

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
__all__ = ["EXIT_OK", "EXIT_USAGE", "EXIT_USER_ERROR", "UserError", "build_parser", "main"]

def _service() -> ProjectService:
    settings = SettingsStore().load()
    return ProjectService(user=settings.display_user)


def _check_output(out: Path) -> None:
    """Refuse before any work when nothing can be written where ``out`` goes (the message names ``out``)."""
    problem = folder_problem(out.parent if out.parent != Path() else Path.cwd())
    if problem:
        raise OutputWriteError(out, problem)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty project file."""
    opened = _service().new_project(Path(args.project), args.name, args.municipality or "", args.business or "")
    opened.close()
    say(args.lang, "cli.created", path=args.project)
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """Describe a project (processes, catalogues, links, verdict counts)."""
    summary = _service().describe(Path(args.project))
    if args.json:
        _print_json(summary)
        return EXIT_OK
    language = args.lang
    say(language, "cli.info_project", name=summary["name"], municipality=summary["municipality"],
        type=type_label(summary["municipality_type"], language), version=summary["format_version"])
    for p in summary["processes"]:
        say(language, "cli.info_process", name=p["name"], kind=p["kind"], lanes=p["lanes"], phases=p["phases"],
            steps=p["steps"], tasks=p["tasks"], flows=p["flows"])
    for c in summary["catalogs"]:
        retired = Message("cli.info_retired") if c.get("retired") else ""
        forms = Message.of("cli.info_forms", n=c["kinds"]["form"]) if c["kinds"]["form"] else ""
        say(language, "cli.info_catalog", name=c["name"], version=c["version"], retired=retired, items=c["items"],
            forms=forms)
    say(language, "cli.info_links", links=summary["links"],
        verdicts=", ".join(f"{k}={v}" for k, v in summary["verdicts"].items()))
    if summary.get("vendor"):
        say(language, "cli.info_vendor" if summary.get("vendor_chosen") else "cli.info_vendor_fallback",
            vendor=summary["vendor"])
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    """Write the bundled sample project."""
    path = _service().write_sample(Path(args.path))
    say(args.lang, "cli.sample_written", path=path)
    return EXIT_OK


def _read_project(path: str) -> Project:
    """The project in a file, opened read-only (so it works while another window edits the file)."""
    opened = _service().open(Path(path), read_only=True)
    try:
        return opened.project
    finally:
        opened.close()


def _apply_edit(opened: OpenProject, edit: Edit, note: str = NOTE_EXTERNAL) -> None:
    """Apply (and so save) one edit; a write failure becomes the command's error. The file's undo history
    is cleared, leaving ``note`` (the editor cannot undo across a change made here)."""
    opened.session.apply(edit, note)
    if opened.session.last_error is not None:
        raise opened.session.last_error


def _process_id(project: Project, name: str | None) -> str:
    if name is None:
        processes = project.processes()
        if not processes:
            raise UserError("cli.no_processes")
        return processes[0].id
    process = project.process_named(name) or project.process.get(name)
    if process is None:
        raise UserError("cli.no_such_process", name=name, names=quoted(p.name for p in project.processes()))
    return process.id


def cmd_layout(args: argparse.Namespace) -> int:
    """Apply the lane-aware auto-layout to one process (saved at once)."""
    from jcloud_desk.analysis.layout.autolayout import auto_layout
    opened = _service().open(Path(args.project))
    try:
        process_id = _process_id(opened.project, args.process)
        _apply_edit(opened, auto_layout(opened.project, process_id))
        name = opened.project.process[process_id].name
    finally:
        opened.close()
    say(args.lang, "cli.layout_applied", name=name)
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    """Draw a process as PNG, SVG or PDF, exactly as the editor shows it."""
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise UserError("cli.render_format", path=str(out))
    if not 30 <= args.dpi <= 1200:
        raise UserError("cli.render_dpi")
    _check_output(out)
    opened = _service().open(Path(args.project), read_only=True)
    try:
        project = opened.project
        process_id = _process_id(project, args.process)
    finally:
        opened.close()
    from jcloud_desk.ui.export.diagram_export import DiagramExporter
    from jcloud_desk.ui.export.headless import diagram_font, ensure_application

    ensure_application()
    exporter = DiagramExporter(project, process_id, diagram_font(), show_verdicts=args.verdicts)
    exporter.write(out, args.dpi)
    if exporter.notice:  # the PNG was drawn at a lower resolution to stay within the pixel budget
        warn(args.lang, exporter.notice)
    say(args.lang, "cli.written", path=out)
    return EXIT_OK


def cmd_import_flow(args: argparse.Namespace) -> int:
    """Import BPMN / step list (CSV, xlsx) / Mermaid flows as new processes; prints their names."""
    from jcloud_desk.services.flow_import_service import FlowImportService
    importer = FlowImportService()
    opened = _service().open(Path(args.project))  # first: a locked or read-only project is refused before any work
    try:
        imported = importer.read(Path(args.file), args.format)
        before = {p.id for p in opened.project.process.values()}
        _apply_edit(opened, importer.import_edit(opened.project, imported))
        created = [p.name for p in opened.project.processes() if p.id not in before]
    finally:
        opened.close()
    for warning in imported.warnings:
        warn(args.lang, Message.of("cli.where", where=warning.where, message=warning.message))
    for name in created:
        print(name)
    return EXIT_OK


def cmd_export_bpmn(args: argparse.Namespace) -> int:
    """Write one process as BPMN 2.0 XML with DI."""
    from jcloud_desk.io.bpmn.exporter import write_bpmn
    opened = _service().open(Path(args.project), read_only=True)
    try:
        process_id = _process_id(opened.project, args.process)
        write_bpmn(opened.project, process_id, Path(args.out))
    finally:
        opened.close()
    say(args.lang, "cli.written", path=args.out)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """The Fit&Gap report as Excel (.xlsx) or PDF (.pdf)."""
    from jcloud_desk.services.report_service import build_report_data, write_report
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError("cli.report_format", path=str(out))
    _check_output(out)
    project = _read_project(args.project)
    if suffix == ".xlsx":
        write_report(project, out)
    else:
        from jcloud_desk.ui.export.headless import diagram_font, ensure_application
        from jcloud_desk.ui.export.pdf_report import ReportOptions, write_pdf_report

        ensure_application()
        data = build_report_data(project, datetime.now().strftime("%Y-%m-%d %H:%M"))
        options = ReportOptions(paper=args.paper, requirements_appendix=args.requirements_appendix)
        write_pdf_report(project, data, out, diagram_font(), options=options)
    say(args.lang, "cli.report_written", path=out)
    return EXIT_OK


def cmd_group_report(args: argparse.Namespace) -> int:
    """The group report of a 自治体クラウド project (.xlsx): matrices, 按分 (cost shares), avoidance."""
    from jcloud_desk.services.group_service import write_group_report
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("cli.group_report_format", path=str(out))
    _check_output(out)
    write_group_report(_read_project(args.project), out)
    say(args.lang, "cli.group_report_written", path=out)
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    """Compare two processes (As-Is → To-Be): added, removed, moved steps, lane and verdict changes, flows."""
    from jcloud_desk.analysis.process_diff import describe, diff_processes, summary_text, to_json
    project = _read_project(args.project)
    to_id = _process_id(project, args.to_process)
    if args.from_process is None:
        origin = project.process[to_id].origin_id
        if origin not in project.process:
            name = project.process[to_id].name
            raise UserError("cli.diff_no_origin", name=name)
        from_id = origin
    else:
        from_id = _process_id(project, args.from_process)
    diff = diff_processes(project, from_id, to_id)
    if args.json:
        _print_json(to_json(diff))
        return EXIT_OK
    language = args.lang
    say(language, "cli.diff_header", before=diff.from_name, after=diff.to_name)
    for change, step, before, after in describe(diff, project, language):
        detail = f"{before} → {after}" if before and after else before or after
        if detail:
            say(language, "cli.diff_line_detail", change=change, step=step, detail=detail)
        else:
            say(language, "cli.diff_line", change=change, step=step)
    say(language, "cli.diff_summary", summary=summary_text(diff, language), unchanged=diff.unchanged)
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    """The complete project as versioned JSON."""
    from jcloud_desk.services.flow_import_service import FlowImportService
    opened = _service().open(Path(args.project), read_only=True)
    try:
        FlowImportService().export_json(opened.project, Path(args.out))
    finally:
        opened.close()
    say(args.lang, "cli.written", path=args.out)
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    """A new project file from a JSON export."""
    from jcloud_desk.services.flow_import_service import FlowImportService
    FlowImportService().import_json(Path(args.file), Path(args.out))
    say(args.lang, "cli.project_created", path=args.out)
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge another copy of the project by stable ids; unresolved conflicts write nothing (exit 1)."""
    from jcloud_desk.services.merge_files import describe_plan, plan_file_merge
    opened = _service().open(Path(args.project))
    try:
        plan = plan_file_merge(opened, Path(args.other))
        choices = {c.key: args.prefer for c in plan.conflicts} if args.prefer else {}
        unresolved = bool(plan.conflicts) and not args.prefer
        incoming = plan.summary(choices)
        written = not unresolved and not plan.is_noop(choices)
        if written:
            _apply_edit(opened, plan.edit_for(choices), NOTE_MERGED)
    finally:
        opened.close()
    if args.json:
        _print_json({"incoming": incoming, "conflicts": [c.to_json(args.lang) for c in plan.conflicts],
                     "written": written, "common_origin": plan.has_base})
    else:
        say_lines(args.lang, describe_plan(plan, incoming, written))
    if unresolved:
        complain(args.lang, Message.of("cli.merge_unresolved", n=len(plan.conflicts)))
        return EXIT_USER_ERROR
    return EXIT_OK


Handler = Callable[[argparse.Namespace], int]


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The argument parser and each command's handler."""
    parser = argparse.ArgumentParser(
        prog="jcloud-desk",
        description="jcloud_desk — 業務フローと標準仕様書の Fit&Gap 分析ツール。"
        "コマンドなしで起動すると GUI を開きます: jcloud-desk [PROJECT]",
    )
    parser.add_argument("--version", action="version", version=f"jcloud-desk {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help="メッセージの言語 (en / ja; 既定は設定、なければ ja)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}

    p = sub.add_parser("new", help="新しいプロジェクトファイルを作成")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--name", required=True)
    p.add_argument("--municipality", default="")
    p.add_argument("--business", default="")
    handlers["new"] = cmd_new

    add_configure_parser(sub)
    handlers["configure"] = lambda args: cmd_configure(args, _service())

    p = sub.add_parser("info", help="プロジェクトの概要（--json で機械可読）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    handlers["info"] = cmd_info

    p = sub.add_parser("sample", help="同梱のサンプルプロジェクトを書き出す")
    p.add_argument("path", metavar="PATH")
    handlers["sample"] = cmd_sample

    add_check(sub, handlers)

    p = sub.add_parser("layout", help="業務フローを自動レイアウト（部署・工程は保ったまま）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--process", metavar="NAME", required=True)
    handlers["layout"] = cmd_layout

    p = sub.add_parser("render", help="業務フローを PNG / SVG / PDF に書き出す")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--process", metavar="NAME", required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--dpi", type=int, default=150)
    p.add_argument("--verdicts", action="store_true", help="判定の色分けを表示")
    handlers["render"] = cmd_render

    add_analyze(sub, handlers)

    add_import_catalog(sub, handlers)

    p = sub.add_parser("import-flow", help="業務フローを取り込む（BPMN / CSV / xlsx / Mermaid）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=["bpmn", "csv", "xlsx", "mermaid"])
    handlers["import-flow"] = cmd_import_flow

    p = sub.add_parser("export-bpmn", help="業務フローを BPMN 2.0 で書き出す")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--process", metavar="NAME", required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    handlers["export-bpmn"] = cmd_export_bpmn

    p = sub.add_parser("report", help="Fit&Gap レポート（.xlsx / .pdf）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--paper", choices=["A4", "A3"], default="A4")
    p.add_argument("--requirements-appendix", action="store_true",
                   help="PDF: 未参照の実装必須機能の要件本文を付録に載せる（一覧は機能ID・機能名のみ）")
    handlers["report"] = cmd_report

    p = sub.add_parser("group-report", help="グループ（自治体クラウド）の調和マトリクス・按分レポート（.xlsx）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--out", metavar="FILE", required=True)
    handlers["group-report"] = cmd_group_report

    p = sub.add_parser("diff", help="業務フローの差分（As-Is → To-Be）")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--from", dest="from_process", metavar="NAME", help="比較元（省略時は --to の複製元）")
    p.add_argument("--to", dest="to_process", metavar="NAME", required=True)
    p.add_argument("--json", action="store_true")
    handlers["diff"] = cmd_diff

    p = sub.add_parser("export-json", help="プロジェクト全体を JSON で書き出す")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--out", metavar="FILE", required=True)
    handlers["export-json"] = cmd_export_json

    p = sub.add_parser("import-json", help="JSON からプロジェクトファイルを作成")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", metavar="PROJECT", required=True)
    handlers["import-json"] = cmd_import_json

    p = sub.add_parser("merge", help="別のプロジェクトファイル（配布したコピー）を統合")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("other", metavar="OTHER")
    p.add_argument("--prefer", choices=["ours", "theirs"], help="競合をすべて自分側 / 相手側で解決して書き込む")
    p.add_argument("--json", action="store_true")
    handlers["merge"] = cmd_merge

    cli_suggest.add_parser(sub, handlers, lambda path: _service().open(path, read_only=True), _print_json)
    from jcloud_desk import cli_vendor
    cli_vendor.register(sub, handlers)

    p = sub.add_parser("gui", help="GUI を開く（既定）")
    add_gui_arguments(p)
    handlers["gui"] = cmd_gui
    return parser, handlers


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the GUI (``jcloud_desk.launch`` starts it without the CLI when nothing else is asked)."""
    return start_gui(args)


def _terminated(signum: int, _frame: object) -> None:
    """SIGTERM: unwind like Ctrl+C does (``finally`` blocks remove temporary files), exit 128 + 15."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line (``jcloud_desk.launch.main``, the entry point, sends everything but a plain GUI start)."""
    language, arguments = take_language(sys.argv[1:] if argv is None else argv)
    parser, handlers = build_parser()
    translate_help(parser, language or default_language())
    if not arguments or (arguments[0] not in handlers and arguments[0] not in ("-h", "--help", "--version")
                         and not arguments[0].startswith("--lang")):
        arguments.insert(0, "gui")
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    args.lang = language or args.lang or default_language()
    if args.command != "gui":  # the window has its own shutdown; a command unwinds so temporary files go away
        signal.signal(signal.SIGTERM, _terminated)
    try:
        return handlers[args.command](args)
    except (ProjectFileError, DomainError, UserError, FormatError, ValueError, OutputWriteError) as exc:
        print(error_line(exc, args.lang), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader of our output went away (``… | head``): not an error of the project
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the interpreter's flush stays quiet
        return EXIT_OK
    except OSError as exc:
        reason = os_error_reason(exc) or worded("output.cannot_use")
        problem = Message.of("cli.os_error", reason=reason, path=exc.filename or "", detail=exc.strerror or exc)
        complain(args.lang, problem)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
