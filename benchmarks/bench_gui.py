"""GUI measurements of ``bench_all``, each run in a fresh subprocess (cold imports, isolated memory).

``bench_all`` starts ``python -c "from benchmarks.bench_gui import main; main()" <task> <args>``; the task prints
one JSON object as its last line. Tasks:

* ``render <file> <repeat>``: ``ProcessScene`` build, then ``fitInView`` + ``grab`` of a 1600×1000 ``ProcessView``;
* ``bare_render <file> <repeat>``: the same steps as plain 140×50 ``QGraphicsRectItem`` with a
  ``QGraphicsSimpleTextItem`` label and the flows as cubic ``QGraphicsPathItem`` (``toolchain.md`` §7);
* ``window <file>``: ``MainWindow`` shown empty, then ``open_path`` + ``fit_all`` + one ``processEvents`` (the
  first paint; wall and CPU time), then a ``grab`` (timed apart) and VmRSS;
* ``drag <file> <moves>`` / ``bare_drag <file> <moves>``: press on one step, ``moves`` mouse moves, release,
  through the real view (``QTest``), each move timed with the repaint it causes.

Every task uses the app's fonts (``create_application``) and the same label texts, so text costs match.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from jcloud_desk.domain.layout import Grid
from jcloud_desk.domain.project import Project
from jcloud_desk.services.settings import Settings, SettingsStore
from jcloud_desk.storage.repository import ProjectRepository

VIEW_W, VIEW_H = 1600, 1000
BARE_W, BARE_H = 140.0, 50.0


def rss_mib() -> float:
    """This process's resident set size (``VmRSS`` of ``/proc/self/status``) in MiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _emit(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


def _application() -> QApplication:
    from jcloud_desk.ui.app import create_application

    return create_application(sys.argv[:1], Settings())


def _scene_font(app: QApplication) -> QFont:
    font = QFont(app.font())
    font.setPointSizeF(9.5)  # as MainWindow.set_project
    return font


def _load(path: Path) -> tuple[Project, str]:
    with ProjectRepository.open(path, read_only=True) as repository:
        project = repository.load()
    return project, project.processes()[0].id


def _time(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


# --- the bare baseline scene ------------------------------------------------------------------------
class BareScene:
    """Plain items at the positions of a process's steps; edges are cubic curves between the boxes."""

    def __init__(self, project: Project, process_id: str, font: QFont) -> None:
        self.scene = QGraphicsScene()
        self.items: dict[str, QGraphicsRectItem] = {}
        grid = Grid(project.lanes_of(process_id), project.phases_of(process_id))
        pen = QPen(Qt.GlobalColor.darkGray, 1.3)
        for step in project.steps_of(process_id):
            cx, cy = grid.step_center(step)
            item = QGraphicsRectItem(-BARE_W / 2, -BARE_H / 2, BARE_W, BARE_H)
            item.setPos(cx, cy)
            item.setBrush(Qt.GlobalColor.white)
            item.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                          | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            label = QGraphicsSimpleTextItem(step.label, item)
            label.setFont(font)
            label.setPos(-BARE_W / 2 + 6, -8)
            self.scene.addItem(item)
            self.items[step.id] = item
        for flow in project.flows_of(process_id):
            source, target = self.items.get(flow.source_id), self.items.get(flow.target_id)
            if source is None or target is None:
                continue
            start = source.pos() + QPointF(BARE_W / 2, 0)
            end = target.pos() - QPointF(BARE_W / 2, 0)
            path = QPainterPath(start)
            mid = (start.x() + end.x()) / 2
            path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
            edge = QGraphicsPathItem(path)
            edge.setPen(pen)
            self.scene.addItem(edge)
        rect = self.scene.itemsBoundingRect()
        self.scene.setSceneRect(rect.adjusted(-20, -20, 40, 40))


def _bare_view(scene: QGraphicsScene) -> QGraphicsView:
    """A QGraphicsView with ProcessView's render hints and optimisation flags ("antialiased + opt" of §7)."""
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                              | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
    view.setBackgroundBrush(Qt.GlobalColor.white)
    return view


# --- tasks --------------------------------------------------------------------------------------------
def _renders(app: QApplication, view: QGraphicsView, scene: QGraphicsScene, repeat: int) -> list[float]:
    view.resize(VIEW_W, VIEW_H)
    view.show()
    app.processEvents()
    times = []
    for _ in range(repeat + 1):  # the first one warms glyph caches: reported apart
        times.append(_time(lambda: (view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio),
                                    view.grab())))
    return times


def task_render(path: Path, repeat: int) -> dict[str, Any]:
    """ProcessScene build and fit-all renders of its ProcessView."""
    from jcloud_desk.ui.scene.process_scene import ProcessScene
    from jcloud_desk.ui.scene.process_view import ProcessView

    app = _application()
    project, process_id = _load(path)
    rss_before = rss_mib()
    start = time.perf_counter()
    scene = ProcessScene(project, _scene_font(app))
    scene.set_process(process_id)
    build = time.perf_counter() - start
    view = ProcessView(scene)
    renders = _renders(app, view, scene, repeat)
    return {"build": build, "first_render": renders[0], "render": statistics.median(renders[1:]),
            "items": len(scene.items()), "rss_delta": rss_mib() - rss_before}


