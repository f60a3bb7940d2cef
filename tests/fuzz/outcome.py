"""What every importer must do with any input: return, or raise one of the package's own errors with a message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from jcloud_desk.io.errors import FormatError
from jcloud_desk.storage.errors import StorageError

T = TypeVar("T")

#: The errors a user may see (each has a Japanese message); anything else is a bug (a traceback).
OWN_ERRORS = (FormatError, StorageError)


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def own_outcome(call: Callable[[], T]) -> T | None:
    """Run ``call``: its result, or None after an own error whose message is Japanese and names something."""
    try:
        return call()
    except OWN_ERRORS as error:
        message = error.user_message() if isinstance(error, StorageError) else str(error)
        assert message.strip() and _japanese(message), repr(message)
        assert "Traceback" not in message
        return None
