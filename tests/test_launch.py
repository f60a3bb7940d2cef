"""The entry point: a plain GUI start goes to the window without the CLI; everything else to the CLI as before."""

from __future__ import annotations

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


def test_an_unknown_language_is_refused_by_the_cli_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert launch.main(["--lang", "xx", "p.jcdesk"]) == 2
    assert "--lang" in capsys.readouterr().err
