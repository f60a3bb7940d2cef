"""Workshop records and group standardisation: notes (決定事項, 宿題, comments), municipalities of a group
project, and group-level customization requests with an effort estimate shared among the requesters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jcloud_desk.domain.municipality_type import MunicipalityType


class NoteKind(StrEnum):
    """What a workshop note records."""

    DECISION = "decision"  # 決定事項
    ACTION = "action"  # 宿題 (action item)
    COMMENT = "comment"  # コメント (thread entry)


class NoteStatus(StrEnum):
    """State of an action item."""

    OPEN = "open"
    DONE = "done"


@dataclass(slots=True)
class Note:
    """A decision, action item or comment on a process (``step_id`` '') or on one of its steps."""

    id: str
    process_id: str
    kind: NoteKind = NoteKind.COMMENT
    text: str = ""
    step_id: str = ""
    owner: str = ""
    due_on: str = ""
    status: NoteStatus = NoteStatus.OPEN
    author: str = ""
    created_at: str = ""


@dataclass(slots=True)
class Municipality:
    """A municipality of a group project (自治体クラウド); processes name it in ``Process.municipality``."""

    id: str
    name: str
    lg_code: str = ""  # 全国地方公共団体コード
    category: MunicipalityType = MunicipalityType.UNKNOWN  # 団体区分


@dataclass(slots=True)
class CustomizationRequest:
    """A customization the group asks for against one catalogue item, with its estimated effort and cost."""

    id: str
    item_id: str
    title: str = ""
    effort_days: float = 0.0
    cost: float = 0.0
    notes: str = ""
