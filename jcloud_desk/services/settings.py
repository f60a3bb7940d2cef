"""User settings (name for the audit trail, recent files, language) in a JSON file per user."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "jcloud_desk"
MAX_RECENT = 10


def config_dir() -> Path:
    """The per-user config folder (``JCLOUD_DESK_CONFIG_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("JCLOUD_DESK_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The per-user log folder."""
    override = os.environ.get("JCLOUD_DESK_CONFIG_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The per-user folder for the working copy of the sample project."""
    override = os.environ.get("JCLOUD_DESK_CONFIG_DIR")
    if override:
        return Path(override) / "projects"
    return Path(platformdirs.user_documents_dir()) / "jcloud_desk"


@dataclass(slots=True)
class Settings:
    """What the app remembers between runs."""

    user_name: str = ""
    language: str = "ja"
    recent_files: list[str] = field(default_factory=list)
    last_process: dict[str, str] = field(default_factory=dict)
    zoom: dict[str, float] = field(default_factory=dict)
    learn_from_links: bool = True  # suggestions learn from accepted / removed links across projects
    window_geometry: str = ""  # QMainWindow.saveGeometry(), base64
    window_state: str = ""  # QMainWindow.saveState(): dock sizes, places and the raised tabs, base64
    show_verdicts: bool = True  # the verdict colour overlay of the diagram

    def display_user(self) -> str:
        """The name written into the audit trail (falls back to the login name)."""
        if self.user_name:
            return self.user_name
        with contextlib.suppress(Exception):
            return getpass.getuser()
        return ""

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent-files list."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]


class SettingsStore:
    """Loads and saves Settings; a broken settings file never stops the app."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or config_dir()) / "settings.json"

    def load(self) -> Settings:
        """Read settings (defaults when missing or unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        known = {k: v for k, v in data.items() if k in Settings.__slots__}
        try:
            return Settings(**known)
        except TypeError:
            return Settings()

    def save(self, settings: Settings) -> None:
        """Write settings atomically (temp file + rename)."""
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(self.path)
