"""The bundled font is registered only where the system lacks its family (a 6 MB read at every start otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from jcloud_desk.paths import resources_dir
from jcloud_desk.ui import app


def test_a_bundled_font_whose_family_is_installed_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    family = QFontDatabase.families()[0]
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "unreadable.ttf").write_bytes(b"")  # registering it would fail and name no family
    monkeypatch.setattr(app, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(app, "SYSTEM_FONT_FAMILIES", {"unreadable.ttf": family})
    assert app.load_bundled_fonts() == [family]


def test_a_bundled_font_the_system_lacks_is_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "SYSTEM_FONT_FAMILIES", {"ipaexg.ttf": "No Such Family"})
    assert (resources_dir() / "fonts" / "ipaexg.ttf").is_file()
    assert app.load_bundled_fonts() == ["IPAexGothic"]
    assert "IPAexGothic" in QFontDatabase.families()
