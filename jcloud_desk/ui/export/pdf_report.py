"""PdfReport: the Fit&Gap report as a PDF handout — cover, summary (the dashboard's headline figures, chart,
key decisions), every process diagram on whole pages (``diagram_pages``), the ledger (verdicts colour-coded,
with 決定), customizations, the unreferenced 実装必須 items by id and name, and optional sections.

The report is a list of section builders (``SECTIONS``); a feature adds its section by inserting a builder:
``SECTIONS.insert(SECTIONS.index(ledger_section) + 1, my_section)``. Each builder gets the ``ReportContext``
and starts its own page with ``ctx.pages.new_page()``. Fonts are embedded; the text layer is searchable
(``pdf_text.fix_text_layer``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QPen

from jcloud_desk.domain.project import Project
from jcloud_desk.io.reports.report_model import ReportData, RevisionLine
from jcloud_desk.io.reports.report_xlsx import VERDICT_FILLS
from jcloud_desk.ui import theme
from jcloud_desk.ui.export.charts import paint_legend, paint_verdict_bars
from jcloud_desk.ui.export.diagram_pages import paint_process_pages
from jcloud_desk.ui.export.pdf_pages import DPI, CellFill, PageCanvas
from jcloud_desk.ui.export.pdf_text import fix_text_layer

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """Choices for one PDF report."""

    paper: str = "A4"
    #: Append the full requirement text of the unreferenced 実装必須 items (the list shows id and name only).
    requirements_appendix: bool = False


@dataclass(slots=True)
class ReportContext:
    """What a section builder works with."""

    pages: PageCanvas
    project: Project
    data: ReportData
    options: ReportOptions


Section = Callable[[ReportContext], None]


def _headers(*names: object) -> list[str]:
    """Column headers translated at call time (the names are QT_TRANSLATE_NOOP markers)."""
    return [translate("PdfReport", str(name)) for name in names]


def verdict_fill(data: ReportData, column: int) -> CellFill:
    """Cell fill for the verdict column ``column``: the light verdict colours of the Excel ledger."""
    colors = {label: QColor(f"#{color}") for label, color in zip(data.verdicts, VERDICT_FILLS, strict=False)}

    def fill(index: int, text: str) -> QColor | None:
        return colors.get(text) if index == column else None

    return fill


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


# --- sections -------------------------------------------------------------------------------------------
def cover_section(ctx: ReportContext) -> None:
    """Title, municipality, business and date (the first page: no new page)."""
    pages, data, p = ctx.pages, ctx.data, ctx.pages.painter
    p.setFont(pages.font_of(26, bold=True))
    p.setPen(theme.TEXT)
    p.drawText(QRectF(pages.body.left(), pages.body.top() + pages.body.height() * 0.25, pages.body.width(), 80),
               int(Qt.AlignmentFlag.AlignCenter), data.title)
    p.setFont(pages.font_of(13))
    lines = [
        translate("PdfReport", "Municipality: {m}").format(m=data.municipality or "—"),
        translate("PdfReport", "Business: {b}").format(b=data.business or "—"),
        translate("PdfReport", "Date: {d}").format(d=data.generated_at),
    ]
    if data.vendor:
        lines.insert(2, translate("PdfReport", "Vendor: {v}").format(v=data.vendor))
    p.drawText(QRectF(pages.body.left(), pages.body.top() + pages.body.height() * 0.45, pages.body.width(), 120),
               int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), "\n".join(lines))


def _figures(ctx: ReportContext) -> list[tuple[str, str]]:
    """(value, label) of the headline boxes; hooks that are not recorded are left out."""
    h = ctx.data.headline
    figures = [
        (_percent(h.fit_rate), translate("PdfReport", "Fit rate")),
        (f"{h.judged} / {h.total}", translate("PdfReport", "Tasks judged")),
        (str(h.gaps), translate("PdfReport", "Partial or gap")),
        (str(h.customizations), translate("PdfReport", "Customization steps")),
        (str(h.unreferenced), translate("PdfReport", "Mandatory items not referenced")),
    ]
    if h.open_risks is not None:
        figures.append((str(h.open_risks), translate("PdfReport", "Open risks (undecided)")))
    if h.review_needed is not None:
        figures.append((str(h.review_needed), translate("PdfReport", "Review needed")))
    figures.append((str(len(h.decisions)), translate("PdfReport", "Key decisions")))
    return figures


def _paint_figures(pages: PageCanvas, figures: Sequence[tuple[str, str]], y: float) -> float:
    p = pages.painter
    gap = 8.0
    width = (pages.body.width() - gap * (len(figures) - 1)) / len(figures)
    big, small = pages.font_of(18, bold=True), pages.font_of(8.5)
    height = QFontMetricsF(big).height() + QFontMetricsF(small).height() * 2 + 16
    for index, (value, label) in enumerate(figures):
        box = QRectF(pages.body.left() + index * (width + gap), y, width, height)
        p.setPen(QPen(theme.GRID_LINE, 0.8))
        p.setBrush(theme.HEADER_FILL)
        p.drawRoundedRect(box, 4, 4)
        p.setPen(theme.TEXT)
        p.setFont(big)
        p.drawText(box.adjusted(4, 4, -4, -height / 2), int(Qt.AlignmentFlag.AlignCenter), value)
        p.setFont(small)
        p.drawText(box.adjusted(4, height / 2, -4, -4),
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                   label)
    return y + height + 12


def summary_section(ctx: ReportContext) -> None:
    """Headline figures, verdict chart per process, steps and fit rate per process, key decisions."""
    pages, data, p = ctx.pages, ctx.data, ctx.pages.painter
    pages.new_page()
    y = pages.heading(translate("PdfReport", "Summary: verdicts per process"))
    y = _paint_figures(pages, _figures(ctx), y)
    chart_font = pages.font_of(9)
    y += paint_legend(p, QRectF(pages.body.left(), y, pages.body.width(), 60), data.verdicts, chart_font) + 6
    rows = [(line.process, line.counts) for line in data.summary]
    y += paint_verdict_bars(p, QRectF(pages.body.left(), y, pages.body.width(), pages.body.height()), rows,
                            chart_font, 24, translate("PdfReport", "{n} tasks")) + 10
    per_process = [
        (line.process,
         translate("PdfReport", "{steps} steps ({tasks} of them tasks, which are judged)").format(
             steps=line.steps, tasks=line.total),
         f"{line.total - line.counts[-1]} / {line.total}", _percent(line.fit_rate))
        for line in data.summary
    ]
    if len(data.summary) > 1:
        h = data.headline
        per_process.append((
            translate("PdfReport", "Total"),
            translate("PdfReport", "{steps} steps ({tasks} of them tasks, which are judged)").format(
                steps=sum(line.steps for line in data.summary), tasks=h.total),
            f"{h.judged} / {h.total}", _percent(h.fit_rate)))
    headers = _headers(QT_TRANSLATE_NOOP("PdfReport", "Process"), QT_TRANSLATE_NOOP("PdfReport", "Steps"),
                       QT_TRANSLATE_NOOP("PdfReport", "Tasks judged"), QT_TRANSLATE_NOOP("PdfReport", "Fit rate"))
    y = pages.table(translate("PdfReport", "By process"), headers, [20, 30, 12, 10], per_process, top=y) + 12
    decisions = data.headline.decisions
    if decisions and y < pages.body.bottom() - 40:
        p.setFont(pages.font_of(10, bold=True))
        p.drawText(QRectF(pages.body.left(), y, pages.body.width(), 18), int(Qt.AlignmentFlag.AlignLeft),
                   translate("PdfReport", "Key decisions"))
        room = int((pages.body.bottom() - y - 24) // 13)
        shown = list(decisions[:max(1, room)])
        if len(decisions) > len(shown):
            shown[-1] = translate("PdfReport", "… and {n} more (see the workshop minutes)").format(
                n=len(decisions) - len(shown) + 1)
        pages.paragraph("\n".join(f"・{text}" for text in shown), y + 20, 8.5)


def diagrams_section(ctx: ReportContext) -> None:
    """Every process on whole pages."""
    for process in ctx.project.processes():
        ctx.pages.new_page()
        paint_process_pages(ctx.pages, ctx.project, process.id)


def ledger_section(ctx: ReportContext) -> None:
    """「Fit&Gap一覧」 with the verdict colour-coded and the 決定 column."""
    ctx.pages.new_page()
    headers = _headers(
        QT_TRANSLATE_NOOP("PdfReport", "Process"), QT_TRANSLATE_NOOP("PdfReport", "Lane"),
        QT_TRANSLATE_NOOP("PdfReport", "Step"), QT_TRANSLATE_NOOP("PdfReport", "Function ID"),
        QT_TRANSLATE_NOOP("PdfReport", "Function"), QT_TRANSLATE_NOOP("PdfReport", "Class"),
        QT_TRANSLATE_NOOP("PdfReport", "Verdict"), QT_TRANSLATE_NOOP("PdfReport", "Resolution"),
        QT_TRANSLATE_NOOP("PdfReport", "Rationale"), QT_TRANSLATE_NOOP("PdfReport", "Decision"),
        QT_TRANSLATE_NOOP("PdfReport", "Owner"), QT_TRANSLATE_NOOP("PdfReport", "Due"))
    rows = [(r.process, r.lane, f"{r.step_no} {r.step}".strip(), r.item_code, r.item_title, r.impl_class,
             r.verdict, r.resolution, r.rationale, r.decision, r.owner, r.due_on) for r in ctx.data.ledger]
    ctx.pages.table(translate("PdfReport", "Fit&Gap ledger"), headers, [8, 7, 12, 9.5, 13, 6, 7, 8, 14, 5, 6, 7],
                    rows, verdict_fill(ctx.data, 6))


def customizations_section(ctx: ReportContext) -> None:
    """「カスタマイズ一覧」."""
    ctx.pages.new_page()
    headers = _headers(
        QT_TRANSLATE_NOOP("PdfReport", "Process"), QT_TRANSLATE_NOOP("PdfReport", "Lane"),
        QT_TRANSLATE_NOOP("PdfReport", "Step"), QT_TRANSLATE_NOOP("PdfReport", "Reasons"),
        QT_TRANSLATE_NOOP("PdfReport", "Function ID"), QT_TRANSLATE_NOOP("PdfReport", "Resolution"),
        QT_TRANSLATE_NOOP("PdfReport", "Justification"), QT_TRANSLATE_NOOP("PdfReport", "Decision"))
    rows = [(c.process, c.lane, c.step, c.reasons, c.item_codes, c.resolution, c.justification, c.decision)
            for c in ctx.data.customizations]
    ctx.pages.table(translate("PdfReport", "Customizations"), headers, [8, 7, 12, 14, 10, 8, 22, 6], rows)


def open_risks_section(ctx: ReportContext) -> None:
    """「未決定リスク」: steps depending on a 実装不可 item, an unadopted option or a delivery after go-live, not
    decided yet."""
    if not ctx.data.risks:
        return
    ctx.pages.new_page()
    headers = _headers(
        QT_TRANSLATE_NOOP("PdfReport", "Scenario"), QT_TRANSLATE_NOOP("PdfReport", "Process"),
        QT_TRANSLATE_NOOP("PdfReport", "Lane"), QT_TRANSLATE_NOOP("PdfReport", "Step"),
        QT_TRANSLATE_NOOP("PdfReport", "Risk"), QT_TRANSLATE_NOOP("PdfReport", "Function ID"),
        QT_TRANSLATE_NOOP("PdfReport", "Function"))
    rows = [(r.scenario, r.process, r.lane, r.step, r.reason, r.item_codes, r.item_titles) for r in ctx.data.risks]
    ctx.pages.table(translate("PdfReport", "Open risks (undecided)"), headers, [6, 8, 7, 12, 18, 10, 16], rows)


def unreferenced_section(ctx: ReportContext) -> None:
    """「未参照の実装必須機能」: id, name and chapter (the requirement text only in the optional appendix)."""
    ctx.pages.new_page()
    headers = _headers(QT_TRANSLATE_NOOP("PdfReport", "Function ID"), QT_TRANSLATE_NOOP("PdfReport", "Function"),
                       QT_TRANSLATE_NOOP("PdfReport", "Chapter"))
    rows = [(u.code, u.title, u.path) for u in ctx.data.unreferenced]
    ctx.pages.table(translate("PdfReport", "Mandatory items no step references"), headers, [10, 30, 40], rows)


def diff_section(ctx: ReportContext) -> None:
    """「As-Is→To-Be差分」 when a To-Be was copied from another process."""
    if not ctx.data.diff:
        return
    ctx.pages.new_page()
    headers = _headers(
        QT_TRANSLATE_NOOP("PdfReport", "As-Is flow"), QT_TRANSLATE_NOOP("PdfReport", "To-Be flow"),
        QT_TRANSLATE_NOOP("PdfReport", "Change"), QT_TRANSLATE_NOOP("PdfReport", "Step"),
        QT_TRANSLATE_NOOP("PdfReport", "Before"), QT_TRANSLATE_NOOP("PdfReport", "After"))
    rows = [(d.process_from, d.process_to, d.change, d.step, d.before, d.after) for d in ctx.data.diff]
    ctx.pages.table(translate("PdfReport", "Differences (As-Is → To-Be)"), headers, [10, 10, 8, 18, 16, 16], rows)


def forms_section(ctx: ReportContext) -> None:
    """「帳票一覧」: standard 帳票 with the steps using them and the 現行帳票 mapped to them (when there are any)."""
    if not ctx.data.forms:
        return
    ctx.pages.new_page()
    headers = _headers(
        QT_TRANSLATE_NOOP("PdfReport", "Form ID"), QT_TRANSLATE_NOOP("PdfReport", "Standard form"),
        QT_TRANSLATE_NOOP("PdfReport", "Class"), QT_TRANSLATE_NOOP("PdfReport", "Steps using it"),
        QT_TRANSLATE_NOOP("PdfReport", "Form used today"), QT_TRANSLATE_NOOP("PdfReport", "Difference"),
        QT_TRANSLATE_NOOP("PdfReport", "Route"))
    rows = [(f.code, f.title, f.impl_class, f.steps, f.current, f.difference, f.route) for f in ctx.data.forms]
    ctx.pages.table(translate("PdfReport", "Forms (standard forms and forms used today)"), headers,
                    [9, 14, 9, 18, 14, 10, 12], rows)


def revision_section(ctx: ReportContext) -> None:
    """「改定影響」 after a catalogue revision: the 要再確認 queue, then the re-checks decided (who, when)."""
    if not ctx.data.revisions:
        return
    ctx.pages.new_page()
    headers = _headers(
        QT_TRANSLATE_NOOP("PdfReport", "Status"), QT_TRANSLATE_NOOP("PdfReport", "Process"),
        QT_TRANSLATE_NOOP("PdfReport", "Step"), QT_TRANSLATE_NOOP("PdfReport", "Old ID"),
        QT_TRANSLATE_NOOP("PdfReport", "Change"), QT_TRANSLATE_NOOP("PdfReport", "New ID"),
        QT_TRANSLATE_NOOP("PdfReport", "Verdict"), QT_TRANSLATE_NOOP("PdfReport", "Decision"))
    rows = [(r.status, r.process, r.step, r.old_code, r.change, r.new_code, r.verdict, _decision_cell(r))
            for r in ctx.data.revisions]
    ctx.pages.table(translate("PdfReport", "Revision impact (catalogue revisions)"), headers,
                    [7, 10, 16, 11, 10, 11, 7, 28], rows)


def _decision_cell(line: RevisionLine) -> str:
    """The 決定事項 of a re-check with who recorded it and when (「…（佐藤 2026-12-03 10:00）」)."""
    who = " ".join(part for part in (line.by, line.at[:16].replace("T", " ")) if part)
    return f"{line.decision}（{who}）" if line.decision and who else line.decision


def requirements_appendix_section(ctx: ReportContext) -> None:
    """Appendix (only with ``ReportOptions.requirements_appendix``): the full text of the unreferenced items."""
    if not ctx.options.requirements_appendix or not ctx.data.unreferenced:
        return
    ctx.pages.new_page()
    headers = _headers(QT_TRANSLATE_NOOP("PdfReport", "Function ID"), QT_TRANSLATE_NOOP("PdfReport", "Function"),
                       QT_TRANSLATE_NOOP("PdfReport", "Requirement"))
    rows = [(u.code, u.title, u.requirement) for u in ctx.data.unreferenced]
    ctx.pages.table(translate("PdfReport", "Appendix: requirement text of the mandatory items no step references"),
                    headers, [10, 16, 60], rows)


#: The report, in order. Insert a builder to add a section (see the module doc).
SECTIONS: list[Section] = [
    cover_section, summary_section, diagrams_section, ledger_section, customizations_section, open_risks_section,
    unreferenced_section, diff_section, forms_section, revision_section, requirements_appendix_section,
]


# --- documents ------------------------------------------------------------------------------------------
def _pdf_writer(path: Path, title: str, paper: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    size = QPageSize(QPageSize.PageSizeId.A3 if paper.upper() == "A3" else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("jcloud_desk")
    return writer


def print_diagrams(device: QPagedPaintDevice, project: Project, process_ids: list[str], font: QFont) -> None:
    """Paint the given processes on a printer (or any paged device), paged like the PDF report."""
    pages = PageCanvas(device, project.meta.name, font)
    for index, process_id in enumerate(process_ids):
        if index:
            pages.new_page()
        paint_process_pages(pages, project, process_id)
    pages.finish()


def write_pdf_report(project: Project, data: ReportData, path: Path, font: QFont, paper: str = "A4",
                     options: ReportOptions | None = None) -> Path:
    """Write the whole report; ``paper`` is 'A4' or 'A3' (landscape) unless ``options`` says otherwise."""
    options = options or ReportOptions(paper=paper)
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp.pdf")
    pages = PageCanvas(_pdf_writer(tmp, data.title, options.paper), data.title, font)
    ctx = ReportContext(pages, project, data, options)
    for section in SECTIONS:
        section(ctx)
    pages.finish()
    fix_text_layer(tmp, font)
    tmp.replace(path)
    return path


def write_minutes_pdf(project: Project, path: Path, font: QFont) -> Path:
    """The workshop minutes (決定事項, 宿題, コメント) as an A4 landscape PDF; a kind with no notes is one line
    「記録はありません」 under its heading, on the page of the one before."""
    from jcloud_desk.domain.workshop import NoteKind
    from jcloud_desk.io.reports.minutes_xlsx import HEADERS, SHEETS, minutes_rows

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp.pdf")
    title = translate("PdfReport", "{name} workshop minutes").format(name=project.meta.name)
    pages = PageCanvas(_pdf_writer(tmp, title, "A4"), title, font)
    widths = {NoteKind.DECISION: [10, 12, 40, 8, 8], NoteKind.ACTION: [10, 12, 30, 8, 7, 6, 8, 8],
              NoteKind.COMMENT: [10, 12, 40, 8, 8]}
    y = pages.body.top()
    for kind in SHEETS:
        rows = minutes_rows(project, kind)
        if (rows and y > pages.body.top()) or y > pages.body.bottom() - 80:
            pages.new_page()
            y = pages.body.top()
        y = pages.table(SHEETS[kind], HEADERS[kind], widths[kind], rows, top=y) + 16
    pages.finish()
    fix_text_layer(tmp, font)
    tmp.replace(path)
    return path
