"""The overview dock shows the opened project (and a newly chosen process) in the next frame, not a moment
later when its render timer fires; at a real start (lazy docks, shown window) the diagram's first frame comes
first and the minimap is drawn in the event-loop turn after it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap
from pytestqt.qtbot import QtBot

from jcloud_desk.domain.project import Project
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.window.main_window import MainWindow


def _drawn(pixmap: QPixmap) -> bool:
    image = pixmap.toImage()
    white = QColor("white").rgb()
    return any(image.pixel(x, y) != white for x in range(image.width()) for y in range(image.height()))


def test_the_minimap_is_drawn_when_the_project_or_process_is_shown(main_window: MainWindow, sample: Project,
                                                                   tmp_path: object) -> None:
    path = tmp_path / "sample.jcdesk"  # type: ignore[operator]
    ProjectService().create_from(path, sample).close()
    overview = main_window.overview_dock.overview
    assert main_window.open_path(path)
    assert not overview._pixmap.isNull() and _drawn(overview._pixmap)  # no event processed, no timer fired
    assert overview._source == main_window.scene.sceneRect()
    current = main_window.document.process_id
    other = next(p.id for p in sample.processes() if p.id != current and sample.steps_of(p.id))
    before = overview._source
    main_window.document.set_process(other)
    assert main_window.scene.sceneRect() != before
    assert overview._source == main_window.scene.sceneRect()


def test_at_a_real_start_the_minimap_is_drawn_right_after_the_first_frame(main_window: MainWindow, sample: Project,
                                                                          tmp_path: object, qtbot: QtBot) -> None:
    path = tmp_path / "sample.jcdesk"  # type: ignore[operator]
    ProjectService().create_from(path, sample).close()
    main_window.document.lazy_docks = True  # as at a real start
    main_window.show()
    qtbot.waitExposed(main_window)
    overview = main_window.overview_dock.overview
    assert main_window.open_path(path)
    assert main_window.scene is not None and main_window.scene.step_items, "the diagram is drawn at once"
    assert overview._pixmap.isNull(), "the minimap waits for the first frame"
    qtbot.waitUntil(lambda: not overview._pixmap.isNull() and _drawn(overview._pixmap), timeout=2000)
    assert overview._source == main_window.scene.sceneRect()
