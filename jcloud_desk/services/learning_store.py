"""The user's learned links: accepted / removed wording → 機能ID, kept across projects in the user data folder.

A JSON Lines file (``suggest_evidence.jsonl``) under ``platformdirs.user_data_dir("jcloud_desk")``
(``JCLOUD_DESK_CONFIG_DIR`` overrides it, as for settings). One line per event: ``{"id", "text", "code", "weight",
"when"}``; weight +1 for a link the user made, -1 for one they removed. Undoing the edit that made an event appends
``{"retract": id}``, which takes exactly that event back (redo records a new event), so undo restores the evidence
as it was before the link. Reading folds repeated events of the same wording and code (a later removal cancels an
earlier acceptance). Lines without an id (older files) still count. A broken or missing file never stops the app.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import uuid
from collections.abc import Iterable
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
        self._version: tuple[int, int] | None = None

    def record(self, text: str, code: str, weight: float) -> str:
        """Append one event; its id (for ``retract``), or "" when ignored (empty wording or code, zero weight)."""
        text = " ".join(text.split())
        if not text or not code or weight == 0.0:
            return ""
        event_id = uuid.uuid4().hex
        self._append([{"id": event_id, "text": text, "code": code, "weight": weight,
                       "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")}])
        return event_id

    def retract(self, event_ids: Iterable[str]) -> None:
        """Take recorded events back (the edit that made them was undone); unknown ids are ignored."""
        self._append([{"retract": event_id} for event_id in event_ids if event_id])

    def _append(self, events: list[dict[str, object]]) -> None:
        if not events:
            return
        text = "".join(json.dumps(event, ensure_ascii=False) + "\n" for event in events)
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(text)
        self._cache = None

    def version(self) -> tuple[int, int] | None:
        """(modification time in ns, size) of the file, None when there is none: what caches key on."""
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def evidence(self) -> list[Evidence]:
        """Net evidence per (wording, code): the sum of its events' weights clipped to -1…1, zeros dropped."""
        version = self.version()
        if version is None:
            return []
        if self._cache is not None and version == self._version:
            return list(self._cache)
        net: dict[tuple[str, str], float] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()[-MAX_EVENTS:]
        except (OSError, UnicodeDecodeError):
            return []
        events: list[dict[str, object]] = []
        retracted: set[str] = set()
        for line in lines:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict):
                if "retract" in event:
                    retracted.add(str(event["retract"]))
                else:
                    events.append(event)
        for event in events:
            if str(event.get("id", "")) in retracted:
                continue
            try:
                key = (str(event["text"]), str(event["code"]))
                net[key] = max(-1.0, min(1.0, net.get(key, 0.0) + float(event["weight"])))  # type: ignore[arg-type]
            except (ValueError, KeyError, TypeError):
                continue
        self._cache = [Evidence(text, code, weight) for (text, code), weight in net.items() if weight != 0.0]
        self._version = version
        return list(self._cache)

    def __len__(self) -> int:
        return len(self.evidence())

    def clear(self) -> None:
        """Forget everything learned."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._cache = None
