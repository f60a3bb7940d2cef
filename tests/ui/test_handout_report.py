"""The PDF report as a handout: searchable text, every flow on whole pages (no shape cut), headline figures,
short list of unreferenced items (full text only as an appendix), verdict colours, empty minutes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from jcloud_desk.analysis.glossary import steps_count
from jcloud_desk.analysis.layout.paging import BAND_GAP, PagePlan
from jcloud_desk.domain.project import Project
from jcloud_desk.services.report_service import build_report_data
from jcloud_desk.ui.export.diagram_export import DiagramExporter
from jcloud_desk.ui.export.diagram_pages import diagram_area, diagram_of, plan_for
from jcloud_desk.ui.export.headless import diagram_font
from jcloud_desk.ui.export.pdf_pages import PageCanvas
from jcloud_desk.ui.export.pdf_report import ReportOptions, _pdf_writer, write_minutes_pdf, write_pdf_report
from jcloud_desk.ui.export.pdf_text import RADICALS, fix_pdf_bytes
from tests.factories import small_project


def _pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def reports(sample: Project, tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    data = build_report_data(sample, "2026-01-05 10:00")
    return {paper: write_pdf_report(sample, data, folder / f"{paper}.pdf", diagram_font(), paper)
            for paper in ("A4", "A3")}


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_text_layer_is_searchable(reports: dict[str, Path], paper: str) -> None:
    text = "".join(_pages_text(reports[paper]))
    assert "転入届" in text and "住民記録" in text and "後日再来庁" in text
    radicals = sorted({ch for ch in text if ord(ch) in RADICALS})
    assert not radicals, [f"U+{ord(ch):04X}" for ch in radicals]


def test_radicals_are_rewritten_in_place_without_moving_offsets() -> None:
    cmap = (b"1 0 obj\n<< /Type /Font /ToUnicode 2 0 R >>\nendobj\n2 0 obj\n<< /Length 77 >>\nstream\n"
            b"1 beginbfchar\n<0003> <2F0A>\nendbfchar\n<0001> <0002> [<2EA0> <8A18>]\nendstream\n")
    fixed = fix_pdf_bytes(cmap, {0x2F0A: 0x5165, 0x2EA0: 0x6C11})
    assert len(fixed) == len(cmap)
    assert b"<0003> <5165>" in fixed and b"[<6C11> <8A18>]" in fixed
    assert b"2F0A" not in fixed and b"2EA0" not in fixed


def _titled(pages: list[str], name: str) -> list[str]:
    """The pages whose heading is the process name, alone or as 「name（i/n）」."""
    pattern = re.compile(rf"{re.escape(name)}(（\d+/\d+）)?")
    return [page for page in pages if any(pattern.fullmatch(line.strip()) for line in page.splitlines()[:6])]


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_every_flow_is_on_whole_pages_with_no_shape_cut(sample: Project, reports: dict[str, Path], paper: str,
                                                        tmp_path: Path) -> None:
    probe = PageCanvas(_pdf_writer(tmp_path / "probe.pdf", "", paper), "", diagram_font())
    try:
        area = diagram_area(probe)
        plans = {p.id: (diagram_of(DiagramExporter(sample, p.id, diagram_font(), show_verdicts=True)),
                        plan_for(probe, DiagramExporter(sample, p.id, diagram_font(), show_verdicts=True)))
                 for p in sample.processes()}
    finally:
        probe.finish()
    pages = _pages_text(reports[paper])
    for process in sample.processes():
        diagram, plan = plans[process.id]
        assert plan.scale >= 0.6, (process.name, plan.scale)
        assert len(diagram.keep_whole) >= len(sample.steps_of(process.id))
        for box in diagram.keep_whole:  # each shape (with its label) lies wholly on the pages that show it
            holders = [tile for tile in plan.tiles if tile.body.overlaps(box)]
            assert holders and all(tile.body.contains(box) for tile in holders), (process.name, box)
        header_w = diagram.body_left - diagram.bounds.left
        header_h = diagram.body_top - diagram.bounds.top
        for tile in plan.tiles:  # one scale; every tile with its repeated headers fits the page
            assert (header_w + tile.body.width) * plan.scale <= area.width() + 0.5
            assert (header_h + tile.body.height) * plan.scale <= area.height() + 0.5
        band = (header_h + plan.tiles[0].body.height) * plan.scale
        assert plan.per_page * band + (plan.per_page - 1) * BAND_GAP <= area.height() + 0.5
        covered = sum(tile.body.width for tile in plan.tiles if tile.row == 0)
        assert abs(covered - (diagram.bounds.right - diagram.body_left)) < 0.5
        titled = _titled(pages, process.name)
        assert len(titled) == plan.pages, (process.name, len(titled), plan.pages)
        flow_text = re.sub(r"\s", "", "".join(titled))
        for step in sample.steps_of(process.id):
            if len(step.label) >= 5 and step.kind.is_activity:
                assert step.label[:5] in flow_text, step.label


def test_a_five_lane_flow_keeps_its_lanes_on_one_page(sample: Project, tmp_path: Path, qapp: object) -> None:
    process = sample.process_named("転入届")
    assert process is not None and len(sample.lanes_of(process.id)) == 5
    assert _plan(sample, process.id, tmp_path / "A4.pdf", "A4").rows == 1  # all lanes on each page
    a3 = _plan(sample, process.id, tmp_path / "A3.pdf", "A3")
    assert a3.pages == 1 and a3.per_page == a3.columns >= 2  # the whole flow on one A3 sheet, in bands
    small = small_project()
    assert _plan(small, next(iter(small.process)), tmp_path / "small.pdf", "A4").pages == 1


def _plan(project: Project, process_id: str, path: Path, paper: str) -> PagePlan:
    probe = PageCanvas(_pdf_writer(path, "", paper), "", diagram_font())
    try:
        return plan_for(probe, DiagramExporter(project, process_id, diagram_font()))
    finally:
        probe.finish()


def test_summary_page_has_the_headline_figures_and_the_list_is_short(reports: dict[str, Path],
                                                                     sample: Project) -> None:
    pages = _pages_text(reports["A4"])
    summary = pages[1]
    data = build_report_data(sample, "")
    h = data.headline
    assert h.total == sum(line.total for line in data.summary) and 0 < h.judged < h.total
    assert f"{h.judged} / {h.total}" in summary and f"{h.fit_rate * 100:.0f}%" in summary
    assert "適合率" in summary and "カスタマイズ" in summary
    first = data.summary[0]
    assert (first.steps, first.total) == (32, 17)
    assert steps_count(first.steps, first.total).replace(" ", "") in summary.replace(" ", "")
    listing = [page for page in pages if "未参照の実装必須機能" in page]
    item = data.unreferenced[0]
    assert any(item.code in page and item.title in page for page in listing)
    assert len(listing) <= 4  # id and name only: the full texts took 15 pages
    assert not any(item.requirement[:40] in page for page in pages)


def test_the_requirement_texts_are_an_optional_appendix(sample: Project, tmp_path: Path, qapp: object) -> None:
    data = build_report_data(sample, "")
    out = write_pdf_report(sample, data, tmp_path / "r.pdf", diagram_font(),
                           options=ReportOptions(requirements_appendix=True))
    text = re.sub(r"\s", "", "".join(_pages_text(out)))
    assert "付録" in text and re.sub(r"\s", "", data.unreferenced[0].requirement)[:30] in text


def test_ledger_has_decision_column_and_colour_coded_verdicts(reports: dict[str, Path], sample: Project,
                                                             tmp_path: Path) -> None:
    pages = _pages_text(reports["A4"])
    ledger = next(page for page in pages if "Fit&Gap一覧" in page)
    header = next(line for line in ledger.splitlines() if "判定" in line and "機能ID" in line)
    assert "決定" in header and "決定状況" not in header
    index = pages.index(ledger) + 1
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", str(index), "-l", str(index), str(reports["A4"]),
                    str(tmp_path / "ledger")], check=True)
    image = QImage(str(next(tmp_path.glob("ledger*.png"))))
    colours = {QColor(image.pixel(x, y)).name() for y in range(0, image.height(), 3)
               for x in range(0, image.width(), 3)}
    greens = [c for c in colours if QColor(c).green() > QColor(c).red() + 40 and QColor(c).green() > 150]
    assert greens, "no verdict colour in the ledger"


def test_empty_minutes_are_one_page_saying_there_are_no_records(tmp_path: Path, qapp: object) -> None:
    project = small_project()
    out = write_minutes_pdf(project, tmp_path / "m.pdf", diagram_font())
    pages = _pages_text(out)
    assert len(pages) == 1
    assert pages[0].count("記録はありません") == 3
    assert "決定事項" in pages[0] and "宿題" in pages[0] and "コメント" in pages[0]


def test_cli_report_takes_the_appendix_flag(tmp_path: Path) -> None:
    import sys

    run = [sys.executable, "-m", "jcloud_desk"]
    project = tmp_path / "s.jcdesk"
    subprocess.run([*run, "sample", str(project)], check=True, capture_output=True)
    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    subprocess.run([*run, "report", str(project), "--out", str(plain)], check=True, capture_output=True)
    subprocess.run([*run, "report", str(project), "--out", str(full), "--requirements-appendix"], check=True,
                   capture_output=True)
    assert "付録" not in "".join(_pages_text(plain))
    assert "付録" in "".join(_pages_text(full)) and len(_pages_text(full)) > len(_pages_text(plain))