def task_bare_render(path: Path, repeat: int) -> dict[str, Any]:
    """The bare scene's build and fit-all renders."""
    app = _application()
    project, process_id = _load(path)
    rss_before = rss_mib()
    start = time.perf_counter()
    bare = BareScene(project, process_id, _scene_font(app))
    build = time.perf_counter() - start
    view = _bare_view(bare.scene)
    renders = _renders(app, view, bare.scene, repeat)
    return {"build": build, "first_render": renders[0], "render": statistics.median(renders[1:]),
            "items": len(bare.scene.items()), "rss_delta": rss_mib() - rss_before}


def task_window(path: Path) -> dict[str, Any]:
    """Empty MainWindow shown and painted; then open ``path``, fit all, paint: seconds and VmRSS of both."""
    from jcloud_desk.ui.app import build_main_window

    app = _application()
    store = SettingsStore()
    window = build_main_window(store.load(), store)
    window.show()
    app.processEvents()
    window.grab()
    gc.collect()
    rss_empty = rss_mib()
    cpu = time.process_time()
    start = time.perf_counter()
    window.open_path(path)
    opened = time.perf_counter()
    assert window.view is not None
    window.view.fit_all()
    app.processEvents()  # the event loop paints the window (diagram and overview) once
    painted = time.perf_counter()
    cpu = time.process_time() - cpu
    window.grab()  # renders it all again into a pixmap: reported apart
    grabbed = time.perf_counter()
    gc.collect()
    scene = window.scene
    assert scene is not None
    return {"open": opened - start, "seconds": painted - start, "cpu": cpu, "grab": grabbed - painted,
            "rss_empty": rss_empty, "rss_open": rss_mib(), "steps": len(scene.step_items)}


def _drag(app: QApplication, view: QGraphicsView, item: QGraphicsItem, moves: int) -> dict[str, Any]:
    """Press on ``item``, move ``moves`` times by (4, 2) px, release; each move timed with its repaint."""
    viewport = view.viewport()
    view.centerOn(item)
    app.processEvents()
    before = item.pos()
    point = view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    app.processEvents()
    frames = []
    for i in range(1, moves + 1):
        start = time.perf_counter()
        QTest.mouseMove(viewport, point + QPoint(4 * i, 2 * i))
        app.processEvents()
        frames.append(time.perf_counter() - start)
    moved = item.pos() - before
    release = _time(lambda: (QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier, point + QPoint(4 * moves, 2 * moves)),
                             app.processEvents()))
    ordered = sorted(frames)
    return {"frames": frames, "median": statistics.median(frames), "max": ordered[-1],
            "p95": ordered[max(0, round(0.95 * len(ordered)) - 1)], "release": release,
            "moved": [moved.x(), moved.y()]}


def task_drag(path: Path, moves: int) -> dict[str, Any]:
    """Drag one step of the opened project in MainWindow's view at 100 %."""
    from jcloud_desk.ui.app import build_main_window, prepare_for_edits

    app = _application()
    store = SettingsStore()
    window = build_main_window(store.load(), store)
    window.show()
    window.open_path(path)
    app.processEvents()
    prepare_for_edits(window)  # as the app does when idle, 0.3 s after a start (sqlite-utils loaded for writing)
    scene, view = window.scene, window.view
    assert scene is not None and view is not None
    view.set_zoom(1.0)
    steps = [s for s in scene.project.steps_of(scene.process_id) if s.kind.is_activity]
    step = steps[len(steps) // 2]
    before = (step.lane_id, step.phase_id, step.x, step.y)
    result = _drag(app, view, scene.step_items[step.id], moves)
    assert window.opened is not None
    with ProjectRepository.open(window.opened.path, read_only=True) as repository:
        stored = repository.load().step[step.id]
    result["persisted"] = (stored.lane_id, stored.phase_id, stored.x, stored.y) != before
    result["flows_of_step"] = sum(1 for f in scene.project.flows_of(scene.process_id)
                                  if step.id in (f.source_id, f.target_id))
    result["view"] = [view.viewport().width(), view.viewport().height()]
    return result


def task_bare_drag(path: Path, moves: int) -> dict[str, Any]:
    """The same drag on the bare scene (no rerouting, no edit on release)."""
    app = _application()
    project, process_id = _load(path)
    bare = BareScene(project, process_id, _scene_font(app))
    view = _bare_view(bare.scene)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    app.processEvents()
    steps = [s for s in project.steps_of(process_id) if s.kind.is_activity]
    result = _drag(app, view, bare.items[steps[len(steps) // 2].id], moves)
    result["view"] = [view.viewport().width(), view.viewport().height()]
    return result


def main(argv: list[str] | None = None) -> None:
    """Run the task named by ``argv[0]`` and print its JSON result."""
    args = sys.argv[1:] if argv is None else argv
    task, path = args[0], Path(args[1])
    number = int(args[2]) if len(args) > 2 else 0
    if task == "render":
        _emit(task_render(path, number))
    elif task == "bare_render":
        _emit(task_bare_render(path, number))
    elif task == "window":
        _emit(task_window(path))
    elif task == "drag":
        _emit(task_drag(path, number))
    elif task == "bare_drag":
        _emit(task_bare_drag(path, number))
    else:
        raise SystemExit(f"unknown task {task!r}")


if __name__ == "__main__":
    main()
