"""The pixel budget of bitmap export (pure arithmetic) and the drawing limit of a process."""

from __future__ import annotations

import pytest

from jcloud_desk.domain.process import Process, Step
from jcloud_desk.domain.project import Project
from jcloud_desk.ui.export.render_limits import (
    MAX_DRAWN_STEPS,
    MAX_PIXELS,
    MAX_SIDE,
    DiagramTooLargeError,
    ImageTooLargeError,
    check_drawable,
    fit_pixels,
)


def test_small_diagram_keeps_the_requested_resolution() -> None:
    plan = fit_pixels(960, 480, 150)
    assert (plan.width, plan.height, plan.dpi, plan.reduced, plan.notice()) == (1500, 750, 150, False, "")


@pytest.mark.parametrize(("width", "height"), [(6342, 16796), (12522, 81596), (100_000, 2_000), (40_000, 40_000)])
def test_large_diagram_is_lowered_into_the_budget_and_says_so(width: float, height: float) -> None:
    plan = fit_pixels(width, height, 300)
    assert plan.reduced and plan.dpi < 300
    assert plan.width * plan.height <= MAX_PIXELS and max(plan.width, plan.height) <= MAX_SIDE
    assert abs(plan.width / plan.height - width / height) < 0.01 * width / height + 2 / plan.height
    notice = plan.notice()
    assert "300 dpi" in notice and f"{plan.dpi:.0f} dpi" in notice and "SVG または PDF" in notice, notice


def test_hopeless_aspect_ratio_is_refused_pointing_to_vector_formats() -> None:
    with pytest.raises(ImageTooLargeError, match="SVG または PDF"):
        fit_pixels(2_060_162, 156, 150)  # a 10,000-step chain drawn left to right


def test_unreadable_but_possible_image_warns_about_the_text() -> None:
    plan = fit_pixels(60_000, 30_000, 150)
    assert plan.dpi < 48 and "文字は読めない" in plan.notice()


def test_drawing_limit_counts_the_process_only() -> None:
    project = Project()
    project.process["big"] = Process(id="big", name="大")
    project.process["small"] = Process(id="small", name="小")
    for n in range(MAX_DRAWN_STEPS + 1):
        project.step[f"s{n}"] = Step(id=f"s{n}", process_id="big", lane_id="l")
    project.step["t"] = Step(id="t", process_id="small", lane_id="l")
    check_drawable(project, "small")
    with pytest.raises(DiagramTooLargeError, match="業務フローを分けて"):
        check_drawable(project, "big")
