"""What the screen shows after scrolling and zooming: one sticky lane-header column, one legend.

The pixels are read from the window's backing store (what the user sees), not from a fresh render: a fresh
render (widget.grab) repaints everything and would hide a stale copy left by scrolling.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui import theme
from jcloud_desk.ui.main_window import MainWindow


def _on_screen(window: MainWindow, qtbot: QtBot) -> QImage:
    """The viewport as the backing store holds it after the pending paints."""
    qtbot.wait(20)
    QApplication.processEvents()
    view = window.view
    assert view is not None
    image = window.screen().grabWindow(window.winId()).toImage()
    origin = view.viewport().mapTo(window, view.viewport().rect().topLeft())
    return image.copy(origin.x(), origin.y(), view.viewport().width(), view.viewport().height())


def _header_columns(image: QImage, y: int) -> list[tuple[int, int]]:
    """Runs (≥ 30 px) of the header fill along row ``y``."""
    fill = theme.HEADER_FILL
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for x in range(image.width() + 1):
        colour = QColor(image.pixel(x, y)) if x < image.width() else QColor("#000000")
        hit = max(abs(colour.red() - fill.red()), abs(colour.green() - fill.green()),
                  abs(colour.blue() - fill.blue())) <= 3
        if hit and start is None:
            start = x
        elif not hit and start is not None:
            if x - start >= 30:
                runs.append((start, x))
            start = None
    return runs


def _sample(main_window: MainWindow, tmp_path: Path) -> MainWindow:
    main_window.resize(1300, 850)
    assert main_window.open_path(ProjectService().write_sample(tmp_path / "sample.jcdesk"))
    return main_window


def _lane_row(window: MainWindow) -> int:
    """A viewport row inside the first lane, below the phase headers and clear of steps' labels."""
    assert window.view is not None and window.scene is not None
    lanes = window.scene.grid.lanes
    band = window.scene.grid.lane_rect(lanes[2].id)  # an empty-ish lane of the sample's first process
    return window.view.mapFromScene(0, band.y + band.h * 0.85).y()


@pytest.mark.parametrize("overlay_shown", [True, False])
def test_sticky_lane_header_single_while_scrolling_and_zooming(main_window: MainWindow, tmp_path: Path,
                                                               qtbot: QtBot, overlay_shown: bool) -> None:
    window = _sample(main_window, tmp_path)
    view = window.view
    assert view is not None
    view.overlay.setVisible(overlay_shown)  # a widget over the viewport stops Qt's blit scrolling by itself
    for zoom in (1.3, 0.9, 2.0):
        view.set_zoom(zoom)
        bar = view.horizontalScrollBar()
        bar.setValue(bar.minimum() + 40)
        for step in (37, 37, 61, -23, 90, -45):
            bar.setValue(bar.value() + step)
            vbar = view.verticalScrollBar()
            vbar.setValue(vbar.value() + (7 if step > 0 else -5))
            columns = _header_columns(_on_screen(window, qtbot), _lane_row(window))
            assert len(columns) == 1 and columns[0][0] <= 2, (zoom, bar.value(), columns)


def test_header_single_in_presentation_mode_after_next(main_window: MainWindow, tmp_path: Path,
                                                       qtbot: QtBot) -> None:
    window = _sample(main_window, tmp_path)
    window.presentation.toggle_action.setChecked(True)
    try:
        for _ in range(4):
            assert window.presentation.jump(1)
            image = _on_screen(window, qtbot)
            columns = _header_columns(image, _lane_row(window))
            assert len(columns) == 1, columns  # the lane header (scrolled: its sticky copy), never two
    finally:
        window.presentation.toggle_action.setChecked(False)


def test_legend_is_painted_once_and_stays_put_while_scrolling(main_window: MainWindow, tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    window = _sample(main_window, tmp_path)
    view = window.view
    assert view is not None and view.overlay.legend  # verdict colours are on by default
    assert view.overlay.parent() is view and view.overlay.parent() is not view.viewport()
    view.set_zoom(1.4)
    box = view.overlay.legend_rect().toAlignedRect().adjusted(7, 7, -7, -7)  # inside the rounded frame
    legend = _on_screen(window, qtbot).copy(box)
    assert legend.pixelColor(box.width() // 2, 2) == QColor("#ffffff")  # drawn: the opaque legend box
    bar = view.horizontalScrollBar()
    for step in (53, 53, -31, 120):
        bar.setValue(bar.value() + step)
        assert _on_screen(window, qtbot).copy(box) == legend, step


def test_the_views_own_viewport_is_set_up_as_qt_sets_up_its_default_one(main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    stock_scene = QGraphicsScene()
    stock_view = QGraphicsView(stock_scene)
    stock_view.setAcceptDrops(True)  # as ours (catalogue items are dropped on steps)
    stock_view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)  # as ours: mouse tracking
    stock = stock_view.viewport()
    view = main_window.view
    assert view is not None
    ours = view.viewport()
    assert ours.parent() is view and ours.focusProxy() is view
    for read in ("objectName", "backgroundRole", "autoFillBackground", "hasMouseTracking", "focusPolicy",
                 "acceptDrops"):
        assert getattr(ours, read)() == getattr(stock, read)(), read
