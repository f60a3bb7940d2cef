"""ProcessView: zoom (wheel with Ctrl, keys), pan (middle button or space + drag), fit-all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from jcloud_desk.domain.layout import LANE_HEADER
from jcloud_desk.ui import theme
from jcloud_desk.ui.scene.process_scene import ProcessScene
from jcloud_desk.ui.scene.view_overlay import ViewOverlay

MIN_ZOOM, MAX_ZOOM = 0.1, 6.0
READABLE_ZOOM = 0.8


class ProcessView(QGraphicsView):
    """The diagram viewport."""

    zoom_changed = Signal(float)

    def __init__(self, scene: ProcessScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setViewport(self._python_made_viewport())
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self._space_down = False
        self._panning = False
        self._auto_fit = True  # keep fitting on resize until the user zooms by hand
        self._auto_fit_readable = False
        self.overlay = ViewOverlay(self)

    @staticmethod
    def _python_made_viewport() -> QWidget:
        """A viewport like the one QAbstractScrollArea makes, but made here. PySide6 wraps a QWidget that C++
        made, the first time it meets one, by creating every QWidget subclass it knows (a wizard, a font dialog,
        a calendar... with their enums: ~4-10 ms of the first frame); one made in Python already has its wrapper."""
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        return viewport

    def set_legend(self, entries: list[tuple[QColor, str]] | None) -> None:
        """Show a colour legend in the top-right corner of the viewport (None hides it)."""
        self.overlay.set_legend(entries)

    def _paint_sticky_lane_names(self, painter: QPainter) -> None:
        """When the lane header column is scrolled out of view, keep the 部署 names at the left edge."""
        scene = self.scene()
        grid = getattr(scene, "grid", None)
        if grid is None or not grid.lanes:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if visible.left() <= 4:
            return
        # never narrower than what is left of the real header column: the two must read as one column
        width = max(min(LANE_HEADER, 110.0 / max(self.zoom(), 0.1)), LANE_HEADER - visible.left())
        painter.save()
        font = QFont(scene.font() if scene is not None else painter.font())
        font.setBold(True)
        painter.setFont(font)
        external: frozenset[str] = getattr(scene, "external_lanes", frozenset())
        for lane in grid.lanes:
            band = grid.lane_rect(lane.id)
            header = QRectF(visible.left(), band.y, width, band.h)
            painter.setPen(QPen(theme.GRID_LINE, 0))
            painter.setBrush(theme.EXTERNAL_HEADER_FILL if lane.id in external else theme.HEADER_FILL)
            painter.drawRect(header)
            painter.setPen(QColor("#1b2733"))
            painter.drawText(header.adjusted(4, 4, -4, -4),
                             int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), lane.name)
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self._paint_sticky_lane_names(painter)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolling blits the old pixels, and with them whatever drawForeground pinned to the viewport (the
        sticky lane names): that copy would stay mid-diagram. Repaint the whole viewport instead."""
        super().scrollContentsBy(dx, dy)
        self.viewport().update()

    def zoom(self) -> float:
        """Current scale factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Set an absolute zoom."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._auto_fit = False
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom_changed.emit(factor)

    def zoom_by(self, step: float) -> None:
        """Multiply the zoom."""
        self.set_zoom(self.zoom() * step)

    def fit_all(self) -> None:
        """Show the whole process (and keep it fitted when the window is resized)."""
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.resetTransform()
            self.scale(1.5, 1.5)
        self._auto_fit = True
        self._auto_fit_readable = False
        self.zoom_changed.emit(self.zoom())

    def stop_auto_fit(self) -> None:
        """The user is working in the diagram: stop re-fitting on resize (the view must not jump away)."""
        self._auto_fit = False

    def fit_readable(self) -> None:
        """Fit the process, but never below a zoom where labels stay legible: then show its start (top left)."""
        self.fit_all()
        self._auto_fit_readable = True
        if self.zoom() < READABLE_ZOOM:
            self.resetTransform()
            self.scale(READABLE_ZOOM, READABLE_ZOOM)
            rect = self.sceneRect()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            half_h = self.viewport().height() / (2 * READABLE_ZOOM)
            y = rect.center().y() if rect.height() <= 2 * half_h else rect.top() + half_h  # phase headers stay in view
            self.centerOn(rect.left() + self.viewport().width() / (2 * READABLE_ZOOM), y)
            self.zoom_changed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.viewport().geometry())
        self.overlay.raise_()
        if self._auto_fit:
            if self._auto_fit_readable:
                self.fit_readable()
            else:
                self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._auto_fit = False
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            fake = QMouseEvent(QEvent.Type.MouseButtonPress, event.position(), event.globalPosition(),
                               Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, event.modifiers())
            super().mousePressEvent(fake)
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = False
            fake = QMouseEvent(QEvent.Type.MouseButtonRelease, event.position(), event.globalPosition(),
                               Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, event.modifiers())
            super().mouseReleaseEvent(fake)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if self._space_down
                             else QGraphicsView.DragMode.RubberBandDrag)
            return
        super().mouseReleaseEvent(event)
