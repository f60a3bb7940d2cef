"""Colours and pens shared by the diagram, the legend and exports."""

from __future__ import annotations

from PySide6.QtGui import QColor

from jcloud_desk.domain.fitgap import Verdict

LANE_FILL = (QColor("#f7f9fc"), QColor("#eef3f9"))
HEADER_FILL = QColor("#dfe8f3")
#: A lane of an external organisation (its own pool: 関係機関, 本人通知登録者): warm grey, set apart by a thick line.
EXTERNAL_LANE_FILL = QColor("#f5f4ef")
EXTERNAL_HEADER_FILL = QColor("#e7e4d8")
POOL_BOUNDARY = QColor("#5b6b7b")
GRID_LINE = QColor("#9fb3c8")
STEP_FILL = QColor("#ffffff")
STEP_LINE = QColor("#33475b")
SYSTEM_FILL = QColor("#e8f1ff")
MANUAL_FILL = QColor("#fff8e6")
FLOW_LINE = QColor("#3d4f63")
SELECTION = QColor("#1e6fd9")
TEXT = QColor("#1b2733")

VERDICT_COLORS: dict[Verdict, QColor] = {
    Verdict.FIT: QColor("#2e9d5b"),
    Verdict.FIT_CONFIG: QColor("#57b87f"),
    Verdict.FIT_OPTION: QColor("#8cc63f"),
    Verdict.PARTIAL: QColor("#f0a020"),
    Verdict.GAP: QColor("#d64541"),
    Verdict.OUT_OF_SCOPE: QColor("#9aa5b1"),
    Verdict.UNASSESSED: QColor("#cfd6de"),
}
