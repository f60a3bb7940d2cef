"""``jcloud-desk --lang en|ja``: the language of the CLI's messages (default: the settings, else Japanese)."""

from __future__ import annotations

from collections.abc import Sequence

from jcloud_desk.analysis.messages import LANGUAGES
from jcloud_desk.services.settings import SettingsStore


def take_language(arguments: Sequence[str]) -> tuple[str | None, list[str]]:
    """Split a leading ``--lang X`` / ``--lang=X`` off the command line: (the language or None, the rest).

    An unknown language is left in place for argparse to refuse (exit code 2)."""
    rest = list(arguments)
    if rest and rest[0].startswith("--lang="):
        value = rest[0].split("=", 1)[1]
        if value in LANGUAGES:
            return value, rest[1:]
    elif len(rest) >= 2 and rest[0] == "--lang" and rest[1] in LANGUAGES:
        return rest[1], rest[2:]
    return None, rest


def default_language() -> str:
    """The language of the settings ('ja' when unset or unknown)."""
    try:
        language = SettingsStore().load().language
    except (OSError, ValueError):
        return "ja"
    return language if language in LANGUAGES else "ja"
