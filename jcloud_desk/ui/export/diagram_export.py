"""DiagramExporter: a process drawn exactly as the editor shows it, to PNG (any DPI), SVG or single-page PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from jcloud_desk.domain.project import Project
from jcloud_desk.ui.export.pdf_text import fix_text_layer
from jcloud_desk.ui.export.render_limits import check_drawable, fit_pixels, removing_partial_output
from jcloud_desk.ui.scene.process_scene import ProcessScene

SCENE_DPI = 96.0
FORMATS = (".png", ".svg", ".pdf")


def _set_dpi(image: QImage, dpi: float) -> None:
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))


class DiagramExporter:
    """Builds a private scene of one process and paints it to a file."""

    def __init__(self, project: Project, process_id: str, font: QFont | None = None,
                 show_verdicts: bool = False) -> None:
        check_drawable(project, process_id)
        self._font = font or QFont()
        self.scene = ProcessScene(project, font)
        self.scene.set_process(process_id)
        self.scene.set_show_verdicts(show_verdicts)
        self.scene.clearSelection()
        #: What the last export had to change (a lowered PNG resolution), one Japanese line; '' when nothing.
        self.notice = ""

    @property
    def source_rect(self) -> QRectF:
        """The drawn area in scene units (1 unit = 1 px at 96 dpi)."""
        return self.scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)

    def write(self, path: Path, dpi: int = 150) -> Path:
        """Write by file extension (.png, .svg, .pdf)."""
        suffix = Path(path).suffix.lower()
        with removing_partial_output(Path(path)):
            if suffix == ".png":
                return self.write_png(path, dpi)
            if suffix == ".svg":
                return self.write_svg(path)
            if suffix == ".pdf":
                return self.write_pdf(path)
        raise ValueError(f"unsupported format: {suffix}")

    def render_image(self, dpi: int = 150) -> QImage:
        """The diagram as an image at ``dpi``, lowered when it would exceed the pixel budget (``notice``)."""
        source = self.source_rect
        plan = fit_pixels(source.width(), source.height(), dpi, SCENE_DPI)
        self.notice = plan.notice()
        size = QSize(plan.width, plan.height)
        image = QImage(size, QImage.Format.Format_ARGB32)
        # Paint at the scene's own 96 dpi: the painter's scale alone enlarges everything. An image that said
        # ``dpi`` while painting would also grow every point-sized font by dpi/96 (text scaled twice: clipped
        # labels at 300 dpi, words broken mid-word at 150 dpi). The file's resolution is stamped afterwards.
        _set_dpi(image, SCENE_DPI)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                          Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        _set_dpi(image, max(1.0, plan.dpi))  # the resolution actually drawn (lowered for very large diagrams)
        return image

    def write_png(self, path: Path, dpi: int = 150) -> Path:
        """PNG at ``dpi`` (300+ for wall posters)."""
        image = self.render_image(dpi)
        tmp = Path(path).with_name(Path(path).name + ".tmp.png")
        if not image.save(str(tmp)):
            raise OSError(f"cannot write {path}")
        tmp.replace(path)
        return Path(path)

    def write_svg(self, path: Path) -> Path:
        """Scalable vector graphics."""
        source = self.source_rect
        generator = QSvgGenerator()
        tmp = Path(path).with_name(Path(path).name + ".tmp.svg")
        generator.setFileName(str(tmp))
        generator.setSize(QSize(round(source.width()), round(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setResolution(round(SCENE_DPI))
        generator.setTitle("jcloud_desk")
        painter = QPainter(generator)
        self.scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        tmp.replace(path)
        return Path(path)

    def write_pdf(self, path: Path) -> Path:
        """One PDF page sized to the diagram (fonts embedded)."""
        source = self.source_rect
        tmp = Path(path).with_name(Path(path).name + ".tmp.pdf")
        writer = QPdfWriter(str(tmp))
        writer.setResolution(round(SCENE_DPI))
        points = QSizeF(source.width() * 72 / SCENE_DPI, source.height() * 72 / SCENE_DPI)
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle("jcloud_desk")
        writer.setCreator("jcloud_desk")
        painter = QPainter(writer)
        target = QRectF(0, 0, writer.width(), writer.height())
        self.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        fix_text_layer(tmp, self._font)
        tmp.replace(path)
        return Path(path)
