"""The user's learned links: accepted / removed wording → 機能ID, kept across projects in the user data folder.

A JSON Lines file (``suggest_evidence.jsonl``) under ``platformdirs.user_data_dir("jcloud_desk")``
(``JCLOUD_DESK_CONFIG_DIR`` overrides it, as for settings). One line per event: ``{"text", "code", "weight",
"when"}``; weight +1 for a link the user made, -1 for one they removed. Reading folds repeated events of the same
wording and code (a later removal cancels an earlier acceptance). A broken or missing file never stops the app.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
from pathlib import Path

import platformdirs

from jcloud_desk.analysis.evidence import Evidence

APP_NAME = "jcloud_desk"
FILE_NAME = "suggest_evidence.jsonl"
#: Oldest events are dropped beyond this many (keeps the file and the evidence index small).
MAX_EVENTS = 20_000


def learning_dir() -> Path:
    """The per-user data folder for learned links."""
    override = os.environ.get("JCLOUD_DESK_CONFIG_DIR")
    if override:
        return Path(override) / "learned"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class LearningStore:
    """Append-only events, folded into ``Evidence`` on read."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or learning_dir()) / FILE_NAME
        self._cache: list[Evidence] | None = None
        self._mtime: float | None = None

    def record(self, text: str, code: str, weight: float) -> None:
        """Append one event (ignored when the wording or code is empty)."""
        text = " ".join(text.split())
        if not text or not code or weight == 0.0:
            return
        line = json.dumps({"text": text, "code": code, "weight": weight,
                           "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")},
                          ensure_ascii=False)
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        self._cache = None

    def evidence(self) -> list[Evidence]:
        """Net evidence per (wording, code): the sum of its events' weights clipped to -1…1, zeros dropped."""
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            return []
        if self._cache is not None and mtime == self._mtime:
            return list(self._cache)
        net: dict[tuple[str, str], float] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()[-MAX_EVENTS:]
        except (OSError, UnicodeDecodeError):
            return []
        for line in lines:
            try:
                event = json.loads(line)
                key = (str(event["text"]), str(event["code"]))
                net[key] = max(-1.0, min(1.0, net.get(key, 0.0) + float(event["weight"])))
            except (ValueError, KeyError, TypeError):
                continue
        self._cache = [Evidence(text, code, weight) for (text, code), weight in net.items() if weight != 0.0]
        self._mtime = mtime
        return list(self._cache)

    def __len__(self) -> int:
        return len(self.evidence())

    def clear(self) -> None:
        """Forget everything learned."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._cache = None
