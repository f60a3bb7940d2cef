"""Write docs/screenshot-main.png: the main window on a copy of the sample project (offscreen).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py [OUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402

from jcloud_desk.services.project_service import ProjectService  # noqa: E402
from jcloud_desk.services.settings import Settings, SettingsStore  # noqa: E402
from jcloud_desk.ui.app import create_application  # noqa: E402
from jcloud_desk.ui.window.main_window import MainWindow  # noqa: E402


def main(out: Path) -> None:
    """Open the sample, select a judged step with the verdict overlay on, save the window."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JCLOUD_DESK_CONFIG_DIR"] = folder
        path = ProjectService().write_sample(Path(folder) / "sample.jcdesk")
        settings = Settings()
        app = create_application(["screenshot"], settings)  # noqa: F841 - keeps the QApplication alive
        window = MainWindow(ProjectService(), SettingsStore(Path(folder)), settings)
        window.resize(1440, 900)
        window.show()
        window.open_path(path)
        if not window.menus.verdict_action.isChecked():  # on by default; a remembered "off" is switched back on
            window.menus.verdict_action.trigger()
        assert window.scene is not None and window.opened is not None
        judged = [s for s in window.opened.project.steps_of(window.scene.process_id)
                  if s.id in window.opened.project.judgment and s.kind.is_activity]
        if judged:
            window.scene.select_steps([judged[0].id])
        QTest.qWait(500)  # let the debounced overview and panels render
        window.grab().save(str(out))
        window.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot-main.png")
