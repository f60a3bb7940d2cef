"""A floor for the start-up benchmark: the widgets our first frame shows, filled from the sample, without our code.

``python -m benchmarks.startup_floor SAMPLE`` builds what ``jcloud-desk --exit-after-paint SAMPLE`` paints — a
1440×900 QMainWindow with a menu bar of 6 menus × 8 actions, a process list and an overview on the left, a form of
12 fields on the right, a tabbed table of findings below and a QGraphicsView of the first process's lanes, steps and
flows — reading the rows with plain ``sqlite3`` and drawing them with stock Qt items (no jcloud_desk module but
``start_trace``), then exits 0 after that frame is painted. Nothing in it checks, routes, labels or persists
anything: it is what a start could cost at the least with these widgets, measured beside ours and the bare window.
Like ours, it ends without the interpreter's teardown.
"""

from __future__ import annotations

import os
import sqlite3
import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from jcloud_desk import start_trace

STEP_W, STEP_H, CELL_W, LANE_H = 140.0, 50.0, 180.0, 110.0


class ExitAfterPaint(QObject):
    """Exit 0 right after the window's first paint (as the bare baseline and ours do)."""

    def __init__(self, app: QApplication, window: QMainWindow) -> None:
        super().__init__()
        self._app = app
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            start_trace.mark("shown")
            self._app.exit(0)  # the loop returns once this paint is flushed (as ours)
        return False


def _rows(conn: sqlite3.Connection, sql: str, *params: object) -> list[sqlite3.Row]:
    return list(conn.execute(sql, params))


def _scene(conn: sqlite3.Connection, process_id: str, owner: QObject) -> QGraphicsScene:
    scene = QGraphicsScene(owner)  # owned by the window: a view does not keep its scene alive
    lanes = _rows(conn, "SELECT id, name FROM lane WHERE process_id = ? ORDER BY sort", process_id)
    lane_y = {lane["id"]: index * LANE_H for index, lane in enumerate(lanes)}
    for lane in lanes:
        scene.addRect(0, lane_y[lane["id"]], 2400, LANE_H, QPen(QColor("#b0b8c0")), QBrush(QColor("#f4f7fa")))
        scene.addText(lane["name"]).setPos(8, lane_y[lane["id"]] + 8)
    centre: dict[str, tuple[float, float]] = {}
    for step in _rows(conn, "SELECT id, lane_id, label, x, y FROM step WHERE process_id = ?", process_id):
        x = float(step["x"] or 0.0) + 120
        y = lane_y.get(step["lane_id"], 0.0) + (LANE_H - STEP_H) / 2
        scene.addRect(x, y, STEP_W, STEP_H, QPen(QColor("#404040")), QBrush(QColor("#ffffff")))
        scene.addText(step["label"] or "").setPos(x + 6, y + 12)
        centre[step["id"]] = (x + STEP_W / 2, y + STEP_H / 2)
    for flow in _rows(conn, "SELECT source_id, target_id FROM flow WHERE process_id = ?", process_id):
        if flow["source_id"] in centre and flow["target_id"] in centre:
            (x1, y1), (x2, y2) = centre[flow["source_id"]], centre[flow["target_id"]]
            scene.addLine(x1, y1, x2, y2, QPen(QColor("#303030")))
    return scene


def _dock(window: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def build(window: QMainWindow, path: str) -> None:
    """Fill ``window`` with the floor's widgets and the sample's first process."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    processes = _rows(conn, "SELECT id, name FROM process ORDER BY rowid")
    for m in range(6):
        menu = window.menuBar().addMenu(f"Menu {m}")
        for a in range(8):
            menu.addAction(QAction(f"Action {m}.{a}", window))
    listing = QListWidget()
    listing.addItems([p["name"] for p in processes])
    _dock(window, "Processes", listing, Qt.DockWidgetArea.LeftDockWidgetArea)
    _dock(window, "Overview", QGraphicsView(), Qt.DockWidgetArea.LeftDockWidgetArea)
    form = QWidget()
    fields = QFormLayout(form)
    for index in range(12):
        fields.addRow(f"Field {index}", QComboBox() if index % 3 == 0 else QLineEdit())
    _dock(window, "Properties", form, Qt.DockWidgetArea.RightDockWidgetArea)
    findings = QTreeWidget()
    findings.setHeaderLabels(["Severity", "Finding", "Rule"])
    for step in _rows(conn, "SELECT label FROM step ORDER BY rowid LIMIT 80"):
        findings.addTopLevelItem(QTreeWidgetItem(["info", step["label"] or "", "rule"]))
    first = _dock(window, "Checks", findings, Qt.DockWidgetArea.BottomDockWidgetArea)
    for title in ("Ledger", "Dashboard", "Notes"):
        window.tabifyDockWidget(first, _dock(window, title, QWidget(), Qt.DockWidgetArea.BottomDockWidgetArea))
    first.raise_()
    view = QGraphicsView(_scene(conn, processes[0]["id"], window) if processes else QGraphicsScene(window))
    window.setCentralWidget(view)
    conn.close()


def main(argv: list[str]) -> int:
    """Start, paint once, exit 0."""
    app = QApplication(argv[:1])
    window = QMainWindow()
    window.resize(1440, 900)
    build(window, argv[1])
    watcher = ExitAfterPaint(app, window)
    window.installEventFilter(watcher)
    window.show()
    code = app.exec()
    sys.stdout.flush()
    os._exit(code)  # no interpreter teardown, as `jcloud-desk --exit-after-paint`


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
