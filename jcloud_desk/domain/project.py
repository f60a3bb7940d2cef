"""The Project aggregate: every entity of one project file, in flat tables keyed by id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from jcloud_desk.domain.catalog import Catalog, CatalogItem, ImplClass, retired_catalog_ids
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.fitgap import Judgment, Link, Verdict
from jcloud_desk.domain.forms import CurrentForm
from jcloud_desk.domain.municipality_type import MunicipalityType
from jcloud_desk.domain.process import Flow, Lane, Phase, Process, Step
from jcloud_desk.domain.vendor import OptionDecision, VendorAnswer
from jcloud_desk.domain.workshop import CustomizationRequest, Municipality, Note

INFO_ID = "project"


@dataclass(slots=True)
class ProjectInfo:
    """Project-level data: name, municipality, business, adopted 標準オプション items, switched-off checks."""

    id: str = INFO_ID
    name: str = ""
    municipality: str = ""
    business: str = ""
    description: str = ""
    created_at: str = ""
    adopted_options: tuple[str, ...] = ()
    disabled_checks: tuple[str, ...] = ()
    municipality_type: MunicipalityType = MunicipalityType.UNKNOWN  # 団体区分 (UNKNOWN counts as 一般市)
    go_live_on: str = ""  # 稼働開始日 (ISO date): vendor items delivered later are an open risk
    vendor: str = ""  # the chosen vendor (whose answers count); "" = the vendor with the most answers


Entity = (ProjectInfo | Municipality | Process | Lane | Phase | Step | Flow | Catalog | CatalogItem | Link | Judgment
          | Note | CustomizationRequest | CurrentForm | VendorAnswer | OptionDecision)


class Ref(NamedTuple):
    """Names one entity: its kind (table) and id."""

    kind: str
    id: str


#: Entity kind of each entity class; the order is parent before child (used for inserts).
KINDS: dict[type[Any], str] = {
    ProjectInfo: "info",
    Municipality: "municipality",
    Process: "process",
    Lane: "lane",
    Phase: "phase",
    Step: "step",
    Flow: "flow",
    Catalog: "catalog",
    CatalogItem: "item",
    Link: "link",
    Judgment: "judgment",
    Note: "note",
    CustomizationRequest: "request",
    CurrentForm: "current_form",
    VendorAnswer: "vendor_answer",
    OptionDecision: "option_decision",
}
CLASSES: dict[str, type[Any]] = {kind: cls for cls, kind in KINDS.items()}


def kind_of(entity: object) -> str:
    """Return the entity kind (table name) of ``entity``."""
    return KINDS[type(entity)]


@dataclass(slots=True)
class Project:
    """Everything in one project; tables are plain dicts keyed by entity id."""

    info: dict[str, ProjectInfo] = field(default_factory=lambda: {INFO_ID: ProjectInfo()})
    process: dict[str, Process] = field(default_factory=dict)
    lane: dict[str, Lane] = field(default_factory=dict)
    phase: dict[str, Phase] = field(default_factory=dict)
    step: dict[str, Step] = field(default_factory=dict)
    flow: dict[str, Flow] = field(default_factory=dict)
    catalog: dict[str, Catalog] = field(default_factory=dict)
    item: dict[str, CatalogItem] = field(default_factory=dict)
    link: dict[str, Link] = field(default_factory=dict)
    judgment: dict[str, Judgment] = field(default_factory=dict)
    municipality: dict[str, Municipality] = field(default_factory=dict)
    note: dict[str, Note] = field(default_factory=dict)
    request: dict[str, CustomizationRequest] = field(default_factory=dict)
    current_form: dict[str, CurrentForm] = field(default_factory=dict)
    vendor_answer: dict[str, VendorAnswer] = field(default_factory=dict)
    option_decision: dict[str, OptionDecision] = field(default_factory=dict)

    # --- generic access -------------------------------------------------------------------------
    def table(self, kind: str) -> dict[str, Any]:
        """Return the dict holding entities of ``kind``."""
        if kind not in CLASSES:
            raise UnknownEntityError("kind", kind)
        table: dict[str, Any] = getattr(self, kind)
        return table

    def get(self, ref: Ref) -> Any:
        """Return the entity named by ``ref`` or raise ``UnknownEntityError``."""
        try:
            return self.table(ref.kind)[ref.id]
        except KeyError:
            raise UnknownEntityError(ref.kind, ref.id) from None

    def has(self, ref: Ref) -> bool:
        """True if the project holds ``ref``."""
        return ref.id in self.table(ref.kind)

    def entities(self) -> Iterator[Any]:
        """Every entity, parents before children."""
        for kind in CLASSES:
            yield from self.table(kind).values()

    # --- typed lookups --------------------------------------------------------------------------
    @property
    def meta(self) -> ProjectInfo:
        """The single ProjectInfo record."""
        return self.info[INFO_ID]

    def get_process(self, process_id: str) -> Process:
        """Return one process."""
        return self.get(Ref("process", process_id))

    def get_step(self, step_id: str) -> Step:
        """Return one step."""
        return self.get(Ref("step", step_id))

    def processes(self) -> list[Process]:
        """All processes in display order."""
        return sorted(self.process.values(), key=lambda p: (p.sort, p.name))

    def process_named(self, name: str) -> Process | None:
        """The first process whose name is ``name``."""
        return next((p for p in self.processes() if p.name == name), None)

    def lanes_of(self, process_id: str) -> list[Lane]:
        """Lanes of a process, top to bottom."""
        return sorted((x for x in self.lane.values() if x.process_id == process_id), key=lambda x: x.sort)

    def phases_of(self, process_id: str) -> list[Phase]:
        """Phases of a process, left to right."""
        return sorted((x for x in self.phase.values() if x.process_id == process_id), key=lambda x: x.sort)

    def steps_of(self, process_id: str) -> list[Step]:
        """Steps of a process (in insertion order)."""
        return [s for s in self.step.values() if s.process_id == process_id]

    def flows_of(self, process_id: str) -> list[Flow]:
        """Flows of a process (in insertion order)."""
        return [f for f in self.flow.values() if f.process_id == process_id]

    def items_of(self, catalog_id: str) -> list[CatalogItem]:
        """Items of a catalogue in catalogue order."""
        return sorted((i for i in self.item.values() if i.catalog_id == catalog_id), key=lambda i: i.sort)

    def items_in_order(self) -> list[CatalogItem]:
        """Items of every catalogue, catalogue by catalogue, in catalogue order."""
        order = {c: i for i, c in enumerate(self.catalog)}
        return sorted(self.item.values(), key=lambda i: (order.get(i.catalog_id, 0), i.sort))

    def notes_of(self, process_id: str, step_id: str | None = None) -> list[Note]:
        """Notes of a process (only those on ``step_id`` when given), oldest first."""
        return sorted((n for n in self.note.values()
                       if n.process_id == process_id and (step_id is None or n.step_id == step_id)),
                      key=lambda n: (n.created_at, n.id))

    def links_of_step(self, step_id: str) -> list[Link]:
        """Links of one step."""
        return [lk for lk in self.link.values() if lk.step_id == step_id]

    def verdict_of(self, step_id: str) -> Verdict:
        """The verdict of a step (未判定 when it has no judgment)."""
        judgment = self.judgment.get(step_id)
        return judgment.verdict if judgment else Verdict.UNASSESSED

    def item_by_code(self, catalog_id: str, code: str) -> CatalogItem | None:
        """Find an item of a catalogue by its code (機能ID)."""
        return next((i for i in self.item.values() if i.catalog_id == catalog_id and i.code == code), None)

    def retired_catalogs(self) -> frozenset[str]:
        """Ids of the catalogue versions superseded by a revision (kept read-only for history)."""
        return retired_catalog_ids(self.catalog.values())

    def current_items(self) -> list[CatalogItem]:
        """Items of the current (not retired) catalogue versions."""
        retired = self.retired_catalogs()
        return [i for i in self.item.values() if i.catalog_id not in retired]

    def mandatory_items(self) -> list[CatalogItem]:
        """All 実装必須 items of the current catalogue versions (retired versions no longer count)."""
        return [i for i in self.current_items() if i.impl_class is ImplClass.MANDATORY]
