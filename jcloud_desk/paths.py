"""Where bundled files live: a PyInstaller bundle (``sys._MEIPASS``), the source checkout (also an editable
install), or ``<prefix>/share/jcloud_desk`` for a wheel installed with pip (pyproject's data-files)."""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLE_FILE_NAME = "juminkiroku_sample.jcdesk"


def app_root() -> Path:
    """The folder holding ``resources/`` and ``sample_projects/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    checkout = Path(__file__).resolve().parent.parent
    installed = Path(sys.prefix) / "share" / "jcloud_desk"
    if not (checkout / "resources").is_dir() and (installed / "resources").is_dir():
        return installed
    return checkout


def resources_dir() -> Path:
    """Bundled icons, fonts, translations and catalogues."""
    return app_root() / "resources"


def sample_projects_dir() -> Path:
    """Bundled sample project files."""
    return app_root() / "sample_projects"


def default_sample_path() -> Path:
    """The 住民記録 sample project shipped with the app."""
    return sample_projects_dir() / SAMPLE_FILE_NAME
