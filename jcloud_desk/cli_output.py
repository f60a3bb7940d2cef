"""What the command line prints, in ``--lang``: every line is a message code of the catalogue
(``analysis.messages``), worded when printed; a user error carries its message too.

``say`` prints to stdout, ``warn`` a ``Warning:`` / ``警告:`` line to stderr, ``say_lines`` the lines of a service
report (``Worded`` lines are worded again in the language; a user's own text is printed as it is).
``error_line`` is the one stderr line of a failed command. JSON output is not printed here: its keys are a
contract and only its ``message`` texts follow the language.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

from jcloud_desk.analysis.labels import municipality_type_label_in
from jcloud_desk.analysis.messages import Worded, WordedError, in_language, render
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.services.errors import ProjectFileError, cli_text


class UserError(WordedError):
    """A problem the user can fix; printed as one line. ``UserError("cli.render_dpi")``, parameters by name."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(Message.of(code, **params))


def say(language: str, code: str, /, **params: Any) -> None:
    """Print the message ``code`` (with ``params``) in ``language`` on stdout."""
    print(render(Message.of(code, **params), language))


def warn(language: str, message: Message | str) -> None:
    """Print a warning line on stderr (``message`` worded in ``language``; plain text as it is)."""
    text = render(message, language) if isinstance(message, Message) else in_language(message, language)
    print(render(Message.of("cli.warning", message=text), language), file=sys.stderr)


def complain(language: str, message: Message) -> None:
    """Print an ``Error:`` / ``エラー:`` line on stderr."""
    print(render(Message.of("cli.error", message=message), language), file=sys.stderr)


def say_lines(language: str, lines: Iterable[str]) -> None:
    """Print a service's report lines in ``language``."""
    for line in lines:
        print(in_language(line, language))


def type_label(value: str, language: str) -> str:
    """The name of a 団体区分 key as the CLI prints it (Japanese: 「未設定」 for none)."""
    kind = MunicipalityType(value)
    return kind.label_ja if language == "ja" else municipality_type_label_in(kind, language)


def error_line(exc: BaseException, language: str) -> str:
    """The stderr line of a failed command: ``エラー: …`` / ``Error: …``.

    A project file error drops the window's advice; an error that carries a message (``as_message``, or a
    ``Worded`` first argument) is worded in ``language``; any other error says its own (Japanese) text."""
    text = cli_text(exc) if isinstance(exc, ProjectFileError) else str(exc)
    as_message = getattr(exc, "as_message", None)
    if language != "ja" and callable(as_message):
        text = render(as_message(), language)
    elif language != "ja" and exc.args and isinstance(exc.args[0], Worded):  # ValueError(worded(…))
        text = in_language(exc.args[0], language)
    return render(Message.of("cli.error", message=text), language)
