"""Settings written before the window state existed still load; the new fields round-trip."""

from __future__ import annotations

import json
from pathlib import Path

from jcloud_desk.services.settings import SettingsStore


def test_old_settings_file_gets_the_new_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"user_name": "山田", "recent_files": []}), encoding="utf-8")
    settings = SettingsStore(tmp_path).load()
    assert settings.user_name == "山田"
    assert settings.show_verdicts is True and settings.window_geometry == "" and settings.window_state == ""


def test_window_fields_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    settings = store.load()
    settings.show_verdicts, settings.window_geometry, settings.window_state = False, "AdnQywAD", "AAAA/w=="
    store.save(settings)
    again = store.load()
    assert (again.show_verdicts, again.window_geometry, again.window_state) == (False, "AdnQywAD", "AAAA/w==")
