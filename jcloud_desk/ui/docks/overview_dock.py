"""OverviewDock: a minimap of the whole process; the visible area is framed, a click recentres the view."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QWidget

from jcloud_desk.ui.scene.process_view import ProcessView


class OverviewView(QGraphicsView):
    """Shows the main view's scene scaled to fit; draws the main viewport as a rectangle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInteractive(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self._main: ProcessView | None = None

    def follow(self, main: ProcessView | None) -> None:
        """Mirror ``main`` (or nothing)."""
        self._main = main
        self.setScene(main.scene() if main is not None else None)
        if main is not None:
            main.horizontalScrollBar().valueChanged.connect(self.viewport().update)
            main.verticalScrollBar().valueChanged.connect(self.viewport().update)
            main.zoom_changed.connect(lambda _z: self.viewport().update())
            scene = main.scene()
            if scene is not None:
                scene.sceneRectChanged.connect(lambda _r: self.refit())
        self.refit()

    def refit(self) -> None:
        """Fit the whole scene (again once the widget has its size)."""
        if self.scene() is not None:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            QTimer.singleShot(0, self._refit_now)

    def _refit_now(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._main is None:
            return
        visible = self._main.mapToScene(self._main.viewport().rect()).boundingRect()
        painter.setPen(QPen(QColor("#1e6fd9"), 0))
        painter.setBrush(QColor(30, 111, 217, 40))
        painter.drawRect(visible)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._centre(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre(event.position())

    def _centre(self, pos: QPointF) -> None:
        if self._main is not None:
            self._main.centerOn(self.mapToScene(pos.toPoint()))
            self.viewport().update()


class OverviewDock(QDockWidget):
    """Dock holding the minimap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewDock")
        self.setWindowTitle(self.tr("Overview"))
        self.overview = OverviewView(self)
        self.overview.setMinimumHeight(120)
        self.setWidget(self.overview)
