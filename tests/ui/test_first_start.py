"""A first start on a 1366×768 laptop screen: the window fits the screen and the project is drawn."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path


def test_first_start_fits_a_1366x768_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               JCLOUD_DESK_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", "import sys; from jcloud_desk.ui.app import main; "
                           "sys.exit(main(smoke=True))"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    size = re.search(r"window (\d+)x(\d+)", done.stdout)
    assert size is not None, done.stdout
    width, height = int(size.group(1)), int(size.group(2))
    assert width <= 1366 and height <= 768 - 24, (width, height)  # was 1440×1022
    assert re.search(r"[1-9]\d* steps drawn", done.stdout)  # the sample was loaded after the window was shown
