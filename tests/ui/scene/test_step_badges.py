"""Badges and labels of a step keep out of each other's way: the step number beside the C / ! flag, a data
store's name below the lid of its drum and within it (the item's geometry, and the pixels its name inks)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from jcloud_desk.domain.fitgap import Verdict
from jcloud_desk.domain.process import Step, StepKind
from jcloud_desk.ui.scene.items.step_item import StepItem

SCALE, MARGIN = 4, 40


def _item(kind: StepKind, label: str, *, risk: bool = False, customization: bool = False) -> StepItem:
    item = StepItem(Step("s", "p", "l", kind=kind, label=label, step_no="10"), QFont("IPAexGothic", 10))
    item.set_fitgap(Verdict.GAP, 2, customization, False, risk=risk)
    return item


def _pixels(item: StepItem) -> QImage:
    shape = item.shape_rect
    image = QImage(int(shape.width() * SCALE) + 2 * MARGIN, int(shape.height() * SCALE) + 2 * MARGIN,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(QPointF(MARGIN - shape.left() * SCALE, MARGIN - shape.top() * SCALE))
    painter.scale(SCALE, SCALE)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def _inked(with_text: QImage, without: QImage, item: StepItem) -> QRectF:
    """The bounding box, in item coordinates, of the pixels the text changed."""
    xs, ys = [], []
    for y in range(with_text.height()):
        for x in range(0, with_text.width()):
            if with_text.pixel(x, y) != without.pixel(x, y):
                xs.append(x)
                ys.append(y)
    assert xs, "the text drew nothing"
    shape = item.shape_rect
    def to_item(px: float, py: float) -> QPointF:
        return QPointF((px - MARGIN) / SCALE + shape.left(), (py - MARGIN) / SCALE + shape.top())
    return QRectF(to_item(min(xs), min(ys)), to_item(max(xs) + 1, max(ys) + 1))


def test_the_step_number_sits_beside_a_flag_badge_and_in_the_corner_without_one(qapp: object) -> None:
    for flagged in ({"risk": True}, {"customization": True}):
        places = _item(StepKind.TASK, "交付履歴を記録", **flagged).badge_rects()
        assert not places["number"].intersects(places["flag"])
        assert not places["number"].intersects(places["links"])
    plain = _item(StepKind.TASK, "交付履歴を記録")
    assert plain.badge_rects()["number"].left() == plain.shape_rect.left() + 5


def test_a_data_store_name_is_inked_below_the_lid_and_inside_the_drum(qapp: object) -> None:
    item = _item(StepKind.DATA_STORE, "住民基本台帳DB（交付履歴）")
    shape, label = item.shape_rect, item.label_rect()
    assert label.top() >= shape.top() + 14 and shape.contains(label)
    inked = _inked(_pixels(item), _pixels(_item(StepKind.DATA_STORE, "")), item)
    assert inked.top() >= shape.top() + 14  # nothing written over the lid (it was: the name started 4 px down)
    assert shape.contains(inked)  # and nothing outside the drum


def _numbered(label: str, number: str, **flags: bool) -> StepItem:
    item = StepItem(Step("s", "p", "l", kind=StepKind.TASK, label=label, step_no=number), QFont("IPAexGothic", 10))
    item.set_fitgap(Verdict.GAP, 2, flags.get("customization", False), False, risk=flags.get("risk", False))
    return item


def test_a_label_of_three_lines_is_inked_clear_of_the_step_number_and_inside_the_box(qapp: object) -> None:
    label = "本人通知書を作成・郵送（代理人・第三者交付分）"  # from the bundled sample: it covered its "15"
    for flags in ({}, {"risk": True}):
        blank = _pixels(_numbered("", "", **flags))
        number = _inked(_pixels(_numbered("", "15", **flags)), blank, _numbered("", "15", **flags))
        item = _numbered(label, "15", **flags)
        text = _inked(_pixels(_numbered(label, "", **flags)), blank, item)
        # the label as drawn with the number present: its ink below the number's, within the shape
        drawn = _inked(_pixels(item), _pixels(_numbered("", "15", **flags)), item)
        assert not drawn.intersects(number), (drawn, number)
        assert item.shape_rect.contains(drawn)
        assert text.top() < number.bottom()  # without a number the same label starts higher (nothing to avoid)


def test_a_short_label_stays_centred_in_its_font(qapp: object) -> None:
    item = _numbered("交付履歴を記録", "15")
    alone = _numbered("交付履歴を記録", "")
    assert _inked(_pixels(item), _pixels(_numbered("", "15")), item) == _inked(_pixels(alone), _pixels(
        _numbered("", "")), alone)
