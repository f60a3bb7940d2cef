"""Size guards for bitmap export: whatever the diagram, a PNG stays within a fixed pixel (and memory) budget.

A diagram is drawn onto one ``QImage`` of ``width × height × 4`` bytes. Before these guards a complete digraph
of 30 tasks asked for 9,909 × 26,244 px (1 GB, 11 s) and 2,000 lanes for gigapixels (10 GB); past 32,767 px a
side QPainter cannot paint at all and printed a warning per item. ``fit_pixels`` lowers the resolution so the
image keeps to ``MAX_PIXELS`` pixels and ``MAX_SIDE`` px a side, and says so: vector formats (SVG, PDF) have no
such limit and stay sharp at any zoom.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jcloud_desk.analysis.messages import worded
from jcloud_desk.domain.messages import Message
from jcloud_desk.domain.project import Project
from jcloud_desk.io.errors import OutputWriteError, folder_problem, output_error
from jcloud_desk.ui.drawing_limits import MAX_DRAWN_FLOWS, MAX_DRAWN_STEPS

#: Largest image drawn: 40 megapixels, 160 MB as 32-bit ARGB (an A0 poster at 150 dpi is 35 megapixels).
MAX_PIXELS = 40_000_000
#: Longest side in pixels (QPainter's raster engine works with 16-bit coordinates up to 32,767).
MAX_SIDE = 16_000
#: Below this the text cannot be read any more; the image is still written, the notice says so.
LEGIBLE_DPI = 48.0
#: Below this the image would show nothing at all (a 10,000-step chain at 1 dpi is 16,000 × 1 px): refused.
MIN_DPI = 10.0


class ImageTooLargeError(ValueError):
    """The diagram cannot be drawn as a useful bitmap within the budget; the message points to SVG / PDF."""


class DiagramTooLargeError(ValueError):
    """A process too large to draw at all within the memory budget."""


def check_drawable(project: Project, process_id: str) -> None:
    """Raise ``DiagramTooLargeError`` before building the scene of a process beyond the drawing limits."""
    steps = sum(1 for s in project.step.values() if s.process_id == process_id)
    flows = sum(1 for f in project.flow.values() if f.process_id == process_id)
    if steps > MAX_DRAWN_STEPS or flows > MAX_DRAWN_FLOWS:
        raise DiagramTooLargeError(worded("render.too_large", steps=f"{steps:,}", flows=f"{flows:,}",
                                          max_steps=f"{MAX_DRAWN_STEPS:,}", max_flows=f"{MAX_DRAWN_FLOWS:,}"))


@dataclass(frozen=True, slots=True)
class PixelPlan:
    """The pixel size an export will use, and the resolution that gives it."""

    width: int
    height: int
    dpi: float
    requested_dpi: float

    @property
    def reduced(self) -> bool:
        """True when the requested resolution would have exceeded the budget."""
        return self.dpi < self.requested_dpi - 1e-9

    def notice(self) -> str:
        """One line for the user when the resolution was lowered ('' otherwise): Japanese, ``Worded`` for the
        CLI's ``--lang``."""
        if not self.reduced:
            return ""
        unreadable = Message("render.unreadable") if self.dpi < LEGIBLE_DPI else ""
        return worded("render.reduced", requested=f"{self.requested_dpi:.0f}", dpi=f"{self.dpi:.0f}",
                      width=f"{self.width:,}", height=f"{self.height:,}", limit=MAX_PIXELS // 1_000_000,
                      unreadable=unreadable)


def fit_pixels(width: float, height: float, dpi: float, scene_dpi: float = 96.0) -> PixelPlan:
    """The image size for a ``width × height`` scene-unit area at ``dpi``, lowered to fit the budget."""
    width, height = max(width, 1.0), max(height, 1.0)
    scale = dpi / scene_dpi
    limit = min(
        math.sqrt(MAX_PIXELS / (width * height)),  # area
        MAX_SIDE / width,
        MAX_SIDE / height,
    )
    reduced = scale > limit
    if reduced:
        scale = limit
    if scale * scene_dpi < MIN_DPI:
        raise ImageTooLargeError(worded("render.png_too_large", width=f"{width:,.0f}", height=f"{height:,.0f}",
                                        limit=MAX_PIXELS // 1_000_000, dpi=f"{scale * scene_dpi:.1f}"))
    to_pixels = math.floor if reduced else round  # lowered: never round up past the budget
    pixels_w = max(1, min(MAX_SIDE, to_pixels(width * scale)))
    pixels_h = max(1, min(MAX_SIDE, to_pixels(height * scale)))
    return PixelPlan(pixels_w, pixels_h, scale * scene_dpi, float(dpi))


@contextlib.contextmanager
def removing_partial_output(target: Path) -> Iterator[None]:
    """Remove the exporters' temporary file (``<name>.tmp.<ext>``) when writing is interrupted or fails.

    Also on ``KeyboardInterrupt`` (Ctrl+C) and on ``SystemExit``, which the command line raises on SIGTERM. An
    ``OSError`` comes out as an ``OutputWriteError`` naming ``target`` with a Japanese reason.
    """
    problem = folder_problem(target.parent)  # before painting: a painter on an unwritable file warns per item
    if problem:
        raise OutputWriteError(target, problem)
    partial = target.with_name(target.name + ".tmp" + target.suffix.lower())
    try:
        yield
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):  # say it about the user's file, in Japanese ("cannot write x.png: " before)
            raise output_error(target, exc) from exc
        raise
