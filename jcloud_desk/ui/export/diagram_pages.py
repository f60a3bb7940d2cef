"""Paint one process on whole pages: one scale per flow, tiles cut along lane/phase boundaries (never through a
shape or label), lane and phase headers repeated on every tile (``analysis.layout.paging`` plans the cuts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from jcloud_desk.analysis.layout.paging import BAND_GAP, Box, Diagram, PagePlan, Tile, plan_pages
from jcloud_desk.domain.layout import LANE_HEADER, PHASE_HEADER
from jcloud_desk.domain.project import Project
from jcloud_desk.ui import theme
from jcloud_desk.ui.export.diagram_export import DiagramExporter
from jcloud_desk.ui.export.pdf_pages import PageCanvas

translate = QCoreApplication.translate
#: Room under the page heading before the diagram starts.
HEADING_SPACE = 34.0


def _box(rect: QRectF) -> Box:
    return Box(rect.left(), rect.top(), rect.right(), rect.bottom())


def diagram_of(exporter: DiagramExporter) -> Diagram:
    """The pager's view of an exporter's scene: bounds, header edges, cut lines and the boxes kept whole."""
    scene = exporter.scene
    keep = [_box(item.sceneBoundingRect()) for item in scene.step_items.values()]
    for flow in scene.flow_items.values():
        keep.extend(_box(child.sceneBoundingRect()) for child in flow.childItems()
                    if isinstance(child, QGraphicsRectItem) and child.isVisible())
    grid = scene.grid
    columns = sorted({grid.phase_rect(phase.id).x + grid.phase_rect(phase.id).w for phase in grid.phases})
    rows = sorted({grid.lane_rect(lane.id).y + grid.lane_rect(lane.id).h for lane in grid.lanes})
    return Diagram(_box(exporter.source_rect), LANE_HEADER, PHASE_HEADER, columns, rows, keep)


def diagram_area(pages: PageCanvas) -> QRectF:
    """Where a diagram goes on a page (below its heading)."""
    body = pages.body
    return QRectF(body.left(), body.top() + HEADING_SPACE, body.width(), body.height() - HEADING_SPACE)


def plan_for(pages: PageCanvas, exporter: DiagramExporter) -> PagePlan:
    """The page plan of a process on this document's pages."""
    area = diagram_area(pages)
    return plan_pages(diagram_of(exporter), area.width(), area.height())


def _paint_tile(pages: PageCanvas, exporter: DiagramExporter, diagram: Diagram, tile: Tile, scale: float,
                offset: float = 0.0) -> float:
    """Paint a tile with its headers ``offset`` below the top of the diagram area; returns its height."""
    area = diagram_area(pages)
    bounds = diagram.bounds
    header_w = (diagram.body_left - bounds.left) * scale
    header_h = (diagram.body_top - bounds.top) * scale
    body = tile.body
    origin_x, origin_y = area.left(), area.top() + offset
    parts = (  # (scene source, page target)
        (QRectF(bounds.left, bounds.top, diagram.body_left - bounds.left, diagram.body_top - bounds.top),
         QRectF(origin_x, origin_y, header_w, header_h)),
        (QRectF(body.left, bounds.top, body.width, diagram.body_top - bounds.top),
         QRectF(origin_x + header_w, origin_y, body.width * scale, header_h)),
        (QRectF(bounds.left, body.top, diagram.body_left - bounds.left, body.height),
         QRectF(origin_x, origin_y + header_h, header_w, body.height * scale)),
        (QRectF(body.left, body.top, body.width, body.height),
         QRectF(origin_x + header_w, origin_y + header_h, body.width * scale, body.height * scale)),
    )
    for source, target in parts:
        if source.width() > 0 and source.height() > 0:
            exporter.scene.render(pages.painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    _relabel_cut_phases(pages, exporter, tile, scale, QRectF(origin_x + header_w, origin_y, body.width * scale,
                                                              header_h), bounds.top)
    return header_h + body.height * scale


def _relabel_cut_phases(pages: PageCanvas, exporter: DiagramExporter, tile: Tile, scale: float,
                        strip: QRectF, scene_top: float) -> None:
    """A phase split over two pages gets its name again over the part on this page (it is drawn centred over
    the whole phase, so each page would show half of it or nothing)."""
    grid = exporter.scene.grid
    p = pages.painter
    for phase in grid.phases:
        r = grid.phase_rect(phase.id)
        left, right = max(r.x, tile.body.left), min(r.x + r.w, tile.body.right)
        if right <= left or (r.x >= tile.body.left - 0.5 and r.x + r.w <= tile.body.right + 0.5):
            continue
        cell = QRectF(strip.left() + (left - tile.body.left) * scale, strip.top() + (r.y - scene_top) * scale,
                      (right - left) * scale, PHASE_HEADER * scale)
        p.save()
        p.setClipRect(strip)
        p.setPen(QPen(theme.GRID_LINE, 1.0 * scale))
        p.setBrush(theme.HEADER_FILL)
        p.drawRect(cell)
        font = QFont(pages.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        p.setFont(font)
        p.setPen(theme.TEXT)
        continued = "" if r.x >= tile.body.left - 0.5 else translate("PdfReport", " (continued)")
        p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), phase.name + continued)
        p.restore()


def paint_process_pages(pages: PageCanvas, project: Project, process_id: str) -> PagePlan:
    """Paint a process from the current page on (a new page per further tile); returns the plan used."""
    exporter = DiagramExporter(project, process_id, pages.font, show_verdicts=True)
    diagram = diagram_of(exporter)
    area = diagram_area(pages)
    plan = plan_pages(diagram, area.width(), area.height())
    title = project.process[process_id].name
    for index, tiles in enumerate(plan.page_tiles(), start=1):
        if index > 1:
            pages.new_page()
        label = title if plan.pages == 1 else translate("PdfReport", "{name} (part {i} of {n})").format(
            name=title, i=index, n=plan.pages)
        pages.heading(label)
        offset = 0.0
        for tile in tiles:
            offset += _paint_tile(pages, exporter, diagram, tile, plan.scale, offset) + BAND_GAP
    return plan
