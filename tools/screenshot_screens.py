"""Screenshots of the main-window screens of issue 14 on a simulated screen (offscreen platform).

Usage: .venv/bin/python tools/screenshot_screens.py WIDTH HEIGHT LANG OUT_DIR
(e.g. 1366 768 ja /tmp/shots). It re-executes itself with an offscreen screen of WIDTH×HEIGHT, opens a copy of
the sample as a first start would (no remembered window state), and saves: main (a judged step selected),
nothing_selected, checks, scrolled (after scrolling right and zooming), presentation (after N and a 4 key),
file_dialog (Qt's own file dialog).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _relaunch(width: int, height: int, lang: str, out: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", JCLOUD_SHOTS_CHILD="1",
                   PYTHONPATH=str(ROOT))
        return subprocess.call([sys.executable, __file__, str(width), str(height), lang, str(out)], env=env)


def _shoot(width: int, height: int, lang: str, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    from jcloud_desk.services.project_service import ProjectService
    from jcloud_desk.services.settings import Settings, SettingsStore
    from jcloud_desk.ui.app import create_application
    from jcloud_desk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    prefix = f"{width}x{height}_{lang}_"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JCLOUD_DESK_CONFIG_DIR"] = folder
        path = ProjectService().write_sample(Path(folder) / "sample.jcdesk")
        settings = Settings(language=lang)
        app = create_application(["screenshot"], settings)
        window = MainWindow(ProjectService(), SettingsStore(Path(folder)), settings)
        window.show()
        window.open_path(path)
        QTest.qWait(300)
        assert window.scene is not None and window.opened is not None and window.view is not None

        def save(name: str, widget: object = None) -> None:
            QTest.qWait(250)
            target = widget or window
            target.grab().save(str(out / f"{prefix}{name}.png"))  # type: ignore[attr-defined]
            print(f"{prefix}{name}.png {target.width()}x{target.height()}")  # type: ignore[attr-defined]

        judged = [s for s in window.opened.project.steps_of(window.scene.process_id)
                  if s.id in window.opened.project.judgment and s.kind.is_activity]
        save("nothing_selected")
        window.fitgap_dock.raise_()
        if judged:
            window.scene.select_steps([judged[0].id])
        save("main")
        window.properties_dock.raise_()
        save("properties")
        window.checks_dock.raise_()
        save("checks")
        window.view.set_zoom(1.3)
        bar = window.view.horizontalScrollBar()
        for _ in range(6):
            bar.setValue(bar.value() + 90)
            QTest.qWait(30)
        screen = window.screen()
        screen.grabWindow(window.winId()).save(str(out / f"{prefix}scrolled.png"))
        print(f"{prefix}scrolled.png (backing store)")
        window.presentation.toggle_action.setChecked(True)
        QTest.qWait(300)
        window.presentation.jump(1)
        window.presentation.actions[3].trigger()
        QTest.qWait(150)
        screen.grabWindow(window.winId()).save(str(out / f"{prefix}presentation.png"))
        print(f"{prefix}presentation.png (backing store)")
        for _ in range(6):  # further along the flow: the view has scrolled, the lane names stay at the left
            window.presentation.jump(1)
            QTest.qWait(40)
        screen.grabWindow(window.winId()).save(str(out / f"{prefix}presentation_after_n.png"))
        print(f"{prefix}presentation_after_n.png (backing store)")
        window.presentation.toggle_action.setChecked(False)
        dialog = QFileDialog(window, "Open project", folder, "jcloud_desk (*.jcdesk)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.resize(720, 460)
        dialog.show()
        save("file_dialog", dialog)
        dialog.close()
        QTimer.singleShot(0, window.close)
        QTest.qWait(100)
        app.processEvents()
        QApplication.processEvents()


def main() -> int:
    """Parse the arguments; relaunch on a screen of the requested size."""
    width, height, lang, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    if os.environ.get("JCLOUD_SHOTS_CHILD") != "1":
        return _relaunch(width, height, lang, out)
    _shoot(width, height, lang, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
