"""Paging a swimlane diagram: fewest readable pages, one scale, never a cut through a kept box."""

from __future__ import annotations

from jcloud_desk.analysis.layout.paging import MIN_SCALE, Box, Diagram, PagePlan, plan_pages


def _diagram(width: float, height: float, phases: list[float], lanes: list[float], boxes: list[Box]) -> Diagram:
    return Diagram(Box(0, 0, width, height), 120, 36, phases, lanes, boxes)


def _assert_whole(plan: PagePlan, diagram: Diagram) -> None:
    for box in diagram.keep_whole:
        holders = [tile for tile in plan.tiles if tile.body.overlaps(box)]
        assert holders, box
        for tile in holders:
            assert tile.body.contains(box), (box, tile)


def test_a_small_flow_is_one_page_at_a_capped_scale() -> None:
    diagram = _diagram(600, 300, [400, 600], [168, 300], [Box(150, 60, 300, 116)])
    plan = plan_pages(diagram, 1000, 600)
    assert plan.pages == 1 and plan.scale == 1.4


def test_a_wide_flow_is_cut_at_phase_boundaries_into_pages_that_fit() -> None:
    phases = [120 + 800 * (i + 1) for i in range(5)]
    boxes = [Box(x + 300, 60, x + 450, 116) for x in phases[:-1]] + [Box(200, 200, 350, 256)]
    diagram = _diagram(phases[-1], 540, phases, [140, 240, 340, 440, 540], boxes)
    width, height = 1032.0, 600.0
    plan = plan_pages(diagram, width, height)
    assert plan.rows == 1 and plan.pages >= 2 and plan.scale >= MIN_SCALE
    _assert_whole(plan, diagram)
    header_w, header_h = 120, 36
    for tile in plan.tiles:
        assert (header_w + tile.body.width) * plan.scale <= width + 1e-6
        assert (header_h + tile.body.height) * plan.scale <= height + 1e-6
    inner = [t.body.right for t in plan.tiles[:-1]]
    assert all(x in phases for x in inner), inner  # phase columns fit a page here: cut only between them


def test_a_phase_wider_than_a_page_is_cut_between_shapes_never_through_one() -> None:
    boxes = [Box(130 + 160 * i, 60, 280 + 160 * i, 116) for i in range(20)]
    diagram = _diagram(120 + 3300, 300, [3420], [300], boxes)
    plan = plan_pages(diagram, 1000, 350)  # one band per page
    assert plan.pages >= 2
    _assert_whole(plan, diagram)


def test_tall_flows_are_cut_along_lane_boundaries() -> None:
    lanes = [36 + 120 * (i + 1) for i in range(12)]
    boxes = [Box(200, top - 90, 350, top - 34) for top in lanes]
    diagram = _diagram(1000, lanes[-1], [1000], lanes, boxes)
    plan = plan_pages(diagram, 1000, 600)
    assert plan.rows >= 2 and plan.columns == 1
    assert all(t.body.bottom in lanes for t in plan.tiles)
    _assert_whole(plan, diagram)


def test_scale_is_as_large_as_the_page_count_allows() -> None:
    phases = [120 + 700 * (i + 1) for i in range(4)]
    diagram = _diagram(phases[-1], 400, phases, [400], [])
    plan = plan_pages(diagram, 1000, 450)  # one band per page
    # two phases per page at the chosen scale; a larger scale would need a third page
    assert plan.pages == 2
    assert (120 + 1400) * (plan.scale + 0.02) > 1000


def test_bands_of_a_short_flow_share_a_tall_page() -> None:
    phases = [120 + 800 * (i + 1) for i in range(4)]
    diagram = _diagram(phases[-1], 400, phases, [400], [])
    wide_and_short = plan_pages(diagram, 1000, 450)
    assert wide_and_short.per_page == 1 and wide_and_short.pages == len(wide_and_short.tiles)
    tall = plan_pages(diagram, 1000, 1400)
    assert tall.per_page >= 2 and tall.pages < len(tall.tiles)
    band = (36 + 364) * tall.scale
    assert tall.per_page * band <= 1400
    assert len(tall.page_tiles()[0]) == tall.per_page


def test_shapes_packed_without_a_gap_are_cut_at_a_readable_scale_rather_than_shrunk() -> None:
    boxes = [Box(130 + 100 * i, 60, 280 + 100 * i, 116) for i in range(60)]  # each overlaps the next
    diagram = _diagram(120 + 6200, 300, [6320], [300], boxes)
    plan = plan_pages(diagram, 1000, 350)
    assert plan.scale == MIN_SCALE and plan.pages == 4 + 1  # 6200 wide, 1546 per page
    assert all((120 + t.body.width) * plan.scale <= 1000 + 1e-6 for t in plan.tiles)
