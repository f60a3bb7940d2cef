"""OverviewDock: a minimap of the whole process; the visible area is framed, a click recentres the view.

The minimap is a picture of the scene re-rendered at most a few times a second after the scene changes, not
a second live view: a live view would repaint hundreds of steps on every mouse move of a drag.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QWidget

from jcloud_desk.ui.scene.process_view import ProcessView

RENDER_DELAY_MS = 250


class OverviewView(QWidget):
    """Paints a cached rendering of the main view's scene and the main viewport as a rectangle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._main: ProcessView | None = None
        self._pixmap = QPixmap()
        self._source = QRectF()
        self._target = QRectF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        self.setMinimumHeight(80)

    def follow(self, main: ProcessView | None) -> None:
        """Mirror ``main`` (or nothing)."""
        self._main = main
        if main is not None:
            main.horizontalScrollBar().valueChanged.connect(self.update)
            main.verticalScrollBar().valueChanged.connect(self.update)
            # bound methods, not lambdas: Qt cuts a connection to a deleted receiver only when it knows the
            # receiver (a lambda outlives this widget and then touched its deleted timer under load)
            main.zoom_changed.connect(self._on_zoom)
            scene = main.scene()
            if scene is not None:
                scene.changed.connect(self._on_scene_changed)
                scene.sceneRectChanged.connect(self._on_scene_changed)
        self.render_now()

    def _on_zoom(self, _zoom: float) -> None:
        self.update()

    def _on_scene_changed(self, _what: object) -> None:
        self.schedule_render()

    def refit(self) -> None:
        """Re-render now (kept for callers of the former live view)."""
        self.render_now()

    def schedule_render(self) -> None:
        """Re-render shortly; bursts of changes (a drag) cost one rendering."""
        if not self._timer.isActive():
            self._timer.start()

    def render_now(self) -> None:
        """Render the whole scene into the cached picture, fitted to the widget."""
        main = self._main
        scene = main.scene() if main is not None and not main.isHidden() else None
        if scene is None or self.width() < 4 or self.height() < 4:
            self._pixmap = QPixmap()
            self.update()
            return
        source = scene.sceneRect()
        scale = min(self.width() / max(source.width(), 1.0), self.height() / max(source.height(), 1.0))
        width, height = max(1, int(source.width() * scale)), max(1, int(source.height() * scale))
        pixmap = QPixmap(width, height)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        self._pixmap, self._source = pixmap, QRectF(source)
        self._target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        self.update()

    def _to_widget(self, point: QPointF) -> QPointF:
        sx = self._target.width() / max(self._source.width(), 1.0)
        sy = self._target.height() / max(self._source.height(), 1.0)
        return QPointF(self._target.left() + (point.x() - self._source.left()) * sx,
                       self._target.top() + (point.y() - self._source.top()) * sy)

    def _to_scene(self, point: QPointF) -> QPointF:
        sx = self._source.width() / max(self._target.width(), 1.0)
        sy = self._source.height() / max(self._target.height(), 1.0)
        return QPointF(self._source.left() + (point.x() - self._target.left()) * sx,
                       self._source.top() + (point.y() - self._target.top()) * sy)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self._pixmap.isNull():
            painter.drawPixmap(self._target.topLeft(), self._pixmap)
        if self._main is not None and not self._source.isEmpty():
            visible = self._main.mapToScene(self._main.viewport().rect()).boundingRect()
            frame = QRectF(self._to_widget(visible.topLeft()), self._to_widget(visible.bottomRight()))
            painter.setPen(QPen(QColor("#1e6fd9"), 1))
            painter.setBrush(QColor(30, 111, 217, 40))
            painter.drawRect(frame.intersected(QRectF(self.rect())))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule_render()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._centre(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre(event.position())

    def _centre(self, pos: QPointF) -> None:
        if self._main is not None and not self._source.isEmpty():
            self._main.stop_auto_fit()
            self._main.centerOn(self._to_scene(pos))
            self.update()


class OverviewDock(QDockWidget):
    """Dock holding the minimap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewDock")
        self.setWindowTitle(self.tr("Overview"))
        self.overview = OverviewView(self)
        self.overview.setMinimumHeight(120)
        self.setWidget(self.overview)
