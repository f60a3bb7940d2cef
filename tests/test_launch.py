"""The entry point: a plain GUI start goes to the window without the CLI; everything else to the CLI as before."""

from __future__ import annotations

import argparse

import pytest

from jcloud_desk import launch
from jcloud_desk.analysis.messages import LANGUAGES
from jcloud_desk.cli import build_parser


def test_the_launcher_knows_every_sub_command_and_language_of_the_cli() -> None:
    _parser, handlers = build_parser()
    assert set(handlers) == launch.COMMANDS | {"gui"}
    assert launch.LANGUAGES == LANGUAGES


@pytest.mark.parametrize(("argv", "project", "flags"), [
    ([], None, ()),
    (["p.jcdesk"], "p.jcdesk", ()),
    (["--exit-after-paint", "p.jcdesk"], "p.jcdesk", ("exit_after_paint",)),
    (["gui", "--read-only", "p.jcdesk"], "p.jcdesk", ("read_only",)),
    (["--lang", "en", "p.jcdesk"], "p.jcdesk", ()),
    (["--lang=ja", "gui", "--smoke"], None, ("smoke",)),
])
def test_a_gui_start_is_recognised(argv: list[str], project: str | None, flags: tuple[str, ...]) -> None:
    parsed = launch.gui_arguments(argv)
    assert parsed is not None
    assert parsed.project == project
    assert {f for f in ("read_only", "smoke", "exit_after_paint") if getattr(parsed, f)} == set(flags)


@pytest.mark.parametrize("argv", [
    ["info", "p.jcdesk"], ["--lang", "en", "check", "p.jcdesk"], ["-h"], ["gui", "--help"], ["--version"],
    ["--lang", "xx", "p.jcdesk"], ["--bogus"], ["a.jcdesk", "b.jcdesk"], ["gui", "--read-only=1"],
])
def test_anything_else_goes_to_the_cli(argv: list[str]) -> None:
    assert launch.gui_arguments(argv) is None


@pytest.mark.parametrize("argv", [
    [], ["p.jcdesk"], [""], ["--exit-after-paint", "p.jcdesk"], ["p.jcdesk", "--read-only", "--smoke"],
    ["--read-only", "--read-only"], ["--exit-after-paint"], ["日本語 フォルダ/p.jcdesk", "--read-only"],
])
def test_a_start_read_without_the_parser_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    launch.add_gui_arguments(parser)
    expected, unknown = parser.parse_known_args(argv)
    assert unknown == []
    assert launch._plain_start(argv) == expected


@pytest.mark.parametrize("argv", [["--read"], ["--", "p.jcdesk"], ["-x"], ["a", "b"], ["--smoke=1"]])
def test_other_spellings_are_left_to_the_parser(argv: list[str]) -> None:
    assert launch._plain_start(argv) is None


def test_an_unknown_language_is_refused_by_the_cli_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert launch.main(["--lang", "xx", "p.jcdesk"]) == 2
    assert "--lang" in capsys.readouterr().err
