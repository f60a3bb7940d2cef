"""Message: what the pure layers say, as data — a stable code and its parameters, worded later.

``analysis/messages.py`` holds the catalogue (English and Japanese per code) and renders a message in either
language; the UI renders in its language and the CLI in ``--lang``. A parameter may be text, a number, an enum
value with a label, another Message, a tuple of those (listed with the language's separator) or a list of them
(one per line).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Message(NamedTuple):  # not a frozen dataclass: ~10x cheaper to define, at every start
    """A code of the catalogue with its parameters (sorted by name, so equal messages compare equal)."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @staticmethod
    def of(code: str, /, **params: Any) -> Message:
        """``Message.of("check.dead_end", step=...)``."""
        return Message(code, tuple(sorted(params.items())))

    def param(self, name: str) -> Any:
        """One parameter (KeyError when absent)."""
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(name)
