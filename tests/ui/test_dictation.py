"""A 30-step, 5-lane 転出届 flow entered from dictation with the keyboard only; keystrokes are counted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jcloud_desk.domain import operations
from jcloud_desk.domain.project import Project, ProjectInfo
from jcloud_desk.services.project_service import ProjectService
from jcloud_desk.ui.window.main_window import MainWindow

LANES = ["住民", "窓口", "担当課", "システム", "関係機関"]
PHASES = ["受付", "審査", "入力", "交付"]
# (lane index, label, move to next phase before typing?)
DICTATION = [
    (0, "転出届を記入", False), (1, "届出を受付", False), (1, "本人確認", False), (1, "委任状を確認", False),
    (2, "届出内容を審査", True), (2, "転出先住所を確認", False), (1, "不備を住民に説明", False),
    (0, "届出を補正", False), (1, "補正後の届出を受付", False), (2, "審査結果を記録", False),
    (3, "転出者情報を入力", True), (3, "転出予定日を入力", False), (3, "世帯情報を更新", False),
    (2, "入力内容を照合", False), (3, "異動処理を確定", False), (4, "戸籍附票を通知", False),
    (3, "国保資格を連携", False), (3, "年金情報を連携", False), (2, "関係課へ連絡", False),
    (1, "転出証明書を作成", True), (1, "公印を押印", False), (0, "転出証明書を受領", False),
    (1, "マイナンバーカード手続を案内", False), (1, "国保手続を案内", False), (1, "児童手当手続を案内", False),
    (2, "処理簿に記録", False), (2, "決裁を回付", False), (2, "決裁完了", False), (3, "統計を更新", False),
    (4, "転出先へ通知", False),
]


class KeyCounter:
    """Sends keys where the focus is and counts them (command keys and typed characters separately)."""

    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window, self.qtbot = window, qtbot
        self.command_keys = 0
        self.typed_chars = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        self.command_keys += 1

    def type_japanese(self, text: str) -> None:
        """The IME: pre-edit, then the confirmed text (the user's Enter that confirms 変換 is counted)."""
        scene = self.window.scene
        assert scene is not None and scene.editor is not None
        scene.editor.inputMethodEvent(QInputMethodEvent(text, []))
        commit = QInputMethodEvent()
        commit.setCommitString(text)
        scene.editor.inputMethodEvent(commit)
        self.typed_chars += len(text)
        self.command_keys += 1  # the conversion-confirming Enter, consumed by the IME


def test_thirty_steps_five_lanes_by_keyboard_only(main_window: MainWindow, tmp_path: Path, qtbot: QtBot,
                                                   capsys: object) -> None:
    project = Project(info={"project": ProjectInfo(name="ワークショップ")})
    pid, edit = operations.new_process(project, "転出届（窓口）", LANES, PHASES)
    from jcloud_desk.domain.edits import Change

    edit.apply(project, Change())
    path = tmp_path / "workshop.jcdesk"
    ProjectService().create_from(path, project).close()
    assert main_window.open_path(path)
    main_window.activateWindow()
    assert main_window.view is not None
    main_window.view.show()
    main_window.view.setFocus()
    keys = KeyCounter(main_window, qtbot)
    lane = 0
    for index, (target_lane, label, next_phase) in enumerate(DICTATION):
        if index == 0:
            keys.press(Qt.Key.Key_Return)
        else:
            delta = target_lane - lane
            if delta == 0:
                keys.press(Qt.Key.Key_Return)
            elif delta > 0:
                keys.press(Qt.Key.Key_Tab)
            else:
                keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        keys.type_japanese(label)
        keys.press(Qt.Key.Key_Return)
        # a jump of more than one lane: move the new step on with Ctrl+Up / Ctrl+Down
        extra = target_lane - lane
        for _ in range(abs(extra) - 1 if extra else 0):
            keys.press(Qt.Key.Key_Down if extra > 0 else Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        if next_phase:
            keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        lane = target_lane
    opened = main_window.opened
    assert opened is not None
    steps = opened.project.steps_of(pid)
    lanes = {x.id: i for i, x in enumerate(opened.project.lanes_of(pid))}
    assert [s.label for s in steps] == [d[1] for d in DICTATION]
    assert [lanes[s.lane_id] for s in steps] == [d[0] for d in DICTATION]
    assert len(opened.project.flows_of(pid)) == len(DICTATION) - 1  # a connected chain
    per_step = keys.command_keys / len(DICTATION)
    print(f"\nDICTATION 30 steps / 5 lanes: {keys.command_keys} command keystrokes "
          f"({per_step:.2f} per step) + {keys.typed_chars} label characters; mouse: 0")
    assert per_step <= 3.5
    # every new step was one undo step, then the moves
    assert main_window.undo_stack.count() == len(DICTATION) + sum(1 for d in DICTATION if d[2])
