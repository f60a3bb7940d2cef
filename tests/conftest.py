"""Shared pytest fixtures: every test gets its own config folder (never the developer's real settings).

Kept pure on purpose: no Qt here (``tests/ui/conftest.py`` owns the Qt setup).
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ``JCLOUD_DESK_CONFIG_DIR`` at a fresh folder for each test."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("JCLOUD_DESK_CONFIG_DIR", str(config))
    return config
