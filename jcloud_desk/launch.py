"""`jcloud-desk` and `python -m jcloud_desk`: a GUI start goes straight to the window, anything else to the CLI.

A start of the window (no arguments, a project file, ``gui …``, the GUI's flags) is recognised here with the
standard library alone, so it does not first import the command line's modules and build its parser of every
sub-command (``benchmarks/startup_bench.py``: ~15 ms of a ~260 ms start). Anything else — a sub-command, ``--help``,
``--version``, a flag the GUI does not know — goes to ``jcloud_desk.cli.main`` unchanged, which also words the
errors.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from jcloud_desk import start_trace

#: The CLI's sub-commands other than ``gui`` (tests/test_launch.py checks this against the CLI's parser).
COMMANDS = frozenset({
    "analyze", "check", "configure", "diff", "export-bpmn", "export-json", "export-vendor-sheet", "group-report",
    "import-catalog", "import-flow", "import-forms", "import-json", "import-vendor", "import-vendor-sheet", "info",
    "layout", "merge", "new", "render", "report", "sample", "suggest",
})
_NOT_A_START = ("-h", "--help", "--version")
#: ``--lang`` values the CLI accepts (``analysis.messages.LANGUAGES``; checked by tests/test_launch.py).
LANGUAGES = ("en", "ja")


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of a GUI start (the CLI's ``gui`` sub-command has the same)."""
    parser.add_argument("project", metavar="PROJECT", nargs="?")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="最初の画面（プロジェクト表示済み）を描いたら終了コード 0 で終わる（起動時間の計測用）")


#: The flags of a GUI start and their attribute names. A start that spells only these out in full, with at most one
#: path, is read without building the parser: argparse's ArgumentParser() looks for its gettext translations on
#: disk (~2.5 ms of every start); anything else (an abbreviation, "--", "-x", a second path) goes through it.
_GUI_FLAGS = {"--read-only": "read_only", "--smoke": "smoke", "--exit-after-paint": "exit_after_paint"}


def _plain_start(rest: Sequence[str]) -> argparse.Namespace | None:
    paths = [arg for arg in rest if arg not in _GUI_FLAGS]
    if len(paths) > 1 or any(path.startswith("-") for path in paths):
        return None
    return argparse.Namespace(project=paths[0] if paths else None,
                              **{dest: flag in rest for flag, dest in _GUI_FLAGS.items()})


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed arguments when ``argv`` starts the window; None when the CLI should handle it."""
    rest = list(argv)
    # the CLI's language (the window has its own setting); an unknown one is left for the CLI to refuse
    if rest[:1] and rest[0].removeprefix("--lang=") in LANGUAGES and rest[0].startswith("--lang="):
        rest = rest[1:]
    elif rest[:1] == ["--lang"] and rest[1:2] and rest[1] in LANGUAGES:
        rest = rest[2:]
    if rest[:1] == ["gui"]:
        rest = rest[1:]
    elif rest[:1] and rest[0] in COMMANDS:
        return None
    if any(arg in _NOT_A_START for arg in rest):
        return None
    plain = _plain_start(rest)
    if plain is not None:
        return plain
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_gui_arguments(parser)
    try:
        parsed, unknown = parser.parse_known_args(rest)
    except argparse.ArgumentError:
        return None
    return None if unknown else parsed


def start_gui(args: argparse.Namespace) -> int:
    """Start the window (PySide6 is imported only here); the exit code."""
    # no garbage collection while the GUI's modules are imported and the first frame is built (nothing made
    # then is garbage; a collection would walk it all): the GUI turns it back on once the project is shown
    gc.disable()
    from jcloud_desk.ui.app import exit_now
    from jcloud_desk.ui.app import main as gui_main

    start_trace.mark("imported")
    code = gui_main(Path(args.project) if args.project else None, read_only=args.read_only, smoke=args.smoke,
                    exit_after_paint=args.exit_after_paint)
    if args.exit_after_paint:  # a timed start: the interpreter's teardown is no part of it
        exit_now(code)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: the window, or the CLI."""
    start_trace.mark("python")
    arguments = sys.argv[1:] if argv is None else list(argv)
    gui = gui_arguments(arguments)
    if gui is not None:
        return start_gui(gui)
    from jcloud_desk.cli import main as cli_main

    return cli_main(arguments)
